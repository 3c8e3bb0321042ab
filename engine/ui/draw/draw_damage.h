/* Damage between two frames: where, in pixels, the screen of one draw list differs from the
 * screen of the next, as a few rectangles. Redrawing only those (everything that touches them,
 * clipped to them) gives the same pixels as drawing the new list from scratch, at the cost of
 * the part that changed — once a second for a running clock, a highlight for a key press —
 * instead of a full screen of blended text. Pure C11; the text extents come from the caller,
 * which knows how text is rendered. */
#ifndef TTX_DRAW_DAMAGE_H
#define TTX_DRAW_DAMAGE_H

#include <stdbool.h>

#include "draw.h"

/* More changed places than this are merged into fewer, larger rectangles. */
enum { DRAW_DAMAGE_MAX = 8 };

typedef struct DrawDamage {
    Rect v[DRAW_DAMAGE_MAX]; /* disjoint, inside the canvas */
    int n;
    bool full; /* everything must be redrawn (then v[0] is the whole canvas) */
} DrawDamage;

/* The pixels a text command covers (what its rendered line occupies); NULL ctx is allowed. */
typedef Rect (*DrawTextBounds)(void *ctx, const DrawCmd *c);

/* The pixels command c can touch, before clipping; empty (w or h 0) for clips and for what
 * draws nothing. With text_bounds NULL a text covers its measured rectangle. */
Rect draw_cmd_bounds(const DrawCmd *c, DrawTextBounds text_bounds, void *ctx);

/* Where cur's screen differs from prev's. prev NULL, or a list of another size, means
 * everything. Slanted lines that cross a damaged rectangle are taken into it whole, because a
 * clipped slanted line is not drawn with the same pixels as the whole line. */
void draw_damage(const DrawList *prev, const DrawList *cur, DrawTextBounds text_bounds, void *ctx,
                 DrawDamage *out);

/* Total area of the damage in pixels. */
long draw_damage_area(const DrawDamage *d);

bool rect_intersects(Rect a, Rect b);
/* Whether inner lies wholly inside outer (an empty inner always does). */
bool rect_contains(Rect outer, Rect inner);

#endif
