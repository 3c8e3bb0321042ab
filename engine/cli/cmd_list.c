/* ttx list: the bundled exercises with their titles, so a facilitator can pick one without
 * opening files. Scenarios that do not load are listed with the reason, never hidden. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "cli.h"
#include "controls.h"
#include "display_width.h"
#include "exercise_load.h"

static const char usage[] =
    "usage: ttx list [DIR]\n"
    "\n"
    "Lists the scenarios in DIR (default: the bundled scenarios folder, and its drills/\n"
    "subfolder) with their id, incident kind, number of injects, planned length and title.\n"
    "Run one with 'ttx play PATH' (later releases) or check it with 'ttx validate PATH'.\n";

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .yaml files directly in dir, sorted, as malloc'd paths. */
static char **yaml_files(const char *dir, size_t *n)
{
    char **out = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) {
        return NULL;
    }
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".yaml") != 0 || e->d_name[0] == '.') {
            continue;
        }
        out = ttx_realloc(out, (*n + 1) * sizeof(char *));
        size_t size = strlen(dir) + len + 2;
        out[*n] = ttx_malloc(size);
        snprintf(out[*n], size, "%s/%s", dir, e->d_name);
        (*n)++;
    }
    closedir(d);
    if (*n) {
        qsort(out, *n, sizeof(char *), name_cmp);
    }
    return out;
}

static int list_dir(const char *dir, bool *any)
{
    size_t n;
    char **files = yaml_files(dir, &n);
    int status = EXIT_OK;
    for (size_t i = 0; i < n; i++) {
        Diags d;
        diags_init(&d);
        Exercise ex;
        LoadStatus st = exercise_check(files[i], &ex, &d);
        if (ex.kind == FILE_KIND_SCENARIO && ex.scenario) {
            const Scenario *s = ex.scenario;
            int total = 0;
            for (int k = 0; k < STEP_COUNT; k++) {
                total += s->timebox_seconds[k];
            }
            char len_text[16] = "-";
            if (total) {
                snprintf(len_text, sizeof(len_text), "%d分", (total + 59) / 60);
            }
            /* The loader refuses control characters, but a list shows files with errors too
             * (and their names come from the folder): print nothing that can drive a terminal. */
            char *id = text_escape_controls(s->id.s ? s->id.s : "?");
            char *title = text_escape_controls(s->title.s ? s->title.s : "?");
            char *file = text_escape_controls(files[i]);
            display_print_padded(stdout, id, 28);
            display_print_padded(
                stdout,
                s->incident < INCIDENT_COUNT ? vocab_label(&VOCAB_INCIDENT, s->incident) : "?", 34);
            printf("%3zu injects  ", s->n_injects);
            display_print_padded(stdout, len_text, 6);
            printf("%s\n", title);
            printf("%28s%s%s\n", "", file,
                   st == LOAD_OK ? "" : "  (has errors: run 'ttx validate' on it)");
            free(id);
            free(title);
            free(file);
            *any = true;
            if (st != LOAD_OK) {
                status = EXIT_DATAERR;
            }
        }
        exercise_free(&ex);
        diags_deinit(&d);
        free(files[i]);
    }
    free(files);
    return status;
}

static int run_list(int argc, char **argv)
{
    if (argc > 2) {
        return cli_usage_error("list", "expected at most one DIR");
    }
    if (argc == 2 && argv[1][0] == '-') {
        return cli_usage_error("list", "unknown option '%s'", argv[1]);
    }
    char *dir = argc == 2 ? ttx_strdup(argv[1]) : cli_scenarios_dir();
    if (!dir) {
        fprintf(stderr, "ttx list: cannot find the bundled scenarios folder; set TTX_SCENARIOS "
                        "or name a folder\n");
        return EXIT_NOINPUT;
    }
    bool any = false;
    int status = list_dir(dir, &any);
    if (argc == 1) {
        size_t size = strlen(dir) + 8;
        char *drills = ttx_malloc(size);
        snprintf(drills, size, "%s/drills", dir);
        int st = list_dir(drills, &any);
        status = status ? status : st;
        free(drills);
    }
    if (!any) {
        fprintf(stderr, "ttx list: no scenarios in %s\n", dir);
        status = EXIT_NOINPUT;
    }
    free(dir);
    return status;
}

const Command CMD_LIST = {"list", "the bundled scenarios with their titles", usage, run_list};
