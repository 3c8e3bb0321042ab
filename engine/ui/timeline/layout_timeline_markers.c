/* The inject markers of the timeline and their labels: a flag per inject (its time, then its
 * title as far as the row allows: see tl_labels_place), the current inject highlighted, the
 * viewed one outlined, injects still to come dimmed and hollow, injects this run passed over
 * crossed out and unlabelled; each marker and label clickable (HIT_INJECT). Must not depend on
 * SDL. */
#include <string.h>

#include "layout_timeline_internal.h"
#include "textlayout.h"

static void hit(Tl *tl, Rect r, long index)
{
    if (!tl->hits) {
        return;
    }
    int x0 = tl_max(r.x, tl->a.x), y0 = tl_max(r.y, tl->a.y);
    int x1 = tl_min(r.x + r.w, tl->a.x + tl->a.w), y1 = tl_min(r.y + r.h, tl->a.y + tl->a.h);
    if (x1 > x0 && y1 > y0) {
        hits_add(tl->hits, (Rect){x0, y0, x1 - x0, y1 - y0}, HIT_INJECT, (int)index, 0);
    }
}

static Color label_color(const Tl *tl, TlMark mk)
{
    return mk == TL_MARK_FUTURE ? tl_mix(tl->t->text_dim, tl->t->bg, 45) : tl->t->text_color;
}

static int row_y(const Tl *tl, int row)
{
    return tl->zone_top - (row + 1) * tl->row_h;
}

static void draw_label(Tl *tl, size_t i, const TlLabel *lb)
{
    const Theme *t = tl->t;
    const Inject *in = &tl->s->scenario->injects[i];
    TlMark mk = tl->mark[i];
    int x = lb->x, y = row_y(tl, lb->row), tx = x + tl->off;
    bool cur = mk == TL_MARK_CURRENT;
    Color pole = cur                    ? t->accent
                 : mk == TL_MARK_FUTURE ? tl_mix(t->text_dim, t->bg, 55)
                                        : t->text_dim;
    int pole_w = cur ? 2 * t->line : tl_max(1, t->line / 2);
    draw_line(tl->dl, x, y, x, tl->axis_y, pole, pole_w);
    /* The title gets what is left after the time; it is dropped when not even one character
     * and "…" would show. */
    const char *title = NULL;
    size_t title_len = 0;
    int title_w = 0, avail = lb->width - tl->time_w[i] - tl->sp;
    bool spoiler = tl->hide_future && mk == TL_MARK_FUTURE;
    if (in->title.s && avail > 0 && !spoiler) {
        char *flat = text_clean(&tl->dl->arena, in->title.s, false);
        TextLines l = text_wrap(&tl->dl->arena, tl->m, flat, tl->ts, cur ? FONT_BOLD : FONT_REGULAR,
                                avail, 1);
        if (l.n && l.v[0].width <= avail && strcmp(l.v[0].text, "…") != 0) {
            title = l.v[0].text;
            title_len = l.v[0].len;
            title_w = l.v[0].width;
        }
    }
    int w = tl->time_w[i] + (title ? tl->sp + title_w : 0);
    Rect box = {x, y, tx - x + w + tl->sp, tl->lh};
    if (box.x + box.w > tl->right) {
        box.w = tl->right - box.x;
    }
    if (cur) {
        draw_fill(tl->dl, box, t->highlight);
    }
    Color c = label_color(tl, mk);
    draw_text(tl->dl, tx, y, tl->time[i], strlen(tl->time[i]), tl->ts, FONT_BOLD, c, tl->m);
    if (title) {
        draw_text(tl->dl, tx + tl->time_w[i] + tl->sp, y, title, title_len, tl->ts,
                  cur ? FONT_BOLD : FONT_REGULAR, c, tl->m);
    }
    if ((long)i == tl->viewed) {
        draw_frame(tl->dl, box, t->focus, t->line);
    }
    hit(tl, box, (long)i);
}

static void draw_marker(Tl *tl, size_t i)
{
    const Theme *t = tl->t;
    TlMark mk = tl->mark[i];
    Color step = t->step[tl->s->scenario->injects[i].step];
    int size = mk == TL_MARK_CURRENT ? tl->cur_ms : mk == TL_MARK_SKIPPED ? tl->ms * 2 / 3 : tl->ms;
    Rect r = {tl->axis.x[i] - size / 2, tl->axis_y - size / 2, size, size};
    switch (mk) {
    case TL_MARK_PAST:
        draw_fill(tl->dl, r, step);
        break;
    case TL_MARK_CURRENT:
        draw_fill(tl->dl, r, t->highlight);
        draw_frame(tl->dl, r, t->accent, tl_max(2, t->line * 3 / 2));
        break;
    case TL_MARK_FUTURE: /* hollow: not happened yet */
        draw_fill(tl->dl, r, t->bg);
        draw_frame(tl->dl, r, tl_mix(step, t->bg, 35), t->line);
        break;
    case TL_MARK_SKIPPED: /* crossed out: this run passed it over */
        draw_line(tl->dl, r.x, r.y, r.x + r.w, r.y + r.h, t->text_dim, t->line);
        draw_line(tl->dl, r.x, r.y + r.h, r.x + r.w, r.y, t->text_dim, t->line);
        break;
    }
    int hs = tl_max(tl->cur_ms, tl->zone_h);
    Rect target = {tl->axis.x[i] - hs / 2, tl->zone_top, hs, tl->zone_h};
    if ((long)i == tl->viewed) {
        int g = t->line;
        draw_frame(tl->dl, (Rect){r.x - 2 * g, r.y - 2 * g, r.w + 4 * g, r.h + 4 * g}, t->focus, g);
    }
    if (mk != TL_MARK_SKIPPED) {
        hit(tl, target, (long)i); /* not part of this run: nothing to view */
    }
}

void tl_draw_markers(Tl *tl)
{
    const Session *s = tl->s;
    size_t n = s->scenario->n_injects;
    TlLabel *lb = arena_array(&tl->dl->arena, n ? n : 1, sizeof(TlLabel));
    size_t *idx = arena_array(&tl->dl->arena, n ? n : 1, sizeof(size_t));
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (tl->mark[i] == TL_MARK_SKIPPED) {
            continue; /* no label: its room goes to the injects of this run */
        }
        const char *title = s->scenario->injects[i].title.s;
        if (tl->hide_future && tl->mark[i] == TL_MARK_FUTURE) {
            title = NULL; /* the time only: a title would tell the story ahead of time */
        }
        int title_w = 0;
        if (title) {
            char *flat = text_clean(&tl->dl->arena, title, false);
            title_w = tl_text_w(tl->m, flat, tl->ts,
                                tl->mark[i] == TL_MARK_CURRENT ? FONT_BOLD : FONT_REGULAR);
        }
        lb[k].x = tl->axis.x[i];
        lb[k].min = tl->time_w[i];
        lb[k].natural = tl->time_w[i] + (title_w ? tl->sp + title_w : 0);
        lb[k].priority = tl->mark[i] == TL_MARK_CURRENT ? 2 : (long)i == tl->viewed ? 1 : 0;
        idx[k++] = i;
    }
    /* The text box is wider than the text by sp (its highlight), so ask for that gap too. */
    tl_labels_place_memo(tl->memo, lb, k, tl->rows, tl->off, tl->gap, tl->right - tl->sp);
    for (size_t j = 0; j < k; j++) {
        if (lb[j].row >= 0) {
            draw_label(tl, idx[j], &lb[j]);
        }
    }
    draw_line(tl->dl, tl->axis.x0, tl->axis_y, n ? tl->axis.x[n - 1] : tl->axis.x1, tl->axis_y,
              tl->t->text_dim, tl->t->line);
    for (size_t i = 0; i < n; i++) {
        draw_marker(tl, i);
    }
}
