/* The timeline across the top of the facilitator's screen and the role lanes under it: drawn
 * into a draw list from the session state, with its clickable markers recorded as hits. The app
 * places it and owns the interaction; this only draws and reports where to click. Pure C11. */
#ifndef TTX_LAYOUT_TIMELINE_H
#define TTX_LAYOUT_TIMELINE_H

#include <stdbool.h>

#include "draw.h"
#include "hits.h"
#include "session.h"
#include "theme.h"

/* The outcome colour of a recorded item's chip (precedence: missed, wrong owner, late, partial,
 * done), in the lanes and in the app's 手順書 panel alike. */
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
 * inside area. viewed is the index of the inject on screen (-1: none). With hide_future (the
 * participants' projector), injects not presented yet show their time but not their title.
 * memo (may be NULL) carries work over from the previous frame; the result is the same. */
void layout_timeline(DrawList *dl, const Measurer *m, const Theme *t, Rect area, const Session *s,
                     long viewed, bool hide_future, HitList *hits, TimelineMemo *memo);

#endif
