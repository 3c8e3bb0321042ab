/* Script steps as the SDL events a real person's action causes (see gui_script.h): a typed
 * character is a key press plus, while text input is on, its text; committed text longer than an
 * SDL text event is split the way SDL splits it; clicks are in window points. Must not depend on
 * the app. */
#include "gui_script.h"

#include <string.h>

static bool push(SDL_Event *ev)
{
    return SDL_PushEvent(ev) == 1;
}

static bool push_key(const GuiStep *st, const GuiScriptTarget *t)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.windowID = t->window_id;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = st->sym;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(st->sym);
    ev.key.keysym.mod = st->mod;
    bool ok = push(&ev);
    bool chord = st->mod & (KMOD_CTRL | KMOD_ALT);
    if (st->printable && t->text_on && !chord) {
        SDL_Event tx;
        memset(&tx, 0, sizeof tx);
        tx.type = SDL_TEXTINPUT;
        tx.text.windowID = t->window_id;
        tx.text.text[0] = st->ch;
        ok = push(&tx) && ok;
    }
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    return push(&ev) && ok;
}

/* Committed text in pieces that fit SDL's event, cut between characters as SDL cuts it. */
static bool push_text(const char *text, Uint32 window)
{
    bool ok = true;
    size_t len = strlen(text);
    while (len > 0) {
        size_t n = len < SDL_TEXTINPUTEVENT_TEXT_SIZE - 1 ? len : SDL_TEXTINPUTEVENT_TEXT_SIZE - 1;
        while (n < len && n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80) {
            n--;
        }
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = SDL_TEXTINPUT;
        ev.text.windowID = window;
        memcpy(ev.text.text, text, n);
        ok = push(&ev) && ok;
        text += n;
        len -= n;
    }
    return ok;
}

/* A composition; one longer than SDL_TEXTEDITING holds goes as SDL_TEXTEDITING_EXT, whose text
 * the receiver frees, as with SDL_HINT_IME_SUPPORT_EXTENDED_TEXT. */
static bool push_edit(const GuiStep *st, Uint32 window)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    size_t len = strlen(st->text);
    if (len < SDL_TEXTEDITINGEVENT_TEXT_SIZE) {
        ev.type = SDL_TEXTEDITING;
        ev.edit.windowID = window;
        memcpy(ev.edit.text, st->text, len + 1);
        ev.edit.start = st->a;
        ev.edit.length = st->b;
        return push(&ev);
    }
    ev.type = SDL_TEXTEDITING_EXT;
    ev.editExt.windowID = window;
    ev.editExt.text = SDL_strdup(st->text);
    ev.editExt.start = st->a;
    ev.editExt.length = st->b;
    if (!ev.editExt.text || !push(&ev)) {
        SDL_free(ev.editExt.text);
        return false;
    }
    return true;
}

/* Drawable pixels (what scripts are written in, like screenshots) → window points. */
static int to_points(int v, int points, int pixels)
{
    return pixels > 0 ? (int)((long long)v * points / pixels) : v;
}

bool gui_script_push(const GuiStep *st, const GuiScriptTarget *t)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    switch (st->kind) {
    case GUI_STEP_KEY:
        return push_key(st, t);
    case GUI_STEP_TEXT:
        return push_text(st->text, t->window_id);
    case GUI_STEP_EDIT:
        return push_edit(st, t->window_id);
    case GUI_STEP_CLICK:
        ev.type = SDL_MOUSEBUTTONDOWN;
        ev.button.windowID = t->window_id;
        ev.button.button = SDL_BUTTON_LEFT;
        ev.button.state = SDL_PRESSED;
        ev.button.clicks = 1;
        ev.button.x = to_points(st->a, t->win_w, t->draw_w);
        ev.button.y = to_points(st->b, t->win_h, t->draw_h);
        if (!push(&ev)) {
            return false;
        }
        ev.type = SDL_MOUSEBUTTONUP;
        ev.button.state = SDL_RELEASED;
        return push(&ev);
    case GUI_STEP_WHEEL:
        ev.type = SDL_MOUSEWHEEL;
        ev.wheel.windowID = t->window_id;
        ev.wheel.y = st->a;
        ev.wheel.preciseY = (float)st->a;
        ev.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
        ev.wheel.mouseX = t->win_w / 2;
        ev.wheel.mouseY = t->win_h / 2;
        return push(&ev);
    default:
        return true;
    }
}
