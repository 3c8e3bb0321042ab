/* Scripted input for tests and demos (`ttx play --script FILE`): a text file of steps, one a
 * line, played one step per turn of the main loop. Input steps are pushed as real SDL events
 * (SDL_PushEvent), so they go through the same translation as a person's typing; `wait` moves a
 * fake clock instead of sleeping, so timers on screen are deterministic.
 *
 *   key NAME            a key press: left right up down pageup pagedown home end tab enter
 *                       kp_enter escape space backspace delete f1 f11, or one printable
 *                       character; prefixes shift+ ctrl+ alt+ (key ctrl+s, key shift+tab)
 *   char C              one printable ASCII character typed (char 1, char n, char ?)
 *   text STRING         committed text, as an IME sends it (text 山田が対応)
 *   edit CURSOR[,LENGTH] STRING  an IME composition in progress, LENGTH characters from
 *                       CURSOR being converted; an empty STRING ends it
 *   click X Y           left click at drawable pixel (X, Y)
 *   wheel DY            mouse wheel, DY > 0 scrolls up
 *   resize W H          resize the window to W × H
 *   wait MS             advance the clock by MS milliseconds (a timer tick)
 *   screenshot FILE     save the window's current frame as PNG
 *   window NAME         later steps go to: main (the first window) or console (the second)
 *   quit                close the window (the app decides, as with a real close)
 *
 * Blank lines and lines starting with # are ignored. The script ending stops the program.
 * Internal to engine/gui; depends on SDL. */
#ifndef TTX_GUI_SCRIPT_H
#define TTX_GUI_SCRIPT_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum GuiStepKind {
    GUI_STEP_KEY,
    GUI_STEP_TEXT,
    GUI_STEP_EDIT,
    GUI_STEP_CLICK,
    GUI_STEP_WHEEL,
    GUI_STEP_RESIZE,
    GUI_STEP_WAIT,
    GUI_STEP_SCREENSHOT,
    GUI_STEP_WINDOW,
    GUI_STEP_QUIT,
} GuiStepKind;

typedef struct GuiStep {
    GuiStepKind kind;
    int line;
    SDL_Keycode sym; /* key */
    Uint16 mod;      /* key: KMOD_* */
    bool printable;  /* key: typing it also sends SDL_TEXTINPUT while text input is on */
    char ch;         /* key: the character typed when printable */
    int a, b;        /* click x y, wheel dy, resize w h, wait ms, edit cursor, window index */
    char *text;      /* text, edit, screenshot (malloc'd) */
} GuiStep;

typedef struct GuiScript {
    GuiStep *steps;
    size_t n;
} GuiScript;

/* Reads and checks the whole script first, so a typo fails before any window opens. Returns
 * NULL with "FILE:LINE: error: …" in err and *status 65 (bad step) or 66 (unreadable). */
GuiScript *gui_script_load(const char *path, int *status, char *err, size_t err_size);
void gui_script_free(GuiScript *s);

/* Where input steps go: a window's id and its sizes in points and pixels. */
typedef struct GuiScriptTarget {
    Uint32 window_id;
    int win_w, win_h, draw_w, draw_h;
    bool text_on; /* SDL sends SDL_TEXTINPUT for typing only while text input is on */
} GuiScriptTarget;

/* Pushes the SDL events a person's action would cause (key, text, edit, click, wheel steps;
 * other kinds push nothing). False when SDL refused an event. */
bool gui_script_push(const GuiStep *step, const GuiScriptTarget *t);

#endif
