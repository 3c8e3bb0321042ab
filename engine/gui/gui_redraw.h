/* Redrawing only what changed: brings a target that shows one draw list's frame to the next
 * list's frame by redrawing the damaged rectangles (draw_damage.h), each cleared to the
 * background and drawn clipped to itself. The result is pixel for pixel what clearing and
 * drawing the whole new list gives. Internal to engine/gui; depends on SDL and the text cache. */
#ifndef TTX_GUI_REDRAW_H
#define TTX_GUI_REDRAW_H

#include <SDL.h>

#include "draw_damage.h"
#include "gui_exec.h"

/* Draws cur with x on its renderer, whose target shows prev's frame drawn on the same
 * background — or anything at all when prev is NULL, and then everything is drawn. damage (may
 * be NULL) gets what was redrawn. */
void gui_redraw(const GuiExec *x, const DrawList *prev, const DrawList *cur, Color background,
                DrawDamage *damage);

#endif
