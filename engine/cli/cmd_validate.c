/* ttx validate FILE...: load each file with everything it refers to and report every problem as
 * FILE:LINE:COL: error|warning: MESSAGE. A problem in a shared file (a 手順書 used by several
 * scenarios) is printed once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "cli.h"
#include "diag.h"
#include "exercise_load.h"
#include "strmap.h"

static const char usage[] =
    "usage: ttx validate FILE...\n"
    "\n"
    "Checks scenarios (ttx: 1), 手順書 (ttx-procedure: 1) and records (ttx-record: 1), with the\n"
    "files they refer to, against every rule of the file formats. Each problem is printed as\n"
    "  FILE:LINE:COL: error: MESSAGE     (or warning:)\n"
    "and every problem in a file is reported, not just the first.\n"
    "\n"
    "Exit status: 0 no errors (warnings allowed), 65 errors found, 66 a file cannot be read,\n"
    "64 usage error.\n";

/* Prints the diagnostics not printed before (a shared 手順書 is checked once per scenario). */
static void print_new(const Diags *d, StrMap *printed, char ***lines, size_t *n_lines)
{
    for (size_t i = 0; i < d->n; i++) {
        char *line = diag_format(&d->v[i]);
        if (!strmap_put(printed, line, 0, NULL)) {
            free(line);
            continue;
        }
        *lines = ttx_realloc(*lines, (*n_lines + 1) * sizeof(char *));
        (*lines)[(*n_lines)++] = line;
        printf("%s\n", line);
    }
}

static int run_validate(int argc, char **argv)
{
    int first = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            first = i + 1;
            break;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return cli_usage_error("validate", "unknown option '%s'", argv[i]);
        }
    }
    if (first >= argc) {
        return cli_usage_error("validate", "no FILE given");
    }
    int status = EXIT_OK;
    StrMap printed;
    strmap_init(&printed);
    char **lines = NULL;
    size_t n_lines = 0;
    for (int i = first; i < argc; i++) {
        if (first == 1 && strcmp(argv[i], "--") == 0) {
            continue;
        }
        Diags d;
        diags_init(&d);
        Exercise ex;
        LoadStatus st = exercise_check(argv[i], &ex, &d);
        diags_sort(&d);
        print_new(&d, &printed, &lines, &n_lines);
        status = cli_load_exit_add(status, st);
        exercise_free(&ex);
        diags_deinit(&d);
    }
    fflush(stdout);
    for (size_t i = 0; i < n_lines; i++) {
        free(lines[i]);
    }
    free(lines);
    strmap_deinit(&printed);
    return status;
}

const Command CMD_VALIDATE = {"validate", "check scenarios, 手順書 and records for errors", usage,
                              run_validate};
