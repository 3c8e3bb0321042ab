/* Wrapping text into lines that fit a width, for the screens: breaks where the core's line
 * breaker allows (line_breaker.h: UAX #14 and the 禁則 rules, the same breaks as on the printed
 * sheets), hard breaks at newlines, and a character break for a word wider than the box. Widths
 * come from the Measurer, so this runs the same with SDL_ttf and with the tests' fake measurer.
 * Lines past max_lines are dropped and the last kept line ends in "…", so text never overflows
 * its box. Pure C11 over the core. */
#ifndef TTX_TEXTLAYOUT_H
#define TTX_TEXTLAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "draw.h"

typedef struct TextLine {
    const char *text; /* in the arena, NUL-terminated, control characters removed */
    size_t len;
    int width;
} TextLine;

typedef struct TextLines {
    TextLine *v;
    size_t n;
    int line_height;
    bool truncated; /* lines were dropped (max_lines) or the last one ellipsised */
} TextLines;

/* max_lines 0 = unlimited. Strings live in arena. */
TextLines text_wrap(Arena *arena, const Measurer *m, const char *text, int size, FontStyle style,
                    int max_width, size_t max_lines);

/* Draws text wrapped into box (at most as many lines as fit in box.h); returns the height used. */
int draw_text_box(DrawList *dl, const Measurer *m, Rect box, const char *text, int size,
                  FontStyle style, Color c);

/* One line, ellipsised with "…" to fit width. */
void draw_text_fit(DrawList *dl, const Measurer *m, int x, int y, int width, const char *text,
                   int size, FontStyle style, Color c);

/* A copy of text without control characters (tabs become spaces; newlines kept when
 * keep_newlines), in arena. */
char *text_clean(Arena *arena, const char *text, bool keep_newlines);

#endif
