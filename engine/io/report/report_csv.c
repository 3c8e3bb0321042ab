/* The CSV sheet: the block frame and its blocks in order (overview, steps, review items,
 * findings, action items, decisions, the outcome of each expected 手順書 item, the notes and the
 * incident record), then the blocks after the drill (前回の改善計画の確認 and 参加者アンケート,
 * written only when the drill had a plan or feedback). The layout is described in report_csv.h. */
#include "report_csv.h"

#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "csv_write.h"
#include "feedback.h"
#include "plan.h"
#include "report_labels.h"
#include "sheet.h"
#include "textbuf.h"

/* A cell of file text, sanitised (no control characters but line breaks). */
static void csv_text(CsvWriter *w, const char *s)
{
    char *clean = s ? textbuf_sanitize(s) : NULL;
    csv_cell(w, clean);
    free(clean);
}

/* csv_text, then frees s. */
static void csv_text_owned(CsvWriter *w, char *s)
{
    csv_text(w, s);
    free(s);
}

/* A block's title row and its column names, after an empty row unless it is the first. */
static void csv_block(CsvWriter *w, const char *title, const char *const *columns, size_t n)
{
    if (w->b->len > 3) { /* more than the byte-order mark: separate from the block before */
        csv_end_row(w);
    }
    csv_cell_fmt(w, "【%s】", title);
    csv_end_row(w);
    for (size_t i = 0; i < n; i++) {
        csv_cell(w, columns[i]);
    }
    csv_end_row(w);
}

static void overview_row(CsvWriter *w, const char *label, char *owned)
{
    csv_cell(w, label);
    csv_text_owned(w, owned);
    csv_end_row(w);
}

static void put_overview(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"項目", "内容"};
    char date[32];
    csv_block(w, "概要", columns, 2);
    const char *company = sh->procedure->company.s;
    overview_row(w, "社名", company ? ttx_strdup(company) : NULL);
    overview_row(w, "シナリオ", report_scenario_text(sh));
    overview_row(w, "インシデントの種類",
                 ttx_strdup(vocab_label(&VOCAB_INCIDENT, (int)sh->scenario->incident)));
    overview_row(w, "手順書", report_procedure_text(sh));
    overview_row(w, "実施日",
                 sh->exercise_date.year > 0
                     ? ttx_strdup(date_format(sh->exercise_date, date, sizeof date))
                     : NULL);
    overview_row(w, "ファシリテーター", sh->facilitator ? ttx_strdup(sh->facilitator) : NULL);
    overview_row(w, "参加者", report_participants_text(sh));
    overview_row(w, "所要時間", report_wall_text(sh));
    overview_row(w, "演習上の時間", report_span_text(sh));
}

static void score_cells(CsvWriter *w, Score sc, bool has_rating, Rating r)
{
    if (sc.has) {
        csv_cell_long(w, sc.rounded);
    } else {
        csv_cell(w, NULL);
    }
    csv_cell(w, has_rating ? vocab_id(&VOCAB_RATING, (int)r) : NULL);
}

static void put_steps(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"key", "ステップ", "点数", "評価"};
    csv_block(w, "ステップ別の評価", columns, 4);
    for (int s = 0; s < STEP_COUNT; s++) {
        csv_cell(w, vocab_id(&VOCAB_STEP, s));
        csv_cell(w, vocab_label(&VOCAB_STEP, s));
        score_cells(w, sh->steps[s], sh->steps[s].has, sh->steps[s].rating);
        csv_end_row(w);
    }
}

static char *joined_evidence(const ReviewEntry *r)
{
    TextBuf t;
    textbuf_init(&t);
    textbuf_put(&t, "");
    for (size_t i = 0; i < r->evidence.n; i++) {
        textbuf_printf(&t, "%s%s", i ? "\n" : "", r->evidence.v[i] ? r->evidence.v[i] : "");
    }
    return textbuf_take(&t);
}

static void put_review(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {
        "No.", "key", "レビュー項目", "点数", "評価", "算出された評価", "変更理由", "根拠", "詳細"};
    csv_block(w, "レビュー項目", columns, TTX_ARRAY_LEN(columns));
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const ReviewEntry *r = &sh->review[k];
        csv_cell_long(w, k + 1);
        csv_cell(w, vocab_id(&VOCAB_REVIEW, k));
        csv_cell(w, vocab_label(&VOCAB_REVIEW, k));
        score_cells(w, r->score, r->has_rating, r->rating);
        csv_cell(w, r->score.has ? vocab_id(&VOCAB_RATING, (int)r->score.rating) : NULL);
        csv_text(w, r->overridden ? r->override_reason : NULL);
        csv_text_owned(w, joined_evidence(r));
        csv_text(w, r->comment);
        csv_end_row(w);
    }
}

static void put_findings(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"No.",      "kind",   "種類", "状況付与",
                                          "手順項目", "準備物", "内容", "解説"};
    csv_block(w, "課題点および改善点", columns, TTX_ARRAY_LEN(columns));
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        csv_cell_long(w, (long)i + 1);
        csv_cell(w, FINDING_KIND_IDS[f->kind]);
        csv_cell(w, report_finding_label(f->kind));
        csv_text(w, f->inject ? f->inject->id.s : NULL);
        csv_text(w, f->item ? f->item->id.s : NULL);
        csv_text(w, f->document);
        csv_text(w, f->text);
        csv_text(w, f->feedback);
        csv_end_row(w);
    }
}

static void put_actions(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"No.",  "アクション", "担当",     "担当者名", "期限",
                                          "状況", "発生源",     "手順項目", "状況付与", "準備物"};
    csv_block(w, "次回演習に向けたアクションアイテム", columns, TTX_ARRAY_LEN(columns));
    for (size_t i = 0; i < sh->n_actions; i++) {
        const ActionItem *a = &sh->actions[i];
        char due[32];
        csv_cell_long(w, (long)i + 1);
        csv_text(w, a->text);
        csv_text(w, a->owner_role);
        csv_text(w, a->owner_name ? a->owner_name : report_role_name(sh, a->owner_role));
        csv_cell(w, a->due.year > 0 ? date_format(a->due, due, sizeof due) : NULL);
        csv_cell(w, report_action_status(a->status));
        csv_cell(w, report_source_label(a->source));
        csv_text(w, a->item ? a->item->id.s : NULL);
        csv_text(w, a->inject ? a->inject->id.s : NULL);
        csv_text(w, a->document);
        csv_end_row(w);
    }
}

static void put_decisions(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"状況付与", "題名", "判断者", "経営層", "問い",
                                          "選択",     "判定", "点数",   "解説"};
    csv_block(w, "意思決定", columns, TTX_ARRAY_LEN(columns));
    for (size_t i = 0; i < sh->n_decisions; i++) {
        const DecisionOutcome *d = &sh->decisions[i];
        csv_text(w, d->inject->id.s);
        csv_text(w, d->inject->title.s);
        csv_text(w, report_role_name(sh, d->decision->by.s));
        csv_cell(w, d->by_leader ? "1" : NULL);
        csv_text(w, d->decision->prompt.s);
        csv_text(w, d->chosen ? d->chosen->text.s : "判断なし");
        csv_cell(w, d->chosen ? vocab_label(&VOCAB_VERDICT, (int)d->chosen->verdict) : NULL);
        csv_cell_long(w, score_round(d->points));
        csv_text(w, report_decision_feedback(sh, d));
        csv_end_row(w);
    }
}

static char *join_roles(const Sheet *sh, const StringList *l)
{
    TextBuf t;
    textbuf_init(&t);
    textbuf_put(&t, "");
    for (size_t i = 0; i < l->n; i++) {
        textbuf_printf(&t, "%s%s", i ? "、" : "", report_role_name(sh, l->v[i]));
    }
    return textbuf_take(&t);
}

static char *join_list(const StringList *l)
{
    TextBuf t;
    textbuf_init(&t);
    textbuf_put(&t, "");
    for (size_t i = 0; i < l->n; i++) {
        textbuf_printf(&t, "%s%s", i ? "\n" : "", l->v[i] ? l->v[i] : "");
    }
    return textbuf_take(&t);
}

static void put_item(CsvWriter *w, const Sheet *sh, const ItemOutcome *o)
{
    const ProcItem *p = o->item;
    char at[32], due[32];
    csv_text(w, p->id.s);
    csv_text(w, p->name.s);
    csv_cell(w, vocab_label(&VOCAB_STEP, (int)p->step));
    csv_cell(w, vocab_label(&VOCAB_PHASE, (int)p->phase));
    csv_cell(w, vocab_label(&VOCAB_STATUS, (int)o->status));
    csv_cell(w, o->recorded ? "1" : NULL);
    csv_text_owned(w, join_roles(sh, &o->by));
    csv_cell(w, o->has_at ? report_simtime(o->at_minutes, at, sizeof at) : NULL);
    csv_cell(w, p->has_due ? report_simtime(p->due_minutes, due, sizeof due) : NULL);
    csv_cell(w, o->late ? "1" : NULL);
    csv_cell(w, o->wrong_owner ? "1" : NULL);
    csv_cell(w, o->confused ? "1" : NULL);
    csv_text_owned(w, join_list(&o->missing));
    csv_text(w, o->note);
    csv_cell_long(w, score_round(o->score));
    csv_text(w, o->first_inject ? o->first_inject->id.s : NULL);
    csv_end_row(w);
}

static void put_items(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"手順項目", "名称",     "ステップ",   "フェーズ",
                                          "状況",     "記録あり", "実施者",     "実施時刻",
                                          "期限",     "期限超過", "担当者違い", "手順書参照の混乱",
                                          "不足",     "メモ",     "点数",       "初出の状況付与"};
    csv_block(w, "手順項目ごとの実施状況", columns, TTX_ARRAY_LEN(columns));
    for (size_t i = 0; i < sh->n_items; i++) {
        put_item(w, sh, &sh->items[i]);
    }
}

static void put_notes(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"演習上の時刻", "状況付与", "メモ"};
    csv_block(w, "演習中のメモ", columns, TTX_ARRAY_LEN(columns));
    for (size_t i = 0; i < sh->n_notes; i++) {
        const SessionNote *n = &sh->notes[i];
        char at[32];
        const char *inject = "開始前";
        if (n->inject >= 0 && (size_t)n->inject < sh->scenario->n_injects) {
            inject = sh->scenario->injects[n->inject].id.s;
        }
        csv_cell(w, report_simtime(n->sim_minutes, at, sizeof at));
        csv_text(w, inject);
        csv_text(w, n->text);
        csv_end_row(w);
    }
}

static void put_record(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {"key", "項目", "内容"};
    csv_block(w, "インシデント対応時に整理しておくべき事項", columns, TTX_ARRAY_LEN(columns));
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        csv_cell(w, vocab_id(&VOCAB_RECFIELD, f));
        csv_cell(w, vocab_label(&VOCAB_RECFIELD, f));
        csv_text(w, sh->incident_record[f]);
        csv_end_row(w);
    }
}

static void put_plan(CsvWriter *w, const Sheet *sh)
{
    static const char *const columns[] = {
        "No.",      "key",  "アクションID", "アクション",           "担当",
        "担当者名", "期限", "計画での状況", "この演習で完了を確認", "メモ"};
    csv_block(w, "前回の改善計画の確認", columns, TTX_ARRAY_LEN(columns));
    for (size_t i = 0; i < sh->n_plan_review; i++) {
        const PlanReviewEntry *p = &sh->plan_review[i];
        char due[32];
        csv_cell_long(w, (long)i + 1);
        csv_text(w, p->key);
        csv_text(w, p->action);
        csv_text(w, p->text);
        csv_text(w, p->owner);
        csv_text(w, p->owner_name ? p->owner_name : report_role_name(sh, p->owner));
        csv_cell(w, p->has_due ? date_format(p->due, due, sizeof due) : NULL);
        csv_cell(w, vocab_label(&VOCAB_PLAN_STATUS, p->status_before));
        csv_cell(w, p->confirmed_done ? "1" : NULL);
        csv_text(w, p->note);
        csv_end_row(w);
    }
}

static void put_feedback(CsvWriter *w, const FeedbackSummary *fs)
{
    static const char *const columns[] = {"id", "設問", "回答数", "平均×100", "5",
                                          "4",  "3",    "2",      "1"};
    csv_block(w, "参加者アンケート", columns, TTX_ARRAY_LEN(columns));
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        const FeedbackStatement *st = &fs->statements[k];
        csv_cell(w, FEEDBACK_IDS[k]);
        csv_cell(w, FEEDBACK_TEXTS[k]);
        csv_cell_long(w, st->answers);
        if (st->answers) {
            csv_cell_long(w, st->mean_x100);
        } else {
            csv_cell(w, NULL);
        }
        for (int v = 4; v >= 0; v--) {
            csv_cell_long(w, st->counts[v]);
        }
        csv_end_row(w);
    }
    static const char *const text_columns[] = {"種別", "記入"};
    csv_block(w, "参加者アンケートの記入", text_columns, TTX_ARRAY_LEN(text_columns));
    for (size_t i = 0; i < fs->strengths.n; i++) {
        csv_cell(w, FEEDBACK_STRENGTHS_LABEL);
        csv_text(w, fs->strengths.v[i]);
        csv_end_row(w);
    }
    for (size_t i = 0; i < fs->improvements.n; i++) {
        csv_cell(w, FEEDBACK_IMPROVEMENTS_LABEL);
        csv_text(w, fs->improvements.v[i]);
        csv_end_row(w);
    }
}

/* 前回の改善計画の確認 and 参加者アンケート, each only when present. */
static void put_followup(CsvWriter *w, const Sheet *sh)
{
    if (sh->n_plan_review) {
        put_plan(w, sh);
    }
    if (sh->feedback.respondents) {
        put_feedback(w, &sh->feedback);
    }
}

char *report_csv(const Sheet *sh)
{
    TTX_EXPECT(sh && sh->scenario && sh->procedure);
    TextBuf b;
    textbuf_init(&b);
    CsvWriter w;
    csv_begin(&w, &b);
    put_overview(&w, sh);
    put_steps(&w, sh);
    put_review(&w, sh);
    put_findings(&w, sh);
    put_actions(&w, sh);
    put_decisions(&w, sh);
    put_items(&w, sh);
    put_notes(&w, sh);
    put_record(&w, sh);
    put_followup(&w, sh);
    return textbuf_take(&b);
}
