/* The shared words and header texts of the Markdown and CSV sheets. */
#include "report_labels.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "plan.h"
#include "textbuf.h"
#include "walltime.h"

const char *report_finding_label(FindingKind k)
{
    static const char *const labels[FINDING_KIND_COUNT] = {
        "未実施",     "一部実施",         "期限超過",     "担当者違い",
        "準備物不足", "手順書参照の混乱", "不適切な判断", "判断なし",
    };
    TTX_EXPECT(k >= 0 && k < FINDING_KIND_COUNT);
    return labels[k];
}

const char *report_source_label(ActionSource s)
{
    switch (s) {
    case ACTION_FROM_DOCUMENT:
        return "準備物";
    case ACTION_FROM_ITEM:
        return "手順項目";
    case ACTION_FROM_DECISION:
        return "判断";
    }
    ttx_die(__FILE__, __LINE__, "unknown action source");
}

const char *report_action_status(const char *status)
{
    if (!status) {
        return vocab_label(&VOCAB_PLAN_STATUS, PLAN_OPEN);
    }
    int k = vocab_find(&VOCAB_PLAN_STATUS, status);
    return k >= 0 ? vocab_label(&VOCAB_PLAN_STATUS, k) : status;
}

const char *report_rating_text(bool has, Rating r, char *buf, size_t size)
{
    if (!has) {
        return NULL;
    }
    snprintf(buf, size, "%s %s", vocab_id(&VOCAB_RATING, (int)r),
             vocab_label(&VOCAB_RATING, (int)r));
    return buf;
}

const char *report_role_name(const Sheet *sh, const char *role_id)
{
    /* No role given: the sheets say 未定 (not decided yet) rather than leave a blank. */
    const char *name = procedure_role_name(sh->procedure, role_id);
    return name ? name : "未定";
}

const char *report_simtime(int minutes, char *buf, size_t size)
{
    char t[32];
    snprintf(buf, size, "T+%s", simtime_format(minutes, t, sizeof t));
    return buf;
}

char *report_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    return s;
}

char *report_scenario_text(const Sheet *sh)
{
    const Scenario *sc = sh->scenario;
    return report_format("%s（%s）", sc->title.s ? sc->title.s : "", sc->id.s ? sc->id.s : "");
}

char *report_procedure_text(const Sheet *sh)
{
    const Procedure *pr = sh->procedure;
    return report_format("%s（%s%s%s）", pr->title.s ? pr->title.s : "", pr->id.s ? pr->id.s : "",
                         pr->revision.s ? "、改訂 " : "", pr->revision.s ? pr->revision.s : "");
}

char *report_participants_text(const Sheet *sh)
{
    TextBuf t;
    textbuf_init(&t);
    textbuf_put(&t, "");
    for (size_t i = 0; i < sh->participants.n; i++) {
        textbuf_printf(&t, "%s%s", i ? "、" : "",
                       sh->participants.v[i] ? sh->participants.v[i] : "");
    }
    return textbuf_take(&t);
}

/* "1:20（2026-12-01 09:00〜10:20、中断を除く）", as on the printed sheet. */
char *report_wall_text(const Sheet *sh)
{
    if (!sh->has_wall) {
        return report_format("%s", "（記録なし）");
    }
    char start[64], end[64], active[32];
    walltime_format(sh->started, start, sizeof start);
    walltime_format(sh->ended, end, sizeof end);
    start[10] = ' ';
    start[16] = '\0';
    end[10] = ' ';
    end[16] = '\0';
    const char *end_shown = strncmp(start, end, 10) == 0 ? end + 11 : end;
    int64_t minutes = sh->active_ms > 0 ? sh->active_ms / 60000 : 0;
    simtime_format((int)minutes, active, sizeof active);
    return report_format("%s（%s〜%s、中断を除く）", active, start, end_shown);
}

char *report_span_text(const Sheet *sh)
{
    char span[32];
    return report_format("T+0:00〜%s（状況付与 %zu件）",
                         report_simtime(sh->sim_span_minutes, span, sizeof span), sh->n_presented);
}

char *report_item_flags(const ItemOutcome *o)
{
    const char *words[] = {o->late ? "期限超過" : NULL, o->wrong_owner ? "担当者違い" : NULL,
                           o->confused ? "手順書参照の混乱" : NULL};
    TextBuf t;
    textbuf_init(&t);
    for (size_t i = 0; i < TTX_ARRAY_LEN(words); i++) {
        if (words[i]) {
            textbuf_printf(&t, "%s%s", t.len ? "・" : "", words[i]);
        }
    }
    if (t.len == 0) {
        textbuf_deinit(&t);
        return NULL;
    }
    return textbuf_take(&t);
}

const char *report_decision_feedback(const Sheet *sh, const DecisionOutcome *d)
{
    if (d->chosen && d->chosen->verdict != VERDICT_POOR) {
        return NULL;
    }
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        bool decision = f->kind == FINDING_POOR_DECISION || f->kind == FINDING_UNMADE_DECISION;
        if (decision && f->inject == d->inject && f->feedback) {
            return f->feedback;
        }
    }
    return d->chosen ? d->chosen->feedback.s : NULL;
}
