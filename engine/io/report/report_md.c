/* The Markdown sheet: escaping, the header, the step and review-item tables and the eight review
 * items in full (findings and action items under their own items, as on the guide's form). */
#include "report_md.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "report_md_parts.h"

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

void md_text(TextBuf *b, const char *s, const char *empty)
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

void md_text_owned(TextBuf *b, char *s, const char *empty)
{
    md_text(b, s, empty);
    free(s);
}

void md_table_head(TextBuf *b, const char *const *labels, const char *align)
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
    report_md_decisions(&b, sh);
    report_md_items(&b, sh);
    report_md_notes(&b, sh);
    report_md_record(&b, sh);
    report_md_followup(&b, sh);
    return textbuf_take(&b);
}
