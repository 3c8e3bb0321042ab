/* Building the sheet from a journal of 1k, 10k and 100k events (journal_replay: header, the
 * scenario and 手順書 loaded and their SHA-256 checked, every event decoded and applied; then
 * sheet_build) against parsing the same journal with cJSON alone, line by line. The journals
 * are written without fsync (only their contents matter here) by a session playing a generated
 * 1,000-inject scenario: items, decisions and notes at each inject, then the end.
 * Target: at most 2× cJSON, linear growth.
 *   usage: bench_sheet [--smoke] [--dir DIR] [--sizes 1000,10000,100000] */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"
#include "bench_session.h"
#include "exercise_load.h"
#include "file_read.h"
#include "gen_exercise.h"
#include "journal.h"
#include "journal_json.h"
#include "sheet.h"

enum { SCENARIO_INJECTS = 1000 };

static bool write_line(void *ctx, const Event *e, char *err, size_t err_size)
{
    (void)err;
    (void)err_size;
    char *json = journal_event_encode(e);
    fprintf((FILE *)ctx, "%s\n", json);
    free(json);
    return true;
}

/* A journal of about n events at path for the exercise ex. */
static void make_journal(const Exercise *ex, const char *path, long n)
{
    char err[512];
    remove(path);
    JournalSetup setup = {.scenario_path = ex->scenario_path,
                          .procedure_path = ex->procedure_path,
                          .started = {INT64_C(1796083200000), 540},
                          .facilitator = "高橋"};
    Journal *j = journal_create(path, &setup, err, sizeof err);
    FILE *f = j ? fopen(path, "a") : NULL;
    if (!f) {
        fprintf(stderr, "bench_sheet: cannot write %s: %s\n", path, err);
        exit(2);
    }
    journal_close(j);
    Session s;
    session_init(&s, ex->scenario, ex->procedure);
    session_set_persist(&s, write_line, f);
    /* About four events per inject without notes (present, two items, some decisions). */
    size_t injects = (size_t)(n / 10 < SCENARIO_INJECTS ? n / 10 : SCENARIO_INJECTS);
    size_t notes = (size_t)n / injects - 4;
    WallTime now = {INT64_C(1796083200000), 540};
    if (!bench_play(&s, injects, notes, &now, err, sizeof err) ||
        !session_end(&s, now, err, sizeof err)) {
        fprintf(stderr, "bench_sheet: %s\n", err);
        exit(2);
    }
    session_deinit(&s);
    fclose(f);
}

static double time_ttx(const char *path, long *events)
{
    Diags d;
    diags_init(&d);
    JournalReplay r;
    double t0 = bench_now_ms();
    LoadStatus st = journal_replay(path, false, &r, &d);
    Sheet *sh = st == LOAD_OK ? sheet_build(&r.session, r.header.facilitator, r.header.participants,
                                            r.header.n_participants)
                              : NULL;
    double took = bench_now_ms() - t0;
    if (!sh) {
        diags_print(&d, stderr);
        exit(2);
    }
    *events = r.n_events;
    sheet_free(sh);
    journal_replay_free(&r);
    diags_deinit(&d);
    return took;
}

static double time_cjson(const char *path)
{
    double t0 = bench_now_ms();
    char *data;
    size_t len;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        fprintf(stderr, "bench_sheet: %s: %s\n", path, reason);
        exit(2);
    }
    for (char *line = data; line < data + len;) {
        char *nl = memchr(line, '\n', (size_t)(data + len - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(data + len - line);
        cJSON *v = cJSON_ParseWithLength(line, n);
        if (!v) {
            fprintf(stderr, "bench_sheet: cJSON rejects a line of %s\n", path);
            exit(2);
        }
        cJSON_Delete(v);
        line += n + 1;
    }
    free(data);
    return bench_now_ms() - t0;
}

static double time_scenario(const char *path)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    double t0 = bench_now_ms();
    exercise_load(path, FILE_KIND_SCENARIO, &ex, &d);
    double took = bench_now_ms() - t0;
    exercise_free(&ex);
    diags_deinit(&d);
    return took;
}

int main(int argc, char **argv)
{
    bool smoke = bench_smoke(argc, argv);
    char *dir = bench_mkdtemp(bench_arg(argc, argv, "dir", NULL));
    const char *sizes = bench_arg(argc, argv, "sizes", smoke ? "1000" : "1000,10000,100000");
    char *scenario = gen_exercise(dir, SCENARIO_INJECTS);
    Diags d;
    diags_init(&d);
    Exercise ex;
    if (exercise_load(scenario, FILE_KIND_SCENARIO, &ex, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        return 2;
    }
    diags_deinit(&d);
    char journal[4096];
    snprintf(journal, sizeof journal, "%s/bench.ttxj", dir);
    double first_per_event = 0;
    bench_row("events | journal MiB | replay+sheet ms | of which scenario load ms | cJSON ms | "
              "ratio | ttx µs/event | growth");
    bench_row("---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:");
    for (const char *s = sizes; *s;) {
        make_journal(&ex, journal, strtol(s, NULL, 10));
        int reps = smoke ? 1 : 5;
        double best_ttx = 1e300, best_json = 1e300, best_load = 1e300;
        long events = 0;
        for (int r = 0; r < reps; r++) {
            double a = time_cjson(journal), b = time_ttx(journal, &events),
                   c = time_scenario(scenario);
            best_json = a < best_json ? a : best_json;
            best_ttx = b < best_ttx ? b : best_ttx;
            best_load = c < best_load ? c : best_load;
        }
        FILE *f = fopen(journal, "rb");
        fseek(f, 0, SEEK_END);
        double mib = (double)ftell(f) / (1024.0 * 1024.0);
        fclose(f);
        double per_event = best_ttx * 1000.0 / (double)events;
        first_per_event = first_per_event == 0 ? per_event : first_per_event;
        bench_row("%ld | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f | %.2f×", events, mib, best_ttx,
                  best_load, best_json, best_ttx / best_json, per_event,
                  per_event / first_per_event);
        s = strchr(s, ',');
        s = s ? s + 1 : "";
    }
    exercise_free(&ex);
    free(scenario);
    bench_remove_tree(dir);
    free(dir);
    return 0;
}
