/* Damage between two draw lists (see draw_damage.h). The lists of consecutive frames are
 * mostly the same commands in the same order, so they are compared by their common beginning
 * and end; in between, command by command when both middles have the same length, else every
 * command of both middles counts as changed, as long as each middle closes the clips it opens. A
 * pixel outside every changed command's bounds is touched by the same commands, in the same order,
 * under the same clips, in both frames — which is what makes redrawing only the damage exact. */
#include "draw_damage.h"

#include <string.h>

static bool rect_empty(Rect r)
{
    return r.w <= 0 || r.h <= 0;
}

bool rect_intersects(Rect a, Rect b)
{
    return !rect_empty(a) && !rect_empty(b) && a.x < b.x + b.w && b.x < a.x + a.w &&
           a.y < b.y + b.h && b.y < a.y + a.h;
}

bool rect_contains(Rect outer, Rect inner)
{
    return rect_empty(inner) ||
           (inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
            inner.y + inner.h <= outer.y + outer.h);
}

static Rect rect_union(Rect a, Rect b)
{
    if (rect_empty(a)) {
        return b;
    }
    if (rect_empty(b)) {
        return a;
    }
    int x0 = a.x < b.x ? a.x : b.x, y0 = a.y < b.y ? a.y : b.y;
    int x1 = a.x + a.w > b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h > b.y + b.h ? a.y + a.h : b.y + b.h;
    return (Rect){x0, y0, x1 - x0, y1 - y0};
}

static Rect rect_clip(Rect r, Rect to)
{
    int x0 = r.x > to.x ? r.x : to.x, y0 = r.y > to.y ? r.y : to.y;
    int x1 = r.x + r.w < to.x + to.w ? r.x + r.w : to.x + to.w;
    int y1 = r.y + r.h < to.y + to.h ? r.y + r.h : to.y + to.h;
    return x1 > x0 && y1 > y0 ? (Rect){x0, y0, x1 - x0, y1 - y0} : (Rect){0, 0, 0, 0};
}

static long area(Rect r)
{
    return rect_empty(r) ? 0 : (long)r.w * r.h;
}

static bool is_slanted_line(const DrawCmd *c)
{
    return c->kind == DRAW_LINE && c->rect.w != 0 && c->rect.h != 0;
}

Rect draw_cmd_bounds(const DrawCmd *c, DrawTextBounds text_bounds, void *ctx)
{
    switch (c->kind) {
    case DRAW_FILL:
    case DRAW_FRAME:
        return rect_empty(c->rect) ? (Rect){0, 0, 0, 0} : c->rect;
    case DRAW_LINE: {
        /* Endpoints are drawn; thick lines extend half their thickness to each side (taken
         * whole, with a pixel to spare for rounding). */
        int t = c->thickness > 1 ? c->thickness : 0;
        int x0 = c->rect.w < 0 ? c->rect.x + c->rect.w : c->rect.x;
        int y0 = c->rect.h < 0 ? c->rect.y + c->rect.h : c->rect.y;
        int w = c->rect.w < 0 ? -c->rect.w : c->rect.w, h = c->rect.h < 0 ? -c->rect.h : c->rect.h;
        return (Rect){x0 - t - 1, y0 - t - 1, w + 2 * t + 3, h + 2 * t + 3};
    }
    case DRAW_TEXT:
        if (!c->text || !c->text[0]) {
            return (Rect){0, 0, 0, 0};
        }
        return text_bounds ? text_bounds(ctx, c) : c->rect;
    default:
        return (Rect){0, 0, 0, 0};
    }
}

static bool cmd_equal(const DrawCmd *a, const DrawCmd *b)
{
    if (a->kind != b->kind || memcmp(&a->rect, &b->rect, sizeof a->rect) != 0 ||
        memcmp(&a->color, &b->color, sizeof a->color) != 0) {
        return false;
    }
    switch (a->kind) {
    case DRAW_FRAME:
    case DRAW_LINE:
        return a->thickness == b->thickness;
    case DRAW_TEXT:
        return a->size == b->size && a->style == b->style &&
               strcmp(a->text ? a->text : "", b->text ? b->text : "") == 0;
    default:
        return true;
    }
}

static bool is_clip(const DrawCmd *c)
{
    return c->kind == DRAW_CLIP_PUSH || c->kind == DRAW_CLIP_POP;
}

typedef struct Acc {
    DrawDamage *d;
    Rect canvas;
} Acc;

static void set_full(Acc *a)
{
    a->d->full = true;
    a->d->n = 1;
    a->d->v[0] = a->canvas;
}

static void add(Acc *a, Rect r)
{
    DrawDamage *d = a->d;
    r = rect_clip(r, a->canvas);
    if (d->full || rect_empty(r)) {
        return;
    }
    for (int i = 0; i < d->n; i++) {
        if (rect_contains(d->v[i], r)) {
            return;
        }
    }
    if (d->n < DRAW_DAMAGE_MAX) {
        d->v[d->n++] = r;
        return;
    }
    /* Full: into the rectangle it enlarges least. */
    int best = 0;
    long best_growth = -1;
    for (int i = 0; i < d->n; i++) {
        long growth = area(rect_union(d->v[i], r)) - area(d->v[i]);
        if (best_growth < 0 || growth < best_growth) {
            best = i;
            best_growth = growth;
        }
    }
    d->v[best] = rect_union(d->v[best], r);
}

/* Merges overlapping rectangles until none overlap (each pixel then redrawn once). */
static void make_disjoint(DrawDamage *d)
{
    bool merged = true;
    while (merged) {
        merged = false;
        for (int i = 0; i < d->n && !merged; i++) {
            for (int j = i + 1; j < d->n && !merged; j++) {
                if (rect_intersects(d->v[i], d->v[j])) {
                    d->v[i] = rect_union(d->v[i], d->v[j]);
                    d->v[j] = d->v[--d->n];
                    merged = true;
                }
            }
        }
    }
}

/* Takes every slanted line of cur that crosses a damaged rectangle into it whole. */
static bool take_in_slanted(Acc *a, const DrawList *cur, DrawTextBounds tb, void *ctx)
{
    bool grew = false;
    for (size_t k = 0; k < cur->n; k++) {
        if (!is_slanted_line(&cur->v[k])) {
            continue;
        }
        Rect b = rect_clip(draw_cmd_bounds(&cur->v[k], tb, ctx), a->canvas);
        for (int i = 0; i < a->d->n; i++) {
            if (rect_intersects(a->d->v[i], b) && !rect_contains(a->d->v[i], b)) {
                a->d->v[i] = rect_union(a->d->v[i], b);
                grew = true;
            }
        }
    }
    return grew;
}

static void add_changed(Acc *a, const DrawCmd *was, const DrawCmd *now, DrawTextBounds tb,
                        void *ctx)
{
    if (is_clip(was)) {    /* and now a clip of the same kind (pairable) */
        add(a, was->rect); /* what is drawn inside differs only inside the two */
        add(a, now->rect);
        return;
    }
    add(a, draw_cmd_bounds(was, tb, ctx));
    add(a, draw_cmd_bounds(now, tb, ctx));
}

/* Whether dl[from, to) closes every clip it opens and no other: then the commands after it
 * are drawn under the same clips whatever it holds. */
static bool balanced(const DrawList *dl, size_t from, size_t to)
{
    long depth = 0;
    for (size_t i = from; i < to && depth >= 0; i++) {
        depth += dl->v[i].kind == DRAW_CLIP_PUSH ? 1 : dl->v[i].kind == DRAW_CLIP_POP ? -1 : 0;
    }
    return depth == 0;
}

/* Whether the middles can be compared command by command: the same length, and clips facing
 * clips of the same kind. */
static bool pairable(const DrawList *prev, const DrawList *cur, size_t lo, size_t hp, size_t hc)
{
    if (hp - lo != hc - lo) {
        return false;
    }
    for (size_t i = lo; i < hp; i++) {
        const DrawCmd *a = &prev->v[i], *b = &cur->v[i];
        if ((is_clip(a) || is_clip(b)) && a->kind != b->kind) {
            return false;
        }
    }
    return true;
}

void draw_damage(const DrawList *prev, const DrawList *cur, DrawTextBounds text_bounds, void *ctx,
                 DrawDamage *out)
{
    memset(out, 0, sizeof *out);
    Acc a = {out, {0, 0, cur->width, cur->height}};
    if (!prev || prev->width != cur->width || prev->height != cur->height) {
        set_full(&a);
        return;
    }
    size_t lo = 0, hp = prev->n, hc = cur->n;
    while (lo < hp && lo < hc && cmd_equal(&prev->v[lo], &cur->v[lo])) {
        lo++;
    }
    while (hp > lo && hc > lo && cmd_equal(&prev->v[hp - 1], &cur->v[hc - 1])) {
        hp--;
        hc--;
    }
    if (pairable(prev, cur, lo, hp, hc)) {
        for (size_t i = lo; i < hp; i++) {
            if (!cmd_equal(&prev->v[i], &cur->v[i])) {
                add_changed(&a, &prev->v[i], &cur->v[i], text_bounds, ctx);
            }
        }
    } else if (balanced(prev, lo, hp) && balanced(cur, lo, hc)) {
        /* Commands came or went: whatever they drew, old and new, within its own bounds. */
        for (size_t i = lo; i < hp; i++) {
            add(&a, draw_cmd_bounds(&prev->v[i], text_bounds, ctx));
        }
        for (size_t i = lo; i < hc; i++) {
            add(&a, draw_cmd_bounds(&cur->v[i], text_bounds, ctx));
        }
    } else {
        set_full(&a); /* the clips of what follows differ */
    }
    if (out->full) {
        return;
    }
    do {
        make_disjoint(out);
    } while (take_in_slanted(&a, cur, text_bounds, ctx));
}

long draw_damage_area(const DrawDamage *d)
{
    long sum = 0;
    for (int i = 0; i < d->n; i++) {
        sum += area(d->v[i]);
    }
    return sum;
}
