/* SDL → UiEvent translation (see gui_input.h). Pure mapping with the little state typing needs
 * (is a text field focused, is the IME composing); it never calls into the app. Must not depend
 * on the app or on windows beyond the sizes it is given. */
#include "gui_input.h"

#include <stdio.h>
#include <string.h>

static const struct {
    SDL_Keycode sym;
    UiKey key;
} named[] = {
    {SDLK_LEFT, UIK_LEFT},     {SDLK_RIGHT, UIK_RIGHT},    {SDLK_UP, UIK_UP},
    {SDLK_DOWN, UIK_DOWN},     {SDLK_PAGEUP, UIK_PAGE_UP}, {SDLK_PAGEDOWN, UIK_PAGE_DOWN},
    {SDLK_HOME, UIK_HOME},     {SDLK_END, UIK_END},        {SDLK_TAB, UIK_TAB},
    {SDLK_RETURN, UIK_ENTER},  {SDLK_KP_ENTER, UIK_ENTER}, {SDLK_RETURN2, UIK_ENTER},
    {SDLK_ESCAPE, UIK_ESCAPE}, {SDLK_SPACE, UIK_SPACE},    {SDLK_BACKSPACE, UIK_BACKSPACE},
    {SDLK_DELETE, UIK_DELETE}, {SDLK_F1, UIK_F1},          {SDLK_F11, UIK_F11},
};

/* The keypad without Num Lock moves, as on a desktop. */
static const struct {
    SDL_Keycode sym;
    UiKey key;
    char ch; /* with Num Lock */
} keypad[] = {
    {SDLK_KP_0, UIK_NONE, '0'},      {SDLK_KP_1, UIK_END, '1'},         {SDLK_KP_2, UIK_DOWN, '2'},
    {SDLK_KP_3, UIK_PAGE_DOWN, '3'}, {SDLK_KP_4, UIK_LEFT, '4'},        {SDLK_KP_5, UIK_NONE, '5'},
    {SDLK_KP_6, UIK_RIGHT, '6'},     {SDLK_KP_7, UIK_HOME, '7'},        {SDLK_KP_8, UIK_UP, '8'},
    {SDLK_KP_9, UIK_PAGE_UP, '9'},   {SDLK_KP_PERIOD, UIK_DELETE, '.'},
};

/* SDL reports the unshifted key; the app asks for '?' (help) and '+', so shift is applied the
 * way the US layout does. Other layouts differ for a few punctuation keys only. */
static const char unshifted[] = "`1234567890-=[]\\;',./";
static const char shifted[] = "~!@#$%^&*()_+{}|:\"<>?";

UiKey gui_input_key(SDL_Keycode sym, Uint16 mod, char *ch)
{
    *ch = '\0';
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        if (named[i].sym == sym) {
            return named[i].key;
        }
    }
    for (size_t i = 0; i < sizeof keypad / sizeof keypad[0]; i++) {
        if (keypad[i].sym == sym) {
            if (mod & KMOD_NUM) {
                *ch = keypad[i].ch;
                return UIK_CHAR;
            }
            return keypad[i].key;
        }
    }
    static const struct {
        SDL_Keycode sym;
        char ch;
    } kp_ops[] = {
        {SDLK_KP_PLUS, '+'}, {SDLK_KP_MINUS, '-'}, {SDLK_KP_MULTIPLY, '*'}, {SDLK_KP_DIVIDE, '/'}};
    for (size_t i = 0; i < sizeof kp_ops / sizeof kp_ops[0]; i++) {
        if (kp_ops[i].sym == sym) {
            *ch = kp_ops[i].ch;
            return UIK_CHAR;
        }
    }
    if (sym <= ' ' || sym >= 127) {
        return UIK_NONE;
    }
    char c = (char)sym;
    if (c >= 'A' && c <= 'Z') {
        c = (char)(c - 'A' + 'a');
    }
    const char *p = (mod & KMOD_SHIFT) ? strchr(unshifted, c) : NULL;
    *ch = p ? shifted[p - unshifted] : c;
    return UIK_CHAR;
}

const GuiInputWindow *gui_input_window(const GuiInput *in, Uint32 id)
{
    for (int i = 0; i < in->n_windows; i++) {
        if (in->windows[i].id == id) {
            return &in->windows[i];
        }
    }
    return NULL;
}

/* Events pushed without a window (scripts, tests) belong to the first window. */
static const GuiInputWindow *window_or_first(const GuiInput *in, Uint32 id)
{
    const GuiInputWindow *w = gui_input_window(in, id);
    return w ? w : in->n_windows > 0 ? &in->windows[0] : NULL;
}

/* Window points → drawable pixels (they differ on high-DPI screens). */
static void to_pixels(const GuiInputWindow *w, int x, int y, UiEvent *out)
{
    out->x = x;
    out->y = y;
    if (w && w->win_w > 0 && w->win_h > 0) {
        out->x = (int)((long long)x * w->draw_w / w->win_w);
        out->y = (int)((long long)y * w->draw_h / w->win_h);
    }
}

/* Copies UTF-8 text, cut at a character boundary to fit; returns the characters copied. */
static int copy_utf8(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xc0) == 0x80) {
            n--; /* do not keep the first bytes of a cut character */
        }
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    int chars = 0;
    for (size_t i = 0; i < n; i++) {
        chars += ((unsigned char)dst[i] & 0xc0) != 0x80;
    }
    return chars;
}

static bool translate_key(GuiInput *in, const SDL_KeyboardEvent *k, UiEvent *out)
{
    char ch;
    UiKey key = gui_input_key(k->keysym.sym, k->keysym.mod, &ch);
    if (key == UIK_NONE) {
        return false;
    }
    int mods = ((k->keysym.mod & KMOD_SHIFT) ? UI_MOD_SHIFT : 0) |
               ((k->keysym.mod & KMOD_CTRL) ? UI_MOD_CTRL : 0) |
               ((k->keysym.mod & KMOD_ALT) ? UI_MOD_ALT : 0);
    bool typing = key == UIK_CHAR || key == UIK_SPACE;
    if (in->text_on && typing && !(mods & (UI_MOD_CTRL | UI_MOD_ALT))) {
        return false; /* its SDL_TEXTINPUT twin carries it (Ctrl/Alt chords have no twin) */
    }
    if (in->composing && key != UIK_F1 && key != UIK_F11) {
        return false; /* Enter, arrows, Backspace … belong to the IME while it composes */
    }
    const GuiInputWindow *w = window_or_first(in, k->windowID);
    out->type = UI_KEY;
    out->key = key;
    out->ch = ch;
    out->mods = mods;
    out->view = w ? w->view : APP_VIEW_SINGLE;
    return true;
}

static bool translate_window(const GuiInput *in, const SDL_WindowEvent *we, UiEvent *out)
{
    const GuiInputWindow *w = window_or_first(in, we->windowID);
    out->view = w ? w->view : APP_VIEW_SINGLE;
    switch (we->event) {
    case SDL_WINDOWEVENT_SIZE_CHANGED:
        out->type = UI_RESIZE;
        out->w = w ? w->draw_w : we->data1;
        out->h = w ? w->draw_h : we->data2;
        return true;
    case SDL_WINDOWEVENT_CLOSE:
        out->type = UI_QUIT;
        return true;
    default:
        return false;
    }
}

static bool translate_editing(GuiInput *in, const char *text, int start, int length, Uint32 window,
                              UiEvent *out)
{
    if (!in->text_on) {
        in->composing = false;
        return false;
    }
    out->type = UI_EDITING;
    int chars = copy_utf8(out->text, sizeof out->text, text);
    out->cursor = start < 0 ? 0 : start > chars ? chars : start;
    out->sel_len = length < 0 ? 0 : length > chars - out->cursor ? chars - out->cursor : length;
    const GuiInputWindow *w = window_or_first(in, window);
    out->view = w ? w->view : APP_VIEW_SINGLE;
    in->composing = out->text[0] != '\0';
    return true;
}

bool gui_input_translate(GuiInput *in, const SDL_Event *ev, UiEvent *out)
{
    memset(out, 0, sizeof *out);
    const GuiInputWindow *w;
    switch (ev->type) {
    case SDL_KEYDOWN:
        return translate_key(in, &ev->key, out);
    case SDL_TEXTINPUT:
        if (!in->text_on) {
            return false;
        }
        out->type = UI_TEXT;
        copy_utf8(out->text, sizeof out->text, ev->text.text);
        in->composing = false; /* committed: the composition is over */
        w = window_or_first(in, ev->text.windowID);
        out->view = w ? w->view : APP_VIEW_SINGLE;
        return true;
    case SDL_TEXTEDITING:
        return translate_editing(in, ev->edit.text, ev->edit.start, ev->edit.length,
                                 ev->edit.windowID, out);
    case SDL_TEXTEDITING_EXT:
        return translate_editing(in, ev->editExt.text ? ev->editExt.text : "", ev->editExt.start,
                                 ev->editExt.length, ev->editExt.windowID, out);
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT) {
            return false;
        }
        w = window_or_first(in, ev->button.windowID);
        out->type = UI_MOUSE_DOWN;
        to_pixels(w, ev->button.x, ev->button.y, out);
        out->view = w ? w->view : APP_VIEW_SINGLE;
        return true;
    case SDL_MOUSEWHEEL:
        if (ev->wheel.y == 0) {
            return false; /* horizontal scrolling: nothing scrolls sideways */
        }
        w = window_or_first(in, ev->wheel.windowID);
        out->type = UI_WHEEL;
        out->dy = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -ev->wheel.y : ev->wheel.y;
        to_pixels(w, ev->wheel.mouseX, ev->wheel.mouseY, out);
        out->view = w ? w->view : APP_VIEW_SINGLE;
        return true;
    case SDL_WINDOWEVENT:
        return translate_window(in, &ev->window, out);
    case SDL_QUIT:
        out->type = UI_QUIT;
        return true;
    default:
        return false;
    }
}
