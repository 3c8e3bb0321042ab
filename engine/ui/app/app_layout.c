/* The main screen: the top bar (scenario, simulated clock, wall clock, discussion timer, step time
 * box), the timeline with role lanes, the inject card, the 手順書 panel, and the key hints.
 * Region sizes are fractions of the window so the layout holds from 1280×720 to 3840×2160. */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"
#include "textlayout.h"


static void format_mmss(int64_t ms, char *buf, size_t size)
{
    int64_t s = (ms < 0 ? -ms : ms) / 1000;
    snprintf(buf, size, "%s%lld:%02lld", ms < 0 ? "-" : "", (long long)(s / 60),
             (long long)(s % 60));
}

/* Right-aligned text ending at x_right; returns its left edge. */
static int text_right(DrawList *dl, const Measurer *m, int x_right, int y, const char *s, int size,
                      FontStyle st, Color c)
{
    int w = m->text_width(m->ctx, s, strlen(s), size, st);
    draw_text(dl, x_right - w, y, s, strlen(s), size, st, c, m);
    return x_right - w;
}

static void top_bar(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r,
                    WallTime now)
{
    const Session *s = app->s;
    draw_fill(dl, r, t->accent);
    int y = r.y + (r.h - m->line_height(m->ctx, t->huge, FONT_BOLD)) / 2;
    char buf[64], sim[24];
    int x = r.x + r.w - t->pad;
    /* Right to left: wall clock, simulated clock, discussion timer, time box. */
    char wall[40];
    walltime_format(now, wall, sizeof wall);
    snprintf(buf, sizeof buf, "%.5s", wall + 11);
    x = text_right(dl, m, x, y, buf, t->huge, FONT_BOLD, t->on_dark) - t->gap;
    x = text_right(dl, m, x, y + (t->huge - t->small) / 2, "時刻", t->small, FONT_REGULAR,
                   t->on_dark) - 2 * t->gap;
    snprintf(buf, sizeof buf, "T+%s", simtime_format(session_sim_minutes(s), sim, sizeof sim));
    x = text_right(dl, m, x, y, buf, t->huge, FONT_BOLD, t->highlight) - 2 * t->gap;
    bool has;
    int64_t left = session_discussion_left_ms(s, now, &has);
    if (has) {
        char mmss[32];
        format_mmss(left, mmss, sizeof mmss);
        snprintf(buf, sizeof buf, left < 0 ? "討議 超過%s" : "討議 %s", mmss + (left < 0));
        x = text_right(dl, m, x, y, buf, t->huge, FONT_BOLD,
                       left < 0 ? t->highlight : t->on_dark) - 2 * t->gap;
    }
    const Inject *in = session_current(s);
    left = session_timebox_left_ms(s, now, &has);
    if (has && in) {
        char mmss[32];
        format_mmss(left, mmss, sizeof mmss);
        snprintf(buf, sizeof buf, left < 0 ? "%s 超過%s" : "%s 残り%s",
                 vocab_label(&VOCAB_STEP, in->step), mmss + (left < 0));
        x = text_right(dl, m, x, y + (t->huge - t->text) / 2, buf, t->text, FONT_BOLD,
                       left < 0 ? t->highlight : t->on_dark) - 2 * t->gap;
    }
    if (s->paused) {
        x = text_right(dl, m, x, y + (t->huge - t->text) / 2, "⏸ 一時停止中", t->text, FONT_BOLD,
                       t->highlight) - 2 * t->gap;
    }
    int title_w = x - r.x - 2 * t->pad;
    draw_text_fit(dl, m, r.x + t->pad, y + (t->huge - t->title) / 2, title_w,
                  s->scenario->title.s, t->title, FONT_BOLD, t->on_dark);
}

static void hint_bar(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r,
                     bool facilitator)
{
    draw_fill(dl, r, t->panel);
    draw_line(dl, r.x, r.y, r.x + r.w, r.y, t->panel_border, t->line);
    int y = r.y + (r.h - m->line_height(m->ctx, t->small, FONT_REGULAR)) / 2;
    if (app->status[0]) {
        draw_text_fit(dl, m, r.x + t->pad, y, r.w - 2 * t->pad, app->status, t->small, FONT_BOLD,
                      app->status_error ? t->error : t->accent);
        return;
    }
    const char *hint =
        facilitator
            ? "→ 次へ  ← 前へ  1-9 選択  ↑↓ 項目  Space 状態  R 担当  M 不足  C 混乱  +/- 時刻  "
              "Enter 項目メモ  N メモ  I 記録  P 一時停止  H 隠す  S 画面保存  E 終了  ? ヘルプ"
            : "1-9 で選択肢を選ぶ";
    draw_text_fit(dl, m, r.x + t->pad, y, r.w - 2 * t->pad, hint, t->small, FONT_REGULAR,
                  t->text_dim);
}

void app_layout_main(App *app, DrawList *dl, const Measurer *m, const Theme *t, AppView view,
                     WallTime now, HitList *hits)
{
    int w = dl->width, h = dl->height;
    bool facilitator = view == APP_VIEW_FACILITATOR || (view == APP_VIEW_SINGLE && !app->hide);
    int bar_h = m->line_height(m->ctx, t->huge, FONT_BOLD) + 2 * t->gap;
    int hint_h = m->line_height(m->ctx, t->small, FONT_REGULAR) + 2 * t->gap;
    Rect top = {0, 0, w, bar_h};
    Rect timeline = {t->pad, bar_h + t->gap, w - 2 * t->pad, (int)(h * 0.30)};
    int body_y = timeline.y + timeline.h + t->gap;
    Rect body = {t->pad, body_y, w - 2 * t->pad, h - hint_h - body_y - t->gap};
    top_bar(app, dl, m, t, top, now);
    if (!app->timeline_memo[view]) {
        app->timeline_memo[view] = timeline_memo_create();
    }
    layout_timeline(dl, m, t, timeline, app->s, app->viewed, !facilitator, hits,
                    app->timeline_memo[view]);
    if (facilitator) {
        int card_w = body.w * 58 / 100;
        Rect card = {body.x, body.y, card_w - t->gap / 2, body.h};
        Rect panel = {body.x + card_w + t->gap / 2, body.y, body.w - card_w - t->gap / 2, body.h};
        app_layout_card(app, dl, m, t, card, true, hits);
        app_layout_panel(app, dl, m, t, panel, hits);
    } else {
        app_layout_card(app, dl, m, t, body, false, view == APP_VIEW_SINGLE ? hits : NULL);
    }
    hint_bar(app, dl, m, t, (Rect){0, h - hint_h, w, hint_h}, facilitator);
}
