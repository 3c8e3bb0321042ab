/* ttx history SHEET.json... : the ratings of the steps and review items across exercises with
 * their trend, and what became of the action items (engine/core/review/history.c computes,
 * engine/io/review/history_*.c render). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_write.h"
#include "base.h"
#include "cli.h"
#include "history_chart_png.h"
#include "history_report.h"
#include "plan_io.h"
#include "sheet_read.h"

static const char usage[] =
    "usage: ttx history SHEET.json... [--plan PLAN.yaml] [--format text|json]\n"
    "                   [-o FILE] [--chart FILE.png]\n"
    "\n"
    "Compares the JSON evaluation sheets of several exercises, oldest first (by\n"
    "exercise date): the score and rating of each step and review item in each\n"
    "exercise with the trend (改善 improving / 横ばい steady / 悪化 worsening:\n"
    "the least-squares change from the first exercise to the last is at least\n"
    "+5 or at most -5 points), and the action items opened, closed and overdue.\n"
    "  --plan     count the actions from the improvement plan (ttx plan):\n"
    "             closed = done, overdue = not done and due before the latest\n"
    "             exercise. Without it the sheets are the evidence: an action is\n"
    "             closed when a later exercise of the same 手順書 no longer has it.\n"
    "  --format   text (default: 80 columns, the latest 5 exercises in the\n"
    "             tables) or json (reports/history.schema.json)\n"
    "  -o FILE    write there (replaced in one step; a device or named pipe is\n"
    "             written as it is) instead of printing; '-' is standard output\n"
    "  --chart    draw the history as a PNG chart; '-' writes it to standard\n"
    "             output, and the history is then written only with -o FILE\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 not a ttx sheet or an invalid plan,\n"
    "66 unreadable input, 69 no Japanese font for --chart, 73 cannot write FILE.\n";

typedef struct HistoryArgs {
    const char **sheets;
    size_t n_sheets;
    const char *plan, *format, *out, *chart;
} HistoryArgs;

static int parse_args(int argc, char **argv, HistoryArgs *a)
{
    static const char *const valued[] = {"--plan", "--format", "-o", "--chart"};
    memset(a, 0, sizeof *a);
    a->format = "text";
    a->sheets = ttx_calloc((size_t)argc, sizeof(char *));
    const char **slots[] = {&a->plan, &a->format, &a->out, &a->chart};
    for (int i = 1; i < argc; i++) {
        size_t k = 0;
        while (k < TTX_ARRAY_LEN(valued) && strcmp(argv[i], valued[k]) != 0) {
            k++;
        }
        if (k < TTX_ARRAY_LEN(valued)) {
            if (i + 1 >= argc) {
                return cli_usage_error("history", "%s needs a value", argv[i]);
            }
            *slots[k] = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return cli_usage_error("history", "unknown option '%s'", argv[i]);
        } else {
            a->sheets[a->n_sheets++] = argv[i];
        }
    }
    if (a->n_sheets == 0) {
        return cli_usage_error("history", "no SHEET.json given");
    }
    if (cli_is_stdout(a->chart) && cli_is_stdout(a->out)) {
        return cli_usage_error("history", "--chart - and -o - cannot both go to standard output");
    }
    if (strcmp(a->format, "text") != 0 && strcmp(a->format, "json") != 0) {
        return cli_usage_error("history", "unknown format '%s'; expected text or json", a->format);
    }
    return EXIT_OK;
}

static int load_inputs(const HistoryArgs *a, SheetSummary **sheets, Plan **plan)
{
    Diags d;
    diags_init(&d);
    int status = EXIT_OK;
    for (size_t i = 0; i < a->n_sheets; i++) {
        LoadStatus ls;
        sheets[i] = sheet_read(a->sheets[i], &d, &ls);
        status = cli_load_exit_add(status, ls);
        if (sheets[i] && !sheets[i]->has_date) {
            diags_warning(&d, a->sheets[i], (SrcPos){1, 1},
                          "the sheet has no exercise date; it is placed after the dated ones");
        }
    }
    if (a->plan) {
        LoadStatus ls;
        *plan = plan_load(a->plan, &d, &ls);
        status = cli_load_exit_add(status, ls);
    }
    cli_print_diags(&d);
    diags_deinit(&d);
    return status;
}

static int output(const HistoryArgs *a, const History *h)
{
    char *doc =
        strcmp(a->format, "json") == 0 ? history_json(h, a->plan) : history_text(h, a->plan);
    int status = EXIT_OK;
    char err[512];
    if (!a->out) {
        fputs(doc, stdout);
    } else if (!atomic_write_text(a->out, doc, err, sizeof err)) {
        fprintf(stderr, "ttx history: %s\n", err);
        status = EXIT_CANTCREAT;
    }
    free(doc);
    return status;
}

static int run_history(int argc, char **argv)
{
    HistoryArgs a;
    int status = parse_args(argc, argv, &a);
    SheetSummary **sheets = ttx_calloc(a.n_sheets + 1, sizeof *sheets);
    Plan *plan = NULL;
    if (status == EXIT_OK) {
        status = load_inputs(&a, sheets, &plan);
    }
    if (status == EXIT_OK) {
        sheet_summaries_sort(sheets, a.n_sheets);
        History *h = history_build(sheets, a.n_sheets, plan);
        status = a.chart ? history_chart_png(h, a.chart) : EXIT_OK;
        /* With the chart on standard output the history goes only to -o FILE. */
        if (status == EXIT_OK && !(cli_is_stdout(a.chart) && !a.out)) {
            status = output(&a, h);
        }
        history_free(h);
    }
    plan_free(plan);
    for (size_t i = 0; i < a.n_sheets; i++) {
        sheet_summary_free(sheets[i]);
    }
    free(sheets);
    free(a.sheets);
    return status;
}

const Command CMD_HISTORY = {"history", "ratings and action items across exercises", usage,
                             run_history};
