/* An offscreen canvas: draw lists (or a whole App screen) rendered by SDL's software renderer
 * into an RGBA surface, with no window and no display — for the pixel-golden tests and for
 * writing screens as PNG from the command line (`ttx report --timeline`). Frames are identical
 * on every machine with the same SDL, SDL_ttf, FreeType, HarfBuzz and font.
 * Plain C API (no SDL types); depends on SDL, SDL_ttf and the draw-list executor. */
#ifndef TTX_GUI_CANVAS_H
#define TTX_GUI_CANVAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"
#include "draw.h"
#include "gui_font.h"

typedef struct GuiCanvas GuiCanvas;

/* A width × height canvas drawing text with font (see gui_font_find). Returns NULL with the
 * reason in err. Needs no SDL_Init. Free with gui_canvas_destroy. */
GuiCanvas *gui_canvas_create(int width, int height, const GuiFontFile *font, char *err,
                             size_t err_size);
void gui_canvas_destroy(GuiCanvas *c);

/* Resizes the canvas (its contents are lost). False with the reason in err. */
bool gui_canvas_resize(GuiCanvas *c, int width, int height, char *err, size_t err_size);
void gui_canvas_size(const GuiCanvas *c, int *width, int *height);

/* The measurer layouts for this canvas must use (valid while c lives). */
const Measurer *gui_canvas_measurer(GuiCanvas *c);

/* Fills the canvas with background, then executes dl. */
void gui_canvas_draw(GuiCanvas *c, const DrawList *dl, Color background);

/* Frames kept by the canvas, redrawn only where they differ from the one before: begin gives
 * an empty list at the canvas size to lay out into, finish puts it on the canvas (on
 * background, which must be the same for every frame) and keeps it for the next. The pixels
 * are exactly those of gui_canvas_draw. */
DrawList *gui_canvas_begin(GuiCanvas *c);
void gui_canvas_finish(GuiCanvas *c, Color background);
/* The next finish draws everything (as after gui_canvas_draw or a resize). */
void gui_canvas_invalidate(GuiCanvas *c);
/* With blend, every text is blended as it is drawn instead of composed once on a solid
 * background and copied (the default). The pixels differ only by rounding; for tests that check
 * exactly that. The next finish draws everything. */
void gui_canvas_blend_text(GuiCanvas *c, bool blend);
/* How many pixels the last frame redrew. */
long gui_canvas_redrawn_pixels(const GuiCanvas *c);
/* Lays out app's screen for view at the canvas size (app_layout) and draws it (begin and
 * finish, on black). */
void gui_canvas_render_app(GuiCanvas *c, App *app, AppView view, WallTime now);

/* The current frame as RGBA (malloc'd, the caller frees; stride width × 4). */
uint8_t *gui_canvas_pixels(GuiCanvas *c, int *width, int *height);

/* Writes the current frame as PNG (atomically). False with the reason in err. */
bool gui_canvas_save_png(GuiCanvas *c, const char *path, char *err, size_t err_size);

/* The versions that decide what a frame looks like, one "name value" per line (sdl, sdl_ttf,
 * freetype, harfbuzz, font: its file name, size in bytes and a hash of its contents), for
 * recording beside pixel goldens. Writes at most size bytes into buf. */
void gui_canvas_versions(const GuiFontFile *font, char *buf, size_t size);

#endif
