/* The CSV sheet's last blocks: decisions, the outcome of each expected 手順書 item, the notes and
 * the incident record (layout in report_csv.h). */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "report_csv_parts.h"
#include "textbuf.h"

void report_csv_decisions(CsvWriter *w, const Sheet *sh)
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

void report_csv_items(CsvWriter *w, const Sheet *sh)
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

void report_csv_notes(CsvWriter *w, const Sheet *sh)
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

void report_csv_record(CsvWriter *w, const Sheet *sh)
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
