/* The screens around the exercise: the start screen (the シナリオ検討シート at a glance), the
 * overlays (help with every key, note and item-note editors with the IME composition shown, the
 * incident-record form, the end confirmation), and the evaluation sheet shown when the exercise
 * ends. */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"
#include "textlayout.h"

static int line_h(const Measurer *m, int size)
{
    return m->line_height(m->ctx, size, FONT_REGULAR);
}

static Rect centered(const DrawList *dl, int w, int h)
{
    Rect r = {(dl->width - w) / 2, (dl->height - h) / 2, w, h};
    return r;
}

void app_layout_start(App *app, DrawList *dl, const Measurer *m, const Theme *t, HitList *hits)
{
    const Scenario *sc = app->s->scenario;
    const ScenarioSheet *sh = &sc->sheet;
    int x = t->pad * 3, w = dl->width - 6 * t->pad, y = t->pad * 3;
    char buf[512];
    snprintf(buf, sizeof buf, "インシデント対応机上演習（ウォークスルー型） — %s",
             sc->incident < INCIDENT_COUNT ? vocab_label(&VOCAB_INCIDENT, sc->incident) : "");
    y += draw_text_box(dl, m, (Rect){x, y, w, line_h(m, t->text) * 2}, buf, t->text, FONT_BOLD,
                       t->accent);
    y += draw_text_box(dl, m, (Rect){x, y, w, line_h(m, t->huge) * 2}, sc->title.s, t->huge,
                       FONT_BOLD, t->text_color) + t->gap;
    const Procedure *p = app->s->procedure;
    if (p->company.s) {
        y += draw_text_box(dl, m, (Rect){x, y, w, line_h(m, t->text)}, p->company.s, t->text,
                           FONT_REGULAR, t->text_dim);
    }
    int bottom = dl->height - line_h(m, t->title) * 2 - 3 * t->pad;
    struct {
        const char *label, *text;
    } fields[] = {{"想定インシデント", sh->summary.s}, {"影響範囲", sh->impact.s},
                  {"演習進行", sh->facilitation.s}};
    for (size_t i = 0; i < (sizeof fields / sizeof fields[0]) && y < bottom; i++) {
        if (!fields[i].text) {
            continue;
        }
        y += t->gap;
        y += draw_text_box(dl, m, (Rect){x, y, w, line_h(m, t->small)}, fields[i].label, t->small,
                           FONT_BOLD, t->accent);
        y += draw_text_box(dl, m, (Rect){x, y, w, (bottom - y) / 2}, fields[i].text, t->text,
                           FONT_REGULAR, t->text_color);
    }
    if (sh->n_objectives && y < bottom) {
        y += t->gap;
        y += draw_text_box(dl, m, (Rect){x, y, w, line_h(m, t->small)}, "演習目的", t->small,
                           FONT_BOLD, t->accent);
        for (size_t i = 0; i < sh->n_objectives && y < bottom; i++) {
            snprintf(buf, sizeof buf, "・%s", sh->objectives[i].text.s);
            y += draw_text_box(dl, m, (Rect){x, y, w, bottom - y}, buf, t->text, FONT_REGULAR,
                               t->text_color);
        }
    }
    if (y < bottom) {
        y += t->gap;
        y += app_layout_plan_summary(app, dl, m, t, (Rect){x, y, w, bottom - y});
    }
    const char *go = app->s->started ? "Enter で再開" : "Enter で演習を開始します（? でキー一覧）";
    int bw = m->text_width(m->ctx, go, strlen(go), t->title, FONT_BOLD) + 4 * t->pad;
    Rect button = {(dl->width - bw) / 2, dl->height - line_h(m, t->title) * 2 - t->pad * 2, bw,
                   line_h(m, t->title) * 2};
    draw_fill(dl, button, t->accent);
    draw_text(dl, button.x + 2 * t->pad, button.y + line_h(m, t->title) / 2, go, strlen(go),
              t->title, FONT_BOLD, t->on_dark, m);
    hits_add(hits, button, HIT_BUTTON, BUTTON_START, 0);
}

static void modal(DrawList *dl, const Theme *t, Rect r)
{
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height}, (Color){0, 0, 0, 110});
    draw_fill(dl, r, t->bg);
    draw_frame(dl, r, t->accent, t->line * 2);
}

static void help(DrawList *dl, const Measurer *m, const Theme *t)
{
    static const char *const keys[][2] = {
        {"→ / PageDown", "次の状況付与（過去を表示中は一つ先へ）"},
        {"← / PageUp", "前の状況付与を表示（記録は現在のみ）"},
        {"Home", "現在の状況付与に戻る"},
        {"1〜9", "判断の選択肢を選ぶ（解説が表示されます）"},
        {"↑ ↓ / Tab", "手順書の項目を選ぶ"},
        {"Space", "実施状況を切り替え（実施→一部→未実施）"},
        {"R と 1〜9", "実施した担当者を切り替え（R で終了）"},
        {"M と 1〜9", "不足していた準備物を切り替え（M で終了）"},
        {"C", "手順書の参照で混乱があった"},
        {"+ / -", "実施時刻を5分ずつ調整"},
        {"Enter", "項目のメモを書く"},
        {"N", "この状況付与へのメモ"},
        {"I", "インシデント記録（整理しておくべき事項）"},
        {"P", "時計の一時停止・再開"},
        {"H", "進行役だけが見る内容を隠す・表示する"},
        {"S", "画面を PNG で保存"},
        {"F11", "全画面表示の切り替え"},
        {"A", "前回の改善計画: 未完了のアクションと完了の確認（Space）"},
        {"E", "演習を終了して評価シートを表示"},
        {"F（評価シート）", "参加者アンケートを1人ずつ入力"},
        {"? / F1", "このヘルプ"},
    };
    int lh = line_h(m, t->text);
    int rows = (int)(sizeof keys / sizeof keys[0]);
    Rect r = centered(dl, dl->width * 3 / 4, lh * (rows + 2) + 2 * t->pad);
    modal(dl, t, r);
    int y = r.y + t->pad;
    draw_text(dl, r.x + t->pad, y, "キー操作（どのキーでも閉じます）",
              strlen("キー操作（どのキーでも閉じます）"), t->text, FONT_BOLD, t->accent, m);
    y += lh * 3 / 2;
    int col = r.w * 30 / 100;
    for (int i = 0; i < rows; i++, y += lh) {
        draw_text_fit(dl, m, r.x + t->pad, y, col - t->pad, keys[i][0], t->text, FONT_BOLD,
                      t->text_color);
        draw_text_fit(dl, m, r.x + col, y, r.w - col - t->pad, keys[i][1], t->text, FONT_REGULAR,
                      t->text_color);
    }
}

/* The text being typed, in a framed box (app_layout_edit.c draws the text, composition and
 * caret). */
static int edit_box(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r)
{
    draw_fill(dl, r, t->bg);
    draw_frame(dl, r, t->focus, t->line);
    Rect in = {r.x + t->gap, r.y + t->gap / 2, r.w - 2 * t->gap, r.h - t->gap};
    return app_edit_field(app, dl, m, t, in, t->text);
}

static void note_editor(App *app, DrawList *dl, const Measurer *m, const Theme *t)
{
    int lh = line_h(m, t->text);
    Rect r = centered(dl, dl->width * 2 / 3, lh * 7 + 2 * t->pad);
    modal(dl, t, r);
    char label[256];
    switch (app->overlay) {
    case OVERLAY_NOTE:
        snprintf(label, sizeof label, "この状況付与へのメモ");
        break;
    case OVERLAY_REVIEW:
        snprintf(label, sizeof label, "%s — 詳細（具体的に記載）",
                 vocab_label(&VOCAB_REVIEW, app->review_sel));
        break;
    case OVERLAY_OVERRIDE:
        snprintf(label, sizeof label, "%s を「%s %s」に変更する理由",
                 vocab_label(&VOCAB_REVIEW, app->review_sel),
                 vocab_id(&VOCAB_RATING, app->pending_rating),
                 vocab_label(&VOCAB_RATING, app->pending_rating));
        break;
    default:
        snprintf(label, sizeof label, "項目のメモ");
        break;
    }
    draw_text_fit(dl, m, r.x + t->pad, r.y + t->pad, r.w - 2 * t->pad, label, t->text, FONT_BOLD,
                  t->accent);
    edit_box(app, dl, m, t, (Rect){r.x + t->pad, r.y + t->pad + lh * 3 / 2, r.w - 2 * t->pad, lh * 4});
    const char *hint = "日本語入力できます。Enter で保存、Esc で取り消し";
    draw_text_fit(dl, m, r.x + t->pad, r.y + r.h - t->pad - line_h(m, t->small), r.w - 2 * t->pad,
                  hint, t->small, FONT_REGULAR, t->text_dim);
}

static void record_form(App *app, DrawList *dl, const Measurer *m, const Theme *t, HitList *hits)
{
    int lh = line_h(m, t->small);
    Rect r = centered(dl, dl->width * 5 / 6, dl->height * 5 / 6);
    modal(dl, t, r);
    const char *title = "インシデント記録 — インシデント対応時に整理しておくべき事項";
    draw_text_fit(dl, m, r.x + t->pad, r.y + t->pad, r.w - 2 * t->pad, title, t->text, FONT_BOLD,
                  t->accent);
    int y = r.y + t->pad + line_h(m, t->text) * 3 / 2;
    int row_h = (r.y + r.h - t->pad - lh - y) / RECFIELD_COUNT;
    int label_w = r.w * 26 / 100;
    for (int f = 0; f < RECFIELD_COUNT; f++, y += row_h) {
        Rect row = {r.x + t->pad, y, r.w - 2 * t->pad, row_h - t->gap / 3};
        bool sel = f == app->record_sel;
        draw_fill(dl, row, sel ? t->highlight : t->panel);
        draw_text_fit(dl, m, row.x + t->gap, row.y + t->gap / 3, label_w, vocab_label(&VOCAB_RECFIELD, f),
                      t->small, FONT_BOLD, t->text_color);
        Rect value = {row.x + label_w + t->gap, row.y + t->gap / 4, row.w - label_w - 2 * t->gap,
                      row.h - t->gap / 2};
        if (sel && app->editing) {
            edit_box(app, dl, m, t, value);
        } else {
            const char *v = app->s->incident_record[f];
            draw_text_box(dl, m, value, v ? v : "（未記入）", t->small, FONT_REGULAR,
                          v ? t->text_color : t->text_dim);
        }
        hits_add(hits, row, HIT_FIELD, f, 0);
    }
    const char *hint = app->editing ? "Enter で保存、Esc で取り消し"
                                    : "↑↓ で選択、Enter で入力、Esc または I で閉じる";
    draw_text_fit(dl, m, r.x + t->pad, r.y + r.h - t->pad - lh, r.w - 2 * t->pad, hint, t->small,
                  FONT_REGULAR, t->text_dim);
}

static void end_confirm(DrawList *dl, const Measurer *m, const Theme *t)
{
    int lh = line_h(m, t->title);
    Rect r = centered(dl, dl->width / 2, lh * 4);
    modal(dl, t, r);
    draw_text_box(dl, m, (Rect){r.x + t->pad, r.y + t->pad, r.w - 2 * t->pad, lh * 3},
                  "演習を終了しますか？\nE または Enter で終了し評価シートを作成、ほかのキーで取り消し",
                  t->text, FONT_BOLD, t->text_color);
}

void app_layout_overlay(App *app, DrawList *dl, const Measurer *m, const Theme *t, HitList *hits)
{
    switch (app->overlay) {
    case OVERLAY_HELP:
        help(dl, m, t);
        break;
    case OVERLAY_NOTE:
    case OVERLAY_ITEM_NOTE:
    case OVERLAY_REVIEW:
    case OVERLAY_OVERRIDE:
        note_editor(app, dl, m, t);
        break;
    case OVERLAY_RECORD:
        record_form(app, dl, m, t, hits);
        break;
    case OVERLAY_END_CONFIRM:
        end_confirm(dl, m, t);
        break;
    case OVERLAY_PLAN:
        app_layout_plan(app, dl, m, t);
        break;
    case OVERLAY_FEEDBACK:
        app_layout_feedback(app, dl, m, t);
        break;
    case OVERLAY_NONE:
        break;
    }
}
