/* The timeline across the top of the facilitator's screen (SPEC §6): the legend, the steps as
 * coloured bands, a marker per inject with its time and title on a log-shaped time axis (see
 * layout_timeline_axis.c for why), day boundaries, and the role lanes under it (drawn by
 * layout_timeline_lanes.c). It only emits draw commands and hit regions; sizes come from the
 * Theme and text widths from the Measurer, so the same code serves a 720p laptop and a 4K
 * projector and is golden-tested with a fake measurer. Must not depend on SDL. */
#include <stdio.h>
#include <string.h>

#include "layout_timeline_internal.h"
#include "textlayout.h"

Color tl_mix(Color a, Color b, int pct)
{
    Color c = a;
    c.r = (uint8_t)((a.r * (100 - pct) + b.r * pct + 50) / 100);
    c.g = (uint8_t)((a.g * (100 - pct) + b.g * pct + 50) / 100);
    c.b = (uint8_t)((a.b * (100 - pct) + b.b * pct + 50) / 100);
    return c;
}

int tl_text_w(const Measurer *m, const char *s, int size, FontStyle style)
{
    size_t n = strlen(s);
    return n ? m->text_width(m->ctx, s, n, size, style) : 0;
}

int tl_line_h(const Measurer *m, int size)
{
    return m->line_height(m->ctx, size, FONT_REGULAR);
}

/* Passed over = not presented but before the cursor (when/goto skipped it), or anything not
 * presented once the exercise has ended. */
static void classify(Tl *tl)
{
    const Session *s = tl->s;
    size_t n = s->scenario->n_injects;
    tl->mark = arena_array(&tl->dl->arena, n ? n : 1, sizeof(TlMark));
    for (size_t i = 0; i < n; i++) {
        if ((long)i == s->cursor) {
            tl->mark[i] = TL_MARK_CURRENT;
        } else if (s->injects[i].presented) {
            tl->mark[i] = TL_MARK_PAST;
        } else if (s->ended || (long)i < s->cursor) {
            tl->mark[i] = TL_MARK_SKIPPED;
        } else {
            tl->mark[i] = TL_MARK_FUTURE;
        }
    }
}

static void format_times(Tl *tl)
{
    const Scenario *sc = tl->s->scenario;
    size_t n = sc->n_injects;
    tl->time = arena_array(&tl->dl->arena, n ? n : 1, sizeof *tl->time);
    tl->time_w = arena_array(&tl->dl->arena, n ? n : 1, sizeof(int));
    for (size_t i = 0; i < n; i++) {
        char hm[16];
        snprintf(tl->time[i], sizeof tl->time[i], "T+%s",
                 simtime_format(sc->injects[i].at_minutes, hm, sizeof hm));
        tl->time_w[i] = tl_text_w(tl->m, tl->time[i], tl->ts, FONT_BOLD);
    }
}

/* ---- legend ------------------------------------------------------------------------------ */

static int swatch_w(const Tl *tl)
{
    return tl->lh;
}

static int chip_key_w(const Tl *tl, ChipOutcome o)
{
    return tl_text_w(tl->m, chip_mark(o), tl->ts, FONT_BOLD) + 2 * tl->sp;
}

static int step_legend_w(const Tl *tl)
{
    int w = 0;
    for (int st = 0; st < STEP_COUNT; st++) {
        w += (st ? 2 * tl->gap : 0) + swatch_w(tl) + tl->sp +
             tl_text_w(tl->m, vocab_label(&VOCAB_STEP, st), tl->ts, FONT_REGULAR);
    }
    return w;
}

static int chip_legend_w(const Tl *tl)
{
    int w = 0;
    for (int o = 0; o < CHIP_COUNT; o++) {
        w += (o ? 2 * tl->gap : 0) + chip_key_w(tl, o) + tl->sp +
             tl_text_w(tl->m, chip_label(o), tl->ts, FONT_REGULAR);
    }
    return w;
}

/* One legend entry: a key (drawn by the caller) then its name; false when it does not fit. */
static bool legend_name(Tl *tl, int *x, int y, int key_w, const char *name, int x_max)
{
    int w = tl_text_w(tl->m, name, tl->ts, FONT_REGULAR);
    if (*x + key_w + tl->sp + w > x_max) {
        return false;
    }
    draw_text(tl->dl, *x + key_w + tl->sp, y, name, strlen(name), tl->ts, FONT_REGULAR,
              tl->t->text_color, tl->m);
    *x += key_w + tl->sp + w + 2 * tl->gap;
    return true;
}

static void draw_legend(Tl *tl)
{
    const Theme *t = tl->t;
    int x_min = tl->a.x + tl->in, x_max = tl->a.x + tl->a.w - tl->in, y = tl->a.y + tl->in;
    int x = x_min;
    for (int st = 0; st < STEP_COUNT; st++) {
        Rect key = {x, y + tl->lh / 6, swatch_w(tl), tl->lh - tl->lh / 3};
        if (x + key.w > x_max) {
            break;
        }
        draw_fill(tl->dl, key, t->step_band[st]);
        draw_frame(tl->dl, key, t->step[st], t->line);
        if (!legend_name(tl, &x, y, key.w, vocab_label(&VOCAB_STEP, st), x_max)) {
            break;
        }
    }
    if (tl->legend_rows == 1) {
        x = x_max - chip_legend_w(tl); /* right-aligned, apart from the steps */
    } else {
        x = x_min;
        y += tl->lh;
    }
    for (int o = 0; o < CHIP_COUNT; o++) {
        Rect key = {x, y, chip_key_w(tl, o), tl->lh};
        if (x + key.w > x_max) {
            break;
        }
        draw_fill(tl->dl, key, t->chip[o]);
        draw_text(tl->dl, x + tl->sp, y, chip_mark(o), strlen(chip_mark(o)), tl->ts, FONT_BOLD,
                  t->chip_text[o], tl->m);
        if (!legend_name(tl, &x, y, key.w, chip_label(o), x_max)) {
            break;
        }
    }
}

/* ---- bands, days, axis ------------------------------------------------------------------- */

/* A band per stretch of consecutive injects of one step (steps interleave in file order), from
 * its first marker to the next stretch's first marker. */
static void draw_bands(Tl *tl)
{
    const Scenario *sc = tl->s->scenario;
    int y0 = tl->rows_top, y1 = tl->zone_top + tl->zone_h;
    for (size_t i = 0; i < sc->n_injects;) {
        size_t j = i + 1;
        while (j < sc->n_injects && sc->injects[j].step == sc->injects[i].step) {
            j++;
        }
        int x0 = i == 0 ? tl->axis.x0 : tl->axis.x[i];
        int x1 = j < sc->n_injects ? tl->axis.x[j] : tl->right;
        draw_fill(tl->dl, (Rect){x0, y0, x1 - x0, y1 - y0}, tl->t->step_band[sc->injects[i].step]);
        i = j;
    }
}

static int last_minutes(const Tl *tl)
{
    const Scenario *sc = tl->s->scenario;
    return sc->n_injects ? sc->injects[sc->n_injects - 1].at_minutes : 0;
}

/* Day boundaries ("2日目" …) on the same curve as the markers: a thin line through the marker
 * zone, the strip and the lanes, and the day's name in the strip when it fits before the next
 * line. Where the log packs days tight, a line per day would be a grey smear, so boundaries are
 * kept a character apart. Returns the x of the lines drawn, for the lanes. */
static int *draw_days(Tl *tl, size_t *n_days)
{
    int days = last_minutes(tl) / (24 * 60);
    int *xs = arena_array(&tl->dl->arena, (size_t)days + 2, sizeof(int));
    int *day = arena_array(&tl->dl->arena, (size_t)days + 2, sizeof(int));
    *n_days = 0;
    if (days == 0) {
        return xs;
    }
    size_t k = 0; /* xs[0] is T+0:00 (1日目), no line */
    xs[k] = tl->axis.x0;
    day[k++] = 1;
    for (int d = 1; d <= days; d++) {
        int x = tl_axis_x(&tl->axis, d * 24 * 60);
        if (x - xs[k - 1] >= tl->ts) {
            xs[k] = x;
            day[k++] = d + 1;
        }
    }
    int y = tl->zone_top + tl->zone_h, thin = tl_max(1, tl->t->line / 2);
    for (size_t i = 0; i < k; i++) {
        if (i > 0) {
            draw_line(tl->dl, xs[i], tl->zone_top, xs[i], y + tl->strip_h, tl->t->panel_border,
                      thin);
        }
        char name[24];
        snprintf(name, sizeof name, "%d日目", day[i]);
        int w = tl_text_w(tl->m, name, tl->ts, FONT_REGULAR), tx = xs[i] + tl->off;
        int limit = i + 1 < k ? xs[i + 1] - tl->off : tl->right;
        if (tx + w <= limit) {
            draw_text(tl->dl, tx, y, name, strlen(name), tl->ts, FONT_REGULAR, tl->t->text_dim,
                      tl->m);
        }
    }
    *n_days = k - 1;
    return xs + 1;
}

/* ---- the frame: sizes and regions ---------------------------------------------------------- */

static void metrics(Tl *tl)
{
    const Theme *t = tl->t;
    tl->ts = t->small;
    tl->lh = tl_line_h(tl->m, tl->ts);
    tl->in = tl_max(1, t->gap / 2);
    tl->gap = theme_px(t, 8);
    tl->sp = theme_px(t, 6);
    tl->off = theme_px(t, 5);
    tl->ms = theme_px(t, 14);
    tl->cur_ms = theme_px(t, 22);
    tl->zone_h = tl->cur_ms + theme_px(t, 4);
    tl->row_h = tl->lh + theme_px(t, 2);
    tl->right = tl->a.x + tl->a.w - tl->in;
}

/* The name column, then the axis; the right margin lets the last marker show its time. Each
 * marker is kept its label's time (and a gap) ahead of the next, so every marker can show its
 * time on the lowest label row (tl_axis_build). */
static void horizontal(Tl *tl, int name_w)
{
    const Scenario *sc = tl->s->scenario;
    size_t n = sc->n_injects;
    int *min_gap = arena_array(&tl->dl->arena, n ? n : 1, sizeof(int));
    for (size_t i = 0; i + 1 < n; i++) {
        min_gap[i] = tl->time_w[i] + tl->off + tl->gap;
    }
    int x0 = tl->a.x + tl->in + name_w + tl->gap;
    int margin = n ? tl->off + tl->time_w[n - 1] + tl->sp : 0;
    margin = tl_min(margin, tl->a.w / 6);
    tl_axis_build(&tl->axis, &tl->dl->arena, sc, x0, tl->right - margin, min_gap);
}

/* Splits the height: legend, label rows, marker zone, day strip, lanes. Three label rows
 * normally (four when the lanes have all they can use); rows give way first, down to one, so
 * the lanes keep chips of at least 80% of the text size; below that the chip text shrinks. */
static void vertical(Tl *tl, TlLanes *ln)
{
    const Measurer *m = tl->m;
    int cp = theme_px(tl->t, 2), lm = tl_max(1, theme_px(tl->t, 1));
    int inner = tl->a.w - 2 * tl->in;
    tl->legend_rows = step_legend_w(tl) + 4 * tl->gap + chip_legend_w(tl) <= inner ? 1 : 2;
    tl->strip_h = last_minutes(tl) >= 24 * 60 ? tl->lh : 0;
    int fixed = 3 * tl->in + tl->legend_rows * tl->lh + tl->zone_h + tl->strip_h;
    int nl = (int)ln->n, ok = tl_max(6, tl->ts * 4 / 5);
    int need = tl_line_h(m, ok) + 2 * cp + 2 * lm;
    int full = tl_line_h(m, tl->ts) + 2 * cp, lane_max = 2 * full + 3 * lm;
    int lanes_h = tl->a.h - fixed - 4 * tl->row_h;
    if (lanes_h >= nl * lane_max) {
        tl->rows = 4;
    } else {
        for (tl->rows = 3; tl->rows > 1; tl->rows--) {
            lanes_h = tl->a.h - fixed - tl->rows * tl->row_h;
            if (nl == 0 || lanes_h >= nl * need) {
                break;
            }
        }
    }
    lanes_h = tl_max(0, tl->a.h - fixed - tl->rows * tl->row_h);
    ln->lane_h = nl ? tl_min(lanes_h / nl, lane_max) : 0;
    ln->size = tl->ts;
    while (ln->size > 6 && tl_line_h(m, ln->size) + 2 * cp + 2 * lm > ln->lane_h) {
        ln->size--;
    }
    tl->rows_top = tl->a.y + 2 * tl->in + tl->legend_rows * tl->lh;
    tl->zone_top = tl->rows_top + tl->rows * tl->row_h;
    tl->axis_y = tl->zone_top + tl->zone_h / 2;
    ln->r = (Rect){tl->a.x + tl->in, tl->zone_top + tl->zone_h + tl->strip_h, tl->a.w - 2 * tl->in,
                   ln->lane_h * nl};
    if (ln->lane_h < 4) {
        ln->n = 0; /* no room for lanes at all */
    }
}

void layout_timeline(DrawList *dl, const Measurer *m, const Theme *t, Rect area, const Session *s,
                     long viewed, bool hide_future, HitList *hits, TimelineMemo *memo)
{
    if (area.w <= 0 || area.h <= 0) {
        return;
    }
    Tl tl = {.dl = dl, .m = m, .t = t, .s = s, .a = area, .viewed = viewed, .hits = hits,
              .hide_future = hide_future, .memo = memo};
    metrics(&tl);
    classify(&tl);
    format_times(&tl);
    TlLanes ln = {.n = tl_lanes_count(s->procedure), .now_x = -1};
    ln.name_w = tl_min(theme_px(t, 200), area.w / 6);
    horizontal(&tl, ln.name_w);
    vertical(&tl, &ln);
    draw_clip_push(dl, area);
    draw_fill(dl, area, t->bg);
    draw_legend(&tl);
    draw_bands(&tl);
    ln.day_x = draw_days(&tl, &ln.n_days);
    tl_draw_markers(&tl);
    if (s->cursor >= 0 && (size_t)s->cursor < s->scenario->n_injects) {
        ln.now_x = tl.axis.x[s->cursor];
    }
    ln.x_lo = tl.axis.x0 - tl.ms / 2;
    tl_lanes_draw(dl, m, t, s, &tl.axis, &ln);
    draw_clip_pop(dl);
}
