/* The draw-list executor: carries out a DrawList (draw.h) on an SDL_Renderer — a window's or a
 * software renderer on a surface — in order, with alpha blending and nested clipping. It only
 * draws: it neither clears nor presents, so callers can read the frame back (gui_exec_read_back)
 * before showing it.
 * Internal to engine/gui; depends on SDL and the text cache. */
#ifndef TTX_GUI_EXEC_H
#define TTX_GUI_EXEC_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "draw.h"
#include "gui_text_cache.h"

/* Nested clips deeper than this are ignored (their pops too); layouts nest two or three. */
enum { GUI_EXEC_MAX_CLIP = 64 };

/* Where and how lists are drawn; each canvas or window has its own (nothing is global, so two
 * renderers in one process never affect each other). */
typedef struct GuiExec {
    SDL_Renderer *renderer;
    GuiTextCache *cache; /* must belong to renderer */
    /* false (the default): texts whose background the list shows to be one opaque colour are
     * composed on it once and copied; true: every text is blended as it is drawn. The pixels
     * differ only by rounding; blending is for tests that check exactly that. */
    bool blend_text;
} GuiExec;

/* Draws every command of dl with x. Leaves no clip set on the renderer afterwards, whatever
 * the balance of pushes and pops in dl. */
void gui_exec(const GuiExec *x, const DrawList *dl);

/* The same, confined to region: only its pixels change, and they come out as gui_exec would
 * draw them (on the same background). Commands that cannot reach it are skipped. */
void gui_exec_in(const GuiExec *x, const DrawList *dl, const SDL_Rect *region);

/* What r's target shows now, width × height pixels as RGBA (malloc'd, the caller frees; stride
 * width × 4), for screenshots and tests; NULL when SDL cannot read it (SDL_GetError says why). */
uint8_t *gui_exec_read_back(SDL_Renderer *r, int width, int height);

#endif
