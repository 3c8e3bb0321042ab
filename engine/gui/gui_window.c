/* A GUI window (see gui_window.h). Must not depend on the main loop or on scripts. */
#include "gui_window.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "gui_fit.h"
#include "gui_redraw.h"

/* The smallest window the screens are laid out for. Smaller than any projector or laptop a
 * drill runs on (XGA is 1024×768), so the window can always be made to fit its screen. */
enum { MIN_W = 800, MIN_H = 600 };

/* The usable area (screen less task bars) of the window's screen, when its size is to be fitted
 * to it: a default size, not fullscreen, and a screen SDL can measure. */
static bool usable_area(const GuiWindowSpec *spec, GuiFitRect *out)
{
    SDL_Rect u;
    if (!spec->fit || spec->fullscreen || SDL_GetDisplayUsableBounds(spec->display, &u) != 0) {
        return false;
    }
    *out = (GuiFitRect){u.x, u.y, u.w, u.h};
    return true;
}

/* Before the window exists its frame is unknown: when the wanted size does not fit the screen's
 * usable area, fit it with room for a usual title bar and border, so the window opens inside
 * the screen (an XGA projector, a 1366×768 laptop); x and y get the place to open at. Once it
 * exists, fit_after_open refits to the real frame where the window manager tells it. */
static void fit_before_open(const GuiWindowSpec *spec, int *w, int *h, int *x, int *y)
{
    GuiFitRect usable;
    if (!usable_area(spec, &usable) || (spec->width <= usable.w && spec->height <= usable.h)) {
        return;
    }
    GuiFitBorders usual = {32, 2, 2, 2};
    GuiFitRect r = gui_fit_window(spec->width, spec->height, usable, usual);
    *w = r.w;
    *h = r.h;
    /* X11 window managers place the frame's corner where a new window asks to be. */
    *x = r.x - usual.left;
    *y = r.y - usual.top;
}

static void fit_after_open(SDL_Window *window, const GuiWindowSpec *spec)
{
    GuiFitRect usable, now;
    GuiFitBorders b;
    if (!usable_area(spec, &usable) ||
        SDL_GetWindowBordersSize(window, &b.top, &b.left, &b.bottom, &b.right) != 0) {
        return;
    }
    SDL_GetWindowSize(window, &now.w, &now.h);
    SDL_GetWindowPosition(window, &now.x, &now.y);
    if (gui_fit_inside(now, usable, b)) {
        return;
    }
    GuiFitRect r = gui_fit_window(spec->width, spec->height, usable, b);
    SDL_SetWindowSize(window, r.w, r.h);
    SDL_SetWindowPosition(window, r.x, r.y);
}

bool gui_window_open(GuiWindow *w, const GuiWindowSpec *spec, GuiFonts *fonts, char *err,
                     size_t err_size)
{
    memset(w, 0, sizeof *w);
    w->view = spec->view;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (spec->fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    int x = (int)SDL_WINDOWPOS_CENTERED_DISPLAY(spec->display), y = x;
    int width = spec->width, height = spec->height;
    fit_before_open(spec, &width, &height, &x, &y);
    w->window = SDL_CreateWindow(spec->title, x, y, width, height, flags);
    if (!w->window) {
        snprintf(err, err_size, "cannot open a window: %s", SDL_GetError());
        return false;
    }
    SDL_SetWindowMinimumSize(w->window, spec->width < MIN_W ? spec->width : MIN_W,
                             spec->height < MIN_H ? spec->height : MIN_H);
    fit_after_open(w->window, spec);
    int shown_w, shown_h;
    SDL_GetWindowSize(w->window, &shown_w, &shown_h);
    w->renderer = SDL_CreateRenderer(w->window, -1, 0);
    if (!w->renderer) {
        w->renderer = SDL_CreateRenderer(w->window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!w->renderer) {
        snprintf(err, err_size, "cannot draw in the window: %s", SDL_GetError());
        gui_window_close(w);
        return false;
    }
    w->cache = gui_text_cache_create(w->renderer, fonts, GUI_TEXT_CACHE_BUDGET);
    drawlist_init(&w->dl, shown_w, shown_h);
    drawlist_init(&w->shown, shown_w, shown_h);
    return true;
}

void gui_window_close(GuiWindow *w)
{
    gui_text_cache_destroy(w->cache);
    if (w->frame) {
        SDL_DestroyTexture(w->frame);
    }
    if (w->renderer) {
        SDL_DestroyRenderer(w->renderer);
    }
    if (w->window) {
        SDL_DestroyWindow(w->window);
    }
    drawlist_deinit(&w->dl);
    drawlist_deinit(&w->shown);
    memset(w, 0, sizeof *w);
}

GuiInputWindow gui_window_info(const GuiWindow *w)
{
    GuiInputWindow info = {SDL_GetWindowID(w->window), w->view, 0, 0, 0, 0};
    SDL_GetWindowSize(w->window, &info.win_w, &info.win_h);
    if (SDL_GetRendererOutputSize(w->renderer, &info.draw_w, &info.draw_h) != 0) {
        info.draw_w = info.win_w;
        info.draw_h = info.win_h;
    }
    return info;
}

/* The frame texture at the drawable size; false when the renderer cannot draw into one. */
static bool frame_texture(GuiWindow *w, int width, int height)
{
    if (w->frame && w->frame_w == width && w->frame_h == height) {
        return true;
    }
    if (w->frame) {
        SDL_DestroyTexture(w->frame);
        w->frame = NULL;
    }
    w->shown_valid = false;
    if (!SDL_RenderTargetSupported(w->renderer) || width <= 0 || height <= 0) {
        return false;
    }
    w->frame = SDL_CreateTexture(w->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                 width, height);
    if (!w->frame) {
        return false;
    }
    SDL_SetTextureBlendMode(w->frame, SDL_BLENDMODE_NONE);
    w->frame_w = width;
    w->frame_h = height;
    return true;
}

/* The IME opens its candidate window by the rectangle it was last told (in window points):
 * tell it where the caret is whenever that moves, or it opens at a fixed spot, often over the
 * very text being typed. */
static void tell_ime(GuiWindow *w, App *app, const GuiInputWindow *info)
{
    Rect r;
    if (!app_text_field(app, w->view, &r)) {
        w->ime_valid = false;
        return;
    }
    /* Drawable pixels → window points (they differ on high-DPI screens). */
    int dw = info->draw_w > 0 ? info->draw_w : 1, dh = info->draw_h > 0 ? info->draw_h : 1;
    SDL_Rect p = {r.x * info->win_w / dw, r.y * info->win_h / dh, r.w * info->win_w / dw,
                  r.h * info->win_h / dh};
    if (w->ime_valid && memcmp(&p, &w->ime_rect, sizeof p) == 0) {
        return;
    }
    w->ime_rect = p;
    w->ime_valid = true;
    SDL_SetTextInputRect(&p);
}

void gui_window_draw(GuiWindow *w, App *app, const Measurer *m, WallTime now)
{
    GuiInputWindow info = gui_window_info(w);
    drawlist_reset(&w->dl, info.draw_w, info.draw_h);
    app_layout(app, &w->dl, m, w->view, now);
    tell_ime(w, app, &info);
    Color black = {0, 0, 0, 255};
    GuiExec x = {w->renderer, w->cache, false};
    if (frame_texture(w, info.draw_w, info.draw_h) &&
        SDL_SetRenderTarget(w->renderer, w->frame) == 0) {
        gui_redraw(&x, w->shown_valid ? &w->shown : NULL, &w->dl, black, NULL);
        SDL_SetRenderTarget(w->renderer, NULL);
        SDL_RenderCopy(w->renderer, w->frame, NULL, NULL);
        DrawList t = w->shown;
        w->shown = w->dl;
        w->dl = t;
        w->shown_valid = true;
        return;
    }
    gui_redraw(&x, NULL, &w->dl, black, NULL);
}

void gui_window_invalidate(GuiWindow *w)
{
    w->shown_valid = false;
}

void gui_window_present(GuiWindow *w)
{
    SDL_RenderPresent(w->renderer);
}

uint8_t *gui_window_read(GuiWindow *w, int *width, int *height)
{
    if (SDL_GetRendererOutputSize(w->renderer, width, height) != 0 || *width <= 0 || *height <= 0) {
        return NULL;
    }
    return gui_exec_read_back(w->renderer, *width, *height);
}

void gui_window_toggle_fullscreen(GuiWindow *w)
{
    bool full = SDL_GetWindowFlags(w->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(w->window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}
