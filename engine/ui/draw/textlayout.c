/* Text boxes of the screens: where lines end comes from the core's line breaker (line_breaker.h:
 * UAX #14 with the one 禁則 list the printed sheets use too), measured with the Measurer; each
 * candidate line is measured whole (not as a sum of pieces) so kerning and shaping across pieces
 * are counted, and the result never exceeds the box. What is the screen's own: control characters
 * dropped, empty lines kept, and the last line that fits ellipsised. */
#include "textlayout.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "line_breaker.h"

static const char ELLIPSIS[] = "…";

char *text_clean(Arena *arena, const char *text, bool keep_newlines)
{
    size_t n = strlen(text);
    char *out = arena_alloc(arena, n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\t') {
            out[o++] = ' ';
        } else if (c == '\n' && keep_newlines) {
            out[o++] = '\n';
        } else if (c == '\r' || c < 0x20 || c == 0x7f) {
            continue;
        } else if (c == 0xc2 && i + 1 < n && (unsigned char)text[i + 1] >= 0x80 &&
                   (unsigned char)text[i + 1] <= 0x9f) {
            i++; /* a C1 control character (U+0080–U+009F) */
        } else {
            out[o++] = (char)c;
        }
    }
    out[o] = '\0';
    return out;
}

static int width_of(const Measurer *m, const char *s, size_t len, int size, FontStyle style)
{
    return len ? m->text_width(m->ctx, s, len, size, style) : 0;
}

typedef struct Wrapper {
    Arena *arena;
    const Measurer *m;
    int size;
    FontStyle style;
    int max_width;
    TextLine *v;
    size_t n, cap;
} Wrapper;

static void emit(Wrapper *w, const char *s, size_t len)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 8;
        w->v = ttx_realloc(w->v, w->cap * sizeof(TextLine));
    }
    TextLine *l = &w->v[w->n++];
    l->text = arena_strndup(w->arena, s, len);
    l->len = len;
    l->width = width_of(w->m, s, len, w->size, w->style);
}

/* The line breaker's measure: the font's width at the wrapper's size and style. */
static int measure_text(void *ctx, const char *s, size_t len)
{
    const Wrapper *w = ctx;
    return width_of(w->m, s, len, w->size, w->style);
}

/* Wraps one paragraph (no newline). Stops once more than max_lines lines exist, which is all a
 * caller that truncates needs to know. */
static void wrap_paragraph(Wrapper *w, const char *p, size_t len, size_t max_lines)
{
    LineBreaker lb;
    line_breaker_init(&lb, p, len, measure_text, w);
    while (line_breaker_more(&lb) && (max_lines == 0 || w->n <= max_lines)) {
        size_t start, end;
        line_breaker_next(&lb, w->max_width, false, &start, &end);
        emit(w, p + start, end - start);
    }
    line_breaker_deinit(&lb);
}

static void ellipsise(Wrapper *w, TextLine *l)
{
    int ell = width_of(w->m, ELLIPSIS, strlen(ELLIPSIS), w->size, w->style);
    size_t len = l->len;
    while (len > 0 && width_of(w->m, l->text, len, w->size, w->style) + ell > w->max_width) {
        do {
            len--; /* back to the start of the previous UTF-8 character */
        } while (len > 0 && ((unsigned char)l->text[len] & 0xc0) == 0x80);
    }
    char *s = arena_alloc(w->arena, len + sizeof ELLIPSIS);
    memcpy(s, l->text, len);
    memcpy(s + len, ELLIPSIS, sizeof ELLIPSIS);
    l->text = s;
    l->len = len + strlen(ELLIPSIS);
    l->width = width_of(w->m, s, l->len, w->size, w->style);
}

TextLines text_wrap(Arena *arena, const Measurer *m, const char *text, int size, FontStyle style,
                    int max_width, size_t max_lines)
{
    Wrapper w = {arena, m, size, style, max_width > 1 ? max_width : 1, NULL, 0, 0};
    char *clean = text_clean(arena, text ? text : "", true);
    size_t n = strlen(clean);
    size_t para = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || clean[i] == '\n') {
            if (max_lines && w.n > max_lines) {
                break; /* enough to know the text is truncated */
            }
            if (i == para) {
                emit(&w, "", 0); /* an empty line keeps its place */
            } else {
                wrap_paragraph(&w, clean + para, i - para, max_lines);
            }
            para = i + 1;
        }
    }
    /* A trailing newline (YAML block text) does not make an empty last line. */
    while (w.n > 1 && w.v[w.n - 1].len == 0) {
        w.n--;
    }
    TextLines out = {NULL, w.n, m->line_height(m->ctx, size, style), false};
    if (max_lines && w.n > max_lines) {
        out.n = max_lines;
        out.truncated = true;
        ellipsise(&w, &w.v[max_lines - 1]);
    }
    out.v = arena_array(arena, out.n, sizeof(TextLine));
    if (out.n) {
        memcpy(out.v, w.v, out.n * sizeof(TextLine));
    }
    free(w.v);
    return out;
}

int draw_text_box(DrawList *dl, const Measurer *m, Rect box, const char *text, int size,
                  FontStyle style, Color c)
{
    int lh = m->line_height(m->ctx, size, style);
    size_t max_lines = lh > 0 && box.h >= lh ? (size_t)(box.h / lh) : 1;
    TextLines lines = text_wrap(&dl->arena, m, text, size, style, box.w, max_lines);
    for (size_t i = 0; i < lines.n; i++) {
        draw_text(dl, box.x, box.y + (int)i * lh, lines.v[i].text, lines.v[i].len, size, style, c,
                  m);
    }
    return (int)lines.n * lh;
}

void draw_text_fit(DrawList *dl, const Measurer *m, int x, int y, int width, const char *text,
                   int size, FontStyle style, Color c)
{
    char *flat = text_clean(&dl->arena, text ? text : "", false);
    TextLines lines = text_wrap(&dl->arena, m, flat, size, style, width, 1);
    if (lines.n) {
        draw_text(dl, x, y, lines.v[0].text, lines.v[0].len, size, style, c, m);
    }
}
