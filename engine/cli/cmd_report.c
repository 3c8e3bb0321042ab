/* ttx report JOURNAL: rebuilds the evaluation sheet from a journal alone, by replaying its events
 * into a session — so a sheet can be (re)produced from what the GUI recorded, even after a
 * crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_write.h"
#include "cli.h"
#include "journal.h"
#include "layout_timeline.h"
#include "png_render.h"
#include "textlayout.h"
#include "report_csv.h"
#include "report_json.h"
#include "report_md.h"
#include "report_text.h"
#include "sheet.h"

static const char usage[] =
    "usage: ttx report JOURNAL [--format json|text|md|csv] [-o FILE] [--timeline FILE.png]\n"
    "                  [--force]\n"
    "\n"
    "Builds the evaluation sheet (レビュー項目) from the journal JOURNAL (*.ttxj) alone and\n"
    "prints it, or writes it to FILE: a file is replaced in one step, never half-written (a\n"
    "link's target is replaced and the link kept); a device or named pipe (/dev/stdout, a\n"
    "FIFO) is written as it is; '-' is standard output.\n"
    "  --format   text (default: the printable Japanese sheet), json, md (Markdown\n"
    "             for sharing) or csv (for Excel: UTF-8 with BOM, CRLF, a block per\n"
    "             section of the sheet)\n"
    "  --timeline the exercise's timeline (steps, injects, the role lanes with every recorded\n"
    "             item coloured by outcome) as a PNG for the written report; with it, the sheet\n"
    "             is printed only when --format or -o is given too; '-' writes the PNG to\n"
    "             standard output (the sheet then needs -o FILE)\n"
    "  --force    accept a scenario or 手順書 that changed since the journal was written\n"
    "A torn last line (power lost mid-write) is dropped with a warning.\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 damaged journal or changed scenario, 66 unreadable\n"
    "journal, 69 no Japanese font for --timeline, 73 cannot write FILE.\n";

/* The timeline figure: the scenario's title and date over the timeline and role lanes, laid out
 * at the 1080p theme so its type matches the screens. */
static void timeline_figure(DrawList *dl, const Measurer *m, void *ctx)
{
    const Session *s = ctx;
    Theme t = theme_for(1920, 1080);
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height}, t.bg);
    char title[512], day[16];
    const Scenario *sc = s->scenario;
    Date date = sc->sheet.has_date ? sc->sheet.date : walltime_date(s->start_wall);
    snprintf(title, sizeof title, "%s（%s）— 演習のタイムライン", sc->title.s,
             date_format(date, day, sizeof day));
    int lh = m->line_height(m->ctx, t.title, FONT_BOLD);
    draw_text_fit(dl, m, t.pad, t.pad, dl->width - 2 * t.pad, title, t.title, FONT_BOLD, t.accent);
    HitList hits = {0};
    Rect area = {t.pad, t.pad + lh + t.gap, dl->width - 2 * t.pad, dl->height - 2 * t.pad - lh - t.gap};
    layout_timeline(dl, m, &t, area, s, s->cursor, false, &hits, NULL);
    hits_free(&hits);
}

static int run_report(int argc, char **argv)
{
    const char *journal = NULL, *out = NULL, *format = NULL, *timeline = NULL;
    bool force = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--format") == 0 || strcmp(arg, "-o") == 0) {
            if (i + 1 >= argc) {
                return cli_usage_error("report", "%s needs a value", arg);
            }
            *(strcmp(arg, "-o") == 0 ? &out : &format) = argv[++i];
        } else if (strcmp(arg, "--timeline") == 0) {
            if (i + 1 >= argc) {
                return cli_usage_error("report", "%s needs a value", arg);
            }
            timeline = argv[++i];
        } else if (strcmp(arg, "--force") == 0) {
            force = true;
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_usage_error("report", "unknown option '%s'", arg);
        } else if (!journal) {
            journal = arg;
        } else {
            return cli_usage_error("report", "unexpected argument '%s'", arg);
        }
    }
    if (!journal) {
        return cli_usage_error("report", "no JOURNAL given");
    }
    bool print_sheet = !timeline || format || out;
    if (cli_is_stdout(timeline) && print_sheet && (!out || cli_is_stdout(out))) {
        return cli_usage_error("report", "--timeline - and the sheet cannot both go to standard "
                                         "output; give the sheet -o FILE");
    }
    format = format ? format : "text";
    static const struct {
        const char *name;
        char *(*render)(const Sheet *);
    } formats[] = {{"text", report_text}, {"json", report_json}, {"md", report_md},
                   {"csv", report_csv}};
    char *(*render)(const Sheet *) = NULL;
    for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        if (strcmp(format, formats[f].name) == 0) {
            render = formats[f].render;
        }
    }
    if (!render) {
        return cli_usage_error("report", "unknown format '%s'; expected one of text, json, md, csv",
                               format);
    }
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus ls = journal_replay(journal, force, &r, &d);
    cli_print_diags(&d);
    diags_deinit(&d);
    if (ls != LOAD_OK) {
        return cli_load_exit(ls);
    }
    int status = EXIT_OK;
    if (timeline) {
        status = png_render("report", 1920, 700, timeline_figure, &r.session, timeline);
    }
    if (!print_sheet || status != EXIT_OK) {
        journal_replay_free(&r);
        return status;
    }
    Sheet *sh = sheet_build(&r.session, r.header.facilitator, r.header.participants,
                            r.header.n_participants);
    char *doc = render(sh);
    char err[512];
    if (out) {
        if (!atomic_write_text(out, doc, err, sizeof err)) {
            fprintf(stderr, "ttx report: %s\n", err);
            status = EXIT_CANTCREAT;
        }
    } else {
        fputs(doc, stdout);
    }
    free(doc);
    sheet_free(sh);
    journal_replay_free(&r);
    return status;
}

const Command CMD_REPORT = {"report", "rebuild the evaluation sheet from a journal", usage,
                            run_report};
