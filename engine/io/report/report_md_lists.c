/* The Markdown sheet's sections after the review items: decisions with their 解説, the outcome
 * of each expected 手順書 item as a table, the notes taken during the drill and the ten fields of
 * インシデント対応時に整理しておくべき事項. */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "report_md_parts.h"

static void put_decision(TextBuf *b, const Sheet *sh, const DecisionOutcome *d)
{
    char at[32];
    textbuf_put(b, "- **");
    md_text(b, d->inject->id.s, "");
    textbuf_put(b, " ");
    md_text(b, d->inject->title.s, "");
    textbuf_printf(b, "**（%s）\n", report_simtime(d->inject->at_minutes, at, sizeof at));
    textbuf_put(b, "  - 判断者: ");
    md_text(b, report_role_name(sh, d->decision->by.s), "");
    textbuf_printf(b, "%s\n", d->by_leader ? "［経営層］" : "");
    textbuf_put(b, "  - 問い: ");
    md_text(b, d->decision->prompt.s, "");
    textbuf_put(b, "\n  - 選択: ");
    if (d->chosen) {
        md_text(b, d->chosen->text.s, "");
        textbuf_printf(b, "（%s、%d点）\n", vocab_label(&VOCAB_VERDICT, (int)d->chosen->verdict),
                       score_round(d->points));
    } else {
        textbuf_put(b, "判断なし（0点）\n");
    }
    const char *feedback = report_decision_feedback(sh, d);
    if (feedback) {
        textbuf_put(b, "  - 解説: ");
        md_text(b, feedback, "");
        textbuf_put(b, "\n");
    }
}

void report_md_decisions(TextBuf *b, const Sheet *sh)
{
    textbuf_put(b, "\n## 意思決定\n\n");
    if (sh->n_decisions == 0) {
        textbuf_put(b, "- 意思決定の場面は提示されなかった\n");
    }
    for (size_t i = 0; i < sh->n_decisions; i++) {
        put_decision(b, sh, &sh->decisions[i]);
    }
}

static void put_roles(TextBuf *b, const Sheet *sh, const StringList *l)
{
    for (size_t i = 0; i < l->n; i++) {
        if (i) {
            textbuf_put(b, "、");
        }
        md_text(b, report_role_name(sh, l->v[i]), "");
    }
}

static void put_item(TextBuf *b, const Sheet *sh, const ItemOutcome *o)
{
    const ProcItem *p = o->item;
    char at[32], due[32];
    textbuf_put(b, "| ");
    md_text(b, p->id.s, "");
    textbuf_put(b, " ");
    md_text(b, p->name.s, "");
    textbuf_printf(b, " | %s／%s | %s%s | %s | %s | ", vocab_label(&VOCAB_STEP, (int)p->step),
                   vocab_label(&VOCAB_PHASE, (int)p->phase),
                   vocab_label(&VOCAB_STATUS, (int)o->status), o->recorded ? "" : "（記録なし）",
                   o->has_at ? report_simtime(o->at_minutes, at, sizeof at) : "",
                   p->has_due ? report_simtime(p->due_minutes, due, sizeof due) : "");
    put_roles(b, sh, &o->by);
    textbuf_put(b, " | ");
    md_text_owned(b, report_item_flags(o), "");
    textbuf_put(b, " | ");
    for (size_t i = 0; i < o->missing.n; i++) {
        if (i) {
            textbuf_put(b, "、");
        }
        md_text(b, o->missing.v[i], "");
    }
    textbuf_put(b, " | ");
    md_text(b, o->note, "");
    textbuf_printf(b, " | %d |\n", score_round(o->score));
}

void report_md_items(TextBuf *b, const Sheet *sh)
{
    static const char *const head[] = {"手順項目", "ステップ／フェーズ",
                                       "状況",     "実施時刻",
                                       "期限",     "実施",
                                       "指摘",     "不足",
                                       "メモ",     "点数"};
    textbuf_put(b, "\n## 手順項目ごとの実施状況\n\n");
    if (sh->n_items == 0) {
        textbuf_put(b, "- 状況付与が求める手順項目なし\n");
        return;
    }
    md_table_head(b, head, "lllllllllr");
    for (size_t i = 0; i < sh->n_items; i++) {
        put_item(b, sh, &sh->items[i]);
    }
}

void report_md_notes(TextBuf *b, const Sheet *sh)
{
    textbuf_put(b, "\n## 演習中のメモ\n\n");
    if (sh->n_notes == 0) {
        textbuf_put(b, "- メモなし\n");
    }
    for (size_t i = 0; i < sh->n_notes; i++) {
        const SessionNote *n = &sh->notes[i];
        char at[32];
        const char *inject = "開始前";
        if (n->inject >= 0 && (size_t)n->inject < sh->scenario->n_injects) {
            inject = sh->scenario->injects[n->inject].id.s;
        }
        textbuf_printf(b, "- %s ", report_simtime(n->sim_minutes, at, sizeof at));
        md_text(b, inject, "");
        textbuf_put(b, ": ");
        md_text(b, n->text, "");
        textbuf_put(b, "\n");
    }
}

void report_md_record(TextBuf *b, const Sheet *sh)
{
    static const char *const head[] = {"項目", "内容"};
    textbuf_put(b, "\n## インシデント対応時に整理しておくべき事項\n\n");
    md_table_head(b, head, "ll");
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        textbuf_printf(b, "| %s | ", vocab_label(&VOCAB_RECFIELD, f));
        md_text(b, sh->incident_record[f], "（未記入）");
        textbuf_put(b, " |\n");
    }
}
