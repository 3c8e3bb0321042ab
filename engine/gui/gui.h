/* The facilitator's GUI (SPEC §6) as `ttx play` uses it: one window (or the participants'
 * projector window and the facilitator's console), the main loop that feeds the app neutral
 * input events and executes its draw lists, screenshots, and scripted input for tests.
 * Plain C API: no SDL type appears here, so engine/cli includes this without SDL's headers.
 * Depends on the app (app.h) and, inside engine/gui, on SDL2, SDL2_ttf, fontconfig and libpng. */
#ifndef TTX_GUI_H
#define TTX_GUI_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "walltime.h"

/* Exit statuses (sysexits.h), returned by gui_open, gui_loop and gui_run. */
enum {
    GUI_EXIT_OK = 0,
    GUI_EXIT_DATAERR = 65,     /* a malformed --script */
    GUI_EXIT_NOINPUT = 66,     /* the --script or --font file cannot be read */
    GUI_EXIT_UNAVAILABLE = 69, /* no display, no Japanese font */
    GUI_EXIT_SOFTWARE = 70,
    GUI_EXIT_CANTCREAT = 73, /* a screenshot asked for by --screenshot or a script failed */
};

/* Called when the app reports APP_ENDED, to write the sheet files. Writes a one-line message
 * for the status line into msg (what was written, or why not) and returns false on failure. */
typedef bool (*GuiEndedFn)(void *ctx, App *app, char *msg, size_t msg_size);

/* Everything is borrowed and must outlive the Gui. Zero means the default. */
typedef struct GuiOptions {
    bool fullscreen;       /* fullscreen desktop (with two windows: the participants' one) */
    bool two_windows;      /* participants' view + facilitator console */
    const char *font_path; /* NULL: found through fontconfig */
    int width, height;     /* window size in points; default 1600 × 900 */
    GuiEndedFn on_ended;
    void *ctx;                   /* for on_ended */
    const char *script_path;     /* scripted input (gui_script.h); the script's end quits */
    const char *screenshot_path; /* PNG of the final frame at exit (second window: -console) */
    const char *journal_path;    /* S saves ttx-YYYYMMDD-HHMMSS.png beside it (NULL: the
                                    current folder) */
    WallTime start;              /* the wall clock at start (cli_now: $TTX_NOW or the system
                                    clock); the GUI's clock runs on from it, monotonically, or
                                    with a script only by the script's waits. ms 0: the system
                                    clock */
} GuiOptions;

typedef struct Gui Gui;

/* Checks the script, finds and opens the font, starts SDL's video and opens the window(s), so
 * that a missing display or font is reported before anything is written. Returns NULL with
 * *status (GUI_EXIT_*) and a message for the user in err. */
Gui *gui_open(const GuiOptions *opt, int *status, char *err, size_t err_size);

/* Runs the app until it asks to quit (or the script ends). Returns GUI_EXIT_OK, or
 * GUI_EXIT_CANTCREAT when a requested screenshot could not be written. */
int gui_loop(Gui *gui, App *app);

/* Closes the windows and shuts SDL down (NULL is fine). */
void gui_close(Gui *gui);

/* gui_open, gui_loop and gui_close in one, printing a failure to open on stderr. */
int gui_run(App *app, const GuiOptions *opt);

#endif
