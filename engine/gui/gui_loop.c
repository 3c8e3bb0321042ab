/* The main loop (see gui.h): wait for an SDL event or the app's next clock tick, translate,
 * hand it to the app, act on the APP_* flags, and redraw every window only when something
 * changed — so an idle exercise costs no CPU. With a script, one step per turn and no waiting:
 * the clock is the script's. Must not depend on how the app lays out or what its keys do. */
#include "gui_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gui_shot.h"

static void refresh_sizes(Gui *g)
{
    for (int i = 0; i < g->n_win; i++) {
        g->input.windows[i] = gui_window_info(&g->win[i]);
    }
}

/* The index of the window an event belongs to (the first when it names none of ours). */
static int event_window(const Gui *g, const SDL_Event *ev)
{
    Uint32 id = 0;
    switch (ev->type) {
    case SDL_WINDOWEVENT:
        id = ev->window.windowID;
        break;
    case SDL_KEYDOWN:
        id = ev->key.windowID;
        break;
    case SDL_TEXTINPUT:
        id = ev->text.windowID;
        break;
    case SDL_TEXTEDITING:
        id = ev->edit.windowID;
        break;
    case SDL_TEXTEDITING_EXT:
        id = ev->editExt.windowID;
        break;
    case SDL_MOUSEBUTTONDOWN:
        id = ev->button.windowID;
        break;
    case SDL_MOUSEWHEEL:
        id = ev->wheel.windowID;
        break;
    default:
        break;
    }
    for (int i = 0; i < g->n_win; i++) {
        if (g->input.windows[i].id == id) {
            return i;
        }
    }
    return 0;
}

static void draw_all(Gui *g, App *app)
{
    WallTime now = gui_now(g);
    for (int i = 0; i < g->n_win; i++) {
        gui_window_draw(&g->win[i], app, &g->measurer, now);
        gui_window_present(&g->win[i]);
    }
    g->redraw = false;
}

/* Draws window i afresh and saves it; false with the reason in err. */
static bool save_frame(Gui *g, App *app, int i, const char *path, char *err, size_t err_size)
{
    gui_window_draw(&g->win[i], app, &g->measurer, gui_now(g));
    bool ok = gui_shot_save(&g->win[i], path, err, err_size);
    gui_window_present(&g->win[i]);
    return ok;
}

static void screenshot(Gui *g, App *app, int i)
{
    char path[4096], err[1024], msg[4400];
    if (!gui_shot_path(g->opt.journal_path, gui_now(g), path, sizeof path)) {
        app_set_status(app, "画面を保存できませんでした: ファイル名を作れません", true);
    } else if (save_frame(g, app, i, path, err, sizeof err)) {
        snprintf(msg, sizeof msg, "画面を保存しました: %s", path);
        app_set_status(app, msg, false);
    } else {
        snprintf(msg, sizeof msg, "画面を保存できませんでした: %s", err);
        app_set_status(app, msg, true);
    }
    g->redraw = true;
}

static void text_input(Gui *g, bool on, int i)
{
    g->input.text_on = on;
    g->input.composing = false;
    if (!on) {
        SDL_StopTextInput();
        return;
    }
    /* The app does not say where its field is; its text fields open in the lower middle of
     * the screen, so the IME's candidate list goes there rather than at the window's corner. */
    const GuiInputWindow *w = &g->input.windows[i];
    SDL_SetTextInputRect(&(SDL_Rect){w->win_w / 4, w->win_h * 2 / 3, w->win_w / 2, w->win_h / 20});
    SDL_StartTextInput();
}

static void apply_flags(Gui *g, App *app, int flags, int i)
{
    if (flags & APP_TEXT_INPUT_OFF) {
        text_input(g, false, i);
    }
    if (flags & APP_TEXT_INPUT_ON) {
        text_input(g, true, i);
    }
    if ((flags & APP_ENDED) && g->opt.on_ended) {
        char msg[1024] = "";
        bool ok = g->opt.on_ended(g->opt.ctx, app, msg, sizeof msg);
        if (msg[0]) {
            app_set_status(app, msg, !ok);
        }
        g->redraw = true;
    }
    if (flags & APP_SCREENSHOT) {
        screenshot(g, app, i);
    }
    if (flags & APP_TOGGLE_FULLSCREEN) {
        gui_window_toggle_fullscreen(&g->win[i]);
        g->redraw = true;
    }
    if (flags & APP_REDRAW) {
        g->redraw = true;
    }
    if (flags & APP_QUIT) {
        g->quit = true;
    }
}

static void dispatch(Gui *g, App *app, const UiEvent *e, int i)
{
    apply_flags(g, app, app_handle(app, e, gui_now(g)), i);
}

static void handle_sdl(Gui *g, App *app, SDL_Event *ev)
{
    int i = event_window(g, ev);
    if (ev->type == SDL_WINDOWEVENT) {
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            refresh_sizes(g); /* before translation: UI_RESIZE carries the drawable size */
        }
        g->redraw = true; /* exposed, restored, resized …: cheap enough to redraw on any */
    } else if (ev->type == SDL_RENDER_TARGETS_RESET || ev->type == SDL_RENDER_DEVICE_RESET) {
        for (int k = 0; k < g->n_win; k++) {
            gui_text_cache_clear(g->win[k].cache); /* the textures' contents are gone */
            gui_window_invalidate(&g->win[k]);
        }
        g->redraw = true;
    }
    UiEvent ue;
    if (gui_input_translate(&g->input, ev, &ue)) {
        dispatch(g, app, &ue, i);
    }
    if (ev->type == SDL_TEXTEDITING_EXT) {
        SDL_free(ev->editExt.text); /* the receiver owns it (SDL_HINT_IME_SUPPORT_EXTENDED_TEXT) */
    }
}

static void drain(Gui *g, App *app)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
        handle_sdl(g, app, &ev);
    }
}

static void script_fail(Gui *g, const GuiStep *st, int status, const char *what)
{
    fprintf(stderr, "%s:%d: error: %s\n", g->opt.script_path, st->line, what);
    g->status = status;
}

static void run_step(Gui *g, App *app, const GuiStep *st)
{
    char err[1024];
    GuiWindow *w = &g->win[g->target];
    const GuiInputWindow *info = &g->input.windows[g->target];
    switch (st->kind) {
    case GUI_STEP_WAIT:
        g->script_ms += st->a;
        dispatch(g, app, &(UiEvent){.type = UI_TICK, .view = w->view}, g->target);
        break;
    case GUI_STEP_SCREENSHOT:
        if (!save_frame(g, app, g->target, st->text, err, sizeof err)) {
            script_fail(g, st, GUI_EXIT_CANTCREAT, err);
        }
        break;
    case GUI_STEP_WINDOW:
        if (st->a >= g->n_win) {
            script_fail(g, st, GUI_EXIT_DATAERR, "there is no console window (use --two-windows)");
            g->quit = true;
        } else {
            g->target = st->a;
        }
        break;
    case GUI_STEP_RESIZE:
        SDL_SetWindowSize(w->window, st->a, st->b);
        break;
    case GUI_STEP_QUIT: {
        SDL_Event ev = {.type = SDL_QUIT};
        SDL_PushEvent(&ev);
        break;
    }
    default: {
        GuiScriptTarget t = {info->id,     info->win_w,  info->win_h,
                             info->draw_w, info->draw_h, g->input.text_on};
        if (!gui_script_push(st, &t)) {
            script_fail(g, st, GUI_EXIT_SOFTWARE, SDL_GetError());
        }
        break;
    }
    }
}

/* Waits for the next event or the app's next clock tick, whichever comes first. */
static void wait_live(Gui *g, App *app)
{
    int timeout = app_next_tick_ms(app, gui_now(g));
    SDL_Event ev;
    bool got = timeout < 0 ? SDL_WaitEvent(&ev) == 1
                           : SDL_WaitEventTimeout(&ev, timeout > 0 ? timeout : 1) == 1;
    if (!got) {
        dispatch(g, app, &(UiEvent){.type = UI_TICK}, 0);
        return;
    }
    handle_sdl(g, app, &ev);
    drain(g, app);
}

static void final_screenshot(Gui *g, App *app)
{
    char err[1024], path[4096];
    for (int i = 0; i < g->n_win; i++) {
        if (i == 0) {
            snprintf(path, sizeof path, "%s", g->opt.screenshot_path);
        } else {
            gui_shot_sibling(g->opt.screenshot_path, "-console", path, sizeof path);
        }
        if (!save_frame(g, app, i, path, err, sizeof err)) {
            fprintf(stderr, "ttx: %s\n", err);
            g->status = GUI_EXIT_CANTCREAT;
        }
    }
}

int gui_loop(Gui *g, App *app)
{
    g->redraw = true;
    g->quit = false;
    refresh_sizes(g);
    while (!g->quit) {
        if (g->redraw) {
            draw_all(g, app);
        }
        if (!g->script) {
            wait_live(g, app);
            continue;
        }
        if (g->step >= g->script->n) {
            break; /* the script's end: stop, so a test never waits for a person */
        }
        run_step(g, app, &g->script->steps[g->step++]);
        drain(g, app);
    }
    if (g->opt.screenshot_path) {
        final_screenshot(g, app);
    }
    return g->status;
}
