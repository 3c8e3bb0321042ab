/* Where a new window goes and how big it is, so that it fits the screen it opens on: meeting
 * rooms still have XGA (1024×768) projectors and many laptops are 1366×768, where the default
 * 1600×900 window would open past the screen's edges. Pure arithmetic on rectangles (no SDL),
 * so it is tested without a display. */
#ifndef TTX_GUI_FIT_H
#define TTX_GUI_FIT_H

#include <stdbool.h>

typedef struct GuiFitRect {
    int x, y, w, h;
} GuiFitRect;

/* Window frame sizes the window manager adds around the client area (0 when unknown). */
typedef struct GuiFitBorders {
    int top, left, bottom, right;
} GuiFitBorders;

/* The client-area rectangle for a window that wants want_w × want_h inside usable (the
 * display's area less task bars): the wanted size when it fits with its borders, else shrunk
 * to what fits (never below 1×1); centred in usable. */
GuiFitRect gui_fit_window(int want_w, int want_h, GuiFitRect usable, GuiFitBorders borders);

/* True when the client area r and its borders lie wholly inside usable. */
bool gui_fit_inside(GuiFitRect r, GuiFitRect usable, GuiFitBorders borders);

#endif
