/* The state of a running GUI, shared by gui_open.c (starting and stopping SDL, windows, fonts)
 * and gui_loop.c (the main loop). Not part of the GUI's API. Depends on SDL. */
#ifndef TTX_GUI_INTERNAL_H
#define TTX_GUI_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "gui.h"
#include "gui_fonts.h"
#include "gui_input.h"
#include "gui_script.h"
#include "gui_window.h"

struct Gui {
    GuiOptions opt;
    GuiScript *script; /* NULL: live input */
    size_t step;       /* next script step */
    int target;        /* window that script input goes to */
    GuiFonts *fonts;
    Measurer measurer;
    GuiWindow win[GUI_INPUT_MAX_WINDOWS];
    int n_win;
    GuiInput input;
    bool sdl_up;
    Uint64 start_ticks; /* SDL_GetTicks64 when the clock started */
    int64_t script_ms;  /* the script's clock: the sum of its waits */
    bool redraw, quit;
    bool fit; /* the window size is the default one: fit it to the screen */
    int status; /* GUI_EXIT_* for gui_loop to return */
};

/* The wall clock: opt.start plus the script's waits, or plus the monotonic time since start. */
WallTime gui_now(const Gui *g);

#endif
