/* SDL events → the neutral UiEvents of ui_input.h, so the app never sees SDL. This is also where
 * SDL's double reporting of typing is resolved: a printable key arrives both as SDL_KEYDOWN and,
 * while text input is on, as SDL_TEXTINPUT; with a text field focused only the text goes on (as
 * UI_TEXT), otherwise only the key (as UIK_CHAR). Mouse positions are converted from window
 * points to drawable pixels, the unit layouts are made in on high-DPI screens.
 * Internal to engine/gui; depends on SDL and ui_input.h only. */
#ifndef TTX_GUI_INPUT_H
#define TTX_GUI_INPUT_H

#include <SDL.h>
#include <stdbool.h>

#include "ui_input.h"

enum { GUI_INPUT_MAX_WINDOWS = 2 };

/* What the translation needs to know about a window. */
typedef struct GuiInputWindow {
    Uint32 id;          /* SDL_GetWindowID */
    AppView view;       /* the audience it shows (UiEvent.view) */
    int win_w, win_h;   /* size in window points (SDL_GetWindowSize) */
    int draw_w, draw_h; /* size in pixels (SDL_GetRendererOutputSize) */
} GuiInputWindow;

typedef struct GuiInput {
    bool text_on;   /* the app has a text field focused (APP_TEXT_INPUT_ON/OFF) */
    bool composing; /* an IME composition is in progress (non-empty SDL_TEXTEDITING) */
    GuiInputWindow windows[GUI_INPUT_MAX_WINDOWS];
    int n_windows;
} GuiInput;

/* Translates ev into out; false when ev means nothing to the app (key releases, motion, window
 * events other than size changes and closing, typing that the other half of the pair carries).
 * Updates in->composing. The caller keeps in->windows' sizes current before size events. */
bool gui_input_translate(GuiInput *in, const SDL_Event *ev, UiEvent *out);

/* The window with this id, or NULL (an event for no window of ours). */
const GuiInputWindow *gui_input_window(const GuiInput *in, Uint32 id);

/* The UiKey of an SDL key code, UIK_CHAR for printable ASCII, UIK_NONE for others; *ch gets the
 * character of UIK_CHAR as typed with the US layout (shift applied: '/' → '?'), letters in
 * lowercase. */
UiKey gui_input_key(SDL_Keycode sym, Uint16 mod, char *ch);

#endif
