/* ttx train SCENARIO [--print-test | --score ANSWERS.csv]: the trainer's 従業員教育 mode. This
 * file parses the arguments, loads the scenario, builds its 理解度確認テスト and prints it;
 * scoring is in cmd_train_score.c. Without an option it is the presentation mode, which lives
 * in cmd_train_present.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_write.h"
#include "cli.h"
#include "cmd_train.h"
#include "train_print.h"

static const char usage[] =
    "usage: ttx train SCENARIO --print-test [-o FILE] [--format text|md]\n"
    "       ttx train SCENARIO --score ANSWERS.csv [--survey SURVEY.csv] [-o DIR]\n"
    "                          [--date YYYY-MM-DD]\n"
    "       ttx train SCENARIO\n"
    "\n"
    "The trainer's 従業員教育 mode. The 理解度確認テスト of SCENARIO is its quiz ('quiz:')\n"
    "followed by its decision points, each asked as one question whose right answers are its\n"
    "options marked good (a decision with none is left out). A participant passes (修了) only\n"
    "with every question right, as the guide's course format requires.\n"
    "\n"
    "  --print-test  the printable test (a name line, the questions, no answers) and, apart\n"
    "                from it, the answer key with 解説. With -o FILE the test goes to FILE and\n"
    "                the key to FILE-answers (test.txt → test-answers.txt); without -o both are\n"
    "                printed, separated by a page break (a form feed line; in Markdown an HTML\n"
    "                page break). With -o - (or a device or named pipe, such as /dev/stdout)\n"
    "                the test alone goes there, for a printer or a pipe, and no key is written.\n"
    "  --format      text (default: 80 columns) or md (Markdown)\n"
    "  --score CSV   scores the class's answers and writes the 受講記録 into DIR (-o, a folder,\n"
    "                so not '-'; default the current folder, created if missing) as\n"
    "                <scenario-id>-training-<date>.json and .txt, and prints the text\n"
    "  --survey CSV  adds the アンケート: the mean of every 1-5 item and the comments\n"
    "  --date        the session's date (default: today; TTX_NOW=2026-12-01T09:00:00+09:00\n"
    "                for a reproducible run)\n"
    "  (no option)   the presentation mode in a window: each question in large type with a\n"
    "                countdown, the class's show of hands counted per option, the correct\n"
    "                answer with the hands as bars and the 解説, a running tally, a summary.\n"
    "                Keys: Enter/→ next, ← back; while counting ↑↓ pick the option and digits\n"
    "                type the number of hands. The counts are saved each time an answer is\n"
    "                shown, as <scenario-id>-class-<date>.csv (UTF-8 with BOM, for Excel) in\n"
    "                DIR (-o, default: the current folder).\n"
    "  --seconds N   countdown per question (default 60)\n"
    "  --fullscreen, --font FILE, --script FILE, --screenshot FILE   as for ttx play\n"
    "\n"
    "The answers CSV, as Excel saves it, \"CSV UTF-8\" or plain \"CSV\" (Shift_JIS) (a BOM, CRLF\n"
    "line ends, quoted fields with commas or line breaks are all fine; blank lines are skipped):\n"
    "  heading row   氏名 (or 名前, name), 所属 (or 部署, department; optional), and one column\n"
    "                per question: 問1 … 問N as numbered on the printed test (also q1 or 1), or\n"
    "                the question's id (which wins over a number)\n"
    "  one row per participant; a cell holds the option numbers marked: 2, or 1;3 (\"1,3\" in\n"
    "  quotes) for several. An empty cell is unanswered: a warning, and it counts as wrong.\n"
    "  Other columns are ignored with a warning.\n"
    "The アンケート CSV: one row per respondent. A column whose heading ends with (1-5) (also\n"
    "[1-5] or （1～5）) holds ratings 1-5, blank for no answer; every other column is free text.\n"
    "氏名 and 所属 columns are read but never reported, so the comments stay anonymous.\n"
    "Every bad row or cell is reported by its row and column heading, FILE: 3行目「問2」: error:\n"
    "…, and then nothing is written: fix the file and run again. Nothing is left out silently.\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 invalid scenario or CSV (or nothing to ask), 66 unreadable\n"
    "input, 69 no display or no Japanese font for the window, 73 cannot write the output.\n";

static int value_option(int argc, char **argv, int *i, const char **slot)
{
    if (*i + 1 >= argc) {
        return cli_usage_error("train", "%s needs a value", argv[*i]);
    }
    *slot = argv[++*i];
    return EXIT_OK;
}

static int check_args(const TrainArgs *a)
{
    if (!a->scenario) {
        return cli_usage_error("train", "no SCENARIO given");
    }
    if (a->print_test && a->answers) {
        return cli_usage_error("train", "--print-test and --score are two separate runs");
    }
    if (a->format && !a->print_test) {
        return cli_usage_error("train", "--format goes with --print-test");
    }
    if (a->format && strcmp(a->format, "text") != 0 && strcmp(a->format, "md") != 0) {
        return cli_usage_error("train", "unknown format '%s'; expected text or md", a->format);
    }
    if ((a->survey || a->date) && !a->answers) {
        return cli_usage_error("train", "%s goes with --score", a->survey ? "--survey" : "--date");
    }
    bool window = a->fullscreen || a->font || a->script || a->screenshot || a->seconds;
    if (window && (a->print_test || a->answers)) {
        return cli_usage_error("train", "window options go without --print-test and --score");
    }
    if (!a->print_test && cli_is_stdout(a->out)) {
        return cli_usage_error("train", "-o names a folder here, not '-'; only --print-test "
                                        "writes to standard output");
    }

    return EXIT_OK;
}

static int parse_args(int argc, char **argv, TrainArgs *a)
{
    memset(a, 0, sizeof *a);
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int st = EXIT_OK;
        if (strcmp(arg, "--print-test") == 0) {
            a->print_test = true;
        } else if (strcmp(arg, "--score") == 0) {
            st = value_option(argc, argv, &i, &a->answers);
        } else if (strcmp(arg, "--survey") == 0) {
            st = value_option(argc, argv, &i, &a->survey);
        } else if (strcmp(arg, "-o") == 0 || strcmp(arg, "--out") == 0) {
            st = value_option(argc, argv, &i, &a->out);
        } else if (strcmp(arg, "--format") == 0) {
            st = value_option(argc, argv, &i, &a->format);
        } else if (strcmp(arg, "--date") == 0) {
            st = value_option(argc, argv, &i, &a->date);
        } else if (strcmp(arg, "--fullscreen") == 0) {
            a->fullscreen = true;
        } else if (strcmp(arg, "--font") == 0) {
            st = value_option(argc, argv, &i, &a->font);
        } else if (strcmp(arg, "--script") == 0) {
            st = value_option(argc, argv, &i, &a->script);
        } else if (strcmp(arg, "--screenshot") == 0) {
            st = value_option(argc, argv, &i, &a->screenshot);
        } else if (strcmp(arg, "--seconds") == 0) {
            const char *v = NULL;
            st = value_option(argc, argv, &i, &v);
            a->seconds = v ? atoi(v) : 0;
            if (st == EXIT_OK && (a->seconds < 5 || a->seconds > 3600)) {
                st = cli_usage_error("train", "--seconds takes 5 to 3600");
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            st = cli_usage_error("train", "unknown option '%s'", arg);
        } else if (!a->scenario) {
            a->scenario = arg;
        } else {
            st = cli_usage_error("train", "unexpected argument '%s'", arg);
        }
        if (st != EXIT_OK) {
            return st;
        }
    }
    return check_args(a);
}

static int print_test(const TrainArgs *a, const TrainTest *test)
{
    TrainPrintFormat f =
        a->format && strcmp(a->format, "md") == 0 ? TRAIN_PRINT_MARKDOWN : TRAIN_PRINT_TEXT;
    char *sheet = train_print_test(test, f);
    char *key = train_print_key(test, f);
    int status = EXIT_OK;
    char err[512];
    if (!a->out) {
        fputs(sheet, stdout);
        fputs(train_print_page_break(f), stdout);
        fputs(key, stdout);
    } else if (atomic_write_in_place(a->out)) {
        /* A stream takes one document, and "FILE-answers" beside /dev/stdout would be a new
         * file in /dev: the test goes alone, and the key is left to a run with a file name. */
        if (!atomic_write_text(a->out, sheet, err, sizeof err)) {
            fprintf(stderr, "ttx train: %s\n", err);
            status = EXIT_CANTCREAT;
        } else {
            fprintf(stderr, "ttx train: wrote the test alone; for the answer key too, give -o "
                            "FILE (the key goes to FILE-answers) or no -o\n");
        }
    } else {
        char *key_path = train_print_key_path(a->out);
        if (!atomic_write_text(a->out, sheet, err, sizeof err) ||
            !atomic_write_text(key_path, key, err, sizeof err)) {
            fprintf(stderr, "ttx train: %s\n", err);
            status = EXIT_CANTCREAT;
        } else {
            fprintf(stderr, "ttx train: wrote %s and %s\n", a->out, key_path);
        }
        free(key_path);
    }
    free(sheet);
    free(key);
    return status;
}

/* A decision without a good option has no right answer to score, so the test leaves it out;
 * say so rather than drop it silently. */
static void warn_skipped(const Scenario *s)
{
    Diags d;
    diags_init(&d);
    for (size_t i = 0; i < s->n_injects; i++) {
        const Decision *dec = s->injects[i].decision;
        if (dec && !train_decision_askable(dec)) {
            diags_warning(&d, s->path, dec->pos,
                          "the decision of '%s' has no option marked good, so the test leaves "
                          "it out",
                          s->injects[i].id.s);
        }
    }
    cli_print_diags(&d);
    diags_deinit(&d);
}

static int run_train(int argc, char **argv)
{
    TrainArgs a;
    int st = parse_args(argc, argv, &a);
    if (st != EXIT_OK) {
        return st;
    }
    Exercise ex;
    st = cli_load_exercise(a.scenario, FILE_KIND_SCENARIO, &ex);
    if (st != EXIT_OK) {
        return st;
    }
    TrainTest test;
    train_test_init(&test, ex.scenario, ex.procedure);
    warn_skipped(ex.scenario);
    if (test.n_questions == 0) {
        fprintf(stderr,
                "ttx train: %s has no quiz and no decision with a good option: nothing "
                "to ask; add questions under 'quiz:'\n",
                a.scenario);
        st = EXIT_DATAERR;
    } else if (a.print_test) {
        st = print_test(&a, &test);
    } else if (a.answers) {
        st = cmd_train_score(&a, &test);
    } else {
        st = cmd_train_present(&a, &test);
    }
    train_test_deinit(&test);
    exercise_free(&ex);
    return st;
}

const Command CMD_TRAIN = {"train", "the trainer's 従業員教育 mode: print the test, score answers",
                           usage, run_train};
