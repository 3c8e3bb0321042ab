/* ttx play [SCENARIO]: the facilitator's GUI (SPEC §6). Loads the scenario (default: the bundled
 * ransomware exercise) or resumes a journal, opens the window(s) first — so a missing display or
 * font is reported before any file is created — then records every event into the journal and
 * writes the sheet files when the exercise ends. Everything on screen is engine/gui's and the
 * app's; this file only wires files, session, app and GUI together. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "atomic_write.h"
#include "base.h"
#include "cli.h"
#include "exercise_load.h"
#include "gui.h"
#include "journal.h"
#include "report_json.h"
#include "report_text.h"
#include "sheet.h"

static const char usage[] =
    "usage: ttx play [SCENARIO] [--journal FILE] [--resume FILE] [--force] [--fullscreen]\n"
    "                [--two-windows] [--font FILE] [--facilitator NAME] [--script FILE]\n"
    "                [--screenshot FILE] [--plan PLAN.yaml] [--no-shuffle | --option-seed N]\n"
    "\n"
    "Runs the exercise SCENARIO (default: the bundled ransomware exercise) on screen. Every\n"
    "change is written to the journal before it shows; when the exercise ends, the sheet is\n"
    "written beside it as <journal>.json and <journal>.txt.\n"
    "  --journal FILE     the journal to create (default: <scenario-id>-<date>.ttxj here, or\n"
    "                     the next free name -2, -3 …); an existing file is never overwritten\n"
    "  --resume FILE      continue the exercise recorded in the journal FILE (after a crash)\n"
    "  --force            with --resume: accept a scenario or 手順書 changed since\n"
    "  --fullscreen       start fullscreen (F11 toggles; with --two-windows, the\n"
    "                     participants' window)\n"
    "  --two-windows      the participants' view (for the projector) and the facilitator's\n"
    "                     console in two windows\n"
    "  --font FILE        draw with this font (default: IPAexGothic or Noto Sans CJK JP,\n"
    "                     found through fontconfig)\n"
    "  --facilitator NAME the facilitator's name for the journal and the sheet\n"
    "  --script FILE      play scripted input (tests and demos; see engine/gui/gui_script.h);\n"
    "                     the clock is $TTX_NOW plus the script's waits\n"
    "  --screenshot FILE  save the last frame as PNG when the program ends\n"
    "  --plan PLAN.yaml   the improvement plan of the previous drill (ttx plan): its open\n"
    "                     actions are shown at the start (A), and the ones the team confirms\n"
    "                     as done are ticked with Space and recorded in the journal\n"
    "  --no-shuffle       show each decision's options in the order they are written (by\n"
    "                     default the order is shuffled per drill, so the team cannot guess\n"
    "                     the good one by its place; the order is kept in the journal)\n"
    "  --option-seed N    shuffle with this seed (1–4294967295) to repeat a drill's order\n"
    "On screen: → next inject, ← back, 1–9 choose, S screenshot (PNG beside the journal),\n"
    "F11 fullscreen, A the previous plan's actions, E end, F (on the sheet) participant\n"
    "feedback; F1 or ? lists every key.\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 invalid scenario or journal, 66 unreadable input,\n"
    "69 no display or no Japanese font, 73 cannot create the journal or a file.\n";

typedef struct PlayArgs {
    const char *scenario, *journal, *resume, *font, *facilitator, *script, *screenshot, *plan;
    const char *option_seed; /* --option-seed as given */
    uint32_t seed;           /* … as a number (0: not given), checked by parse_args */
    bool force, fullscreen, two_windows, no_shuffle;
} PlayArgs;

/* The journal's path without .ttxj: the sheet files are written beside it. */
typedef struct PlayCtx {
    char base[PATH_MAX];
} PlayCtx;

static int parse_args(int argc, char **argv, PlayArgs *a)
{
    memset(a, 0, sizeof *a);
    static const char *const valued[] = {"--journal",     "--resume", "--font",
                                         "--facilitator", "--script", "--screenshot",
                                         "--plan",        "--option-seed"};
    const char **slots[] = {&a->journal, &a->resume,     &a->font, &a->facilitator,
                            &a->script,  &a->screenshot, &a->plan, &a->option_seed};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool taken = false;
        for (size_t k = 0; k < TTX_ARRAY_LEN(valued) && !taken; k++) {
            if (strcmp(arg, valued[k]) == 0) {
                if (i + 1 >= argc) {
                    return cli_usage_error("play", "%s needs a value", arg);
                }
                *slots[k] = argv[++i];
                taken = true;
            }
        }
        if (taken) {
            continue;
        }
        if (strcmp(arg, "--force") == 0) {
            a->force = true;
        } else if (strcmp(arg, "--fullscreen") == 0) {
            a->fullscreen = true;
        } else if (strcmp(arg, "--two-windows") == 0) {
            a->two_windows = true;
        } else if (strcmp(arg, "--no-shuffle") == 0) {
            a->no_shuffle = true;
        } else if (strcmp(arg, "--") == 0) {
            continue;
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_usage_error("play", "unknown option '%s'", arg);
        } else if (!a->scenario) {
            a->scenario = arg;
        } else {
            return cli_usage_error("play", "unexpected argument '%s'", arg);
        }
    }
    if ((a->no_shuffle || a->option_seed) && a->resume) {
        return cli_usage_error("play", "a resumed journal keeps the order it started with; give "
                                       "no --no-shuffle or --option-seed with --resume");
    }
    if (a->no_shuffle && a->option_seed) {
        return cli_usage_error("play", "--no-shuffle and --option-seed exclude each other");
    }
    if (a->option_seed) {
        char *end;
        errno = 0;
        unsigned long long v = strtoull(a->option_seed, &end, 10);
        if (errno || *end || end == a->option_seed || a->option_seed[0] == '-' || v < 1 ||
            v > UINT32_MAX) {
            return cli_usage_error("play", "--option-seed takes a number from 1 to 4294967295");
        }
        a->seed = (uint32_t)v;
    }
    if (a->resume && (a->scenario || a->journal)) {
        return cli_usage_error("play", "--resume continues the journal's own scenario; give "
                                       "no SCENARIO or --journal with it");
    }
    if (a->plan && a->resume) {
        return cli_usage_error("play", "--plan is for a new exercise; a resumed journal already "
                                       "holds the plan's actions");
    }
    if (a->journal && strcmp(a->journal, "-") == 0) {
        return cli_usage_error("play", "a journal must be a real file, not '-' (standard output): "
                                       "it is flushed event by event and replayed");
    }
    if (a->force && !a->resume) {
        return cli_usage_error("play", "--force only applies to --resume");
    }
    return EXIT_OK;
}

static void set_base(PlayCtx *ctx, const char *journal)
{
    size_t n = strlen(journal);
    size_t stem = n > 5 && strcmp(journal + n - 5, ".ttxj") == 0 ? n - 5 : n;
    snprintf(ctx->base, sizeof ctx->base, "%.*s", (int)stem, journal);
}

/* GuiEndedFn: writes <base>.json and <base>.txt from the app's sheet. */
static bool write_sheets(void *vctx, App *app, char *msg, size_t msg_size)
{
    const PlayCtx *ctx = vctx;
    const Sheet *sh = app_sheet(app);
    if (!sh) {
        snprintf(msg, msg_size, "評価シートがありません");
        return false;
    }
    char *json = report_json(sh), *text = report_text(sh);
    char path[PATH_MAX + 8], err[512];
    snprintf(path, sizeof path, "%s.json", ctx->base);
    bool ok = atomic_write_text(path, json, err, sizeof err);
    if (ok) {
        snprintf(path, sizeof path, "%s.txt", ctx->base);
        ok = atomic_write_text(path, text, err, sizeof err);
    }
    if (ok) {
        snprintf(msg, msg_size, "評価シートを書き出しました: %s.json, %s.txt", ctx->base,
                 ctx->base);
        fprintf(stderr, "ttx play: wrote %s.json and %s.txt\n", ctx->base, ctx->base);
    } else {
        snprintf(msg, msg_size, "評価シートを書き出せませんでした: %s", err);
        fprintf(stderr, "ttx play: %s\n", err);
    }
    free(json);
    free(text);
    return ok;
}

static GuiOptions gui_options(const PlayArgs *a, PlayCtx *ctx, WallTime now)
{
    GuiOptions o;
    memset(&o, 0, sizeof o);
    o.fullscreen = a->fullscreen;
    o.two_windows = a->two_windows;
    o.font_path = a->font;
    o.on_ended = write_sheets;
    o.ctx = ctx;
    o.script_path = a->script;
    o.screenshot_path = a->screenshot;
    o.start = now;
    return o;
}

/* The seed of the options' order: --option-seed, none with --no-shuffle, else random (a new
 * order for every drill). Only a drill that has not started uses it: a started journal keeps
 * the seed of its start event. */
static uint32_t option_seed(const PlayArgs *a)
{
    if (a->no_shuffle) {
        return 0;
    }
    return a->seed ? a->seed : cli_random_seed();
}

/* Runs the app on session s until the GUI closes. */
static int run_app(Gui *gui, Session *s, const char *facilitator, const Participant *parts,
                   size_t n_parts, const char *journal, const Plan *plan, uint32_t seed)
{
    AppSetup setup = {s, facilitator, parts, n_parts, journal, plan, seed};
    App *app = app_create(&setup);
    int status = gui_loop(gui, app);
    app_destroy(app);
    fprintf(stderr, "ttx play: the journal is %s\n", journal);
    return status;
}

static int play_new(const PlayArgs *a, GuiOptions *o, PlayCtx *ctx, WallTime now)
{
    char *dir = NULL, bundled[PATH_MAX + 32];
    const char *scenario = a->scenario;
    if (!scenario) {
        dir = cli_scenarios_dir();
        if (!dir) {
            fprintf(stderr, "ttx play: the bundled scenarios are missing; name a SCENARIO or "
                            "set TTX_SCENARIOS\n");
            return EXIT_NOINPUT;
        }
        snprintf(bundled, sizeof bundled, "%s/ransomware.yaml", dir);
        free(dir);
        scenario = bundled;
    }
    Exercise ex;
    int status = cli_load_exercise(scenario, FILE_KIND_SCENARIO, &ex);
    if (status != EXIT_OK) {
        return status; /* nothing held yet */
    }
    /* From here on everything held is released at done, the one way out. */
    Plan *plan = NULL;
    Gui *gui = NULL;
    Journal *j = NULL;
    char err[1024], journal[PATH_MAX], stem[PATH_MAX - 5];
    /* --plan before any window or journal exists, so a typo in the plan costs nothing. */
    status = a->plan ? cli_load_plan(a->plan, &plan) : EXIT_OK;
    if (status != EXIT_OK) {
        goto done;
    }
    const Scenario *sc = ex.scenario;
    Date date = sc->sheet.has_date ? sc->sheet.date : walltime_date(now);
    if (a->journal) {
        snprintf(journal, sizeof journal, "%s", a->journal);
    } else if (cli_journal_stem(NULL, sc->id.s, date, stem, sizeof stem)) {
        snprintf(journal, sizeof journal, "%s.ttxj", stem);
    } else {
        fprintf(stderr, "ttx play: too many journals of '%s' here\n", sc->id.s);
        status = EXIT_CANTCREAT;
        goto done;
    }
    o->journal_path = journal;
    gui = gui_open(o, &status, err, sizeof err);
    if (!gui) {
        fprintf(stderr, "ttx play: %s\n", err);
        goto done;
    }
    JournalSetup setup = {ex.scenario_path, ex.procedure_path, now, a->facilitator, NULL, 0};
    j = journal_create(journal, &setup, err, sizeof err);
    if (!j) {
        struct stat st; /* only an existing journal, a regular file, can be continued */
        bool exists = lstat(journal, &st) == 0 && S_ISREG(st.st_mode);
        fprintf(stderr, "ttx play: %s%s\n", err,
                exists ? " (to continue it: ttx play --resume FILE)" : "");
        status = EXIT_CANTCREAT;
        goto done;
    }
    fprintf(stderr, "ttx play: recording to %s\n", journal);
    set_base(ctx, journal);
    Session s;
    session_init(&s, sc, ex.procedure);
    session_set_persist(&s, journal_persist, j);
    status = run_app(gui, &s, a->facilitator, NULL, 0, journal, plan, option_seed(a));
    session_deinit(&s);
done:
    gui_close(gui);
    journal_close(j);
    exercise_free(&ex);
    plan_free(plan);
    return status;
}

static int play_resume(const PlayArgs *a, GuiOptions *o, PlayCtx *ctx)
{
    int status;
    char err[1024];
    o->journal_path = a->resume;
    /* The display first: a resume that cannot show anything should not touch the journal. */
    Gui *gui = gui_open(o, &status, err, sizeof err);
    if (!gui) {
        fprintf(stderr, "ttx play: %s\n", err);
        return status;
    }
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus ls;
    Journal *j = journal_resume(a->resume, a->force, &r, &d, &ls);
    cli_print_diags(&d);
    diags_deinit(&d);
    if (!j) {
        gui_close(gui);
        return cli_load_exit_add(EXIT_DATAERR, ls); /* it failed: unreadable or invalid */
    }
    fprintf(stderr, "ttx play: resuming %s after %ld events\n", a->resume, r.n_events);
    set_base(ctx, a->resume);
    const char *facilitator = r.header.facilitator ? r.header.facilitator : a->facilitator;
    status = run_app(gui, &r.session, facilitator, r.header.participants, r.header.n_participants,
                     a->resume, NULL, option_seed(a));
    gui_close(gui);
    journal_close(j);
    journal_replay_free(&r);
    return status;
}

static int run_play(int argc, char **argv)
{
    PlayArgs a;
    int st = parse_args(argc, argv, &a);
    if (st != EXIT_OK) {
        return st;
    }
    WallTime now;
    if (!cli_now("play", &now)) {
        return EXIT_USAGE;
    }
    PlayCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    GuiOptions o = gui_options(&a, &ctx, now);
    return a.resume ? play_resume(&a, &o, &ctx) : play_new(&a, &o, &ctx, now);
}

const Command CMD_PLAY = {"play", "the facilitator's screen: run an exercise (GUI)", usage,
                          run_play};
