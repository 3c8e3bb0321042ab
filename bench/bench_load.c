/* Loading and validating generated scenarios of 1k, 10k and 100k injects (exercise_load: read,
 * YAML tree, model, 手順書, every SPEC §3 rule) against parsing the same two files with libyaml
 * alone — its event loop, no tree, no model — the least any YAML loader must do. Target: at
 * most 2× libyaml, and time per inject flat as the scenario grows (linear growth).
 *   usage: bench_load [--smoke] [--dir DIR] [--sizes 1000,10000,100000] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "bench_common.h"
#include "exercise_load.h"
#include "file_read.h"
#include "gen_exercise.h"

/* Reads path and runs libyaml's parser over it to the end; returns the number of events. */
static size_t libyaml_events(const char *path)
{
    char *data;
    size_t len, n = 0;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        fprintf(stderr, "bench_load: %s: %s\n", path, reason);
        exit(2);
    }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    for (bool done = false; !done; n++) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            fprintf(stderr, "bench_load: libyaml rejects %s\n", path);
            exit(2);
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    free(data);
    return n;
}

static double time_ttx(const char *scenario)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    double t0 = bench_now_ms();
    LoadStatus st = exercise_load(scenario, FILE_KIND_SCENARIO, &ex, &d);
    double took = bench_now_ms() - t0;
    if (st != LOAD_OK || d.n_warnings != 0) {
        diags_print(&d, stderr);
        fprintf(stderr, "bench_load: the generated %s is not clean\n", scenario);
        exit(2);
    }
    exercise_free(&ex);
    diags_deinit(&d);
    return took;
}

static double time_libyaml(const char *scenario, const char *procedure)
{
    double t0 = bench_now_ms();
    libyaml_events(scenario);
    libyaml_events(procedure);
    return bench_now_ms() - t0;
}

int main(int argc, char **argv)
{
    bool smoke = bench_smoke(argc, argv);
    char *dir = bench_mkdtemp(bench_arg(argc, argv, "dir", NULL));
    const char *sizes = bench_arg(argc, argv, "sizes", smoke ? "100" : "1000,10000,100000");
    char procedure[4096];
    snprintf(procedure, sizeof procedure, "%s/procedure.yaml", dir);
    double first_per_inject = 0, first_yaml_per_inject = 0;
    bench_row("injects | file MiB | ttx load+validate ms | libyaml events ms | ratio | "
              "ttx µs/inject | ttx growth | libyaml growth");
    bench_row("---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:");
    for (const char *s = sizes; *s;) {
        size_t n = strtoul(s, NULL, 10);
        char *scenario = gen_exercise(dir, n);
        /* The fastest of a few alternating runs: the least disturbed by the rest of the
         * machine; both sides get the same chances. */
        int reps = smoke ? 1 : n >= 100000 ? 3 : n >= 10000 ? 5 : 15;
        double best_ttx = 1e300, best_yaml = 1e300;
        for (int r = 0; r < reps; r++) {
            double a = time_libyaml(scenario, procedure), b = time_ttx(scenario);
            best_yaml = a < best_yaml ? a : best_yaml;
            best_ttx = b < best_ttx ? b : best_ttx;
        }
        FILE *f = fopen(scenario, "rb");
        fseek(f, 0, SEEK_END);
        double mib = (double)ftell(f) / (1024.0 * 1024.0);
        fclose(f);
        /* Growth: the cost per inject relative to the smallest size (1.00× is linear). */
        double per_inject = best_ttx * 1000.0 / (double)n;
        double yaml_per_inject = best_yaml * 1000.0 / (double)n;
        first_per_inject = first_per_inject == 0 ? per_inject : first_per_inject;
        first_yaml_per_inject =
            first_yaml_per_inject == 0 ? yaml_per_inject : first_yaml_per_inject;
        bench_row("%zu | %.1f | %.1f | %.1f | %.2f× | %.2f | %.2f× | %.2f×", n, mib, best_ttx,
                  best_yaml, best_ttx / best_yaml, per_inject, per_inject / first_per_inject,
                  yaml_per_inject / first_yaml_per_inject);
        remove(scenario);
        free(scenario);
        s = strchr(s, ',');
        s = s ? s + 1 : "";
    }
    bench_remove_tree(dir);
    free(dir);
    return 0;
}
