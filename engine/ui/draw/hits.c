/* Click regions recorded during layout (see hits.h). Must not depend on the session or on any
 * particular screen. */
#include "hits.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"

void hits_add(HitList *h, Rect r, HitKind kind, int index, int sub)
{
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 64;
        h->v = ttx_realloc(h->v, h->cap * sizeof(Hit));
    }
    Hit *hit = &h->v[h->n++];
    hit->rect = r;
    hit->kind = kind;
    hit->index = index;
    hit->sub = sub;
}

const Hit *hits_find(const HitList *h, int x, int y)
{
    /* The innermost region wins (a role chip inside an item row), whatever the drawing order;
     * among equal sizes the last drawn, which is on top. */
    const Hit *best = NULL;
    long best_area = 0;
    for (size_t i = 0; i < h->n; i++) {
        Rect r = h->v[i].rect;
        long area = (long)r.w * r.h;
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h &&
            (!best || area <= best_area)) {
            best = &h->v[i];
            best_area = area;
        }
    }
    return best;
}

void hits_clear(HitList *h)
{
    h->n = 0;
}

void hits_free(HitList *h)
{
    free(h->v);
    memset(h, 0, sizeof *h);
}
