/* The printable sheet: title, header, the step and review summary tables and the eight review
 * items in full. Everything that comes from a file goes through textbuf_wrap, which sanitises
 * and wraps it; only the report's own labels and numbers are appended as they are. */
#include "report_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "report_text_internal.h"
#include "walltime.h"

enum { HEADER_LABEL_COLUMNS = 20 }; /* 「インシデントの種類」 is 18 */

static const char *const NONE = "（記載なし）";

void report_text_heading(TextBuf *b, const char *title)
{
    textbuf_printf(b, "\n【%s】\n", title);
}

char *report_text_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    return s;
}

const char *report_text_simtime(int minutes, char *buf, size_t size)
{
    char t[32];
    snprintf(buf, size, "T+%s", simtime_format(minutes, t, sizeof t));
    return buf;
}

const char *report_text_decision_feedback(const Sheet *sh, const DecisionOutcome *d)
{
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        bool decision = f->kind == FINDING_POOR_DECISION || f->kind == FINDING_UNMADE_DECISION;
        if (decision && f->inject == d->inject && f->feedback) {
            return f->feedback;
        }
    }
    return d->chosen ? d->chosen->feedback.s : NULL;
}

/* "A 問題なく実施", or a dash when there is no rating. */
static const char *rating_text(bool has, Rating r, char *buf, size_t size)
{
    if (!has) {
        return "－";
    }
    snprintf(buf, size, "%s %s", vocab_id(&VOCAB_RATING, (int)r),
             vocab_label(&VOCAB_RATING, (int)r));
    return buf;
}

static void put_field(TextBuf *b, const char *label, const char *value)
{
    TextBuf prefix;
    textbuf_init(&prefix);
    textbuf_pad(&prefix, label, HEADER_LABEL_COLUMNS);
    textbuf_wrap(b, prefix.s, HEADER_LABEL_COLUMNS, value && value[0] ? value : NONE);
    textbuf_deinit(&prefix);
}

static void put_field_owned(TextBuf *b, const char *label, char *value)
{
    put_field(b, label, value);
    free(value);
}

static char *join(const StringList *l, const char *sep)
{
    TextBuf t;
    textbuf_init(&t);
    for (size_t i = 0; i < l->n; i++) {
        textbuf_printf(&t, "%s%s", i ? sep : "", l->v[i] ? l->v[i] : "");
    }
    return textbuf_take(&t);
}

/* "1:20（2026-12-01 09:00〜10:20、中断を除く）" from the wall clock. */
static char *wall_text(const Sheet *sh)
{
    if (!sh->has_wall) {
        return report_text_format("%s", "（記録なし）");
    }
    char start[64], end[64], active[32];
    walltime_format(sh->started, start, sizeof start);
    walltime_format(sh->ended, end, sizeof end);
    /* "2026-12-01T09:00:00+09:00" → "2026-12-01 09:00"; the end without its date when it is
     * the same day */
    bool usual = strlen(start) >= 16 && strlen(end) >= 16;
    if (usual) {
        start[10] = end[10] = ' ';
        start[16] = end[16] = '\0';
    }
    const char *end_shown = usual && strncmp(start, end, 10) == 0 ? end + 11 : end;
    int64_t minutes = sh->active_ms > 0 ? sh->active_ms / 60000 : 0;
    simtime_format((int)minutes, active, sizeof active);
    return report_text_format("%s（%s〜%s、中断を除く）", active, start, end_shown);
}

static void put_header(TextBuf *b, const Sheet *sh)
{
    const Scenario *sc = sh->scenario;
    const Procedure *pr = sh->procedure;
    char date[32], span[32];
    put_field(b, "社名", pr->company.s);
    put_field_owned(
        b, "シナリオ",
        report_text_format("%s（%s）", sc->title.s ? sc->title.s : "", sc->id.s ? sc->id.s : ""));
    put_field(b, "インシデントの種類", vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    put_field_owned(b, "手順書",
                    report_text_format("%s（%s%s%s）", pr->title.s ? pr->title.s : "",
                                       pr->id.s ? pr->id.s : "", pr->revision.s ? "、改訂 " : "",
                                       pr->revision.s ? pr->revision.s : ""));
    put_field(b, "実施日",
              sh->exercise_date.year > 0 ? date_format(sh->exercise_date, date, sizeof date)
                                         : NULL);
    put_field(b, "ファシリテーター", sh->facilitator);
    put_field_owned(b, "参加者", join(&sh->participants, "、"));
    put_field_owned(b, "所要時間", wall_text(sh));
    put_field_owned(b, "演習上の時間",
                    report_text_format("T+0:00〜%s（状況付与 %zu件）",
                                       report_text_simtime(sh->sim_span_minutes, span, sizeof span),
                                       sh->n_presented));
}

/* One row of a summary table: label, score right-aligned, rating. */
static void put_row(TextBuf *b, const char *label, size_t label_columns, Score sc, bool has_rating,
                    Rating r, const char *mark)
{
    char num[16], rt[64];
    textbuf_put(b, "  ");
    textbuf_pad(b, label, label_columns);
    if (sc.has) {
        snprintf(num, sizeof num, "%4d", sc.rounded);
    } else {
        snprintf(num, sizeof num, "%4s", "--");
    }
    textbuf_printf(b, "%s  %s%s\n", num, rating_text(has_rating, r, rt, sizeof rt), mark);
}

static void put_summary(TextBuf *b, const Sheet *sh)
{
    report_text_heading(b, "ステップ別の評価");
    textbuf_put(b, "  ");
    textbuf_pad(b, "ステップ", 16);
    textbuf_put(b, "点数  評価\n");
    for (int s = 0; s < STEP_COUNT; s++) {
        const Score *sc = &sh->steps[s];
        put_row(b, vocab_label(&VOCAB_STEP, s), 16, *sc, sc->has, sc->rating, "");
    }
    report_text_heading(b, "レビュー項目の評価");
    textbuf_put(b, "  ");
    textbuf_pad(b, "レビュー項目", 36);
    textbuf_put(b, "点数  評価\n");
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const ReviewEntry *r = &sh->review[k];
        put_row(b, vocab_label(&VOCAB_REVIEW, k), 36, r->score, r->has_rating, r->rating,
                r->overridden ? "（変更）" : "");
    }
    textbuf_put(b,
                "  点数は100点満点。--: 評価の対象なし。（変更）: ファシリテーターが評価を変更\n");
}

static void put_rating_line(TextBuf *b, const ReviewEntry *r)
{
    char shown[64], suggested[64];
    rating_text(r->has_rating, r->rating, shown, sizeof shown);
    if (r->score.has) {
        textbuf_printf(b, "   点数: %d点\n", r->score.rounded);
    } else {
        textbuf_put(b, "   点数: なし\n");
    }
    if (!r->overridden) {
        textbuf_wrap(b, "   評価: ", 9, r->has_rating ? shown : "なし");
        return;
    }
    char *text = report_text_format(
        "%s（算出 %s、変更理由: %s）", r->has_rating ? shown : "なし",
        r->score.has ? rating_text(true, r->score.rating, suggested, sizeof suggested) : "なし",
        r->override_reason && r->override_reason[0] ? r->override_reason : "記載なし");
    textbuf_wrap(b, "   評価: ", 9, text);
    free(text);
}

static void put_evidence(TextBuf *b, const ReviewEntry *r)
{
    if (r->evidence.n == 0) {
        textbuf_put(b, "   根拠: なし\n");
        return;
    }
    textbuf_put(b, "   根拠:\n");
    for (size_t i = 0; i < r->evidence.n; i++) {
        textbuf_wrap(b, "   ・", 5, r->evidence.v[i]);
    }
}

static const char *finding_kind_label(FindingKind k)
{
    static const char *const labels[FINDING_KIND_COUNT] = {
        "未実施",     "一部実施",         "期限超過",     "担当者違い",
        "準備物不足", "手順書参照の混乱", "不適切な判断", "判断なし",
    };
    TTX_EXPECT(k >= 0 && k < FINDING_KIND_COUNT);
    return labels[k];
}

static void put_findings(TextBuf *b, const Sheet *sh)
{
    textbuf_put(b, "   指摘事項:\n");
    if (sh->n_findings == 0) {
        textbuf_put(b, "   ・指摘事項なし\n");
    }
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        char *text =
            report_text_format("【%s】%s", finding_kind_label(f->kind), f->text ? f->text : "");
        textbuf_wrap(b, "   ・", 5, text);
        free(text);
        if (f->feedback) {
            textbuf_wrap(b, "     解説: ", 11, f->feedback);
        }
    }
}

static void put_actions(TextBuf *b, const Sheet *sh)
{
    textbuf_put(b, "   アクションアイテム:\n");
    if (sh->n_actions == 0) {
        textbuf_put(b, "   ・アクションアイテムなし\n");
    }
    for (size_t i = 0; i < sh->n_actions; i++) {
        const ActionItem *a = &sh->actions[i];
        char num[32], due[32];
        snprintf(num, sizeof num, "   %2zu. ", i + 1);
        textbuf_wrap(b, num, 7, a->text);
        const char *status = a->status && strcmp(a->status, "open") != 0 ? a->status : "未着手";
        /* the owner's name last: it is the part that may need a second line */
        char *line = report_text_format(
            "期限: %s　状況: %s　担当: %s",
            a->due.year > 0 ? date_format(a->due, due, sizeof due) : "未定", status,
            a->owner_name ? a->owner_name : report_role_name(sh, a->owner_role));
        textbuf_wrap(b, "       ", 7, line);
        free(line);
    }
}

static void put_review_entry(TextBuf *b, const Sheet *sh, int k)
{
    const ReviewEntry *r = &sh->review[k];
    textbuf_printf(b, "\n%d. %s\n", k + 1, vocab_label(&VOCAB_REVIEW, k));
    put_rating_line(b, r);
    if (k == REVIEW_ISSUES) {
        put_findings(b, sh);
    } else if (k == REVIEW_ACTIONS) {
        put_actions(b, sh);
    } else {
        put_evidence(b, r);
    }
    textbuf_put(b, "   詳細（具体的に記載）:\n");
    textbuf_wrap(b, "     ", 5, r->comment && r->comment[0] ? r->comment : NONE);
}

char *report_text(const Sheet *sh)
{
    TTX_EXPECT(sh && sh->scenario && sh->procedure);
    TextBuf b;
    textbuf_init(&b);
    textbuf_put(&b, "インシデント対応机上演習実施後レビュー項目\n");
    textbuf_printf(&b, "%.*s\n", TEXTBUF_COLUMNS,
                   "========================================"
                   "========================================");
    put_header(&b, sh);
    put_summary(&b, sh);
    report_text_heading(&b, "レビュー項目");
    for (int k = 0; k < REVIEW_COUNT; k++) {
        put_review_entry(&b, sh, k);
    }
    report_text_decisions(&b, sh);
    report_text_items(&b, sh);
    report_text_notes(&b, sh);
    report_text_record(&b, sh);
    report_text_followup(&b, sh);
    return textbuf_take(&b);
}
