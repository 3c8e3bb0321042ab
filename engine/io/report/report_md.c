/* The Markdown sheet: escaping, the header, the step and review-item tables, the eight review
 * items in full (findings and action items under their own items, as on the guide's form), then
 * decisions with their 解説, the outcome of each expected 手順書 item as a table, the notes taken
 * during the drill, the ten fields of インシデント対応時に整理しておくべき事項, and the sections
 * after the drill (前回の改善計画の確認 and 参加者アンケート, written only when the drill had a
 * plan or feedback). */
#include "report_md.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "feedback.h"
#include "plan.h"
#include "report_labels.h"
#include "sheet.h"
#include "textbuf.h"

/* ASCII punctuation that means something in Markdown or HTML anywhere in a line. */
static bool md_special(char c)
{
    return c && strchr("\\`*_[]<>|#~&!", c) != NULL;
}

/* At the start of a paragraph, list item or cell, "- x", "+ x" and "1. x" would begin a list. */
static size_t escape_list_marker(TextBuf *b, const char *s)
{
    if (s[0] == '-' || s[0] == '+' || s[0] == '=') {
        textbuf_printf(b, "\\%c", s[0]);
        return 1;
    }
    size_t n = 0;
    while (s[n] >= '0' && s[n] <= '9') {
        n++;
    }
    if (n > 0 && (s[n] == '.' || s[n] == ')')) {
        textbuf_putn(b, s, n);
        textbuf_printf(b, "\\%c", s[n]);
        return n + 1;
    }
    return 0;
}

/* Appends file text made safe for Markdown: sanitised, punctuation escaped, line breaks as <br>.
 * NULL or empty appends `empty` as it is (the report's own words). */
static void md_text(TextBuf *b, const char *s, const char *empty)
{
    char *clean = s ? textbuf_sanitize(s) : NULL;
    if (!clean || !clean[0]) {
        textbuf_put(b, empty);
        free(clean);
        return;
    }
    const char *p = clean + escape_list_marker(b, clean);
    for (; *p; p++) {
        if (*p == '\n') {
            textbuf_put(b, "<br>");
        } else if (md_special(*p)) {
            textbuf_printf(b, "\\%c", *p);
        } else {
            textbuf_putn(b, p, 1);
        }
    }
    free(clean);
}

/* md_text, then frees s. */
static void md_text_owned(TextBuf *b, char *s, const char *empty)
{
    md_text(b, s, empty);
    free(s);
}

/* "| a | b |" header and its "|---|---|" line; align is one char per column ('l' or 'r'). */
static void md_table_head(TextBuf *b, const char *const *labels, const char *align)
{
    size_t n = strlen(align);
    for (size_t i = 0; i < n; i++) {
        textbuf_printf(b, "| %s ", labels[i]);
    }
    textbuf_put(b, "|\n");
    for (size_t i = 0; i < n; i++) {
        textbuf_put(b, align[i] == 'r' ? "|---:" : "|---");
    }
    textbuf_put(b, "|\n");
}

static void field(TextBuf *b, const char *label, char *owned_value)
{
    textbuf_printf(b, "| %s | ", label);
    md_text_owned(b, owned_value, "（記載なし）");
    textbuf_put(b, " |\n");
}

static void put_header(TextBuf *b, const Sheet *sh)
{
    static const char *const head[] = {"項目", "内容"};
    char date[32];
    md_table_head(b, head, "ll");
    const char *company = sh->procedure->company.s;
    field(b, "社名", company ? ttx_strdup(company) : NULL);
    field(b, "シナリオ", report_scenario_text(sh));
    field(b, "インシデントの種類",
          ttx_strdup(vocab_label(&VOCAB_INCIDENT, (int)sh->scenario->incident)));
    field(b, "手順書", report_procedure_text(sh));
    field(b, "実施日",
          sh->exercise_date.year > 0 ? ttx_strdup(date_format(sh->exercise_date, date, sizeof date))
                                     : NULL);
    field(b, "ファシリテーター", sh->facilitator ? ttx_strdup(sh->facilitator) : NULL);
    field(b, "参加者", report_participants_text(sh));
    field(b, "所要時間", report_wall_text(sh));
    field(b, "演習上の時間", report_span_text(sh));
}

static void score_cells(TextBuf *b, Score sc, bool has_rating, Rating r)
{
    char rt[64];
    if (sc.has) {
        textbuf_printf(b, " %d |", sc.rounded);
    } else {
        textbuf_put(b, " － |");
    }
    const char *shown = report_rating_text(has_rating, r, rt, sizeof rt);
    textbuf_printf(b, " %s |", shown ? shown : "－");
}

static void put_summary(TextBuf *b, const Sheet *sh)
{
    static const char *const steps[] = {"ステップ", "点数", "評価"};
    static const char *const review[] = {"レビュー項目", "点数", "評価", "算出された評価",
                                         "変更理由"};
    textbuf_put(b, "\n## ステップ別の評価\n\n");
    md_table_head(b, steps, "lrl");
    for (int s = 0; s < STEP_COUNT; s++) {
        textbuf_printf(b, "| %s |", vocab_label(&VOCAB_STEP, s));
        score_cells(b, sh->steps[s], sh->steps[s].has, sh->steps[s].rating);
        textbuf_put(b, "\n");
    }
    textbuf_put(b, "\n## レビュー項目の評価\n\n");
    md_table_head(b, review, "lrlll");
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const ReviewEntry *r = &sh->review[k];
        char rt[64];
        textbuf_printf(b, "| %s |", vocab_label(&VOCAB_REVIEW, k));
        score_cells(b, r->score, r->has_rating, r->rating);
        const char *suggested = report_rating_text(r->score.has, r->score.rating, rt, sizeof rt);
        textbuf_printf(b, " %s | ", r->overridden && suggested ? suggested : "");
        md_text(b, r->overridden ? r->override_reason : NULL, "");
        textbuf_put(b, " |\n");
    }
    textbuf_put(b, "\n点数は100点満点。－: 評価の対象なし。算出された評価と変更理由は、"
                   "ファシリテーターが評価を変更した項目だけに示す。\n");
}

static void put_findings(TextBuf *b, const Sheet *sh)
{
    textbuf_put(b, "\n**指摘事項**\n\n");
    if (sh->n_findings == 0) {
        textbuf_put(b, "- 指摘事項なし\n");
    }
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        textbuf_printf(b, "- **%s** ", report_finding_label(f->kind));
        md_text(b, f->text, "");
        textbuf_put(b, "\n");
        if (f->feedback) {
            textbuf_put(b, "  - 解説: ");
            md_text(b, f->feedback, "");
            textbuf_put(b, "\n");
        }
    }
}

static void put_actions(TextBuf *b, const Sheet *sh)
{
    static const char *const head[] = {"No.", "アクション", "担当", "期限", "状況"};
    textbuf_put(b, "\n**アクションアイテム**\n\n");
    if (sh->n_actions == 0) {
        textbuf_put(b, "- アクションアイテムなし\n");
        return;
    }
    md_table_head(b, head, "rllll");
    for (size_t i = 0; i < sh->n_actions; i++) {
        const ActionItem *a = &sh->actions[i];
        char due[32];
        textbuf_printf(b, "| %zu | ", i + 1);
        md_text(b, a->text, "");
        textbuf_put(b, " | ");
        md_text(b, a->owner_name ? a->owner_name : report_role_name(sh, a->owner_role), "未定");
        textbuf_printf(b, " | %s | %s |\n",
                       a->due.year > 0 ? date_format(a->due, due, sizeof due) : "未定",
                       report_action_status(a->status));
    }
}

static void put_review_entry(TextBuf *b, const Sheet *sh, int k)
{
    const ReviewEntry *r = &sh->review[k];
    char rt[64], suggested[64];
    textbuf_printf(b, "\n### %d. %s\n\n", k + 1, vocab_label(&VOCAB_REVIEW, k));
    if (r->score.has) {
        textbuf_printf(b, "- 点数: %d点\n", r->score.rounded);
    } else {
        textbuf_put(b, "- 点数: なし\n");
    }
    const char *shown = report_rating_text(r->has_rating, r->rating, rt, sizeof rt);
    textbuf_printf(b, "- 評価: %s", shown ? shown : "なし");
    if (r->overridden) {
        const char *calc =
            report_rating_text(r->score.has, r->score.rating, suggested, sizeof suggested);
        textbuf_printf(b, "（算出 %s、変更理由: ", calc ? calc : "なし");
        md_text(b, r->override_reason, "記載なし");
        textbuf_put(b, "）");
    }
    textbuf_put(b, "\n");
    if (k == REVIEW_ISSUES) {
        put_findings(b, sh);
    } else if (k == REVIEW_ACTIONS) {
        put_actions(b, sh);
    } else if (r->evidence.n == 0) {
        textbuf_put(b, "- 根拠: なし\n");
    } else {
        textbuf_put(b, "- 根拠:\n");
        for (size_t i = 0; i < r->evidence.n; i++) {
            textbuf_put(b, "  - ");
            md_text(b, r->evidence.v[i], "");
            textbuf_put(b, "\n");
        }
    }
    textbuf_put(b, "\n**詳細（具体的に記載）**\n\n");
    md_text(b, r->comment, "（記載なし）");
    textbuf_put(b, "\n");
}

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

static void put_decisions(TextBuf *b, const Sheet *sh)
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

static void put_items(TextBuf *b, const Sheet *sh)
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

static void put_notes(TextBuf *b, const Sheet *sh)
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

static void put_record(TextBuf *b, const Sheet *sh)
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

/* 前回の改善計画の確認 and 参加者アンケート, each only when present. */
static void put_followup(TextBuf *b, const Sheet *sh)
{
    if (sh->n_plan_review) {
        put_plan(b, sh);
    }
    if (sh->feedback.respondents) {
        put_feedback(b, &sh->feedback);
    }
}

char *report_md(const Sheet *sh)
{
    TTX_EXPECT(sh && sh->scenario && sh->procedure);
    TextBuf b;
    textbuf_init(&b);
    textbuf_put(&b, "# インシデント対応机上演習実施後レビュー項目\n\n");
    put_header(&b, sh);
    put_summary(&b, sh);
    textbuf_put(&b, "\n## レビュー項目\n");
    for (int k = 0; k < REVIEW_COUNT; k++) {
        put_review_entry(&b, sh, k);
    }
    put_decisions(&b, sh);
    put_items(&b, sh);
    put_notes(&b, sh);
    put_record(&b, sh);
    put_followup(&b, sh);
    return textbuf_take(&b);
}
