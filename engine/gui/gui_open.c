/* Starting and stopping the GUI (see gui.h): the script, the font, SDL's video subsystem and
 * the windows, in the order that reports the user's mistakes (a bad script, a missing font)
 * before the environment's (no display). Must not depend on the app's behaviour. */
#include "gui_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base.h"

static WallTime system_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm local;
    time_t secs = ts.tv_sec;
    localtime_r(&secs, &local);
    return (WallTime){(int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000,
                      (int)(local.tm_gmtoff / 60)};
}

WallTime gui_now(const Gui *g)
{
    WallTime t = g->opt.start;
    t.ms += g->script ? g->script_ms : (int64_t)(SDL_GetTicks64() - g->start_ticks);
    return t;
}

static bool open_windows(Gui *g, char *err, size_t err_size)
{
    const GuiOptions *o = &g->opt;
    GuiWindowSpec specs[2] = {
        {"ttx — インシデント対応机上演習", APP_VIEW_SINGLE, o->width, o->height, 0, o->fullscreen,
         g->fit},
        {"ttx — ファシリテータ", APP_VIEW_FACILITATOR, o->width, o->height, 0, false, g->fit},
    };
    if (o->two_windows) {
        specs[0].title = "ttx — 参加者用画面";
        specs[0].view = APP_VIEW_PARTICIPANTS;
        /* The projector is usually the second screen; the console stays on the first. */
        specs[0].display = SDL_GetNumVideoDisplays() > 1 ? 1 : 0;
    }
    int n = o->two_windows ? 2 : 1;
    for (int i = 0; i < n; i++) {
        if (!gui_window_open(&g->win[i], &specs[i], g->fonts, err, err_size)) {
            return false;
        }
        g->n_win = i + 1;
        g->input.windows[i] = gui_window_info(&g->win[i]);
    }
    g->input.n_windows = g->n_win;
    return true;
}

static bool start_sdl(Gui *g, char *err, size_t err_size)
{
    /* Let the IME draw its own candidate list, and send compositions longer than 32 bytes
     * whole (SDL_TEXTEDITING_EXT): Japanese runs past that in ten characters. */
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    SDL_SetHint(SDL_HINT_IME_SUPPORT_EXTENDED_TEXT, "1");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        snprintf(err, err_size,
                 "cannot open a display (%s); the window needs a graphical session: check that "
                 "DISPLAY or WAYLAND_DISPLAY is set (without one, 'ttx run' plays a record and "
                 "'ttx train --print-test' prints the test)",
                 SDL_GetError());
        return false;
    }
    g->sdl_up = true;
    return true;
}

Gui *gui_open(const GuiOptions *opt, int *status, char *err, size_t err_size)
{
    Gui *g = ttx_calloc(1, sizeof *g);
    g->opt = *opt;
    /* A size the user asked for is kept; the default one is fitted to the screen. */
    g->fit = opt->width <= 0 || opt->height <= 0;
    g->opt.width = opt->width > 0 ? opt->width : 1600;
    g->opt.height = opt->height > 0 ? opt->height : 900;
    if (g->opt.start.ms == 0) {
        g->opt.start = system_now();
    }
    if (opt->script_path &&
        !(g->script = gui_script_load(opt->script_path, status, err, err_size))) {
        goto fail;
    }
    GuiFontFile font;
    GuiFontStatus fs = gui_font_find(opt->font_path, &font, err, err_size);
    if (fs != GUI_FONT_OK) {
        *status = fs == GUI_FONT_UNREADABLE ? GUI_EXIT_NOINPUT : GUI_EXIT_UNAVAILABLE;
        goto fail;
    }
    g->fonts = gui_fonts_open(&font, err, err_size);
    if (!g->fonts) {
        *status = opt->font_path ? GUI_EXIT_NOINPUT : GUI_EXIT_UNAVAILABLE;
        goto fail;
    }
    g->measurer = gui_fonts_measurer(g->fonts);
    if (!start_sdl(g, err, err_size) || !open_windows(g, err, err_size)) {
        *status = GUI_EXIT_UNAVAILABLE;
        goto fail;
    }
    /* SDL starts with text input on; the app turns it on only while a text field has focus,
     * so that single-key commands are not swallowed by an active IME. */
    SDL_StopTextInput();
    g->start_ticks = SDL_GetTicks64();
    *status = GUI_EXIT_OK;
    return g;
fail:
    gui_close(g);
    return NULL;
}

void gui_close(Gui *g)
{
    if (!g) {
        return;
    }
    for (int i = 0; i < g->n_win; i++) {
        gui_window_close(&g->win[i]);
    }
    gui_fonts_close(g->fonts);
    if (g->sdl_up) {
        SDL_Quit();
    }
    gui_script_free(g->script);
    free(g);
}

int gui_run(App *app, const GuiOptions *opt)
{
    char err[1024];
    int status;
    Gui *g = gui_open(opt, &status, err, sizeof err);
    if (!g) {
        fprintf(stderr, "ttx: %s\n", err);
        return status;
    }
    status = gui_loop(g, app);
    gui_close(g);
    return status;
}
