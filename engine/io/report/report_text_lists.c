/* The printable sheet's lists after the review items: the decisions with their 解説, the outcome
 * of each expected 手順書 item, the notes taken during the drill and the ten fields of
 * インシデント対応時に整理しておくべき事項 (REFERENCE §2.7). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "report_text_internal.h"

enum { RECORD_LABEL_COLUMNS = 28 }; /* 「被害を受けたシステムの状況」 is 26 */

static void put_decision(TextBuf *b, const Sheet *sh, const DecisionOutcome *d)
{
    char at[32];
    char *head = report_text_format("%s %s（%s）", d->inject->id.s ? d->inject->id.s : "",
                                    d->inject->title.s ? d->inject->title.s : "",
                                    report_text_simtime(d->inject->at_minutes, at, sizeof at));
    textbuf_wrap(b, "・", 2, head);
    free(head);
    char *who = report_text_format("%s%s", report_role_name(sh, d->decision->by.s),
                                   d->by_leader ? "［経営層］" : "");
    textbuf_wrap(b, "  判断者: ", 10, who);
    free(who);
    textbuf_wrap(b, "  問い: ", 8, d->decision->prompt.s);
    if (d->chosen) {
        char *choice = report_text_format(
            "%s（%s、%d点）", d->chosen->text.s ? d->chosen->text.s : "",
            vocab_label(&VOCAB_VERDICT, (int)d->chosen->verdict), score_round(d->points));
        textbuf_wrap(b, "  選択: ", 8, choice);
        free(choice);
    } else {
        textbuf_put(b, "  選択: 判断なし（0点）\n");
    }
    bool poor = !d->chosen || d->chosen->verdict == VERDICT_POOR;
    const char *feedback = poor ? report_text_decision_feedback(sh, d) : NULL;
    if (feedback) {
        textbuf_wrap(b, "  解説: ", 8, feedback);
    }
}

void report_text_decisions(TextBuf *b, const Sheet *sh)
{
    report_text_heading(b, "意思決定");
    if (sh->n_decisions == 0) {
        textbuf_put(b, "・意思決定の場面は提示されなかった\n");
    }
    for (size_t i = 0; i < sh->n_decisions; i++) {
        put_decision(b, sh, &sh->decisions[i]);
    }
}

/* "一部実施  T+0:12（期限 T+0:15）  50点  初出: det-1" */
static char *item_status_line(const ItemOutcome *o)
{
    const ProcItem *p = o->item;
    char at[32], due[32], when[96] = "";
    if (o->has_at && p->has_due) {
        snprintf(when, sizeof when, "  %s（期限 %s）",
                 report_text_simtime(o->at_minutes, at, sizeof at),
                 report_text_simtime(p->due_minutes, due, sizeof due));
    } else if (o->has_at) {
        snprintf(when, sizeof when, "  %s", report_text_simtime(o->at_minutes, at, sizeof at));
    } else if (p->has_due) {
        snprintf(when, sizeof when, "  期限 %s",
                 report_text_simtime(p->due_minutes, due, sizeof due));
    }
    return report_text_format("%s%s%s  %d点  初出: %s", vocab_label(&VOCAB_STATUS, (int)o->status),
                              o->recorded ? "" : "（記録なし）", when, score_round(o->score),
                              o->first_inject && o->first_inject->id.s ? o->first_inject->id.s
                                                                       : "－");
}

/* "期限超過・担当者違い" from the outcome's flags, or NULL when there are none. */
static char *item_flags(const ItemOutcome *o)
{
    char flags[128] = "";
    const char *words[] = {o->late ? "期限超過" : NULL, o->wrong_owner ? "担当者違い" : NULL,
                           o->confused ? "手順書参照の混乱" : NULL};
    for (size_t i = 0; i < TTX_ARRAY_LEN(words); i++) {
        if (words[i]) {
            strcat(flags[0] ? strcat(flags, "・") : flags, words[i]);
        }
    }
    return flags[0] ? report_text_format("%s", flags) : NULL;
}

static char *join_roles(const Sheet *sh, const StringList *l)
{
    TextBuf t;
    textbuf_init(&t);
    for (size_t i = 0; i < l->n; i++) {
        textbuf_printf(&t, "%s%s", i ? "、" : "", report_role_name(sh, l->v[i]));
    }
    return textbuf_take(&t);
}

static void put_item(TextBuf *b, const Sheet *sh, const ItemOutcome *o)
{
    const ProcItem *p = o->item;
    char *head = report_text_format(
        "%s %s（%s／%s）", p->id.s ? p->id.s : "", p->name.s ? p->name.s : "",
        vocab_label(&VOCAB_STEP, (int)p->step), vocab_label(&VOCAB_PHASE, (int)p->phase));
    textbuf_wrap(b, "", 4, head);
    free(head);
    char *line = item_status_line(o);
    textbuf_wrap(b, "    ", 4, line);
    free(line);
    if (o->by.n) {
        line = join_roles(sh, &o->by);
        textbuf_wrap(b, "    実施: ", 10, line);
        free(line);
    }
    line = item_flags(o);
    if (line) {
        textbuf_wrap(b, "    指摘: ", 10, line);
        free(line);
    }
    for (size_t i = 0; i < o->missing.n; i++) {
        textbuf_wrap(b, "    不足: ", 10, o->missing.v[i]);
    }
    if (o->note) {
        textbuf_wrap(b, "    メモ: ", 10, o->note);
    }
}

void report_text_items(TextBuf *b, const Sheet *sh)
{
    report_text_heading(b, "手順項目ごとの実施状況");
    if (sh->n_items == 0) {
        textbuf_put(b, "・状況付与が求める手順項目なし\n");
    }
    for (size_t i = 0; i < sh->n_items; i++) {
        put_item(b, sh, &sh->items[i]);
    }
}

void report_text_notes(TextBuf *b, const Sheet *sh)
{
    report_text_heading(b, "演習中のメモ");
    if (sh->n_notes == 0) {
        textbuf_put(b, "・メモなし\n");
    }
    for (size_t i = 0; i < sh->n_notes; i++) {
        const SessionNote *n = &sh->notes[i];
        char at[32];
        const char *inject = "開始前";
        if (n->inject >= 0 && (size_t)n->inject < sh->scenario->n_injects) {
            inject = sh->scenario->injects[n->inject].id.s;
        }
        char *text =
            report_text_format("%s %s: %s", report_text_simtime(n->sim_minutes, at, sizeof at),
                               inject ? inject : "", n->text ? n->text : "");
        textbuf_wrap(b, "・", 2, text);
        free(text);
    }
}

void report_text_record(TextBuf *b, const Sheet *sh)
{
    report_text_heading(b, "インシデント対応時に整理しておくべき事項");
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        TextBuf prefix;
        textbuf_init(&prefix);
        textbuf_pad(&prefix, vocab_label(&VOCAB_RECFIELD, f), RECORD_LABEL_COLUMNS);
        const char *v = sh->incident_record[f];
        textbuf_wrap(b, prefix.s, RECORD_LABEL_COLUMNS, v && v[0] ? v : "（未記入）");
        textbuf_deinit(&prefix);
    }
}
