/* Journal append with fsync per event (journal_append: encode the event as JSON, one pwrite at
 * the end of the intact prefix, fsync) against a bare write(2) + fsync(2) of the same bytes to
 * another file in the same folder. The two alternate event by event, so both see the same disk.
 * Target: at most 1.2×, and a cost per event that does not grow with the journal. Run it on the
 * disk journals live on (--dir; default the current folder): on tmpfs fsync costs nothing and
 * the ratio only measures JSON encoding.
 *   usage: bench_journal [--smoke] [--dir DIR] [--sizes 200,2000] */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_common.h"
#include "exercise_load.h"
#include "gen_exercise.h"
#include "journal.h"
#include "journal_json.h"

static Exercise load(const char *dir)
{
    char *path = gen_exercise(dir, 100);
    Diags d;
    diags_init(&d);
    Exercise ex;
    if (exercise_load(path, FILE_KIND_SCENARIO, &ex, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    free(path);
    return ex;
}

/* Event i: a note with a typical Japanese sentence, at one second per event. */
static Event note(long seq, char *text, size_t size)
{
    Event e;
    memset(&e, 0, sizeof e);
    e.type = EVENT_NOTE;
    e.seq = seq;
    e.wall = (WallTime){INT64_C(1796083200000) + seq * 1000, 540};
    snprintf(text, size,
             "経営管理部長が社長へ第%ld報を入れた。取引先への連絡は営業部長が担当する。", seq);
    e.text = text;
    return e;
}

/* The line journal_append writes for e, for the baseline (the encoding is not timed there). */
static char *line_of(const Event *e)
{
    char *json = journal_event_encode(e);
    size_t len = strlen(json);
    char *line = realloc(json, len + 2);
    memcpy(line + len, "\n", 2);
    return line;
}

static void run_size(const Exercise *ex, const char *dir, long n)
{
    char jpath[4096], rpath[4096], err[512], text[256];
    snprintf(jpath, sizeof jpath, "%s/bench.ttxj", dir);
    snprintf(rpath, sizeof rpath, "%s/bare.jsonl", dir);
    unlink(jpath);
    JournalSetup setup = {.scenario_path = ex->scenario_path,
                          .procedure_path = ex->procedure_path,
                          .started = {INT64_C(1796083200000), 540},
                          .facilitator = "高橋"};
    Journal *j = journal_create(jpath, &setup, err, sizeof err);
    int fd = open(rpath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (!j || fd < 0) {
        fprintf(stderr, "bench_journal: %s\n", j ? rpath : err);
        exit(2);
    }
    /* One event each in turn, so a disk that slows down or speeds up (other programs' writes,
     * the file system's own journal) affects both sides alike; medians then ignore the
     * outliers such moments leave. */
    double *tj = calloc((size_t)n, sizeof *tj), *tb = calloc((size_t)n, sizeof *tb);
    for (long i = 0; i < n; i++) {
        Event e = note(i + 1, text, sizeof text);
        double t0 = bench_now_ms();
        if (!journal_append(j, &e, err, sizeof err)) {
            fprintf(stderr, "bench_journal: %s\n", err);
            exit(2);
        }
        tj[i] = bench_now_ms() - t0;
        char *line = line_of(&e);
        t0 = bench_now_ms();
        if (write(fd, line, strlen(line)) < 0 || fsync(fd) != 0) {
            perror(rpath);
            exit(2);
        }
        tb[i] = bench_now_ms() - t0;
        free(line);
    }
    journal_close(j);
    close(fd);
    unlink(jpath);
    unlink(rpath);
    BenchStats sj = bench_stats(tj, (size_t)n), sb = bench_stats(tb, (size_t)n);
    bench_row("%ld | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f×", n, sj.median * 1000.0,
              sb.median * 1000.0, sj.mean * 1000.0, sb.mean * 1000.0, sj.median / sb.median,
              sj.mean / sb.mean);
    free(tj);
    free(tb);
}

int main(int argc, char **argv)
{
    bool smoke = bench_smoke(argc, argv);
    char *dir = bench_mkdtemp(bench_arg(argc, argv, "dir", "."));
    const char *sizes = bench_arg(argc, argv, "sizes", smoke ? "20" : "200,2000");
    Exercise ex = load(dir);
    bench_row(
        "events | journal_append median µs | write+fsync median µs | journal_append mean µs | "
        "write+fsync mean µs | ratio of medians | ratio of means");
    bench_row("---: | ---: | ---: | ---: | ---: | ---: | ---:");
    for (const char *s = sizes; *s;) {
        run_size(&ex, dir, strtol(s, NULL, 10));
        s = strchr(s, ',');
        s = s ? s + 1 : "";
    }
    exercise_free(&ex);
    bench_remove_tree(dir);
    free(dir);
    return 0;
}
