/* History chart layout. Panels share one scale (0–100) and one x order so they compare across
 * the grid; rating bands use the same thresholds as the sheet (≥90 A, ≥70 B, ≥40 C). */
#include "history_chart_layout.h"

#include <stdio.h>
#include <string.h>

#include "textlayout.h"
#include "theme.h"

typedef struct Panel {
    const HistorySeries *series;
} Panel;

static int y_of(Rect plot, int score)
{
    return plot.y + plot.h - plot.h * score / 100;
}

static void bands(DrawList *dl, const Theme *t, Rect plot)
{
    static const int lo[] = {90, 70, 40, 0}, hi[] = {100, 90, 70, 40};
    static const ChipOutcome tint[] = {CHIP_DONE, CHIP_PARTIAL, CHIP_WRONG_OWNER, CHIP_MISSED};
    for (int r = 0; r < 4; r++) {
        Color c = t->chip[tint[r]];
        c.a = 38;
        draw_fill(dl, (Rect){plot.x, y_of(plot, hi[r]), plot.w, y_of(plot, lo[r]) - y_of(plot, hi[r])}, c);
    }
}

static void panel(DrawList *dl, const Measurer *m, const Theme *t, const History *h,
                  const HistorySeries *s, Rect r)
{
    draw_fill(dl, r, t->bg);
    draw_frame(dl, r, t->panel_border, 1);
    int lh = m->line_height(m->ctx, t->small, FONT_BOLD);
    char title[256];
    const char *trend = trend_label(s->trend);
    if (trend) {
        snprintf(title, sizeof title, "%s — %s（%+d点）", s->label, trend, s->change);
    } else {
        snprintf(title, sizeof title, "%s", s->label);
    }
    Color tc = s->trend == TREND_IMPROVING   ? t->chip[CHIP_DONE]
               : s->trend == TREND_WORSENING ? t->error
                                             : t->text_color;
    draw_text_fit(dl, m, r.x + t->gap, r.y + t->gap / 2, r.w - 2 * t->gap, title, t->small,
                  FONT_BOLD, tc);
    Rect plot = {r.x + t->gap * 3, r.y + lh + t->gap, r.w - t->gap * 4, r.h - 2 * lh - 2 * t->gap};
    bands(dl, t, plot);
    for (int g = 0; g <= 100; g += 50) {
        char lbl[8];
        snprintf(lbl, sizeof lbl, "%d", g);
        int w = m->text_width(m->ctx, lbl, strlen(lbl), t->small * 3 / 4, FONT_REGULAR);
        draw_text(dl, plot.x - w - 2, y_of(plot, g) - lh / 3, lbl, strlen(lbl), t->small * 3 / 4,
                  FONT_REGULAR, t->text_dim, m);
    }
    size_t n = h->n_exercises;
    int prev_x = -1, prev_y = -1;
    for (size_t i = 0; i < n; i++) {
        int x = n > 1 ? plot.x + (int)((long)plot.w * (long)i / (long)(n - 1)) : plot.x + plot.w / 2;
        const HistoryExercise *ex = &h->exercises[i];
        if (ex->sheet->has_date) {
            char day[16];
            date_format(ex->sheet->date, day, sizeof day);
            /* The full date while there is room; MM-DD when many exercises share the axis. */
            const char *md = n <= 6 ? day : day + 5;
            int w = m->text_width(m->ctx, md, strlen(md), t->small * 3 / 4, FONT_REGULAR);
            int tx = x - w / 2;
            tx = tx < plot.x ? plot.x : tx + w > plot.x + plot.w ? plot.x + plot.w - w : tx;
            draw_text(dl, tx, plot.y + plot.h + 2, md, strlen(md), t->small * 3 / 4, FONT_REGULAR,
                      t->text_dim, m);
        }
        const SummaryScore *p = &s->points[i];
        if (!p->has_score) {
            prev_x = -1;
            continue;
        }
        int y = y_of(plot, p->score);
        if (prev_x >= 0) {
            draw_line(dl, prev_x, prev_y, x, y, t->accent, t->line);
        }
        int d = t->line * 3;
        draw_fill(dl, (Rect){x - d, y - d, 2 * d, 2 * d}, t->accent);
        char val[32];
        snprintf(val, sizeof val, "%d%s%s", p->score, p->has_rating ? " " : "",
                 p->has_rating ? vocab_id(&VOCAB_RATING, p->rating) : "");
        int w = m->text_width(m->ctx, val, strlen(val), t->small * 3 / 4, FONT_BOLD);
        int tx = x - w / 2;
        tx = tx < plot.x ? plot.x : tx + w > plot.x + plot.w ? plot.x + plot.w - w : tx;
        int ty = y - d - lh;
        draw_text(dl, tx, ty < plot.y ? y + d : ty, val, strlen(val), t->small * 3 / 4, FONT_BOLD,
                  t->text_color, m);
        prev_x = x;
        prev_y = y;
    }
}

void layout_history_chart(DrawList *dl, const Measurer *m, const History *h)
{
    Theme t = theme_for(dl->width, dl->height);
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height}, t.bg);
    int lh = m->line_height(m->ctx, t.title, FONT_BOLD);
    char title[512];
    const char *company = h->n_exercises ? h->exercises[0].sheet->company : NULL;
    snprintf(title, sizeof title, "インシデント対応机上演習の推移%s%s（%zu回）", company ? " — " : "",
             company ? company : "", h->n_exercises);
    draw_text_fit(dl, m, t.pad, t.pad, dl->width - 2 * t.pad, title, t.title, FONT_BOLD, t.accent);
    static const ReviewKey scored[] = {REVIEW_OBJECTIVES, REVIEW_UNDERSTANDING, REVIEW_COORDINATION,
                                       REVIEW_LEADERSHIP, REVIEW_RECORDING, REVIEW_OVERALL};
    const HistorySeries *series[STEP_COUNT + 6];
    size_t n = 0;
    for (int s = 0; s < STEP_COUNT; s++) {
        series[n++] = &h->steps[s];
    }
    for (size_t k = 0; k < 6; k++) {
        series[n++] = &h->review[scored[k]];
    }
    int top = t.pad + lh + t.gap;
    int cols = 3, rows = (int)((n + 2) / 3);
    int cw = (dl->width - 2 * t.pad - (cols - 1) * t.gap) / cols;
    int ch = (dl->height - top - t.pad - (rows - 1) * t.gap) / rows;
    for (size_t i = 0; i < n; i++) {
        Rect r = {t.pad + (int)(i % 3) * (cw + t.gap), top + (int)(i / 3) * (ch + t.gap), cw, ch};
        panel(dl, m, &t, h, series[i], r);
    }
}
