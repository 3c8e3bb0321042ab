/* The geometry of the timeline: where simulated time falls on screen, and which row each
 * marker's label takes. No drawing here, so the rules can be read (and tested) on their own.
 * Pure C11. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "base.h"
#include "layout_timeline_internal.h"

/* Why the axis is logarithmic. An incident's injects thin out geometrically: the bundled
 * exercises put five injects in the first hour and the last ones days apart (T+242:00, T+314:00).
 * On a linear axis the first hour would get 0.3% of the width and its markers would sit on top
 * of each other. log(1 + t/τ) gives equal widths to equal *ratios* of elapsed time (the tenth
 * minute is as far from the twentieth as the fifth hour from the tenth), which matches how an
 * incident is lived: minutes matter at first, days later. τ = 15 minutes keeps the first minutes
 * nearly linear (no huge gap between T+0:00 and T+0:05) and makes a short exercise (everything
 * within an hour) almost linear. On top of that every marker is kept at least a label's time
 * apart from the next (see tl_axis_build), so markers never merge even where the log still
 * crowds them, and order is always preserved. Day boundaries are drawn on the same curve. */
static const double AXIS_TAU_MIN = 15.0;

static double warp(int minutes)
{
    return log1p((minutes > 0 ? minutes : 0) / AXIS_TAU_MIN);
}

void tl_axis_build(TlAxis *a, Arena *arena, const Scenario *sc, int x0, int x1, const int *min_gap)
{
    size_t n = sc->n_injects;
    a->sc = sc;
    a->x0 = x0;
    a->x1 = x1 > x0 ? x1 : x0;
    a->x = arena_array(arena, n ? n : 1, sizeof(int));
    if (n == 0) {
        return;
    }
    double span = a->x1 - a->x0, last = warp(sc->injects[n - 1].at_minutes);
    /* The gaps each marker needs to the next (its label's time); all shrunk alike when they
     * do not fit together. */
    int *d = arena_array(arena, n, sizeof(int));
    double need = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        d[i] = min_gap && min_gap[i] > 0 ? min_gap[i] : 0;
        need += d[i];
    }
    for (size_t i = 0; i + 1 < n && need > span; i++) {
        d[i] = (int)(d[i] * span / need);
    }
    for (size_t i = 0; i < n; i++) {
        double q;
        if (last > 0) {
            q = x0 + span * warp(sc->injects[i].at_minutes) / last;
        } else {
            q = n > 1 ? x0 + span * (double)i / (double)(n - 1) : x0; /* all at T+0:00 */
        }
        a->x[i] = (int)floor(q + 0.5);
    }
    /* Spread crowded markers: push right, then pull back from the end. As the gaps sum to at
     * most the span, every marker stays in [x0, x1] with its gap. */
    for (size_t i = 1; i < n; i++) {
        if (a->x[i] < a->x[i - 1] + d[i - 1]) {
            a->x[i] = a->x[i - 1] + d[i - 1];
        }
    }
    if (a->x[n - 1] > a->x1) {
        a->x[n - 1] = a->x1;
    }
    for (size_t i = n - 1; i-- > 0;) {
        if (a->x[i] > a->x[i + 1] - d[i]) {
            a->x[i] = a->x[i + 1] - d[i];
        }
    }
}

/* Between two knots, time follows the same log curve, so a day line between two distant
 * markers stands where the curve puts it. */
static int between(int m, int t0, int x0, int t1, int x1)
{
    double w0 = warp(t0), w1 = warp(t1);
    if (w1 <= w0) {
        return x0;
    }
    return x0 + (int)floor((x1 - x0) * (warp(m) - w0) / (w1 - w0) + 0.5);
}

int tl_axis_x(const TlAxis *a, int minutes)
{
    const Scenario *sc = a->sc;
    size_t n = sc->n_injects;
    if (n == 0 || minutes <= 0) {
        return n && sc->injects[0].at_minutes == 0 ? a->x[0] : a->x0;
    }
    if (minutes < sc->injects[0].at_minutes) {
        return between(minutes, 0, a->x0, sc->injects[0].at_minutes, a->x[0]);
    }
    for (size_t i = 0; i < n; i++) {
        int at = sc->injects[i].at_minutes;
        if (at == minutes) {
            return a->x[i]; /* the first of injects sharing the time */
        }
        if (at > minutes) {
            return between(minutes, sc->injects[i - 1].at_minutes, a->x[i - 1], at, a->x[i]);
        }
    }
    return a->x[n - 1]; /* after the last inject: its x */
}

/* ---- labels ------------------------------------------------------------------------------ */

/* Why labels are placed this way. A label is a flag: a pole from the marker up to its row, the
 * text running right from the pole. Rows count up from the axis, so a pole climbs through every
 * row below its own. Given the rows, every label's width follows from the labels to its right:
 * it ends (with a gap) before the first pole to its right whose row is the same or higher —
 * that pole either carries a text in the same row or crosses it. Lower labels to the right do
 * not reach up to it. So texts never overlap and no pole crosses a text *by construction*, and
 * choosing the rows is all that is left: a dynamic programme from right to left whose state is,
 * per row, the nearest pole at that row or higher. It first shows every marker's time if at all
 * possible, then maximises the text shown, weighting the current inject ×3 and the viewed one
 * ×2, and on ties prefers lower rows (shorter poles). A beam keeps it cheap for long scenarios. */

enum { LABEL_MAX_ROWS = 4, LABEL_BEAM = 400, LABEL_BEAM_WORK = 16000, LABEL_BEAM_MIN = 8 };

/* The beam for n labels: the full 400 states for exercises of normal size (tens of injects),
 * narrowing so the work per frame stays about LABEL_BEAM_WORK states in all for very long ones
 * (a generated 2,000-inject scenario sorted 400 states per marker every frame, ~200 ms). With
 * that many markers only a few labels can show anyway. */
static size_t beam_for(size_t n)
{
    size_t beam = n ? LABEL_BEAM_WORK / n : LABEL_BEAM;
    return beam > LABEL_BEAM ? LABEL_BEAM : beam < LABEL_BEAM_MIN ? LABEL_BEAM_MIN : beam;
}

typedef struct LabelState {
    int near[LABEL_MAX_ROWS]; /* per row: nearest label placed at that row or higher, or -1 */
    uint64_t key;             /* near[] packed, to merge equal states */
    double score;
    int prev; /* index in the previous level */
    int row;  /* the row chosen for this level's label (-1: none) */
} LabelState;

static uint64_t state_key(const LabelState *st, int rows)
{
    uint64_t k = 0;
    for (int r = 0; r < rows; r++) {
        k = (k << 16) | (uint64_t)(st->near[r] + 1);
    }
    return k;
}

static int by_key_then_score(const void *pa, const void *pb)
{
    const LabelState *a = pa, *b = pb;
    if (a->key != b->key) {
        return a->key < b->key ? -1 : 1;
    }
    if (a->score != b->score) {
        return a->score > b->score ? -1 : 1;
    }
    return a->prev != b->prev ? (a->prev < b->prev ? -1 : 1)
                              : (a->row > b->row) - (a->row < b->row);
}

/* Best first; the order is total, so every qsort gives the same result (goldens). */
static int by_score(const void *pa, const void *pb)
{
    const LabelState *a = pa, *b = pb;
    if (a->score != b->score) {
        return a->score > b->score ? -1 : 1;
    }
    return by_key_then_score(pa, pb);
}

/* The width label i gets in row r given the nearest poles to its right, or -1 when it would
 * not show even its time. */
static int label_width(const TlLabel *v, size_t i, const LabelState *st, int r, int off, int gap,
                       int right)
{
    int bound = right;
    if (st->near[r] >= 0 && v[st->near[r]].x - gap < bound) {
        bound = v[st->near[r]].x - gap;
    }
    int w = bound - (v[i].x + off);
    if (w < v[i].min) {
        return -1;
    }
    return w < v[i].natural ? w : v[i].natural;
}

/* Expands every state of `from` by label i; returns the number of states kept in `to`. */
static size_t expand(const TlLabel *v, size_t i, const LabelState *from, size_t n_from,
                     LabelState *to, int rows, int off, int gap, int right, size_t beam)
{
    static const double HIDDEN = 1e9; /* a marker without its time outweighs any text */
    double weight = v[i].priority == 2 ? 3 : v[i].priority == 1 ? 2 : 1;
    size_t n = 0;
    for (size_t s = 0; s < n_from; s++) {
        LabelState none = from[s];
        none.score -= HIDDEN;
        none.prev = (int)s;
        none.row = -1;
        to[n++] = none;
        for (int r = 0; r < rows; r++) {
            int w = label_width(v, i, &from[s], r, off, gap, right);
            if (w < 0) {
                continue;
            }
            LabelState st = from[s];
            for (int q = 0; q <= r; q++) {
                st.near[q] = (int)i;
            }
            st.key = state_key(&st, rows);
            st.score += weight * w - 0.01 * r;
            st.prev = (int)s;
            st.row = r;
            to[n++] = st;
        }
    }
    qsort(to, n, sizeof *to, by_key_then_score);
    size_t kept = 0;
    for (size_t s = 0; s < n; s++) {
        if (kept == 0 || to[s].key != to[kept - 1].key) {
            to[kept++] = to[s];
        }
    }
    if (kept > beam) {
        qsort(to, kept, sizeof *to, by_score);
        kept = beam;
    }
    return kept;
}

void tl_labels_place(TlLabel *v, size_t n, int rows, int off, int gap, int right)
{
    rows = rows < 1 ? 1 : rows > LABEL_MAX_ROWS ? LABEL_MAX_ROWS : rows;
    for (size_t i = 0; i < n; i++) {
        v[i].row = -1;
        v[i].width = 0;
    }
    if (n == 0) {
        return;
    }
    /* level[k] holds the states after labels n-1 … n-k; each expands into at most rows+1. */
    size_t beam = beam_for(n);
    size_t cap = beam * (size_t)(rows + 1);
    LabelState **level = ttx_calloc(n + 1, sizeof *level);
    size_t *count = ttx_calloc(n + 1, sizeof *count);
    level[0] = ttx_malloc(sizeof(LabelState));
    LabelState start = {.score = 0, .prev = -1, .row = -1};
    for (int r = 0; r < LABEL_MAX_ROWS; r++) {
        start.near[r] = -1;
    }
    level[0][0] = start;
    count[0] = 1;
    for (size_t k = 1; k <= n; k++) {
        level[k] = ttx_malloc(cap * sizeof(LabelState));
        count[k] = expand(v, n - k, level[k - 1], count[k - 1], level[k], rows, off, gap, right,
                          beam);
        level[k] = ttx_realloc(level[k], count[k] * sizeof(LabelState)); /* keep only the kept */
    }
    size_t best = 0;
    for (size_t s = 1; s < count[n]; s++) {
        best = level[n][s].score > level[n][best].score ? s : best;
    }
    /* Back from the leftmost label: each level's choice, and the widths from its state. */
    for (size_t k = n; k >= 1; k--) {
        const LabelState *st = &level[k][best];
        size_t i = n - k;
        if (st->row >= 0) {
            v[i].row = st->row;
            v[i].width = label_width(v, i, &level[k - 1][st->prev], st->row, off, gap, right);
        }
        best = (size_t)st->prev;
    }
    for (size_t k = 0; k <= n; k++) {
        free(level[k]);
    }
    free(level);
    free(count);
}
