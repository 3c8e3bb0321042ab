/* What the benchmarks share: a monotonic clock, statistics of repeated timings, scratch
 * folders, peak memory, and the table rows every benchmark prints. Each benchmark compares ttx
 * with a baseline measured in the same process, so the ratios hold across machines even when
 * the absolute times do not. Depends on libc and POSIX only. */
#ifndef TTX_BENCH_COMMON_H
#define TTX_BENCH_COMMON_H

#include <stdbool.h>
#include <stddef.h>

/* Milliseconds on a monotonic clock. */
double bench_now_ms(void);

typedef struct BenchStats {
    double min, median, p99, max, mean;
} BenchStats;

/* Statistics of n samples (sorted in place). */
BenchStats bench_stats(double *samples, size_t n);

/* A new folder under parent (NULL: $TMPDIR or /tmp), named ttx-bench-XXXXXX; the caller frees
 * the returned path and removes the folder with bench_remove_tree. Aborts on failure. */
char *bench_mkdtemp(const char *parent);
void bench_remove_tree(const char *dir);

/* The process's peak resident memory so far (getrusage ru_maxrss), in MiB. */
double bench_peak_rss_mib(void);

/* True when argv holds --smoke: run once on the smallest size (the ctest smoke test). */
bool bench_smoke(int argc, char **argv);

/* The value of "--NAME VALUE" in argv, or fallback. */
const char *bench_arg(int argc, char **argv, const char *name, const char *fallback);

/* One row of a Markdown table: cells separated by " | ". */
void bench_row(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
