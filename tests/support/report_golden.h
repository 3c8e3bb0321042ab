/* Comparing a rendered report with its committed golden file (tests/reports/NAME), byte for
 * byte. TTX_REBASELINE=1 rewrites the golden instead (review the diff before committing). On a
 * mismatch the actual text is written to $TMPDIR (or /tmp) as ttx-NAME.actual for diffing. */
#ifndef TTX_REPORT_GOLDEN_H
#define TTX_REPORT_GOLDEN_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static char *golden_read(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *s = malloc(cap);
    size_t n;
    while ((n = fread(s + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (len + 1 == cap) {
            cap *= 2;
            s = realloc(s, cap);
        }
    }
    fclose(f);
    s[len] = '\0';
    return s;
}

static void golden_write(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void golden_check(const char *name, const char *actual)
{
    char path[512];
    snprintf(path, sizeof path, "reports/%s", name);
    const char *rebase = getenv("TTX_REBASELINE");
    if (rebase && strcmp(rebase, "1") == 0) {
        golden_write(path, actual);
    }
    char *expected = golden_read(path);
    bool same = expected && strcmp(expected, actual) == 0;
    if (!same) {
        char out[600];
        const char *tmp = getenv("TMPDIR");
        snprintf(out, sizeof out, "%s/ttx-%s.actual", tmp && tmp[0] ? tmp : "/tmp", name);
        golden_write(out, actual);
        fprintf(stderr, "%s differs from the golden %s (actual written to %s)\n", name, path, out);
    }
    CHECK(same);
    free(expected);
}

#endif
