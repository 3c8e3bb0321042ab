/* The layouts of the facilitator's screen regions, each drawing one region into a draw list from
 * the session state. app.c arranges the regions and owns the interaction; these functions only
 * draw and report clickable spots. Pure C11. */
#ifndef TTX_LAYOUT_H
#define TTX_LAYOUT_H

#include <stdbool.h>

#include "draw.h"
#include "session.h"
#include "theme.h"

/* A clickable spot recorded by a layout: what clicking it does. */
typedef enum HitKind {
    HIT_INJECT,      /* index: inject to view */
    HIT_OPTION,      /* index: decision option (0-based) */
    HIT_ITEM,        /* index: row in the 手順書 panel */
    HIT_ITEM_STATUS, /* index: row; cycle its status */
    HIT_ITEM_ROLE,   /* index: row, sub: role index in the procedure; toggle */
    HIT_ITEM_MISSING,  /* index: row, sub: prepare entry; toggle */
    HIT_ITEM_CONFUSED, /* index: row */
    HIT_BUTTON,      /* index: an AppButton */
    HIT_FIELD,       /* index: incident-record field */
} HitKind;

typedef struct Hit {
    Rect rect;
    HitKind kind;
    int index, sub;
} Hit;

typedef struct HitList {
    Hit *v;
    size_t n, cap;
} HitList;

void hits_add(HitList *h, Rect r, HitKind kind, int index, int sub);
/* The smallest hit containing (x, y) (the innermost; the last added among equals), or NULL. */
const Hit *hits_find(const HitList *h, int x, int y);
void hits_clear(HitList *h);
void hits_free(HitList *h);

/* The outcome colour of a recorded item (precedence: missed, wrong owner, late, partial, done). */
ChipOutcome item_chip(const ProcItem *it, const ItemRecord *r);

/* What the timeline remembers from one frame to the next of the same screen, to skip placing
 * its labels again when nothing they depend on changed (layout_timeline_memo.c). One per
 * screen that is redrawn repeatedly; NULL where a timeline is drawn once. */
typedef struct TimelineMemo TimelineMemo;
TimelineMemo *timeline_memo_create(void);
void timeline_memo_free(TimelineMemo *m);

/* The timeline across the top and the role lanes under it (SPEC §6): simulated time on the x axis
 * with the steps as coloured bands, a marker per inject (time and title; the current one and the
 * one being viewed highlighted; injects not presented yet dimmed, skipped ones not shown once
 * passed), one lane per role of the 手順書 plus one for externals, a chip per recorded item in the
 * lane of each acting role (externals: items whose `notify` names one) at its time, coloured by
 * outcome, and a legend. Injects the run passed over are drawn crossed out, without a label
 * and not clickable. Clicking a marker views that inject (HIT_INJECT). Everything is drawn
 * inside area. view is the inject index being viewed (-1: none). With hide_future (the
 * participants' projector), injects not presented yet show their time but not their title.
 * memo (may be NULL) carries work over from the previous frame; the result is the same. */
void layout_timeline(DrawList *dl, const Measurer *m, const Theme *t, Rect area, const Session *s,
                     long view, bool hide_future, HitList *hits, TimelineMemo *memo);

#endif
