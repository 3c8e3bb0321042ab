/* ttx run SCENARIO --record FILE [--plan PLAN.yaml] [--feedback FILE.csv] [--out DIR]: plays a
 * record through the engine without a display — the same session commands the GUI uses, every
 * event journalled and fsync'd — then writes the journal, the sheet as JSON and as text, and
 * prints the text sheet. The plan and the feedback are read and checked before anything is
 * written, so a typo in either leaves no journal behind. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_write.h"
#include "base.h"
#include "cli.h"
#include "exercise_load.h"
#include "feedback_csv.h"
#include "journal.h"
#include "plan_io.h"
#include "playback.h"
#include "report_json.h"
#include "report_text.h"
#include "sheet.h"
#include "validate.h"

static const char usage[] =
    "usage: ttx run SCENARIO --record FILE [--plan PLAN.yaml] [--feedback FILE.csv] [--out DIR]\n"
    "\n"
    "Plays the exercise record FILE (ttx-record: 1) of SCENARIO through the engine without a\n"
    "display, and writes into DIR (default: the current folder, created if missing):\n"
    "  <scenario-id>-<date>.ttxj   the journal: every event, as the GUI would have written it\n"
    "  <scenario-id>-<date>.json   the evaluation sheet (レビュー項目) as JSON\n"
    "  <scenario-id>-<date>.txt    the printable sheet, also printed on standard output\n"
    "<date> is the exercise date (sheet.date of the scenario, else today). An existing journal\n"
    "is never overwritten: the next free name (-2, -3, …) is used instead.\n"
    "  --plan PLAN.yaml    the improvement plan of the previous drill (ttx plan): its open\n"
    "                      actions are shown at the start, and the record's 'plan:' entries\n"
    "                      ({action: A01 or its key, done: true|false, note: …}) confirm them\n"
    "  --feedback FILE.csv the participants' feedback forms, one row each: columns f1 … f5\n"
    "                      (answers 1-5, empty = not answered), 良かった点, 改善点\n"
    "Set TTX_NOW=2026-12-01T09:00:00+09:00 for a reproducible run.\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 invalid scenario or record, 66 unreadable input,\n"
    "73 cannot create the output files, 74 I/O error while writing.\n";

typedef struct RunArgs {
    const char *scenario, *record, *out, *plan, *feedback;
} RunArgs;

/* What the run adds to the record: the previous plan and the feedback forms (either may be
 * absent), loaded and checked before the journal is created. */
typedef struct RunExtras {
    Plan *plan;
    Arena arena; /* the feedback rows */
    SessionFeedback *feedback;
    size_t n_feedback;
} RunExtras;

static int parse_args(int argc, char **argv, RunArgs *a)
{
    memset(a, 0, sizeof *a);
    a->out = ".";
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        static const char *const valued[] = {"--record", "--out", "--plan", "--feedback"};
        const char **slots[] = {&a->record, &a->out, &a->plan, &a->feedback};
        size_t k = 0;
        while (k < TTX_ARRAY_LEN(valued) && strcmp(arg, valued[k]) != 0) {
            k++;
        }
        if (k < TTX_ARRAY_LEN(valued)) {
            if (i + 1 >= argc) {
                return cli_usage_error("run", "%s needs a value", arg);
            }
            *slots[k] = argv[++i];
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_usage_error("run", "unknown option '%s'", arg);
        } else if (!a->scenario) {
            a->scenario = arg;
        } else {
            return cli_usage_error("run", "unexpected argument '%s'", arg);
        }
    }
    if (!a->scenario) {
        return cli_usage_error("run", "no SCENARIO given");
    }
    if (!a->record) {
        return cli_usage_error("run", "--record FILE is required");
    }
    if (cli_is_stdout(a->out)) {
        return cli_usage_error("run", "--out names the folder for the journal and the sheets, not "
                                      "'-'; the text sheet is printed anyway");
    }
    return EXIT_OK;
}

static bool same_file(const char *a, const char *b)
{
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

static bool write_sheet_files(const char *base, const char *json, const char *text)
{
    char path[PATH_MAX + 8], err[512];
    snprintf(path, sizeof path, "%s.json", base);
    if (!atomic_write_text(path, json, err, sizeof err)) {
        fprintf(stderr, "ttx run: %s\n", err);
        return false;
    }
    snprintf(path, sizeof path, "%s.txt", base);
    if (!atomic_write_text(path, text, err, sizeof err)) {
        fprintf(stderr, "ttx run: %s\n", err);
        return false;
    }
    return true;
}

/* Plays the record into a new journal and writes the sheets; returns an exit status. */
static int play(const RunArgs *a, Exercise *ex, const RunExtras *x, WallTime now)
{
    const Scenario *sc = ex->scenario;
    Date date = sc->sheet.has_date ? sc->sheet.date : walltime_date(now);
    if (mkdir(a->out, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "ttx run: cannot create the folder '%s': %s\n", a->out, strerror(errno));
        return EXIT_CANTCREAT;
    }
    char base[PATH_MAX];
    if (!cli_journal_stem(a->out, sc->id.s, date, base, sizeof base)) {
        fprintf(stderr, "ttx run: too many runs of '%s' in '%s'\n", sc->id.s, a->out);
        return EXIT_CANTCREAT;
    }
    char journal_file[PATH_MAX + 8], err[512];
    snprintf(journal_file, sizeof journal_file, "%s.ttxj", base);
    const Record *r = ex->record;
    JournalSetup setup = {ex->scenario_path, ex->procedure_path, now, r->facilitator.s,
                          r->participants, r->n_participants};
    Journal *j = journal_create(journal_file, &setup, err, sizeof err);
    if (!j) {
        fprintf(stderr, "ttx run: %s\n", err);
        return EXIT_CANTCREAT;
    }
    Session s;
    session_init(&s, sc, ex->procedure);
    session_set_persist(&s, journal_persist, j);
    int status = EXIT_OK;
    bool ok = playback_record_plan(&s, r, x->plan, now, err, sizeof err);
    for (size_t i = 0; ok && i < x->n_feedback; i++) {
        ok = session_feedback(&s, now, &x->feedback[i], err, sizeof err);
    }
    if (!ok) {
        fprintf(stderr, "ttx run: %s: %s\n", journal_file, err);
        status = EXIT_IOERR;
    }
    journal_close(j);
    if (status == EXIT_OK) {
        Sheet *sh = sheet_build(&s, r->facilitator.s, r->participants, r->n_participants);
        char *json = report_json(sh);
        char *text = report_text(sh);
        if (write_sheet_files(base, json, text)) {
            fputs(text, stdout);
            fprintf(stderr, "ttx run: wrote %s.ttxj, %s.json and %s.txt\n", base, base, base);
        } else {
            status = EXIT_CANTCREAT;
        }
        free(json);
        free(text);
        sheet_free(sh);
    }
    session_deinit(&s);
    return status;
}

/* Reads --plan and --feedback and checks the record's plan entries against the plan (or their
 * presence without one). Returns an exit status; x is always initialised (free its parts). */
static int load_extras(const RunArgs *a, const Exercise *ex, RunExtras *x)
{
    memset(x, 0, sizeof *x);
    arena_init(&x->arena);
    Diags d;
    diags_init(&d);
    LoadStatus ls = LOAD_OK;
    if (a->plan) {
        x->plan = plan_load(a->plan, &d, &ls);
    }
    if (ls == LOAD_OK) {
        validate_record_plan(ex->record, x->plan, &d);
        ls = d.n_errors ? LOAD_INVALID : LOAD_OK;
    }
    if (ls == LOAD_OK && a->feedback) {
        ls = feedback_csv_load(a->feedback, &x->arena, &x->feedback, &x->n_feedback, &d);
    }
    cli_print_diags(&d);
    diags_deinit(&d);
    return cli_load_exit(ls);
}

static int run_run(int argc, char **argv)
{
    RunArgs a;
    int st = parse_args(argc, argv, &a);
    if (st != EXIT_OK) {
        return st;
    }
    WallTime now;
    if (!cli_now("run", &now)) {
        return EXIT_USAGE;
    }
    Exercise ex;
    st = cli_load_exercise(a.record, FILE_KIND_RECORD, &ex);
    if (st != EXIT_OK) {
        return st;
    }
    if (!same_file(a.scenario, ex.scenario_path)) {
        fprintf(stderr,
                "ttx run: the record %s is for the scenario %s, not %s; name that scenario or "
                "fix 'scenario:' in the record\n",
                a.record, ex.scenario_path, a.scenario);
        exercise_free(&ex);
        return access(a.scenario, R_OK) == 0 ? EXIT_DATAERR : EXIT_NOINPUT;
    }
    RunExtras x;
    st = load_extras(&a, &ex, &x);
    if (st == EXIT_OK) {
        st = play(&a, &ex, &x, now);
    }
    plan_free(x.plan);
    arena_deinit(&x.arena);
    exercise_free(&ex);
    return st;
}

const Command CMD_RUN = {"run", "play an exercise record without a display; write the sheet",
                         usage, run_run};
