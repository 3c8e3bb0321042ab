/* SDL → UiEvent translation, with hand-built SDL_Events (no display needed): every named key,
 * printable keys lowercased with shift applied the US way, the keypad, the key/text double
 * report resolved by whether text input is on, Ctrl chords while typing, IME compositions
 * (long ones cut at a character boundary, keys held back while composing), clicks and wheels
 * scaled from window points to drawable pixels on a high-DPI window, sizes, and quitting. */
#include <SDL.h>
#include <string.h>

#include "check.h"
#include "gui_input.h"

static GuiInput input(void)
{
    GuiInput in;
    memset(&in, 0, sizeof in);
    /* A high-DPI window: 800×450 points, 1600×900 pixels; and a plain second one. */
    in.windows[0] = (GuiInputWindow){7, APP_VIEW_PARTICIPANTS, 800, 450, 1600, 900};
    in.windows[1] = (GuiInputWindow){9, APP_VIEW_FACILITATOR, 1280, 720, 1280, 720};
    in.n_windows = 2;
    return in;
}

static SDL_Event key(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.windowID = 7;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    return ev;
}

static bool tr(GuiInput *in, SDL_Event ev, UiEvent *out)
{
    return gui_input_translate(in, &ev, out);
}

static void check_key(GuiInput *in, SDL_Keycode sym, Uint16 mod, UiKey want, char ch, int mods)
{
    UiEvent e;
    bool ok = tr(in, key(sym, mod), &e);
    CHECK(ok && e.type == UI_KEY && e.key == want && e.ch == ch && e.mods == mods);
    if (!ok || e.key != want || e.ch != ch || e.mods != mods) {
        fprintf(stderr, "  key %d mod %d → key %d ch '%c' mods %d\n", (int)sym, mod, e.key,
                e.ch ? e.ch : ' ', e.mods);
    }
}

static void test_keys(void)
{
    GuiInput in = input();
    static const struct {
        SDL_Keycode sym;
        UiKey key;
    } named[] = {{SDLK_LEFT, UIK_LEFT},      {SDLK_RIGHT, UIK_RIGHT},
                 {SDLK_UP, UIK_UP},          {SDLK_DOWN, UIK_DOWN},
                 {SDLK_PAGEUP, UIK_PAGE_UP}, {SDLK_PAGEDOWN, UIK_PAGE_DOWN},
                 {SDLK_HOME, UIK_HOME},      {SDLK_END, UIK_END},
                 {SDLK_TAB, UIK_TAB},        {SDLK_RETURN, UIK_ENTER},
                 {SDLK_KP_ENTER, UIK_ENTER}, {SDLK_ESCAPE, UIK_ESCAPE},
                 {SDLK_SPACE, UIK_SPACE},    {SDLK_BACKSPACE, UIK_BACKSPACE},
                 {SDLK_DELETE, UIK_DELETE},  {SDLK_F1, UIK_F1},
                 {SDLK_F11, UIK_F11}};
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        check_key(&in, named[i].sym, KMOD_NONE, named[i].key, '\0', 0);
    }
    check_key(&in, SDLK_TAB, KMOD_LSHIFT, UIK_TAB, '\0', UI_MOD_SHIFT);
    check_key(&in, SDLK_n, KMOD_NONE, UIK_CHAR, 'n', 0);
    check_key(&in, SDLK_n, KMOD_RSHIFT, UIK_CHAR, 'n', UI_MOD_SHIFT);
    check_key(&in, SDLK_n, KMOD_CAPS, UIK_CHAR, 'n', 0);
    check_key(&in, SDLK_s, KMOD_LCTRL, UIK_CHAR, 's', UI_MOD_CTRL);
    check_key(&in, SDLK_e, KMOD_LALT, UIK_CHAR, 'e', UI_MOD_ALT);
    check_key(&in, SDLK_1, KMOD_NONE, UIK_CHAR, '1', 0);
    check_key(&in, SDLK_9, KMOD_NONE, UIK_CHAR, '9', 0);
    check_key(&in, SDLK_SLASH, KMOD_LSHIFT, UIK_CHAR, '?', UI_MOD_SHIFT);
    check_key(&in, SDLK_EQUALS, KMOD_LSHIFT, UIK_CHAR, '+', UI_MOD_SHIFT);
    check_key(&in, SDLK_MINUS, KMOD_NONE, UIK_CHAR, '-', 0);
    check_key(&in, SDLK_KP_PLUS, KMOD_NONE, UIK_CHAR, '+', 0);
    check_key(&in, SDLK_KP_MINUS, KMOD_NONE, UIK_CHAR, '-', 0);
    check_key(&in, SDLK_KP_8, KMOD_NONE, UIK_UP, '\0', 0);
    check_key(&in, SDLK_KP_8, KMOD_NUM, UIK_CHAR, '8', 0);
    UiEvent e;
    CHECK(!tr(&in, key(SDLK_F5, KMOD_NONE), &e));
    CHECK(!tr(&in, key(SDLK_LSHIFT, KMOD_LSHIFT), &e));
    SDL_Event up = key(SDLK_RIGHT, KMOD_NONE);
    up.type = SDL_KEYUP;
    CHECK(!tr(&in, up, &e));
}

static SDL_Event text_event(Uint32 type, const char *s, int start)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    if (type == SDL_TEXTINPUT) {
        snprintf(ev.text.text, sizeof ev.text.text, "%s", s);
    } else if (type == SDL_TEXTEDITING) {
        snprintf(ev.edit.text, sizeof ev.edit.text, "%s", s);
        ev.edit.start = start;
    } else {
        ev.editExt.text = (char *)s;
        ev.editExt.start = start;
    }
    return ev;
}

static void test_typing(void)
{
    GuiInput in = input();
    UiEvent e;
    /* Text input off: typed text and compositions mean nothing; keys are commands. */
    CHECK(!tr(&in, text_event(SDL_TEXTINPUT, "n", 0), &e));
    CHECK(!tr(&in, text_event(SDL_TEXTEDITING, "やま", 1), &e));
    CHECK(!in.composing);

    in.text_on = true;
    CHECK(!tr(&in, key(SDLK_a, KMOD_NONE), &e)); /* its SDL_TEXTINPUT twin carries it */
    CHECK(!tr(&in, key(SDLK_a, KMOD_LSHIFT), &e));
    CHECK(!tr(&in, key(SDLK_SPACE, KMOD_NONE), &e)); /* a space is typed, not a command */
    CHECK(!tr(&in, key(SDLK_KP_5, KMOD_NUM), &e));
    check_key(&in, SDLK_a, KMOD_LCTRL, UIK_CHAR, 'a', UI_MOD_CTRL); /* chords have no twin */
    check_key(&in, SDLK_RETURN, KMOD_NONE, UIK_ENTER, '\0', 0);
    check_key(&in, SDLK_BACKSPACE, KMOD_NONE, UIK_BACKSPACE, '\0', 0);
    CHECK(tr(&in, text_event(SDL_TEXTINPUT, "山田", 0), &e));
    CHECK(e.type == UI_TEXT);
    CHECK_STR(e.text, "山田");

    /* A composition holds keys back until it ends (the IME owns Enter and Backspace). */
    CHECK(tr(&in, text_event(SDL_TEXTEDITING, "やまだ", 2), &e));
    CHECK(e.type == UI_EDITING && e.cursor == 2);
    CHECK_STR(e.text, "やまだ");
    CHECK(in.composing);
    CHECK(!tr(&in, key(SDLK_RETURN, KMOD_NONE), &e));
    CHECK(!tr(&in, key(SDLK_BACKSPACE, KMOD_NONE), &e));
    check_key(&in, SDLK_F11, KMOD_NONE, UIK_F11, '\0', 0);
    CHECK(tr(&in, text_event(SDL_TEXTEDITING, "", 0), &e));
    CHECK(e.type == UI_EDITING && e.text[0] == '\0');
    CHECK(!in.composing);
    check_key(&in, SDLK_RETURN, KMOD_NONE, UIK_ENTER, '\0', 0);

    /* Committing ends a composition even without an empty SDL_TEXTEDITING. */
    tr(&in, text_event(SDL_TEXTEDITING, "た", 1), &e);
    CHECK(in.composing);
    tr(&in, text_event(SDL_TEXTINPUT, "田", 0), &e);
    CHECK(!in.composing);

    /* A long composition (SDL_TEXTEDITING_EXT) arrives whole, with the segment being converted:
     * a sentence typed before converting is far longer than SDL's 32-byte events. */
    const char *kana = "あいうえおかきくけこさしすせそたちつてとなにぬねの"; /* 25 × 3 bytes */
    SDL_Event ext = text_event(SDL_TEXTEDITING_EXT, kana, 5);
    ext.editExt.length = 3;
    CHECK(tr(&in, ext, &e));
    CHECK(e.type == UI_EDITING);
    CHECK_STR(e.text, kana);
    CHECK(e.cursor == 5 && e.sel_len == 3);
    /* Past the end, the cursor and the segment are clamped to the text. */
    ext = text_event(SDL_TEXTEDITING_EXT, kana, 30);
    ext.editExt.length = 9;
    CHECK(tr(&in, ext, &e) && e.cursor == 25 && e.sel_len == 0);
    /* Longer than anything an IME composes: cut between characters, never inside one. */
    static char longer[UI_TEXT_MAX * 2];
    longer[0] = '\0';
    while (strlen(longer) + strlen(kana) < sizeof longer) {
        strcat(longer, kana);
    }
    CHECK(tr(&in, text_event(SDL_TEXTEDITING_EXT, longer, 0), &e));
    CHECK(strlen(e.text) < UI_TEXT_MAX && strlen(e.text) % 3 == 0);
}

static void test_mouse_and_window(void)
{
    GuiInput in = input();
    UiEvent e;
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.windowID = 7;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = 100;
    ev.button.y = 50;
    CHECK(tr(&in, ev, &e));
    CHECK(e.type == UI_MOUSE_DOWN && e.x == 200 && e.y == 100 && e.view == APP_VIEW_PARTICIPANTS);
    ev.button.windowID = 9;
    CHECK(tr(&in, ev, &e) && e.x == 100 && e.y == 50 && e.view == APP_VIEW_FACILITATOR);
    ev.button.windowID = 12345; /* not ours (pushed without a window): the first window */
    CHECK(tr(&in, ev, &e) && e.view == APP_VIEW_PARTICIPANTS && e.x == 200);
    ev.button.button = SDL_BUTTON_RIGHT;
    CHECK(!tr(&in, ev, &e));

    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.windowID = 7;
    ev.wheel.y = 2;
    ev.wheel.mouseX = 10;
    ev.wheel.mouseY = 20;
    CHECK(tr(&in, ev, &e) && e.type == UI_WHEEL && e.dy == 2 && e.x == 20 && e.y == 40);
    ev.wheel.direction = SDL_MOUSEWHEEL_FLIPPED;
    CHECK(tr(&in, ev, &e) && e.dy == -2);
    ev.wheel.y = 0;
    ev.wheel.x = 3;
    CHECK(!tr(&in, ev, &e));

    memset(&ev, 0, sizeof ev);
    ev.type = SDL_WINDOWEVENT;
    ev.window.windowID = 7;
    ev.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    ev.window.data1 = 800;
    ev.window.data2 = 450;
    CHECK(tr(&in, ev, &e) && e.type == UI_RESIZE && e.w == 1600 && e.h == 900);
    ev.window.event = SDL_WINDOWEVENT_EXPOSED;
    CHECK(!tr(&in, ev, &e));
    ev.window.event = SDL_WINDOWEVENT_CLOSE;
    CHECK(tr(&in, ev, &e) && e.type == UI_QUIT);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_QUIT;
    CHECK(tr(&in, ev, &e) && e.type == UI_QUIT);
    ev.type = SDL_MOUSEMOTION;
    CHECK(!tr(&in, ev, &e));
}

int main(void)
{
    test_keys();
    test_typing();
    test_mouse_and_window();
    return check_done();
}
