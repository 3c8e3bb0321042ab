/* The text field being typed in (notes, item notes, the incident record, review words, the
 * feedback form), drawn the way Japanese input methods expect: the committed text, then the
 * composition still being converted — underlined, with the segment the IME is converting
 * marked — and a caret at the IME's cursor. The caret is drawn as a line, not as a glyph: the
 * usual ▏ (U+258F) is missing from IPAexGothic. The caret's place is remembered per view so the
 * GUI can tell the IME where to open its candidate window (beside the field, not over it).
 * When the text is taller than the field, the lines with the caret are shown. */
#include <string.h>

#include "app_internal.h"
#include "textlayout.h"

/* Bytes of the first chars UTF-8 characters of s. */
static size_t bytes_of_chars(const char *s, int chars)
{
    size_t i = 0;
    for (int c = 0; s[i] && c < chars; c++) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) {
            i++;
        }
    }
    return i;
}

typedef struct FieldLines {
    TextLines lines;
    size_t *offset; /* byte offset of each line's text in the full string */
    size_t first;   /* first line shown */
    int lh;
} FieldLines;

/* Where each wrapped line starts in full: lines are its substrings in order, apart from the
 * breaks (newlines, spaces at a break) the wrapper leaves out. */
static void locate_lines(FieldLines *f, const char *full, Arena *arena)
{
    f->offset = arena_alloc(arena, (f->lines.n ? f->lines.n : 1) * sizeof *f->offset);
    size_t pos = 0, len = strlen(full);
    for (size_t i = 0; i < f->lines.n; i++) {
        const TextLine *l = &f->lines.v[i];
        size_t at = pos;
        while (at < len && strncmp(full + at, l->text, l->len) != 0) {
            at++;
        }
        f->offset[i] = at < len || l->len == 0 ? at : pos;
        pos = f->offset[i] + l->len;
    }
}

/* The line and x (from the field's left) of byte offset k of the full string. */
static size_t line_of(const FieldLines *f, const Measurer *m, int size, size_t k, int *x)
{
    size_t i = 0;
    while (i + 1 < f->lines.n && f->offset[i + 1] <= k) {
        i++;
    }
    *x = 0;
    if (f->lines.n) {
        const TextLine *l = &f->lines.v[i];
        size_t in = k > f->offset[i] ? k - f->offset[i] : 0;
        *x = m->text_width(m->ctx, l->text, in < l->len ? in : l->len, size, FONT_REGULAR);
    }
    return i;
}

/* A band (fill or underline) from byte a to byte b, split across the lines it spans. */
static void band(DrawList *dl, const FieldLines *f, const Measurer *m, int size, Rect r, size_t a,
                 size_t b, int dy, int h, Color c)
{
    if (b <= a) {
        return;
    }
    int xa, xb;
    size_t la = line_of(f, m, size, a, &xa), lb = line_of(f, m, size, b, &xb);
    for (size_t i = la; i <= lb; i++) {
        if (i < f->first) {
            continue;
        }
        int x0 = i == la ? xa : 0;
        int x1 = i == lb ? xb : f->lines.v[i].width;
        int y = r.y + (int)(i - f->first) * f->lh + dy;
        if (x1 > x0) {
            draw_fill(dl, (Rect){r.x + x0, y, x1 - x0, h}, c);
        }
    }
}

int app_edit_field(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r, int size)
{
    size_t edit_len = strlen(app->edit);
    size_t comp_len = strlen(app->composing);
    char *full = arena_alloc(&dl->arena, edit_len + comp_len + 1);
    memcpy(full, app->edit, edit_len);
    memcpy(full + edit_len, app->composing, comp_len + 1);

    FieldLines f = {0};
    f.lh = m->line_height(m->ctx, size, FONT_REGULAR);
    f.lines = text_wrap(&dl->arena, m, full, size, FONT_REGULAR, r.w > 1 ? r.w - 1 : 1, 0);
    locate_lines(&f, full, &dl->arena);
    size_t fits = r.h / f.lh > 0 ? (size_t)(r.h / f.lh) : 1;

    /* The caret: at the IME's cursor while composing, else after the text. */
    size_t caret = edit_len + comp_len;
    size_t seg_a = 0, seg_b = 0;
    if (comp_len) {
        caret = edit_len + bytes_of_chars(app->composing, app->compose_cursor);
        seg_a = caret;
        seg_b = edit_len + bytes_of_chars(app->composing, app->compose_cursor + app->compose_sel);
    }
    int caret_x;
    size_t caret_line = line_of(&f, m, size, caret, &caret_x);
    f.first = caret_line + 1 > fits ? caret_line + 1 - fits : 0;

    /* Behind the text: the segment being converted. */
    band(dl, &f, m, size, r, seg_a, seg_b, 0, f.lh, t->highlight);
    size_t shown = 0;
    for (size_t i = f.first; i < f.lines.n && shown < fits; i++, shown++) {
        const TextLine *l = &f.lines.v[i];
        draw_text(dl, r.x, r.y + (int)shown * f.lh, l->text, l->len, size, FONT_REGULAR,
                  t->text_color, m);
    }
    /* Under the composition: a thin line; under the converted segment, a thick one. */
    int thin = t->line > 1 ? t->line / 2 : 1;
    band(dl, &f, m, size, r, edit_len, edit_len + comp_len, f.lh - thin, thin, t->accent);
    band(dl, &f, m, size, r, seg_a, seg_b, f.lh - 3 * thin, 3 * thin, t->accent);

    int cy = r.y + (int)(caret_line - f.first) * f.lh;
    int cx = r.x + (caret_x < r.w ? caret_x : r.w - 1);
    draw_fill(dl, (Rect){cx, cy, t->line > 1 ? t->line : 2, f.lh}, t->text_color);
    int view = app->layout_view;
    app->text_field[view] = (Rect){cx, cy, r.x + r.w - cx > 1 ? r.x + r.w - cx : 1, f.lh};
    app->has_text_field[view] = true;
    int used = (int)(shown ? shown : 1) * f.lh;
    return used;
}
