/* Drawing what surrounds the drill: the previous plan's open actions (the start screen's line
 * and the A overlay with the ticks) and the participants' feedback form (the F overlay on the
 * sheet screen). */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"
#include "feedback.h"
#include "textlayout.h"

static int line_h(const Measurer *m, int size)
{
    return m->line_height(m->ctx, size, FONT_REGULAR);
}

static Rect modal(DrawList *dl, const Theme *t, int w, int h)
{
    Rect r = {(dl->width - w) / 2, (dl->height - h) / 2, w, h};
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height}, (Color){0, 0, 0, 110});
    draw_fill(dl, r, t->bg);
    draw_frame(dl, r, t->accent, t->line * 2);
    return r;
}

int app_layout_plan_summary(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r)
{
    size_t n = app_plan_count(app);
    if (n == 0) {
        return 0;
    }
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        done += app_plan_row(app, i).done;
    }
    char buf[256];
    snprintf(buf, sizeof buf,
             "前回の改善計画: 未完了のアクション %zu件（完了を確認 %zu件） — A で確認", n, done);
    return draw_text_box(dl, m, r, buf, t->text, FONT_BOLD, t->accent);
}

void app_layout_plan(App *app, DrawList *dl, const Measurer *m, const Theme *t)
{
    size_t n = app_plan_count(app);
    int lh = line_h(m, t->small);
    Rect r = modal(dl, t, dl->width * 5 / 6, dl->height * 5 / 6);
    const char *title = "前回の改善計画の確認 — この演習で完了を確認したアクションに印を付けます";
    draw_text_fit(dl, m, r.x + t->pad, r.y + t->pad, r.w - 2 * t->pad, title, t->text, FONT_BOLD,
                  t->accent);
    int y = r.y + t->pad + line_h(m, t->text) * 3 / 2;
    int bottom = r.y + r.h - t->pad - lh * 2;
    for (size_t i = 0; i < n && y < bottom; i++) {
        AppPlanRow row = app_plan_row(app, i);
        char buf[1024];
        snprintf(buf, sizeof buf, "%s %s %s（担当: %s）", row.done ? "☑" : "☐",
                 row.action ? row.action : "", row.text, row.owner_name ? row.owner_name : "未定");
        /* one line per action, so the list fits; the full text is on the sheet */
        Rect row_r = {r.x + t->pad, y, r.w - 2 * t->pad, lh + t->gap / 2};
        draw_fill(dl, row_r, (int)i == app->plan_sel ? t->highlight : (i % 2 ? t->bg : t->panel));
        draw_text_fit(dl, m, row_r.x + t->gap, y + t->gap / 4, row_r.w - 2 * t->gap, buf, t->small,
                      row.done ? FONT_BOLD : FONT_REGULAR, t->text_color);
        y += row_r.h;
    }
    const char *hint =
        app->s->started
            ? "↑↓ で選択、Space で完了を確認・取り消し、Esc または A で閉じる"
            : "↑↓ で選択、Space で完了に印（開始時に記録されます）、Esc または A で閉じる";
    draw_text_fit(dl, m, r.x + t->pad, r.y + r.h - t->pad - lh, r.w - 2 * t->pad, hint, t->small,
                  FONT_REGULAR, t->text_dim);
}

static void feedback_row(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect row, int k)
{
    bool sel = k == app->fb_sel;
    draw_fill(dl, row, sel ? t->highlight : t->panel);
    char buf[256];
    if (k < FEEDBACK_STATEMENTS) {
        int v = app->fb_scores[k];
        snprintf(buf, sizeof buf, "%d. %s", k + 1, FEEDBACK_TEXTS[k]);
        draw_text_fit(dl, m, row.x + t->gap, row.y + t->gap / 4, row.w * 3 / 4, buf, t->small,
                      FONT_REGULAR, t->text_color);
        if (v) {
            snprintf(buf, sizeof buf, "%d", v);
        } else {
            snprintf(buf, sizeof buf, "—");
        }
        draw_text_fit(dl, m, row.x + row.w * 7 / 8, row.y + t->gap / 4, row.w / 8, buf, t->small,
                      FONT_BOLD, t->accent);
        return;
    }
    int f = k - FEEDBACK_STATEMENTS;
    const char *label = f == 0 ? FEEDBACK_STRENGTHS_LABEL : FEEDBACK_IMPROVEMENTS_LABEL;
    draw_text_fit(dl, m, row.x + t->gap, row.y + t->gap / 4, row.w / 5, label, t->small, FONT_BOLD,
                  t->text_color);
    Rect value = {row.x + row.w / 5, row.y + t->gap / 4, row.w * 4 / 5 - t->gap,
                  row.h - t->gap / 2};
    if (sel && app->editing) {
        draw_frame(dl, value, t->focus, t->line);
        app_edit_field(app, dl, m, t, value, t->small);
    } else {
        const char *v = app->fb_text[f];
        draw_text_box(dl, m, value, v[0] ? v : "（未記入）", t->small, FONT_REGULAR,
                      v[0] ? t->text_color : t->text_dim);
    }
}

void app_layout_feedback(App *app, DrawList *dl, const Measurer *m, const Theme *t)
{
    int lh = line_h(m, t->small);
    Rect r = modal(dl, t, dl->width * 5 / 6, dl->height * 5 / 6);
    char title[256];
    snprintf(title, sizeof title,
             "参加者アンケート — %zu人目の回答（1 そう思わない 〜 5 そう思う）",
             app->s->n_feedback + 1);
    draw_text_fit(dl, m, r.x + t->pad, r.y + t->pad, r.w - 2 * t->pad, title, t->text, FONT_BOLD,
                  t->accent);
    int y = r.y + t->pad + line_h(m, t->text) * 3 / 2;
    int row_h = lh + t->gap / 2;
    int text_h = (r.y + r.h - t->pad - lh * 2 - y - FEEDBACK_STATEMENTS * row_h) / 2;
    for (int k = 0; k < FEEDBACK_STATEMENTS + 2; k++) {
        int h = k < FEEDBACK_STATEMENTS ? row_h : text_h;
        feedback_row(app, dl, m, t, (Rect){r.x + t->pad, y, r.w - 2 * t->pad, h - t->gap / 4}, k);
        y += h;
    }
    const char *hint =
        "1〜5 で回答（0 で消す）、↑↓ Tab で移動、Enter で保存して次の人へ、Esc で閉じる";
    draw_text_fit(dl, m, r.x + t->pad, r.y + r.h - t->pad - lh, r.w - 2 * t->pad, hint, t->small,
                  FONT_REGULAR, t->text_dim);
}

int app_layout_sheet_followup(App *app, DrawList *dl, const Measurer *m, const Theme *t, int x,
                              int y, int w)
{
    const Sheet *sh = app->sheet;
    char buf[1024];
    if (sh->n_plan_review) {
        y += t->gap;
        y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, "前回の改善計画の確認", t->text,
                           FONT_BOLD, t->accent);
    }
    for (size_t i = 0; i < sh->n_plan_review && y < dl->height; i++) {
        const PlanReviewEntry *p = &sh->plan_review[i];
        snprintf(buf, sizeof buf, "%s %s %s", p->confirmed_done ? "☑ 完了を確認" : "☐ 未確認",
                 p->action ? p->action : "", p->text);
        y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, buf, t->small, FONT_REGULAR,
                           t->text_color);
    }
    const FeedbackSummary *fs = &sh->feedback;
    if (fs->respondents == 0) {
        return y;
    }
    y += t->gap;
    snprintf(buf, sizeof buf, "参加者アンケート（%zu名）", fs->respondents);
    y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, buf, t->text, FONT_BOLD, t->accent);
    for (int k = 0; k < FEEDBACK_STATEMENTS && y < dl->height; k++) {
        const FeedbackStatement *st = &fs->statements[k];
        if (st->answers) {
            snprintf(buf, sizeof buf, "・%s — 平均 %d.%02d（%d名）", FEEDBACK_TEXTS[k],
                     st->mean_x100 / 100, st->mean_x100 % 100, st->answers);
        } else {
            snprintf(buf, sizeof buf, "・%s — 回答なし", FEEDBACK_TEXTS[k]);
        }
        y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, buf, t->small, FONT_REGULAR,
                           t->text_color);
    }
    return y;
}
