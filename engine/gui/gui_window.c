/* A GUI window (see gui_window.h). Must not depend on the main loop or on scripts. */
#include "gui_window.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "gui_redraw.h"

/* Below this the screens stop being readable from the back of a room (SPEC §6). */
enum { MIN_W = 1280, MIN_H = 720 };

bool gui_window_open(GuiWindow *w, const GuiWindowSpec *spec, GuiFonts *fonts, char *err,
                     size_t err_size)
{
    memset(w, 0, sizeof *w);
    w->view = spec->view;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (spec->fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    int pos = (int)SDL_WINDOWPOS_CENTERED_DISPLAY(spec->display);
    w->window = SDL_CreateWindow(spec->title, pos, pos, spec->width, spec->height, flags);
    if (!w->window) {
        snprintf(err, err_size, "cannot open a window: %s", SDL_GetError());
        return false;
    }
    SDL_SetWindowMinimumSize(w->window, spec->width < MIN_W ? spec->width : MIN_W,
                             spec->height < MIN_H ? spec->height : MIN_H);
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
    drawlist_init(&w->dl, spec->width, spec->height);
    drawlist_init(&w->shown, spec->width, spec->height);
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

void gui_window_draw(GuiWindow *w, App *app, const Measurer *m, WallTime now)
{
    GuiInputWindow info = gui_window_info(w);
    drawlist_reset(&w->dl, info.draw_w, info.draw_h);
    app_layout(app, &w->dl, m, w->view, now);
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
