/* Input as the core sees it: neutral events translated from SDL by engine/gui (keys, typed text,
 * IME composition, mouse, resize, clock ticks), so the facilitator app and its scripted tests never
 * depend on SDL. Pure C11. */
#ifndef TTX_UI_INPUT_H
#define TTX_UI_INPUT_H

#include <stdbool.h>

typedef enum UiEventType {
    UI_KEY,        /* a key press (repeats included) */
    UI_TEXT,       /* committed text (after IME), UTF-8 */
    UI_EDITING,    /* IME composition in progress (text may be empty = composition ended) */
    UI_MOUSE_DOWN, /* left button at (x, y) */
    UI_WHEEL,      /* wheel: dy > 0 scrolls up */
    UI_RESIZE,     /* the window is now w × h pixels (drawable size) */
    UI_TICK,       /* time passed (clocks on screen need a redraw) */
    UI_QUIT,       /* the window was closed */
} UiEventType;

typedef enum UiKey {
    UIK_NONE,
    UIK_LEFT, UIK_RIGHT, UIK_UP, UIK_DOWN,
    UIK_PAGE_UP, UIK_PAGE_DOWN, UIK_HOME, UIK_END,
    UIK_TAB, UIK_ENTER, UIK_ESCAPE, UIK_SPACE, UIK_BACKSPACE, UIK_DELETE,
    UIK_F1, UIK_F11,
    UIK_CHAR, /* a printable ASCII key: see UiEvent.ch (lowercase letters, digits, '?', '+', '-') */
} UiKey;

enum { UI_MOD_SHIFT = 1, UI_MOD_CTRL = 2, UI_MOD_ALT = 4 };

/* Room for one IME commit or composition: a whole sentence typed before converting, not the 21
 * characters SDL's fixed 32-byte events hold (longer ones come as SDL_TEXTEDITING_EXT). */
enum { UI_TEXT_MAX = 1024 };

/* Which audience a window shows, and so which layout an event's window has: one window with
 * everything (H hides facilitator-only parts), the participants' projector window, or the
 * facilitator's console. */
typedef enum AppView {
    APP_VIEW_SINGLE,
    APP_VIEW_PARTICIPANTS,
    APP_VIEW_FACILITATOR,
    APP_VIEW_COUNT
} AppView;

typedef struct UiEvent {
    UiEventType type;
    UiKey key;
    char ch;      /* UIK_CHAR: the character ('a'–'z', '0'–'9', '?', '+', '-', …) */
    int mods;     /* UI_MOD_* */
    char text[UI_TEXT_MAX]; /* UI_TEXT / UI_EDITING: UTF-8, NUL-terminated */
    int cursor;             /* UI_EDITING: the IME's cursor (start of the converted segment),
                               in characters */
    int sel_len;            /* UI_EDITING: length of the segment being converted, in characters
                               (0: none) */
    int x, y;      /* mouse */
    int dy;        /* wheel */
    int w, h;      /* resize */
    AppView view;  /* the window it happened in (APP_VIEW_SINGLE: the only one) */
} UiEvent;

#endif
