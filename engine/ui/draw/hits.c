/* Click regions recorded during layout (immediate-mode UI, after microui): the layout that draws
 * a thing also says where it can be clicked, so drawing and hit-testing never disagree. */
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "layout.h"

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

ChipOutcome item_chip(const ProcItem *it, const ItemRecord *r)
{
    if (!r->recorded || r->status == STATUS_MISSED) {
        return CHIP_MISSED;
    }
    bool owner = false;
    for (size_t i = 0; i < r->n_by; i++) {
        owner |= text_list_contains(&it->owners, r->by[i]);
    }
    if (!owner) {
        return CHIP_WRONG_OWNER;
    }
    if (it->has_due && r->has_at && r->at_minutes > it->due_minutes) {
        return CHIP_LATE;
    }
    return r->status == STATUS_PARTIAL ? CHIP_PARTIAL : CHIP_DONE;
}
