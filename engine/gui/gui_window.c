/* A GUI window (see gui_window.h). Must not depend on the main loop or on scripts. */
#include "gui_window.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "gui_exec.h"

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
    return true;
}

void gui_window_close(GuiWindow *w)
{
    gui_text_cache_destroy(w->cache);
    if (w->renderer) {
        SDL_DestroyRenderer(w->renderer);
    }
    if (w->window) {
        SDL_DestroyWindow(w->window);
    }
    drawlist_deinit(&w->dl);
    memset(w, 0, sizeof *w);
}

GuiInputWindow gui_window_info(const GuiWindow *w)
{
    GuiInputWindow info = {SDL_GetWindowID(w->window), (int)w->view, 0, 0, 0, 0};
    SDL_GetWindowSize(w->window, &info.win_w, &info.win_h);
    if (SDL_GetRendererOutputSize(w->renderer, &info.draw_w, &info.draw_h) != 0) {
        info.draw_w = info.win_w;
        info.draw_h = info.win_h;
    }
    return info;
}

void gui_window_draw(GuiWindow *w, App *app, const Measurer *m, WallTime now)
{
    GuiInputWindow info = gui_window_info(w);
    drawlist_reset(&w->dl, info.draw_w, info.draw_h);
    app_layout(app, &w->dl, m, w->view, now);
    SDL_SetRenderDrawBlendMode(w->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(w->renderer, 0, 0, 0, 255);
    SDL_RenderClear(w->renderer);
    gui_exec(w->renderer, w->cache, &w->dl);
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
    uint8_t *px = ttx_malloc((size_t)*width * (size_t)*height * 4);
    if (SDL_RenderReadPixels(w->renderer, NULL, SDL_PIXELFORMAT_RGBA32, px, *width * 4) != 0) {
        free(px);
        return NULL;
    }
    return px;
}

void gui_window_toggle_fullscreen(GuiWindow *w)
{
    bool full = SDL_GetWindowFlags(w->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(w->window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}
