/* ttx plan SHEET.json... [-o PLAN.yaml]: turns the action items of evaluation sheets into an
 * editable improvement plan, or adds the new ones to an existing plan without touching what
 * people changed there (engine/core/review/plan.c merges, engine/io/review/plan_*.c read and write YAML). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic_write.h"
#include "base.h"
#include "cli.h"
#include "path_relative.h"
#include "plan_io.h"
#include "sheet_read.h"

static const char usage[] =
    "usage: ttx plan SHEET.json... [-o PLAN.yaml]\n"
    "\n"
    "Makes an improvement plan (改善計画, ttx-plan: 1) of the action items\n"
    "(次回演習に向けたアクションアイテム) of JSON evaluation sheets (written by\n"
    "'ttx run' or 'ttx report --format json'). Each action gets an id (A01 …),\n"
    "its text, owner role, due date, status (open, in_progress, done), the\n"
    "element it improves (体制, 手順, 設備, 教育, 訓練; a default from the kind of\n"
    "action), the findings it came from and the exercise.\n"
    "  -o PLAN.yaml   write the plan there. When PLAN.yaml exists it is updated:\n"
    "                 actions it has (same key) are kept as people edited them,\n"
    "                 new ones are added, and an action that comes back in a\n"
    "                 later exercise is noted under 'recurred:'. Without -o, or\n"
    "                 with -o -, the plan is printed (nothing is merged). A link's\n"
    "                 target is updated and the link kept.\n"
    "Sheets are taken oldest first (by exercise date), whatever the order given.\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 not a ttx sheet or an invalid plan,\n"
    "66 unreadable sheet, 73 cannot write PLAN.yaml.\n";

typedef struct PlanArgs {
    const char **sheets;
    size_t n_sheets;
    const char *out;
    bool stream; /* out is a device or a pipe: nothing to merge into, paths kept as given */
} PlanArgs;

/* A plan to merge into is a regular file (links followed); a disk or a folder is not read. */
static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int parse_args(int argc, char **argv, PlanArgs *a)
{
    memset(a, 0, sizeof *a);
    a->sheets = ttx_calloc((size_t)argc, sizeof(char *));
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc) {
                return cli_usage_error("plan", "-o needs a value");
            }
            a->out = argv[++i];
            /* Standard output: printed as without -o, with no plan on disk to merge into. */
            a->out = cli_is_stdout(a->out) ? NULL : a->out;
            a->stream = a->out && atomic_write_in_place(a->out);
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return cli_usage_error("plan", "unknown option '%s'", argv[i]);
        } else {
            a->sheets[a->n_sheets++] = argv[i];
        }
    }
    if (a->n_sheets == 0) {
        return cli_usage_error("plan", "no SHEET.json given");
    }
    return EXIT_OK;
}

/* Reads every sheet (reporting all problems) and sorts them oldest first. */
static int read_sheets(const PlanArgs *a, SheetSummary **v)
{
    Diags d;
    diags_init(&d);
    int status = EXIT_OK;
    for (size_t i = 0; i < a->n_sheets; i++) {
        LoadStatus ls;
        v[i] = sheet_read(a->sheets[i], &d, &ls);
        status = cli_load_exit_add(status, ls);
    }
    cli_print_diags(&d);
    diags_deinit(&d);
    if (status == EXIT_OK) {
        sheet_summaries_sort(v, a->n_sheets);
    }
    return status;
}

static void report_recurrence(void *ctx, const PlanAction *a, const SheetSummary *sh)
{
    (void)ctx;
    char date[32];
    fprintf(stderr, "ttx plan: %s came back in the exercise of %s%s\n", a->id.s,
            date_format(sh->date, date, sizeof date),
            a->status == PLAN_DONE ? " although it is done: check whether the fix worked" : "");
}

static int merge_and_write(const PlanArgs *a, SheetSummary **sheets, Plan *plan)
{
    PlanMergeStats total = {0, 0, 0};
    /* Sheets are named relative to the folder the plan really lives in (a link's target's). */
    char *home = a->out && !a->stream ? atomic_write_target(a->out) : NULL;
    for (size_t i = 0; i < a->n_sheets; i++) {
        char *ref =
            home ? path_relative_to_file(sheets[i]->path, home) : ttx_strdup(sheets[i]->path);
        PlanMergeStats st = plan_merge_sheet(plan, sheets[i], ref, report_recurrence, NULL);
        total.added += st.added;
        total.known += st.known;
        total.recurred += st.recurred;
        free(ref);
    }
    free(home);
    int status = EXIT_OK;
    char err[512];
    char *yaml = plan_to_yaml(plan, err, sizeof err);
    if (!yaml) {
        fprintf(stderr, "ttx plan: %s\n", err);
        status = EXIT_SOFTWARE;
    } else if (!a->out) {
        fputs(yaml, stdout);
    } else if (!atomic_write_text(a->out, yaml, err, sizeof err)) {
        fprintf(stderr, "ttx plan: %s\n", err);
        status = EXIT_CANTCREAT;
    } else {
        fprintf(stderr,
                "ttx plan: wrote %s: %zu new action(s), %zu already in the plan, %zu seen "
                "again; %zu in all\n",
                a->out, total.added, total.known, total.recurred, plan->n_actions);
    }
    free(yaml);
    return status;
}

static int run_plan(int argc, char **argv)
{
    PlanArgs a;
    int status = parse_args(argc, argv, &a);
    SheetSummary **sheets = ttx_calloc(a.n_sheets + 1, sizeof *sheets);
    if (status == EXIT_OK) {
        status = read_sheets(&a, sheets);
    }
    Plan *plan = NULL;
    if (status == EXIT_OK && a.out && !a.stream && is_file(a.out)) {
        status = cli_load_plan(a.out, &plan);
    } else if (status == EXIT_OK) {
        plan = plan_create();
    }
    if (status == EXIT_OK) {
        status = merge_and_write(&a, sheets, plan);
    }
    plan_free(plan);
    for (size_t i = 0; i < a.n_sheets; i++) {
        sheet_summary_free(sheets[i]);
    }
    free(sheets);
    free(a.sheets);
    return status;
}

const Command CMD_PLAN = {"plan", "make or update the improvement plan from sheets' actions", usage,
                          run_plan};
