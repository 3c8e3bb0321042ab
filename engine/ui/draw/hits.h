/* Click regions recorded during layout (immediate-mode UI, after microui): the layout that draws
 * a thing also says where it can be clicked and what clicking it does, so drawing and
 * hit-testing never disagree. The app reads the list back on the next click. Pure C11; must
 * not depend on the session or on any particular screen. */
#ifndef TTX_HITS_H
#define TTX_HITS_H

#include <stddef.h>

#include "draw.h"

/* A clickable spot recorded by a layout: what clicking it does. */
typedef enum HitKind {
    HIT_INJECT,        /* index: inject to view */
    HIT_OPTION,        /* index: decision option (0-based) */
    HIT_ITEM,          /* index: row in the 手順書 panel */
    HIT_ITEM_STATUS,   /* index: row; cycle its status */
    HIT_ITEM_ROLE,     /* index: row, sub: role index in the procedure; toggle */
    HIT_ITEM_MISSING,  /* index: row, sub: prepare entry; toggle */
    HIT_ITEM_CONFUSED, /* index: row */
    HIT_BUTTON,        /* index: an AppButton */
    HIT_FIELD,         /* index: incident-record field */
} HitKind;

typedef struct Hit {
    Rect rect;
    HitKind kind;
    int index, sub;
} Hit;

/* Zero-initialised is empty; hits_free releases it. */
typedef struct HitList {
    Hit *v;
    size_t n, cap;
} HitList;

void hits_add(HitList *h, Rect r, HitKind kind, int index, int sub);
/* The smallest hit containing (x, y) (the innermost; the last added among equals), or NULL. */
const Hit *hits_find(const HitList *h, int x, int y);
void hits_clear(HitList *h);
void hits_free(HitList *h);

#endif
