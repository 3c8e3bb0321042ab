/* The stand-in app (see stub_app.h). Keys: t turns text input on, Escape off, s asks for a
 * screenshot, e ends the exercise, F11 toggles fullscreen, q and closing quit; every event
 * redraws. Its screen is a colour that changes with each event, plus the last event as text. */
#include "stub_app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct App {
    char log[16384];
    size_t len;
    int events;
    int layouts[APP_VIEW_COUNT];
    char last[512];
    bool text_on;
};

static App *the_app;

static void say(App *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void say(App *a, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    size_t n = strlen(line);
    if (a->len + n + 2 < sizeof a->log) {
        memcpy(a->log + a->len, line, n);
        a->len += n;
        a->log[a->len++] = '\n';
        a->log[a->len] = '\0';
    }
    snprintf(a->last, sizeof a->last, "%s", line);
}

App *app_create(const AppSetup *setup)
{
    (void)setup;
    the_app = calloc(1, sizeof(App));
    return the_app;
}

void app_destroy(App *app)
{
    free(app);
    the_app = NULL;
}

const char *stub_app_log(void)
{
    return the_app ? the_app->log : "";
}

int stub_app_layouts(AppView view)
{
    return the_app ? the_app->layouts[view] : 0;
}

static const char *key_name(UiKey k)
{
    static const char *const names[] = {"none",     "left",      "right",  "up",  "down",  "pageup",
                                        "pagedown", "home",      "end",    "tab", "enter", "escape",
                                        "space",    "backspace", "delete", "f1",  "f11",   "char"};
    return names[k];
}

static int on_key(App *a, const UiEvent *e)
{
    if (e->key == UIK_CHAR) {
        say(a, "key char %c mods %d view %d", e->ch, e->mods, e->view);
    } else {
        say(a, "key %s mods %d view %d", key_name(e->key), e->mods, e->view);
    }
    int f = APP_REDRAW;
    if (e->key == UIK_ESCAPE) {
        f |= APP_TEXT_INPUT_OFF;
        a->text_on = false;
    } else if (e->key == UIK_CHAR && e->ch == 't' && !(e->mods & UI_MOD_CTRL)) {
        f |= APP_TEXT_INPUT_ON;
        a->text_on = true;
    } else if (e->key == UIK_F11) {
        f |= APP_TOGGLE_FULLSCREEN;
    } else if (e->key == UIK_CHAR && !(e->mods & UI_MOD_CTRL)) {
        f |= e->ch == 's' ? APP_SCREENSHOT : e->ch == 'e' ? APP_ENDED : e->ch == 'q' ? APP_QUIT : 0;
    }
    return f;
}

int app_handle(App *a, const UiEvent *e, WallTime now)
{
    a->events++;
    switch (e->type) {
    case UI_KEY:
        return on_key(a, e);
    case UI_TEXT:
        say(a, "text %s", e->text);
        return APP_REDRAW;
    case UI_EDITING:
        say(a, "editing '%s' cursor %d length %d", e->text, e->cursor, e->sel_len);
        return APP_REDRAW;
    case UI_MOUSE_DOWN:
        say(a, "click %d %d view %d", e->x, e->y, e->view);
        return APP_REDRAW;
    case UI_WHEEL:
        say(a, "wheel %d", e->dy);
        return APP_REDRAW;
    case UI_RESIZE:
        say(a, "resize %d %d", e->w, e->h);
        return APP_REDRAW;
    case UI_TICK:
        say(a, "tick %lld", (long long)(now.ms % 86400000));
        return APP_REDRAW;
    case UI_QUIT:
        say(a, "quit");
        return APP_QUIT;
    }
    return 0;
}

void app_layout(App *a, DrawList *dl, const Measurer *m, AppView view, WallTime now)
{
    (void)now;
    a->layouts[view]++;
    int k = a->events;
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height},
              (Color){(uint8_t)(40 * k), (uint8_t)(90 + 20 * k), 200, 255});
    draw_frame(dl, (Rect){10, 10, dl->width - 20, dl->height - 20}, (Color){0, 0, 0, 255}, 4);
    draw_text(dl, 20, 20, a->last, strlen(a->last), 32, FONT_REGULAR, (Color){0, 0, 0, 255}, m);
}

int app_next_tick_ms(const App *app, WallTime now)
{
    (void)app;
    (void)now;
    return -1;
}

const Sheet *app_sheet(const App *app)
{
    (void)app;
    return NULL;
}

void app_set_status(App *a, const char *message, bool is_error)
{
    say(a, "status%s %s", is_error ? " error" : "", message);
}

bool app_text_field(const App *app, AppView view, Rect *r)
{
    (void)view;
    /* While the loop has text input on, a field under the last event's text. */
    *r = (Rect){20, 60, 400, 40};
    return app->text_on;
}
