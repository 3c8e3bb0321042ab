/* The CSV sheet: the block frame and the first blocks (overview, steps, review items, findings,
 * action items). The layout is described in report_csv.h. */
#include "report_csv.h"

#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "report_csv_parts.h"

void csv_text(CsvWriter *w, const char *s)
{
    char *clean = s ? textbuf_sanitize(s) : NULL;
    csv_cell(w, clean);
    free(clean);
}

void csv_text_owned(CsvWriter *w, char *s)
{
    csv_text(w, s);
    free(s);
}

void csv_block(CsvWriter *w, const char *title, const char *const *columns, size_t n)
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
    report_csv_decisions(&w, sh);
    report_csv_items(&w, sh);
    report_csv_notes(&w, sh);
    report_csv_record(&w, sh);
    report_csv_followup(&w, sh);
    return textbuf_take(&b);
}
