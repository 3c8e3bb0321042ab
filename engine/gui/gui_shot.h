/* Screenshots: naming them (ttx-YYYYMMDD-HHMMSS.png beside the journal, never over an existing
 * file) and saving a window's frame as PNG. Internal to engine/gui; depends on gui_window and
 * gui_png. */
#ifndef TTX_GUI_SHOT_H
#define TTX_GUI_SHOT_H

#include <stdbool.h>
#include <stddef.h>

#include "gui_window.h"

/* The path of a new screenshot taken at now, in the journal's folder (or the current folder
 * when journal_path is NULL): ttx-YYYYMMDD-HHMMSS.png, or -2, -3 … when that exists. */
bool gui_shot_path(const char *journal_path, WallTime now, char *out, size_t size);

/* Saves the frame drawn last in w (before presenting) to path. False with the reason in err. */
bool gui_shot_save(GuiWindow *w, const char *path, char *err, size_t err_size);

/* path with suffix inserted before its .png extension ("a.png", "-console" → "a-console.png"). */
void gui_shot_sibling(const char *path, const char *suffix, char *out, size_t size);

#endif
