/* Line wrapping of printable reports: the core's line breaker (line_breaker.h: UAX #14 with the
 * one 禁則 list the screens use too) measuring in display columns (display_width.h), plus what
 * only paper needs: a label before the first line, a hanging indent for the others, and hand
 * wrapped Japanese lines joined again. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"
#include "display_width.h"
#include "line_breaker.h"
#include "textbuf.h"

typedef struct Wrap {
    TextBuf *b;
    size_t hang;       /* indent of continuation lines */
    size_t col;        /* display column after what the current line holds */
    size_t line_start; /* offset of the current line in b */
} Wrap;

static int32_t decode(const char *s, size_t n, size_t *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    TTX_EXPECT(k > 0); /* the text was sanitised */
    *len = (size_t)k;
    return cp;
}

/* True when cp is in the UTF-8 string set. */
static bool in_set(const char *set, int32_t cp)
{
    size_t n = strlen(set);
    for (size_t i = 0, len; i < n; i += len) {
        if (decode(set + i, n - i, &len) == cp) {
            return true;
        }
    }
    return false;
}

/* Authors of YAML block scalars wrap long Japanese sentences by hand, and those line ends are not
 * meant as breaks: printed at the sheet's own width they would leave ragged half-empty lines. A
 * newline between two East Asian wide characters, where the line does not end a sentence and the
 * next line does not start a list entry, is therefore joined (without a space, as Japanese
 * needs). Newlines anywhere else — after 。, in Latin text, before "0:00 …" — stay. */
static bool soft_break(const char *before, size_t n_before, const char *after)
{
    size_t j = n_before - 1, len;
    while (j > 0 && ((unsigned char)before[j] & 0xC0) == 0x80) {
        j--;
    }
    int32_t prev = decode(before + j, n_before - j, &len);
    int32_t next = decode(after, strlen(after), &len);
    return display_char_is_wide(prev) && display_char_is_wide(next) && !in_set("。！？", prev) &&
           !in_set("・※＊●○◎■□◆◇★☆【〔", next);
}

static void join_soft_breaks(char *s)
{
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\n' && o > 0 && s[i + 1] && s[i + 1] != '\n' && soft_break(s, o, s + i + 1)) {
            continue;
        }
        s[o++] = s[i];
    }
    s[o] = '\0';
}

static void end_line(Wrap *w)
{
    TextBuf *b = w->b;
    while (b->len > w->line_start && b->s[b->len - 1] == ' ') {
        b->s[--b->len] = '\0';
    }
    textbuf_put(b, "\n");
    w->line_start = b->len;
}

static void new_line(Wrap *w)
{
    end_line(w);
    textbuf_printf(w->b, "%*s", (int)w->hang, "");
    w->col = w->hang;
}

/* The line breaker's measure: display columns. */
static int measure_columns(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    return (int)display_columns_n(s, len);
}

/* Wraps one paragraph (no newline), starting on the current line. A line that already holds the
 * label (wider than the hang) gives a run that does not fit beside it to the next line. */
static void wrap_paragraph(Wrap *w, const char *p, size_t n)
{
    LineBreaker lb;
    line_breaker_init(&lb, p, n, measure_columns, NULL);
    bool first = true;
    while (line_breaker_more(&lb)) {
        if (!first) {
            new_line(w);
        }
        first = false;
        size_t start, end;
        line_breaker_next(&lb, (int)(TEXTBUF_COLUMNS - w->col), w->col > w->hang, &start, &end);
        textbuf_putn(w->b, p + start, end - start);
        w->col += display_columns_n(p + start, end - start);
    }
    line_breaker_deinit(&lb);
}

void textbuf_wrap(TextBuf *b, const char *prefix, size_t hang, const char *text)
{
    size_t pw = display_columns(prefix);
    /* Both are the report's own layout; a wide one would leave no room for the text. */
    TTX_EXPECT(pw <= TEXTBUF_COLUMNS / 2 && hang <= TEXTBUF_COLUMNS / 2);
    Wrap w = {b, hang, pw, b->len};
    textbuf_put(b, prefix);
    char *clean = textbuf_sanitize(text ? text : "");
    join_soft_breaks(clean);
    const char *p = clean;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        wrap_paragraph(&w, p, n);
        if (!nl) {
            break;
        }
        new_line(&w);
        p = nl + 1;
    }
    end_line(&w);
    free(clean);
}
