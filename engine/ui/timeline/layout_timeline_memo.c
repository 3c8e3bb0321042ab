/* The timeline's label placement remembered between frames (see TimelineMemo in
 * layout_timeline.h). Placing labels is a search over rows that costs more than the rest of the
 * timeline, and its inputs (where the markers are, how wide their texts are, which one is
 * current) change only when the exercise moves on or the window is resized — not when the clock
 * ticks or a key moves the selection. The last inputs and outputs are kept and compared whole,
 * so a hit can only return what the search itself would. */
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "layout_timeline_internal.h"

struct TimelineMemo {
    bool valid;
    size_t n;
    int rows, off, gap, right;
    TlLabel *labels; /* inputs and outputs of the last placement */
    size_t cap;
};

TimelineMemo *timeline_memo_create(void)
{
    return ttx_calloc(1, sizeof(TimelineMemo));
}

void timeline_memo_free(TimelineMemo *m)
{
    if (m) {
        free(m->labels);
        free(m);
    }
}

static bool same_inputs(const TimelineMemo *m, const TlLabel *v, size_t n, int rows, int off,
                        int gap, int right)
{
    if (!m->valid || m->n != n || m->rows != rows || m->off != off || m->gap != gap ||
        m->right != right) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        const TlLabel *a = &m->labels[i];
        if (a->x != v[i].x || a->natural != v[i].natural || a->min != v[i].min ||
            a->priority != v[i].priority) {
            return false;
        }
    }
    return true;
}

void tl_labels_place_memo(TimelineMemo *m, TlLabel *v, size_t n, int rows, int off, int gap,
                          int right)
{
    if (!m) {
        tl_labels_place(v, n, rows, off, gap, right);
        return;
    }
    if (same_inputs(m, v, n, rows, off, gap, right)) {
        for (size_t i = 0; i < n; i++) {
            v[i].row = m->labels[i].row;
            v[i].width = m->labels[i].width;
        }
        return;
    }
    tl_labels_place(v, n, rows, off, gap, right);
    if (n > m->cap) {
        m->labels = ttx_realloc(m->labels, n * sizeof *m->labels);
        m->cap = n;
    }
    if (n) {
        memcpy(m->labels, v, n * sizeof *v);
    }
    m->n = n;
    m->rows = rows;
    m->off = off;
    m->gap = gap;
    m->right = right;
    m->valid = true;
}
