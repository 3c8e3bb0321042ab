/* The Markdown sheet's sections after the drill: 前回の改善計画の確認 and 参加者アンケート,
 * written only when the drill had a plan or feedback. */
#include <stdio.h>
#include <stdlib.h>

#include "feedback.h"
#include "plan.h"
#include "report_md_parts.h"

static void put_plan(TextBuf *b, const Sheet *sh)
{
    static const char *const labels[] = {"No.",          "アクション",       "担当", "期限",
                                         "計画での状況", "この演習での確認", "メモ"};
    textbuf_put(b, "\n## 前回の改善計画の確認\n\n");
    md_table_head(b, labels, "rllllll");
    for (size_t i = 0; i < sh->n_plan_review; i++) {
        const PlanReviewEntry *p = &sh->plan_review[i];
        char due[32];
        textbuf_printf(b, "| %zu | ", i + 1);
        if (p->action) {
            md_text(b, p->action, "");
            textbuf_put(b, " ");
        }
        md_text(b, p->text, "");
        textbuf_put(b, " | ");
        md_text(b, p->owner_name ? p->owner_name : report_role_name(sh, p->owner), "未定");
        textbuf_printf(b, " | %s | %s | %s | ",
                       p->has_due ? date_format(p->due, due, sizeof due) : "未定",
                       vocab_label(&VOCAB_PLAN_STATUS, p->status_before),
                       p->confirmed_done ? "完了を確認" : "未確認");
        md_text(b, p->note, "");
        textbuf_put(b, " |\n");
    }
}

static void put_texts(TextBuf *b, const char *label, const StringList *l)
{
    textbuf_printf(b, "\n**%s**\n\n", label);
    if (l->n == 0) {
        textbuf_put(b, "- 記入なし\n");
    }
    for (size_t i = 0; i < l->n; i++) {
        textbuf_put(b, "- ");
        md_text(b, l->v[i], "");
        textbuf_put(b, "\n");
    }
}

static void put_feedback(TextBuf *b, const FeedbackSummary *fs)
{
    static const char *const labels[] = {"No.", "設問", "回答", "平均", "5", "4", "3", "2", "1"};
    textbuf_printf(b, "\n## 参加者アンケート\n\n回答者: %zu名（1 そう思わない 〜 5 そう思う）\n\n",
                   fs->respondents);
    md_table_head(b, labels, "rlrrrrrrr");
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        const FeedbackStatement *st = &fs->statements[k];
        textbuf_printf(b, "| %d | %s | %d | ", k + 1, FEEDBACK_TEXTS[k], st->answers);
        if (st->answers) {
            textbuf_printf(b, "%d.%02d", st->mean_x100 / 100, st->mean_x100 % 100);
        } else {
            textbuf_put(b, "—");
        }
        textbuf_printf(b, " | %d | %d | %d | %d | %d |\n", st->counts[4], st->counts[3],
                       st->counts[2], st->counts[1], st->counts[0]);
    }
    put_texts(b, FEEDBACK_STRENGTHS_LABEL, &fs->strengths);
    put_texts(b, FEEDBACK_IMPROVEMENTS_LABEL, &fs->improvements);
}

void report_md_followup(TextBuf *b, const Sheet *sh)
{
    if (sh->n_plan_review) {
        put_plan(b, sh);
    }
    if (sh->feedback.respondents) {
        put_feedback(b, &sh->feedback);
    }
}
