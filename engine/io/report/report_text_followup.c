/* The printable sheet's sections after the drill: 前回の改善計画の確認 and 参加者アンケート,
 * printed only when the drill had a plan or feedback (a sheet without them is unchanged). */
#include <stdio.h>
#include <stdlib.h>

#include "feedback.h"
#include "plan.h"
#include "report_text_internal.h"

static void put_plan(TextBuf *b, const Sheet *sh)
{
    size_t done = 0;
    for (size_t i = 0; i < sh->n_plan_review; i++) {
        done += sh->plan_review[i].confirmed_done;
    }
    report_text_heading(b, "前回の改善計画の確認");
    textbuf_printf(b, "開始時に未完了だったアクション %zu件のうち、この演習で完了を確認: %zu件\n",
                   sh->n_plan_review, done);
    for (size_t i = 0; i < sh->n_plan_review; i++) {
        const PlanReviewEntry *p = &sh->plan_review[i];
        char num[32], due[32];
        snprintf(num, sizeof num, "%2zu. ", i + 1);
        char *line = report_text_format("[%s] %s%s%s", p->confirmed_done ? "完了を確認" : "未確認",
                                        p->action ? p->action : "", p->action ? " " : "", p->text);
        textbuf_wrap(b, num, 4, line);
        free(line);
        line = report_text_format("計画での状況: %s　期限: %s　担当: %s",
                                  vocab_label(&VOCAB_PLAN_STATUS, p->status_before),
                                  p->has_due ? date_format(p->due, due, sizeof due) : "未定",
                                  p->owner_name ? p->owner_name : report_role_name(sh, p->owner));
        textbuf_wrap(b, "    ", 4, line);
        free(line);
        if (p->note) {
            textbuf_wrap(b, "    メモ: ", 10, p->note);
        }
    }
}

static void put_texts(TextBuf *b, const char *label, const StringList *l)
{
    textbuf_printf(b, "%s:\n", label);
    if (l->n == 0) {
        textbuf_put(b, "・記入なし\n");
    }
    for (size_t i = 0; i < l->n; i++) {
        textbuf_wrap(b, "・", 2, l->v[i]);
    }
}

static void put_feedback(TextBuf *b, const FeedbackSummary *fs)
{
    report_text_heading(b, "参加者アンケート");
    textbuf_printf(b, "回答者: %zu名（1 そう思わない 〜 5 そう思う）\n", fs->respondents);
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        const FeedbackStatement *st = &fs->statements[k];
        char num[32];
        snprintf(num, sizeof num, "%2d. ", k + 1);
        textbuf_wrap(b, num, 4, FEEDBACK_TEXTS[k]);
        if (st->answers == 0) {
            textbuf_put(b, "    回答なし\n");
            continue;
        }
        textbuf_printf(b, "    平均 %d.%02d（回答 %d名）　5:%d 4:%d 3:%d 2:%d 1:%d\n",
                       st->mean_x100 / 100, st->mean_x100 % 100, st->answers, st->counts[4],
                       st->counts[3], st->counts[2], st->counts[1], st->counts[0]);
    }
    put_texts(b, FEEDBACK_STRENGTHS_LABEL, &fs->strengths);
    put_texts(b, FEEDBACK_IMPROVEMENTS_LABEL, &fs->improvements);
}

void report_text_followup(TextBuf *b, const Sheet *sh)
{
    if (sh->n_plan_review) {
        put_plan(b, sh);
    }
    if (sh->feedback.respondents) {
        put_feedback(b, &sh->feedback);
    }
}
