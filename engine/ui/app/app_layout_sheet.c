/* The evaluation sheet on screen when the exercise ends: the three steps and the eight レビュー
 * 項目 as large rating tiles, then findings and action items, scrolled with ↑↓. It renders the
 * Sheet struct directly (the printable text belongs to engine/io). */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"
#include "textlayout.h"

static const char *rating_text(bool has, Rating r)
{
    return has && r < RATING_COUNT ? vocab_id(&VOCAB_RATING, r) : "—";
}

static Color rating_color(const Theme *t, bool has, Rating r)
{
    static const ChipOutcome map[RATING_COUNT] = {CHIP_DONE, CHIP_PARTIAL, CHIP_WRONG_OWNER,
                                                  CHIP_MISSED};
    return has && r < RATING_COUNT ? t->chip[map[r]] : t->panel_border;
}

static void tile(DrawList *dl, const Measurer *m, const Theme *t, Rect r, const char *label,
                 const Score *score, bool has_rating, Rating rating, bool overridden)
{
    draw_fill(dl, r, t->panel);
    draw_frame(dl, r, rating_color(t, has_rating, rating), t->line * 2);
    int lh = m->line_height(m->ctx, t->small, FONT_BOLD);
    draw_text_fit(dl, m, r.x + t->gap, r.y + t->gap / 2, r.w - 2 * t->gap, label, t->small,
                  FONT_BOLD, t->text_color);
    const char *rt = rating_text(has_rating, rating);
    draw_text(dl, r.x + t->gap, r.y + t->gap / 2 + lh, rt, strlen(rt), t->huge, FONT_BOLD,
              rating_color(t, has_rating, rating), m);
    char buf[64];
    if (score->has) {
        snprintf(buf, sizeof buf, "%d点%s", score->rounded, overridden ? "（変更あり）" : "");
    } else {
        snprintf(buf, sizeof buf, "%s", overridden ? "（変更あり）" : "算出なし");
    }
    int x = r.x + t->gap + m->text_width(m->ctx, rt, strlen(rt), t->huge, FONT_BOLD) + t->gap;
    draw_text_fit(dl, m, x, r.y + t->gap / 2 + lh + (t->huge - t->small) / 2, r.x + r.w - x - t->gap,
                  buf, t->small, FONT_REGULAR, t->text_dim);
}

/* The eight レビュー項目, one row each: rating, score, and the facilitator's words; the selected
 * one highlighted for Enter (words) and A–D (override). Returns the y below. */
static int review_rows(App *app, DrawList *dl, const Measurer *m, const Theme *t, int x, int y,
                       int w)
{
    const Sheet *sh = app->sheet;
    int lh = m->line_height(m->ctx, t->small, FONT_REGULAR);
    int label_w = w * 30 / 100, rate_w = w * 22 / 100;
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const ReviewEntry *r = &sh->review[k];
        bool sel = k == app->review_sel;
        Rect row = {x, y, w, lh + t->gap / 2};
        draw_fill(dl, row, sel ? t->highlight : (k % 2 ? t->bg : t->panel));
        char buf[512];
        snprintf(buf, sizeof buf, "%d. %s", k + 1, vocab_label(&VOCAB_REVIEW, k));
        draw_text_fit(dl, m, x + t->gap, y + t->gap / 4, label_w - t->gap, buf, t->small,
                      FONT_BOLD, t->text_color);
        if (r->score.has) {
            snprintf(buf, sizeof buf, "%s（%d点）%s", rating_text(r->has_rating, r->rating),
                     r->score.rounded, r->overridden ? " 変更あり" : "");
        } else {
            snprintf(buf, sizeof buf, "%s%s", r->has_rating ? rating_text(true, r->rating) : "—",
                     r->overridden ? " 変更あり" : "");
        }
        draw_text_fit(dl, m, x + label_w, y + t->gap / 4, rate_w - t->gap, buf, t->small,
                      FONT_BOLD, rating_color(t, r->has_rating, r->rating));
        snprintf(buf, sizeof buf, "%s", r->comment ? r->comment : sel ? "Enter で詳細を記入、A〜D で評価を変更（X で戻す）" : "");
        draw_text_fit(dl, m, x + label_w + rate_w, y + t->gap / 4, w - label_w - rate_w - t->gap,
                      buf, t->small, FONT_REGULAR, r->comment ? t->text_color : t->text_dim);
        y += row.h;
    }
    return y;
}

void app_layout_sheet(App *app, DrawList *dl, const Measurer *m, const Theme *t)
{
    const Sheet *sh = app->sheet;
    if (!sh) {
        return;
    }
    int x = t->pad, w = dl->width - 2 * t->pad;
    int y = t->pad - app->sheet_scroll * m->line_height(m->ctx, t->text, FONT_REGULAR);
    char buf[512], day[16];
    snprintf(buf, sizeof buf, "インシデント対応机上演習実施後レビュー項目 — %s（%s）",
             sh->scenario->title.s, date_format(sh->exercise_date, day, sizeof day));
    y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, buf, t->title, FONT_BOLD, t->accent);
    y += t->gap;
    int tile_h = m->line_height(m->ctx, t->small, FONT_BOLD) + m->line_height(m->ctx, t->huge, FONT_BOLD) + t->gap;
    int cols = 4, tw = (w - (cols - 1) * t->gap) / cols;
    for (int st = 0; st < STEP_COUNT; st++) {
        Rect r = {x + st * (tw + t->gap), y, tw, tile_h};
        tile(dl, m, t, r, vocab_label(&VOCAB_STEP, st), &sh->steps[st], sh->steps[st].has,
             sh->steps[st].rating, false);
    }
    const ReviewEntry *ov = &sh->review[REVIEW_OVERALL];
    tile(dl, m, t, (Rect){x + 3 * (tw + t->gap), y, tw, tile_h}, "総合評価", &ov->score,
         ov->has_rating, ov->rating, ov->overridden);
    y += tile_h + t->gap;
    y = review_rows(app, dl, m, t, x, y, w);
    y += t->gap;
    y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, "課題点および改善点", t->text, FONT_BOLD,
                       t->accent);
    for (size_t i = 0; i < sh->n_findings && y < dl->height; i++) {
        snprintf(buf, sizeof buf, "・%s", sh->findings[i].text);
        y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, buf, t->small, FONT_REGULAR,
                           t->text_color);
    }
    y += t->gap;
    y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, "次回演習に向けたアクションアイテム", t->text,
                       FONT_BOLD, t->accent);
    for (size_t i = 0; i < sh->n_actions && y < dl->height; i++) {
        const ActionItem *a = &sh->actions[i];
        snprintf(buf, sizeof buf, "・%s（担当: %s、期限: %s）", a->text,
                 a->owner_name ? a->owner_name : "未定", date_format(a->due, day, sizeof day));
        y += draw_text_box(dl, m, (Rect){x, y, w, 1 << 20}, buf, t->small, FONT_REGULAR,
                           t->text_color);
    }
    y = app_layout_sheet_followup(app, dl, m, t, x, y, w);
    /* The key line stays at the bottom, over whatever scrolled under it. */
    int hh = m->line_height(m->ctx, t->small, FONT_REGULAR) + t->gap;
    Rect bar = {0, dl->height - hh, dl->width, hh};
    draw_fill(dl, bar, t->panel);
    const char *hint = app->status[0] ? app->status
                                      : "↑↓ 項目を選択  Enter 詳細を記入  A〜D 評価を変更  X 変更を戻す  F アンケート入力  "
                           "PageUp/Down スクロール  S 画面保存  Q 終了（評価シートは保存済み）";
    draw_text_fit(dl, m, t->pad, bar.y + t->gap / 2, dl->width - 2 * t->pad, hint, t->small,
                  app->status[0] ? FONT_BOLD : FONT_REGULAR, app->status_error ? t->error : t->text_dim);
}
