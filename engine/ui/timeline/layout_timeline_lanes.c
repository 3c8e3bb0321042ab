/* The role lanes under the timeline (SPEC §6): one lane per role of the 手順書 and one 外部 lane
 * for the outside bodies, each recorded item a chip in the lane of every role that acted, at its
 * recorded time, coloured by outcome and carrying the outcome's mark and the item id (colour is
 * never the only signal). Chips never overlap: at one time they stack in sub-rows when the lane
 * is tall enough, else they shift right in time order. item_chip, the outcome a chip shows, is
 * here too; the app's 手順書 panel colours its rows by it. Must not depend on SDL. */
#include <stdio.h>
#include <string.h>

#include "layout_timeline_internal.h"
#include "textlayout.h"

enum { MAX_SUBROWS = 4 };

typedef struct Chip {
    size_t item;
    size_t lane;
    int x; /* where its time falls */
    ChipOutcome o;
    const char *text;
    int mark_w, w, left, sub;
    bool hidden;
} Chip;

typedef struct ChipList {
    Chip *v;
    size_t n, cap;
} ChipList;

size_t tl_lanes_count(const Procedure *p)
{
    return p->n_roles + (p->n_externals > 0 ? 1 : 0);
}

static void add_chip(ChipList *cl, Arena *a, size_t item, size_t lane, int x, ChipOutcome o)
{
    for (size_t i = 0; i < cl->n; i++) {
        if (cl->v[i].item == item && cl->v[i].lane == lane) {
            return; /* a role listed twice acts once */
        }
    }
    if (cl->n == cl->cap) {
        size_t cap = cl->cap ? cl->cap * 2 : 32;
        Chip *v = arena_array(a, cap, sizeof(Chip));
        if (cl->n) {
            memcpy(v, cl->v, cl->n * sizeof(Chip));
        }
        cl->v = v;
        cl->cap = cap;
    }
    cl->v[cl->n++] = (Chip){.item = item, .lane = lane, .x = x, .o = o};
}

ChipOutcome item_chip(const ProcItem *it, const ItemRecord *r)
{
    if (!r->recorded || r->status == STATUS_MISSED) {
        return CHIP_MISSED;
    }
    if (!session_item_by_owner(it, r)) {
        return CHIP_WRONG_OWNER;
    }
    if (session_item_late(it, r)) {
        return CHIP_LATE;
    }
    return r->status == STATUS_PARTIAL ? CHIP_PARTIAL : CHIP_DONE;
}

static long role_index(const Procedure *p, const char *id)
{
    for (size_t i = 0; i < p->n_roles; i++) {
        if (p->roles[i].id.s && strcmp(p->roles[i].id.s, id) == 0) {
            return (long)i;
        }
    }
    return -1;
}

/* Each recorded item at its recorded time (else at the inject where it was recorded), in the
 * lanes of the roles that acted; an item missed with nobody acting shows in its owners' lanes,
 * where it was expected. Items that report outside (notify) also show in 外部 once done or
 * partly done. */
static ChipList collect(Arena *a, const Session *s, const TlAxis *axis, size_t n_lanes)
{
    const Procedure *p = s->procedure;
    ChipList cl = {0};
    for (size_t k = 0; k < p->n_items; k++) {
        const ItemRecord *r = &s->items[k];
        const ProcItem *it = &p->items[k];
        if (!r->recorded) {
            continue;
        }
        ChipOutcome o = item_chip(it, r);
        int x = axis->x0;
        if (r->has_at) {
            x = tl_axis_x(axis, r->at_minutes);
        } else if (r->inject >= 0 && (size_t)r->inject < s->scenario->n_injects) {
            x = axis->x[r->inject];
        }
        size_t n_roles = r->n_by ? r->n_by : it->owners.n;
        for (size_t j = 0; j < n_roles; j++) {
            long li = role_index(p, r->n_by ? r->by[j] : it->owners.v[j].s);
            if (li >= 0 && (size_t)li < n_lanes) {
                add_chip(&cl, a, k, (size_t)li, x, o);
            }
        }
        if (p->n_externals && p->n_roles < n_lanes && it->notify.n && r->status != STATUS_MISSED) {
            add_chip(&cl, a, k, p->n_roles, x, o);
        }
    }
    return cl;
}

static void size_chips(Chip **v, size_t n, const Measurer *m, int size, int cp, bool compact,
                       Arena *a, const Procedure *p)
{
    for (size_t i = 0; i < n; i++) {
        Chip *c = v[i];
        const char *mark = chip_mark(c->o);
        if (compact) {
            c->text = mark;
        } else {
            size_t len = strlen(mark) + strlen(p->items[c->item].id.s) + 1;
            char *s = arena_alloc(a, len);
            snprintf(s, len, "%s%s", mark, p->items[c->item].id.s);
            c->text = s;
        }
        c->mark_w = tl_text_w(m, mark, size, FONT_BOLD);
        c->w = tl_text_w(m, c->text, size, FONT_BOLD) + 2 * cp;
    }
}

/* Places one lane's chips (in time order) on up to `subs` sub-rows within [lo, hi]: each at its
 * time (the mark over the time) in the first sub-row free there, else shifted right after the
 * sub-row that frees first; then pulled back from the right edge. False when some chip would
 * still start left of lo. */
static bool place(Chip **v, size_t n, int subs, int lo, int hi, int g, int cp)
{
    int end[MAX_SUBROWS];
    for (int s = 0; s < subs; s++) {
        end[s] = lo - g;
    }
    for (size_t i = 0; i < n; i++) {
        int want = v[i]->x - v[i]->mark_w / 2 - cp;
        want = want < lo ? lo : want;
        int best = -1;
        for (int s = 0; s < subs && best < 0; s++) {
            if (end[s] + g <= want) {
                best = s;
            }
        }
        if (best < 0) {
            best = 0;
            for (int s = 1; s < subs; s++) {
                best = end[s] < end[best] ? s : best;
            }
        }
        v[i]->sub = best;
        v[i]->left = end[best] + g > want ? end[best] + g : want;
        end[best] = v[i]->left + v[i]->w;
    }
    bool fits = true;
    for (int s = 0; s < subs; s++) {
        int bound = hi;
        for (size_t i = n; i-- > 0;) {
            if (v[i]->sub != s) {
                continue;
            }
            if (v[i]->left + v[i]->w > bound) {
                v[i]->left = bound - v[i]->w;
            }
            bound = v[i]->left - g;
            v[i]->hidden = v[i]->left < lo;
            fits &= !v[i]->hidden;
        }
    }
    return fits;
}

static void draw_lane_bg(DrawList *dl, const Measurer *m, const Theme *t, const Session *s,
                         const TlLanes *ln, size_t l)
{
    const Procedure *p = s->procedure;
    Rect r = {ln->r.x, ln->r.y + (int)l * ln->lane_h, ln->r.w, ln->lane_h};
    draw_fill(dl, r, l % 2 ? t->panel : t->bg);
    bool ext = l >= p->n_roles;
    if (ext) {
        draw_line(dl, r.x, r.y, r.x + r.w, r.y, t->panel_border, t->line);
    }
    const char *name = ext ? "外部" : p->roles[l].name.s ? p->roles[l].name.s : p->roles[l].id.s;
    FontStyle st = !ext && p->roles[l].leader ? FONT_BOLD : FONT_REGULAR;
    int lh = tl_line_h(m, ln->size), pad = theme_px(t, 6);
    Rect box = {r.x + pad, r.y, ln->name_w - pad, r.h};
    int lines = lh > 0 ? r.h / lh : 1;
    if (lines >= 2) {
        box.y += (r.h - 2 * lh) / 2;
        box.h = 2 * lh;
        draw_text_box(dl, m, box, name, ln->size, st, t->text_color);
    } else if (lh <= r.h) {
        draw_text_fit(dl, m, box.x, r.y + (r.h - lh) / 2, box.w, name, ln->size, st, t->text_color);
    }
}

static void draw_chip(DrawList *dl, const Measurer *m, const Theme *t, const TlLanes *ln,
                      const Chip *c, int chip_h, int subs)
{
    int lm = (ln->lane_h - subs * chip_h) / (subs + 1);
    Rect r = {c->left, ln->r.y + (int)c->lane * ln->lane_h + lm + c->sub * (chip_h + lm), c->w,
              chip_h};
    draw_fill(dl, r, t->chip[c->o]);
    int lh = tl_line_h(m, ln->size);
    if (lh <= chip_h) {
        draw_text(dl, r.x + (r.w - tl_text_w(m, c->text, ln->size, FONT_BOLD)) / 2,
                  r.y + (chip_h - lh) / 2, c->text, strlen(c->text), ln->size, FONT_BOLD,
                  t->chip_text[c->o], m);
    }
}

static void draw_guides(DrawList *dl, const Theme *t, const TlLanes *ln)
{
    int y0 = ln->r.y, y1 = ln->r.y + (int)ln->n * ln->lane_h;
    for (size_t d = 0; d < ln->n_days; d++) {
        draw_line(dl, ln->day_x[d], y0, ln->day_x[d], y1, t->panel_border,
                  t->line / 2 > 0 ? t->line / 2 : 1);
    }
    if (ln->now_x >= 0) {
        draw_line(dl, ln->now_x, y0, ln->now_x, y1, t->accent, t->line);
    }
}

void tl_lanes_draw(DrawList *dl, const Measurer *m, const Theme *t, const Session *s,
                   const TlAxis *axis, const TlLanes *ln)
{
    if (ln->n == 0) {
        return;
    }
    for (size_t l = 0; l < ln->n; l++) {
        draw_lane_bg(dl, m, t, s, ln, l);
    }
    draw_guides(dl, t, ln);
    int cp = theme_px(t, 2), lm = theme_px(t, 1) > 0 ? theme_px(t, 1) : 1, g = theme_px(t, 3);
    int chip_h = tl_line_h(m, ln->size) + 2 * cp;
    chip_h = chip_h < ln->lane_h - 2 * lm ? chip_h : ln->lane_h - 2 * lm;
    if (chip_h < 2) {
        return;
    }
    int subs = (ln->lane_h - lm) / (chip_h + lm);
    subs = subs < 1 ? 1 : subs > MAX_SUBROWS ? MAX_SUBROWS : subs;
    ChipList cl = collect(&dl->arena, s, axis, ln->n);
    Chip **lane = arena_array(&dl->arena, cl.n ? cl.n : 1, sizeof(Chip *));
    int lo = ln->x_lo, hi = ln->r.x + ln->r.w;
    for (size_t l = 0; l < ln->n; l++) {
        size_t n = 0;
        for (size_t i = 0; i < cl.n; i++) {
            if (cl.v[i].lane != l) {
                continue;
            }
            /* insertion in time order, ties by 手順書 order */
            size_t j = n++;
            while (j > 0 && (lane[j - 1]->x > cl.v[i].x ||
                             (lane[j - 1]->x == cl.v[i].x && lane[j - 1]->item > cl.v[i].item))) {
                lane[j] = lane[j - 1];
                j--;
            }
            lane[j] = &cl.v[i];
        }
        size_chips(lane, n, m, ln->size, cp, false, &dl->arena, s->procedure);
        if (!place(lane, n, subs, lo, hi, g, cp)) {
            /* Too many to name: marks alone (still not colour alone). */
            size_chips(lane, n, m, ln->size, cp, true, &dl->arena, s->procedure);
            place(lane, n, subs, lo, hi, g, cp);
        }
        for (size_t i = 0; i < n; i++) {
            if (!lane[i]->hidden) {
                draw_chip(dl, m, t, ln, lane[i], chip_h, subs);
            }
        }
    }
}
