/* The CSV sheet's blocks after the drill: 前回の改善計画の確認 and 参加者アンケート, written only
 * when the drill had a plan or feedback. */
#include "base.h"
#include "feedback.h"
#include "plan.h"
#include "report_csv_parts.h"

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

void report_csv_followup(CsvWriter *w, const Sheet *sh)
{
    if (sh->n_plan_review) {
        put_plan(w, sh);
    }
    if (sh->feedback.respondents) {
        put_feedback(w, &sh->feedback);
    }
}
