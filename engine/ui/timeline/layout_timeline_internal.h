/* The parts of the timeline layout (layout_timeline.h) shared by its files:
 * layout_timeline.c (the frame: sizes, legend, bands, day boundaries), layout_timeline_axis.c
 * (the time axis and the placement of marker labels, pure geometry), layout_timeline_markers.c
 * (markers and labels) and layout_timeline_lanes.c (the role lanes and their chips). Not part
 * of any API; the unit test reaches the geometry through it. Pure C11. */
#ifndef TTX_LAYOUT_TIMELINE_INTERNAL_H
#define TTX_LAYOUT_TIMELINE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "layout_timeline.h"

/* ---- the time axis (layout_timeline_axis.c) ----------------------------------------------- */

/* Where each inject and any simulated time stand on screen. x0 is T+0:00; the last inject stands
 * at or before x1. */
typedef struct TlAxis {
    const Scenario *sc;
    int x0, x1;
    int *x; /* per inject, in file order (strictly increasing while the axis has room) */
} TlAxis;

/* Lays the injects of sc out on [x0, x1], inject i at least min_gap[i] pixels before inject
 * i + 1 (all gaps shrunk in proportion when they do not fit; min_gap may be NULL). x lives in
 * arena. */
void tl_axis_build(TlAxis *a, Arena *arena, const Scenario *sc, int x0, int x1, const int *min_gap);
/* The x of a simulated time (minutes after T+0:00); monotonic, clamped to the axis. */
int tl_axis_x(const TlAxis *a, int minutes);

/* ---- marker labels (layout_timeline_axis.c) ------------------------------------------------ */

/* One marker's label as placement sees it: a flag on a pole at x, its text starting at x + off
 * and running right. Rows count up from the axis (row 0 is nearest). */
typedef struct TlLabel {
    int x;        /* the pole (the marker's x) */
    int natural;  /* width of the whole text (time and title) */
    int min;      /* narrowest useful width: the time alone */
    int priority; /* 2: the current inject, 1: the viewed one, 0: others */
    int row;      /* out: the row, or -1 when no row has room even for the time */
    int width;    /* out: the width the text may take (min ≤ width ≤ natural) */
} TlLabel;

/* Gives each label a row (at most 4) and a width so that no two texts overlap and no pole
 * crosses a text, every marker showing at least its time where the spacing allows. v is in
 * marker order (x increasing); right is the rightmost x a text may reach. */
void tl_labels_place(TlLabel *v, size_t n, int rows, int off, int gap, int right);
/* The same, returning the last placement when the inputs are the same (m may be NULL). */
void tl_labels_place_memo(TimelineMemo *m, TlLabel *v, size_t n, int rows, int off, int gap,
                          int right);

/* ---- lanes (layout_timeline_lanes.c) ------------------------------------------------------- */

typedef struct TlLanes {
    Rect r;           /* all lanes, the name column included */
    int name_w;       /* width of the name column */
    int lane_h;       /* height of one lane */
    size_t n;         /* lanes drawn: roles first, then 外部 when the 手順書 has externals */
    int size;         /* text size of names and chips */
    int x_lo;         /* leftmost x a chip may start at */
    int now_x;        /* x of the current inject (a line through the lanes), or -1 */
    const int *day_x; /* x of each day boundary (a thin line through the lanes) */
    size_t n_days;
} TlLanes;

/* How many lanes the procedure needs: one per role, plus 外部 when it names externals. */
size_t tl_lanes_count(const Procedure *p);
void tl_lanes_draw(DrawList *dl, const Measurer *m, const Theme *t, const Session *s,
                   const TlAxis *axis, const TlLanes *lanes);

/* ---- one layout pass (layout_timeline.c, layout_timeline_markers.c) ------------------------ */

/* How an inject's marker shows. */
typedef enum TlMark { TL_MARK_PAST, TL_MARK_CURRENT, TL_MARK_FUTURE, TL_MARK_SKIPPED } TlMark;

/* One layout pass: the inputs, the metrics derived from the theme, and the geometry. */
typedef struct Tl {
    DrawList *dl;
    const Measurer *m;
    const Theme *t;
    const Session *s;
    Rect a; /* the area */
    long viewed; /* the inject being viewed, -1: none */
    HitList *hits;
    int in;          /* inset from the area's edges */
    int ts, lh;      /* text size of labels and legend, and its line height */
    int off, sp;     /* label text after its pole; space between time and title */
    int gap;         /* a label's end to the next pole */
    int ms, cur_ms;  /* marker sizes: others, the current one */
    int row_h, rows; /* label rows: height and count */
    int legend_rows;
    int rows_top, zone_top, zone_h, axis_y; /* label rows, marker zone, the axis line */
    int strip_h;                            /* day names under the zone (0: within a day) */
    int right;                              /* rightmost x a text may reach */
    TlAxis axis;
    TlMark *mark;
    char (*time)[16]; /* "T+1:30" per inject */
    int *time_w;
    bool hide_future; /* participants' view: no titles of injects not presented yet */
    TimelineMemo *memo;
} Tl;

/* The markers, their labels and their hit regions. */
void tl_draw_markers(Tl *tl);

static inline int tl_min(int a, int b)
{
    return a < b ? a : b;
}

static inline int tl_max(int a, int b)
{
    return a > b ? a : b;
}

/* ---- shared helpers (layout_timeline.c) ---------------------------------------------------- */

/* a blended toward b by pct percent (0: a, 100: b); alpha from a. */
Color tl_mix(Color a, Color b, int pct);
int tl_text_w(const Measurer *m, const char *s, int size, FontStyle style);
int tl_line_h(const Measurer *m, int size);

#endif
