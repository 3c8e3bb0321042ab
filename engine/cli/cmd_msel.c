/* ttx msel export|import: the scenario as an MSEL spreadsheet (CSV for Excel) and back
 * (engine/io/msel/msel.h has the layout). Import validates the result against its 手順書 with the
 * cells' FILE:LINE:COL, writes the YAML in one step, and reads it back to make sure the file
 * on disk is the scenario the spreadsheet describes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_write.h"
#include "base.h"
#include "cli.h"
#include "exercise_load.h"
#include "file_read.h"
#include "msel.h"
#include "path_relative.h"
#include "paths.h"
#include "scenario_write.h"
#include "validate.h"

static const char usage[] =
    "usage: ttx msel export SCENARIO [-o FILE.csv]\n"
    "       ttx msel import FILE.csv [--procedure PROCEDURE] -o SCENARIO.yaml\n"
    "\n"
    "MSEL exchange for trainers who author in Excel: one row per inject (id, at,\n"
    "step, phase, title, from, text, questions, facilitator_note, discuss,\n"
    "expects, decision_by, decision_prompt, option_1 … option_9 as\n"
    "id|verdict|text|feedback|set|goto, when), the scenario's header (id, title,\n"
    "incident, procedure, シナリオ検討シート, timebox) in leading '#' rows, and\n"
    "the quiz in a second table. UTF-8 with BOM and CRLF, so that Excel opens it\n"
    "with the Japanese text intact; save it as 'CSV UTF-8 (コンマ区切り)' (plain\n"
    "'CSV (コンマ区切り)', Shift_JIS, reads too).\n"
    "  export     writes the scenario's CSV to FILE.csv (or prints it, also with\n"
    "             -o -; a device or named pipe is written as it is)\n"
    "  import     reads FILE.csv, checks it against the 手順書 (errors as\n"
    "             FILE.csv: N行目「列名」) and writes the scenario YAML. --procedure\n"
    "             names the 手順書 (default: the CSV's procedure row, relative\n"
    "             to SCENARIO.yaml); the YAML refers to it relative to itself and is\n"
    "             read back to check it, so SCENARIO.yaml must be a file (not '-',\n"
    "             a device or a pipe).\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 invalid scenario, CSV or 手順書,\n"
    "66 unreadable input, 70 internal error (the written YAML did not read\n"
    "back), 73 cannot write the output.\n";

static int write_out(const char *out, const char *text)
{
    char err[512];
    if (!out) {
        fputs(text, stdout);
        return EXIT_OK;
    }
    if (!atomic_write_text(out, text, err, sizeof err)) {
        fprintf(stderr, "ttx msel: %s\n", err);
        return EXIT_CANTCREAT;
    }
    return EXIT_OK;
}

static int run_export(const char *path, const char *out)
{
    Exercise ex;
    int status = cli_load_exercise(path, FILE_KIND_SCENARIO, &ex);
    if (status != EXIT_OK) {
        return status;
    }
    char err[512];
    char *csv = msel_export(ex.scenario, err, sizeof err);
    status = EXIT_DATAERR;
    if (!csv) {
        fprintf(stderr, "%s:1:1: error: %s\n", path, err);
    } else {
        status = write_out(out, csv);
    }
    free(csv);
    exercise_free(&ex);
    return status;
}

/* The 手順書 to check against: --procedure, else the CSV's own procedure row as seen from the
 * output file. Sets the scenario's procedure path to the one the YAML will hold. */
static Procedure *load_procedure(Scenario *s, const char *given, const char *out, Diags *d,
                                 LoadStatus *ls)
{
    char *path = given                 ? ttx_strdup(given)
                 : s->procedure_path.s ? path_resolve(out, s->procedure_path.s)
                                       : NULL;
    if (!path) {
        diags_error(d, s->path, s->pos,
                    "the CSV has no '#,procedure,…' row; give the 手順書 with --procedure");
        *ls = LOAD_INVALID;
        return NULL;
    }
    Exercise ex;
    *ls = exercise_load(path, FILE_KIND_PROCEDURE, &ex, d);
    Procedure *p = NULL;
    if (*ls == LOAD_OK) {
        p = ex.procedure;
        ex.procedure = NULL;
        char *ref = path_relative_to_file(path, out);
        s->procedure_path.s = arena_strdup(&s->arena, ref);
        free(ref);
    }
    exercise_free(&ex);
    free(path);
    return p;
}

/* Reads the written YAML back: anything but a clean load is a bug in the writer. */
static int check_written(const char *out)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    LoadStatus ls = exercise_load(out, FILE_KIND_SCENARIO, &ex, &d);
    if (ls != LOAD_OK) {
        cli_print_diags(&d);
        fprintf(stderr, "ttx msel: the written %s does not read back; please report this\n", out);
    }
    diags_deinit(&d);
    exercise_free(&ex);
    return ls == LOAD_OK ? EXIT_OK : EXIT_SOFTWARE;
}

static int run_import(const char *path, const char *procedure, const char *out)
{
    char *data;
    size_t len;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        fprintf(stderr, "%s:1:1: error: cannot read this file: %s\n", path, reason);
        return EXIT_NOINPUT;
    }
    Diags d;
    diags_init(&d);
    CsvTable t;
    Scenario *s = msel_import(&t, path, data, len, &d);
    free(data);
    LoadStatus ls = LOAD_INVALID;
    /* The YAML names its 手順書 relative to the folder it really lives in (a link's target's),
     * and is read back from there. */
    char *home = atomic_write_target(out);
    Procedure *p = s ? load_procedure(s, procedure, home, &d, &ls) : NULL;
    if (s) {
        validate_scenario(s, p, &d);
    }
    csv_table_place_diags(&t, &d, 0);
    csv_table_free(&t);
    bool ok = s && d.n_errors == 0;
    cli_print_diags(&d);
    diags_deinit(&d);
    int status = ok ? EXIT_OK : cli_load_exit_add(EXIT_DATAERR, ls); /* unreadable or invalid */
    if (ok) {
        char err[512];
        char *yaml = scenario_to_yaml(s, err, sizeof err);
        if (!yaml) {
            fprintf(stderr, "ttx msel: %s\n", err);
            status = EXIT_SOFTWARE;
        } else {
            status = write_out(out, yaml);
        }
        free(yaml);
    }
    if (status == EXIT_OK) {
        status = check_written(home);
    }
    free(home);
    procedure_free(p);
    scenario_free(s);
    return status;
}

static int run_msel(int argc, char **argv)
{
    const char *verb = NULL, *input = NULL, *out = NULL, *procedure = NULL;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "-o") == 0 || strcmp(arg, "--procedure") == 0) {
            if (i + 1 >= argc) {
                return cli_usage_error("msel", "%s needs a value", arg);
            }
            *(strcmp(arg, "-o") == 0 ? &out : &procedure) = argv[++i];
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_usage_error("msel", "unknown option '%s'", arg);
        } else if (!verb) {
            verb = arg;
        } else if (!input) {
            input = arg;
        } else {
            return cli_usage_error("msel", "unexpected argument '%s'", arg);
        }
    }
    if (!verb || (strcmp(verb, "export") != 0 && strcmp(verb, "import") != 0)) {
        return cli_usage_error("msel", "expected 'export' or 'import'");
    }
    if (!input) {
        return cli_usage_error("msel", "no %s given", *verb == 'e' ? "SCENARIO" : "FILE.csv");
    }
    if (*verb == 'e') {
        return procedure ? cli_usage_error("msel", "--procedure is for import")
                         : run_export(input, out);
    }
    if (!out) {
        return cli_usage_error("msel", "import needs -o SCENARIO.yaml");
    }
    if (atomic_write_in_place(out)) {
        return cli_usage_error("msel", "import writes SCENARIO.yaml and reads it back, so -o "
                                       "needs a file, not '-', a device or a pipe");
    }
    return run_import(input, procedure, out);
}

const Command CMD_MSEL = {"msel", "export a scenario as an MSEL spreadsheet (CSV) or import one",
                          usage, run_msel};
