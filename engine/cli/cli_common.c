/* Shared CLI helpers. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base.h"
#include "cli.h"
#include "paths.h"
#include "plan_io.h"

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "ttx %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "; see 'ttx %s --help'\n", cmd);
    return EXIT_USAGE;
}

bool cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

bool cli_is_stdout(const char *path)
{
    return path && strcmp(path, "-") == 0;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *cli_scenarios_dir(void)
{
    const char *env = getenv("TTX_SCENARIOS");
    if (env && *env) {
        return is_dir(env) ? ttx_strdup(env) : NULL;
    }
    /* Next to the binary: build/ttx → ../scenarios, prefix/bin/ttx → ../share/ttx/scenarios. */
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *bin = path_folder(exe), *found = NULL;
        static const char *const rel[] = {"/../scenarios", "/../share/ttx/scenarios"};
        for (size_t i = 0; i < TTX_ARRAY_LEN(rel) && !found; i++) {
            char *cand = ttx_format("%s%s", bin, rel[i]);
            found = is_dir(cand) ? realpath(cand, NULL) : NULL;
            free(cand);
        }
        free(bin);
        if (found) {
            return found;
        }
    }
    if (is_dir(TTX_SOURCE_DIR "/scenarios")) {
        return ttx_strdup(TTX_SOURCE_DIR "/scenarios");
    }
    return NULL;
}

bool cli_now(const char *cmd, WallTime *out)
{
    const char *env = getenv("TTX_NOW");
    if (env && *env) {
        if (!walltime_parse(env, out)) {
            fprintf(stderr, "ttx %s: TTX_NOW must look like 2026-12-01T09:00:00+09:00\n", cmd);
            return false;
        }
        return true;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm local;
    time_t secs = ts.tv_sec;
    localtime_r(&secs, &local);
    out->ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    out->utc_offset_min = (int)(local.tm_gmtoff / 60);
    return true;
}

bool cli_journal_stem(const char *dir, const char *id, Date date, char *out, size_t size)
{
    char day[16], journal[PATH_MAX + 8];
    date_format(date, day, sizeof day);
    for (int n = 1; n < 1000; n++) {
        char suffix[16] = "";
        if (n > 1) {
            snprintf(suffix, sizeof suffix, "-%d", n);
        }
        int len =
            snprintf(out, size, "%s%s%s-%s%s", dir ? dir : "", dir ? "/" : "", id, day, suffix);
        if (len < 0 || (size_t)len >= size) {
            return false;
        }
        snprintf(journal, sizeof journal, "%s.ttxj", out);
        if (access(journal, F_OK) != 0) {
            return true;
        }
    }
    return false;
}

int cli_load_plan(const char *path, Plan **out)
{
    Diags d;
    diags_init(&d);
    LoadStatus ls;
    *out = plan_load(path, &d, &ls);
    cli_print_diags(&d);
    diags_deinit(&d);
    return cli_load_exit(ls);
}

void cli_print_diags(Diags *d)
{
    diags_sort(d);
    diags_print(d, stderr);
}

uint32_t cli_random_seed(void)
{
    uint32_t seed = 0;
    /* getrandom blocks only before the system's pool is first seeded, at early boot. */
    while (seed == 0) {
        if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed) {
            /* No getrandom (very old kernels): the clock still varies from drill to drill. */
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            seed = (uint32_t)ts.tv_nsec ^ (uint32_t)ts.tv_sec ^ (uint32_t)getpid();
        }
    }
    return seed;
}

int cli_load_exit(LoadStatus ls)
{
    return cli_load_exit_add(EXIT_OK, ls);
}

int cli_load_exit_add(int status, LoadStatus ls)
{
    switch (ls) {
    case LOAD_OK:
        break;
    case LOAD_UNREADABLE:
        return EXIT_NOINPUT;
    case LOAD_INVALID:
        return status == EXIT_OK ? EXIT_DATAERR : status;
    }
    return status;
}

int cli_load_exercise(const char *path, FileKind want, Exercise *ex)
{
    Diags d;
    diags_init(&d);
    LoadStatus ls = exercise_load(path, want, ex, &d);
    cli_print_diags(&d);
    diags_deinit(&d);
    return cli_load_exit(ls);
}
