/* Small things every module needs: the abort-with-location macros for programmer errors and
 * out-of-memory, and checked allocation. Pure C11; must not depend on anything but libc. */
#ifndef TTX_BASE_H
#define TTX_BASE_H

#include <stdarg.h>
#include <stddef.h>

/* A broken invariant is a bug, not bad input: stop at once and say where. */
#define TTX_EXPECT(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            ttx_die(__FILE__, __LINE__, "expectation failed: " #cond);                             \
        }                                                                                          \
    } while (0)

#define TTX_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

_Noreturn void ttx_die(const char *file, int line, const char *what);

/* malloc/calloc/realloc that abort with file:line on exhaustion; the caller frees with free(). */
#define ttx_malloc(n) ttx_malloc_at((n), __FILE__, __LINE__)
#define ttx_calloc(n, size) ttx_calloc_at((n), (size), __FILE__, __LINE__)
#define ttx_realloc(p, n) ttx_realloc_at((p), (n), __FILE__, __LINE__)
void *ttx_malloc_at(size_t n, const char *file, int line);
void *ttx_calloc_at(size_t n, size_t size, const char *file, int line);
void *ttx_realloc_at(void *p, size_t n, const char *file, int line);

/* A malloc'd copy of s (caller frees). */
char *ttx_strdup(const char *s);

#if defined(__GNUC__)
#define TTX_FORMAT_ATTR(f, a) __attribute__((format(printf, f, a)))
#else
#define TTX_FORMAT_ATTR(f, a)
#endif

/* printf into a new malloc'd string (caller frees); aborts on out-of-memory. */
char *ttx_format(const char *fmt, ...) TTX_FORMAT_ATTR(1, 2);
char *ttx_vformat(const char *fmt, va_list ap) TTX_FORMAT_ATTR(1, 0);

#endif
