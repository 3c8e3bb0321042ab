/* The text buffer and the sanitiser of printable reports. Line wrapping lives in textbuf_wrap.c,
 * display widths in display_width.c. */
#include "textbuf.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"
#include "display_width.h"

void textbuf_init(TextBuf *b)
{
    b->s = NULL;
    b->len = 0;
    b->cap = 0;
}

void textbuf_deinit(TextBuf *b)
{
    free(b->s);
    textbuf_init(b);
}

static void reserve(TextBuf *b, size_t more)
{
    if (b->len + more + 1 <= b->cap) {
        return;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more + 1) {
        TTX_EXPECT(cap <= SIZE_MAX / 2);
        cap *= 2;
    }
    b->s = ttx_realloc(b->s, cap);
    b->cap = cap;
}

static void put_bytes(TextBuf *b, const char *s, size_t n)
{
    reserve(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

char *textbuf_take(TextBuf *b)
{
    if (!b->s) {
        return ttx_strdup("");
    }
    char *s = b->s;
    textbuf_init(b);
    return s;
}

void textbuf_put(TextBuf *b, const char *s)
{
    put_bytes(b, s, strlen(s));
}

void textbuf_putn(TextBuf *b, const char *s, size_t n)
{
    put_bytes(b, s, n);
}

void textbuf_printf(TextBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    TTX_EXPECT(n >= 0);
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void textbuf_pad(TextBuf *b, const char *s, size_t columns)
{
    textbuf_put(b, s);
    for (size_t w = display_columns(s); w < columns; w++) {
        put_bytes(b, " ", 1);
    }
}

/* What the sanitiser does with one code point: keep it, drop it, or end the line. */
typedef enum { CP_KEEP, CP_DROP, CP_SPACE, CP_NEWLINE } CpAction;

static CpAction classify(utf8proc_int32_t cp)
{
    if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
        return CP_NEWLINE;
    }
    if (cp == '\t') {
        return CP_SPACE;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
        return CP_DROP;
    }
    /* Bidi embeddings, overrides and isolates reorder what a reader sees on paper. */
    if (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF) {
        return CP_DROP;
    }
    return CP_KEEP;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\n';
}

/* Trims blank space at both ends, in place. */
static void trim(TextBuf *b)
{
    while (b->len > 0 && is_blank(b->s[b->len - 1])) {
        b->s[--b->len] = '\0';
    }
    size_t start = 0;
    while (start < b->len && is_blank(b->s[start])) {
        start++;
    }
    memmove(b->s, b->s + start, b->len - start + 1);
    b->len -= start;
}

char *textbuf_sanitize(const char *s)
{
    TextBuf out;
    textbuf_init(&out);
    put_bytes(&out, "", 0);
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(s);
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n < 0) {
            put_bytes(&out, "\xEF\xBF\xBD", 3); /* U+FFFD for each bad byte */
            n = 1;
        } else if (cp == '\r') {
            /* CR LF and a lone CR both end one line */
            if (left < 2 || p[1] != '\n') {
                put_bytes(&out, "\n", 1);
            }
        } else {
            switch (classify(cp)) {
            case CP_KEEP:
                put_bytes(&out, (const char *)p, (size_t)n);
                break;
            case CP_SPACE:
                put_bytes(&out, " ", 1);
                break;
            case CP_NEWLINE:
                put_bytes(&out, "\n", 1);
                break;
            case CP_DROP:
                break;
            }
        }
        p += n;
        left -= n;
    }
    trim(&out);
    return textbuf_take(&out);
}
