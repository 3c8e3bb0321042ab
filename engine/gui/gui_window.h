/* One window of the GUI: the SDL window, its renderer, its text cache and its draw list, and
 * which audience (AppView) it shows. Drawing a frame and showing it are separate steps, so a
 * frame can be read back for a screenshot before it is presented (after SDL_RenderPresent the
 * back buffer's contents are undefined). Internal to engine/gui; depends on SDL and the app. */
#ifndef TTX_GUI_WINDOW_H
#define TTX_GUI_WINDOW_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "gui_fonts.h"
#include "gui_input.h"
#include "gui_text_cache.h"

typedef struct GuiWindow {
    SDL_Window *window;
    SDL_Renderer *renderer;
    GuiTextCache *cache;
    DrawList dl;    /* the frame being laid out */
    DrawList shown; /* the frame in `frame` (when shown_valid) */
    bool shown_valid;
    /* The frame is drawn into this texture, redrawn only where it changed, and copied to the
     * window: after SDL_RenderPresent the window's own back buffer is undefined. NULL when the
     * renderer has no render targets; then every frame is drawn whole. */
    SDL_Texture *frame;
    int frame_w, frame_h;
    AppView view;
    /* The text field's caret last told to the IME (window points), while ime_valid. */
    SDL_Rect ime_rect;
    bool ime_valid;
} GuiWindow;

typedef struct GuiWindowSpec {
    const char *title;
    AppView view;
    int width, height; /* points */
    int display;       /* which screen to open on */
    bool fullscreen;
    bool fit;          /* shrink to the screen's usable area when the size does not fit */
} GuiWindowSpec;

/* Opens a resizable, high-DPI-aware window with a renderer (accelerated when there is one,
 * else software). False with the reason in err; w is then empty (gui_window_close is fine). */
bool gui_window_open(GuiWindow *w, const GuiWindowSpec *spec, GuiFonts *fonts, char *err,
                     size_t err_size);
void gui_window_close(GuiWindow *w);

/* Its id and current sizes, for input translation. */
GuiInputWindow gui_window_info(const GuiWindow *w);

/* Lays out and draws the app's screen for the window's view at its drawable size, without
 * presenting it. */
void gui_window_draw(GuiWindow *w, App *app, const Measurer *m, WallTime now);
void gui_window_present(GuiWindow *w);
/* The next draw draws everything (the frame texture's contents are gone). */
void gui_window_invalidate(GuiWindow *w);

/* The frame drawn last, before presenting, as RGBA (malloc'd), or NULL with SDL's reason. */
uint8_t *gui_window_read(GuiWindow *w, int *width, int *height);

void gui_window_toggle_fullscreen(GuiWindow *w);

#endif
