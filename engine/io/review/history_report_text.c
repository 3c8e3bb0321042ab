/* The history as printable Japanese text: the exercises, a table of the step and review-item
 * ratings (one column per exercise, oldest on the left, the trend on the right) and what became
 * of the action items. File text goes through textbuf_wrap, which sanitises and wraps it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "history_report.h"
#include "textbuf.h"

enum { LABEL_COLUMNS = 26, CELL_COLUMNS = 8 };

static char *format(const char *fmt, ...) TTX_PRINTF(1, 2);

/* printf into a new string (malloc'd): file text mixed with the report's words, to be wrapped. */
static char *format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    return s;
}

static void wrap_owned(TextBuf *b, const char *prefix, size_t hang, char *text)
{
    textbuf_wrap(b, prefix, hang, text);
    free(text);
}

static const char *date_or_dash(bool has, Date d, char *buf, size_t size)
{
    return has ? date_format(d, buf, size) : "（日付なし）";
}

static void put_exercises(TextBuf *b, const History *h)
{
    textbuf_put(b, "\n【演習】\n");
    for (size_t i = 0; i < h->n_exercises; i++) {
        const HistoryExercise *e = &h->exercises[i];
        const SheetSummary *s = e->sheet;
        char prefix[64], date[32];
        snprintf(prefix, sizeof prefix, "#%-3zu%s  ", i + 1,
                 date_or_dash(s->has_date, s->date, date, sizeof date));
        TextBuf p;
        textbuf_init(&p);
        textbuf_pad(&p, prefix, 16);
        textbuf_wrap(b, p.s, 16, s->scenario_title ? s->scenario_title : s->scenario_id);
        textbuf_deinit(&p);
        wrap_owned(b, "                ", 16,
                   format("（%s、手順書 %s%s%s）", s->scenario_id ? s->scenario_id : "",
                          s->procedure_id ? s->procedure_id : "",
                          s->procedure_revision ? " 改訂 " : "",
                          s->procedure_revision ? s->procedure_revision : ""));
        const SummaryScore *o = &s->review[REVIEW_OVERALL];
        char overall[32] = "－";
        if (o->has_score) {
            snprintf(overall, sizeof overall, "%d点%s%s", o->score, o->has_rating ? " " : "",
                     o->has_rating ? vocab_id(&VOCAB_RATING, (int)o->rating) : "");
        }
        char more[96] = "";
        if (i > 0) {
            snprintf(more, sizeof more, "（新規%zu件、以前と同じ%zu件）", e->n_new, e->n_repeated);
        }
        wrap_owned(b, "                ", 16,
                   format("総合評価 %s、課題 %zu件、アクション %zu件%s", overall, e->n_findings,
                          e->n_actions, more));
    }
}

static void put_cell(TextBuf *b, const SummaryScore *p)
{
    char cell[32] = "－";
    if (p->has_score) {
        snprintf(cell, sizeof cell, "%d%s%s", p->score, p->has_rating ? " " : "",
                 p->has_rating ? vocab_id(&VOCAB_RATING, (int)p->rating) : "");
    } else if (p->has_rating) {
        snprintf(cell, sizeof cell, "%s", vocab_id(&VOCAB_RATING, (int)p->rating));
    }
    textbuf_pad(b, cell, CELL_COLUMNS);
}

static void put_row(TextBuf *b, const History *h, const HistorySeries *s, size_t first)
{
    textbuf_pad(b, s->label, LABEL_COLUMNS);
    for (size_t i = first; i < h->n_exercises; i++) {
        put_cell(b, &s->points[i]);
    }
    if (s->trend == TREND_NONE) {
        textbuf_put(b, "－\n");
    } else {
        textbuf_printf(b, "%s（%+d）\n", trend_label(s->trend), s->change);
    }
}

static void put_table_head(TextBuf *b, const History *h, const char *title, size_t first)
{
    textbuf_printf(b, "\n【%s】\n", title);
    textbuf_pad(b, "", LABEL_COLUMNS);
    for (size_t i = first; i < h->n_exercises; i++) {
        char col[32];
        snprintf(col, sizeof col, "#%zu", i + 1);
        textbuf_pad(b, col, CELL_COLUMNS);
    }
    textbuf_put(b, "傾向\n");
}

static void put_tables(TextBuf *b, const History *h)
{
    size_t first =
        h->n_exercises > HISTORY_TEXT_COLUMNS ? h->n_exercises - HISTORY_TEXT_COLUMNS : 0;
    put_table_head(b, h, "ステップ別の評価", first);
    for (int st = 0; st < STEP_COUNT; st++) {
        put_row(b, h, &h->steps[st], first);
    }
    put_table_head(b, h, "レビュー項目別の評価", first);
    for (int r = 0; r < REVIEW_COUNT; r++) {
        if (r != REVIEW_ISSUES && r != REVIEW_ACTIONS) { /* rated only by their lists */
            put_row(b, h, &h->review[r], first);
        }
    }
    if (first > 0) {
        textbuf_printf(b, "（表は最新の%d回。全%zu回の値は --format json で出力できます）\n",
                       HISTORY_TEXT_COLUMNS, h->n_exercises);
    }
    wrap_owned(b, "", 0,
               format("傾向: 点数の回帰直線で見た最初から最後までの変化が +%d点以上で改善、"
                      "-%d点以下で悪化、その間は横ばい。",
                      HISTORY_TREND_POINTS, HISTORY_TREND_POINTS));
}

static void put_actions(TextBuf *b, const History *h, const char *plan_path)
{
    const HistoryActions *a = &h->actions;
    char latest[32];
    textbuf_put(b, "\n【アクションアイテム】\n");
    if (a->from_plan) {
        wrap_owned(b, "集計元    ", 10, format("改善計画 %s", plan_path ? plan_path : ""));
        wrap_owned(b, "件数      ", 10,
                   format("全%zu件: 完了 %zu件、対応中 %zu件、未着手 %zu件", a->total, a->closed,
                          a->in_progress, a->open));
    } else {
        wrap_owned(b, "集計元    ", 10,
                   format("評価シートのみ（改善計画なし）。後の同じ手順書の演習で挙がらなかった"
                          "ものを完了とみなす"));
        wrap_owned(b, "件数      ", 10,
                   format("全%zu件: 完了 %zu件、未完了 %zu件", a->total, a->closed, a->open));
    }
    wrap_owned(b, "期限超過  ", 10,
               format("%zu件（最新の演習 %s の時点で期限を過ぎ、完了していないもの）", a->overdue,
                      date_or_dash(h->has_latest, h->latest, latest, sizeof latest)));
    wrap_owned(b, "再発      ", 10,
               format("%zu件（2回以上の演習で同じアクションが挙がったもの）", a->recurred));
    if (a->n_overdue_list == 0) {
        return;
    }
    textbuf_put(b, "\n【期限超過のアクション】\n");
    for (size_t i = 0; i < a->n_overdue_list; i++) {
        const HistoryAction *x = &a->overdue_list[i];
        char due[32], prefix[32];
        snprintf(prefix, sizeof prefix, "%s ", x->id ? x->id : "-");
        TextBuf p;
        textbuf_init(&p);
        textbuf_pad(&p, prefix, 5);
        wrap_owned(b, p.s, 5,
                   format("%s（担当: %s、期限: %s%s%s）", x->text ? x->text : "",
                          x->owner_name ? x->owner_name
                          : x->owner    ? x->owner
                                        : "未定",
                          date_format(x->due, due, sizeof due), x->status >= 0 ? "、" : "",
                          x->status >= 0 ? vocab_label(&VOCAB_PLAN_STATUS, x->status) : ""));
        textbuf_deinit(&p);
    }
}

char *history_text(const History *h, const char *plan_path)
{
    TextBuf b;
    textbuf_init(&b);
    textbuf_printf(&b, "インシデント対応机上演習の推移（%zu回の演習、古い順）\n", h->n_exercises);
    put_exercises(&b, h);
    put_tables(&b, h);
    put_actions(&b, h, plan_path);
    return textbuf_take(&b);
}
