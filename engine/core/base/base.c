/* Abort helpers and checked allocation. Out-of-memory is not recoverable in a desktop tool that
 * must never write half a report, so it stops with the place it happened. */
#include "base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ttx_die(const char *file, int line, const char *what)
{
    fprintf(stderr, "ttx: internal error at %s:%d: %s\n", file, line, what);
    abort();
}

void *ttx_malloc_at(size_t n, const char *file, int line)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        ttx_die(file, line, "out of memory");
    }
    return p;
}

void *ttx_calloc_at(size_t n, size_t size, const char *file, int line)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        ttx_die(file, line, "out of memory");
    }
    return p;
}

void *ttx_realloc_at(void *p, size_t n, const char *file, int line)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        ttx_die(file, line, "out of memory");
    }
    return q;
}

char *ttx_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = ttx_malloc(n);
    memcpy(p, s, n);
    return p;
}

char *ttx_vformat(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0) {
        ttx_die(__FILE__, __LINE__, "bad format string");
    }
    char *s = ttx_malloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *ttx_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    return s;
}
