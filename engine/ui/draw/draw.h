/* The draw list: what a screen shows, as plain commands (filled rectangles, outlines, lines and
 * single lines of text already wrapped), produced by the layout code in the core and executed by
 * engine/gui with SDL. Between "what to draw" and "how to draw" sits this list, so layouts can be
 * golden-tested as text with a fake measurer and no fonts, and the same list renders into a
 * window, a software surface or a PNG. Text is measured through the Measurer callbacks, never by
 * the core itself. Pure C11. */
#ifndef TTX_DRAW_H
#define TTX_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

typedef struct Color {
    uint8_t r, g, b, a;
} Color;

typedef struct Rect {
    int x, y, w, h;
} Rect;

typedef enum FontStyle { FONT_REGULAR, FONT_BOLD } FontStyle;

typedef enum DrawKind {
    DRAW_FILL,  /* filled rectangle */
    DRAW_FRAME, /* rectangle outline, `thickness` pixels inside rect */
    DRAW_LINE,  /* from (rect.x, rect.y) to (rect.x + rect.w, rect.y + rect.h), `thickness` */
    DRAW_TEXT,  /* one line of text with its top-left at (rect.x, rect.y); rect.w/h = its size */
    DRAW_CLIP_PUSH, /* clip later commands to rect (intersected with the current clip) */
    DRAW_CLIP_POP,
} DrawKind;

typedef struct DrawCmd {
    DrawKind kind;
    Rect rect;
    Color color;
    int thickness;
    const char *text; /* DRAW_TEXT: UTF-8, one line, in the list's arena */
    int size;         /* DRAW_TEXT: font pixel size */
    FontStyle style;
} DrawCmd;

typedef struct DrawList {
    Arena arena; /* texts of this frame; reset with the list */
    DrawCmd *v;
    size_t n, cap;
    int width, height; /* the surface the list was laid out for */
} DrawList;

/* Measures text for layout. The GUI supplies one backed by SDL_ttf; tests a fake one. */
typedef struct Measurer {
    void *ctx;
    /* Width in pixels of the first len bytes of s at size and style. */
    int (*text_width)(void *ctx, const char *s, size_t len, int size, FontStyle style);
    /* Height of one line of text at size (the advance between lines). */
    int (*line_height)(void *ctx, int size, FontStyle style);
} Measurer;

void drawlist_init(DrawList *dl, int width, int height);
/* Empties the list for a new frame (keeps its memory for reuse). */
void drawlist_reset(DrawList *dl, int width, int height);
void drawlist_deinit(DrawList *dl);

void draw_fill(DrawList *dl, Rect r, Color c);
void draw_frame(DrawList *dl, Rect r, Color c, int thickness);
void draw_line(DrawList *dl, int x0, int y0, int x1, int y1, Color c, int thickness);
/* One line of text (copied into the list); w and h are the measured size. Empty text draws
 * nothing. */
void draw_text(DrawList *dl, int x, int y, const char *text, size_t len, int size, FontStyle style,
               Color c, const Measurer *m);
void draw_clip_push(DrawList *dl, Rect r);
void draw_clip_pop(DrawList *dl);

/* Writes the list as text, one command a line, for golden tests of layouts. */
void drawlist_dump(const DrawList *dl, FILE *out);

#endif
