/* Clock, statistics, folders and output of the benchmarks (bench_common.h). */
#include "bench_common.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base.h"

double bench_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

BenchStats bench_stats(double *samples, size_t n)
{
    BenchStats s = {0, 0, 0, 0, 0};
    if (n == 0) {
        return s;
    }
    qsort(samples, n, sizeof *samples, by_value);
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += samples[i];
    }
    s.min = samples[0];
    s.max = samples[n - 1];
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    /* The nearest-rank 99th percentile: the smallest sample at or above 99 % of them. */
    size_t rank = (size_t)((double)n * 0.99 + 0.999999);
    s.p99 = samples[rank == 0 ? 0 : (rank > n ? n : rank) - 1];
    s.mean = sum / (double)n;
    return s;
}

char *bench_mkdtemp(const char *parent)
{
    const char *tmp = getenv("TMPDIR");
    if (!parent) {
        parent = tmp && *tmp ? tmp : "/tmp";
    }
    size_t len = strlen(parent) + 32;
    char *dir = ttx_malloc(len);
    snprintf(dir, len, "%s/ttx-bench-XXXXXX", parent);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "bench: cannot create a folder in %s: %s\n", parent, strerror(errno));
        exit(2);
    }
    return dir;
}

void bench_remove_tree(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        return;
    }
    for (struct dirent *e; (e = readdir(dh));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        char path[PATH_MAX * 2];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            bench_remove_tree(path);
        } else {
            unlink(path);
        }
    }
    closedir(dh);
    rmdir(dir);
}

double bench_peak_rss_mib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0; /* Linux reports KiB */
}

bool bench_smoke(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--smoke") == 0) {
            return true;
        }
    }
    return false;
}

const char *bench_arg(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] == '-' && strcmp(argv[i] + 2, name) == 0) {
            return argv[i + 1];
        }
    }
    return fallback;
}

void bench_row(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("| ", stdout);
    vprintf(fmt, ap);
    fputs(" |\n", stdout);
    va_end(ap);
    fflush(stdout);
}
