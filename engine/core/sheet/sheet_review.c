/* The eight レビュー項目 of SPEC §5 with score, suggested rating, override, evidence and the
 * facilitator's words. Evidence lines state the facts behind each number so a manager can check
 * it without the scoring rules at hand. */
#include <string.h>

#include "base.h"
#include "sheet_internal.h"

static void review_objectives(Sheet *sh, ReviewEntry *r, StrBuf *ev)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i < sh->n_objectives; i++) {
        const ObjectiveOutcome *o = &sh->objectives[i];
        const char *id = o->objective->id.s ? o->objective->id.s : "?";
        const char *text = o->objective->text.s ? o->objective->text.s : "";
        if (o->score.has) {
            strbuf_pushf(ev, &sh->arena, "%s %s: %d点（%zu項目）", id, text, o->score.rounded,
                         o->n_items);
            sum += o->score.value;
            n++;
        } else {
            strbuf_pushf(ev, &sh->arena, "%s %s: 評価対象の項目なし", id, text);
        }
    }
    if (sh->n_objectives == 0) {
        strbuf_push(ev, "演習目的が設定されていない");
    }
    r->score = n ? score_of(sum / (double)n) : score_none();
}

static bool by_owner(const ItemOutcome *o)
{
    return o->status != STATUS_MISSED && !o->wrong_owner;
}

static void review_understanding(Sheet *sh, ReviewEntry *r, StrBuf *ev)
{
    size_t good = 0;
    for (size_t i = 0; i < sh->n_items; i++) {
        const ItemOutcome *o = &sh->items[i];
        if (o->status == STATUS_DONE && by_owner(o) && !o->late && o->missing.n == 0) {
            good++;
        }
    }
    strbuf_pushf(ev, &sh->arena, "手順どおりに実施（担当者・期限・準備物とも問題なし）: %zu/%zu項目",
                 good, sh->n_items);
    for (size_t i = 0; i < sh->n_items; i++) {
        const ItemOutcome *o = &sh->items[i];
        if (o->confused) {
            strbuf_pushf(ev, &sh->arena, "手順書の参照で混乱: %s", item_label(&sh->arena, o->item));
        }
    }
    for (size_t i = 0; i < sh->n_items; i++) {
        const ItemOutcome *o = &sh->items[i];
        if (o->status == STATUS_PARTIAL) {
            strbuf_pushf(ev, &sh->arena, "一部のみ実施: %s", item_label(&sh->arena, o->item));
        }
    }
    r->score = sh->n_items ? score_of(100.0 * (double)good / (double)sh->n_items) : score_none();
}

static void review_coordination(Sheet *sh, ReviewEntry *r, StrBuf *ev)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i < sh->n_items; i++) {
        const ProcItem *it = sh->items[i].item;
        Phase ph = it->phase;
        if (ph == PHASE_MOBILIZATION || ph == PHASE_FIRST_REPORT || ph == PHASE_FOLLOW_UP ||
            it->owners.n >= 2) {
            sum += sh->items[i].score;
            n++;
        }
    }
    strbuf_pushf(ev, &sh->arena,
                 "対象: 対応体制の構築・第一報・第二報以降の項目と複数担当の項目 %zu件", n);
    /* The first first_report item done, among every item recorded, expected or not. */
    sh->has_first_report = false;
    for (size_t i = 0; i < sh->n_items; i++) {
        const ItemOutcome *o = &sh->items[i];
        if (o->item->phase == PHASE_FIRST_REPORT && o->status == STATUS_DONE && o->has_at &&
            (!sh->has_first_report || o->at_minutes < sh->first_report_minutes)) {
            sh->has_first_report = true;
            sh->first_report_minutes = o->at_minutes;
        }
    }
    char tm[24];
    if (sh->has_first_report) {
        strbuf_pushf(ev, &sh->arena, "T+0:00 から第一報の完了まで: %s",
                     simtime_format(sh->first_report_minutes, tm, sizeof tm));
    } else {
        strbuf_push(ev, "第一報は完了しなかった");
    }
    r->score = n ? score_of(sum / (double)n) : score_none();
}

static void review_leadership(Sheet *sh, ReviewEntry *r, StrBuf *ev)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i < sh->n_decisions; i++) {
        const DecisionOutcome *d = &sh->decisions[i];
        if (!d->by_leader) {
            continue;
        }
        const char *who = procedure_role_name(sh->procedure, d->decision->by.s);
        const char *prompt = d->decision->prompt.s ? d->decision->prompt.s : "";
        if (d->chosen) {
            strbuf_pushf(ev, &sh->arena, "%s「%s」→「%s」: %s（%d点）", who, prompt,
                         d->chosen->text.s ? d->chosen->text.s : "",
                         vocab_label(&VOCAB_VERDICT, d->chosen->verdict), (int)d->points);
        } else {
            strbuf_pushf(ev, &sh->arena, "%s「%s」: 判断なし（0点）", who, prompt);
        }
        sum += d->points;
        n++;
    }
    if (n == 0) {
        strbuf_push(ev, "経営層が判断する場面は提示されなかった");
    }
    r->score = n ? score_of(sum / (double)n) : score_none();
}

static void review_recording(Sheet *sh, ReviewEntry *r, StrBuf *ev)
{
    int filled = 0;
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        filled += sh->incident_record[f] != NULL;
    }
    strbuf_pushf(ev, &sh->arena, "インシデント記録（整理しておくべき事項）: %d/%d項目記入", filled,
                 RECFIELD_COUNT);
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        if (!sh->incident_record[f]) {
            strbuf_pushf(ev, &sh->arena, "未記入: %s", vocab_label(&VOCAB_RECFIELD, f));
        }
    }
    strbuf_pushf(ev, &sh->arena, "演習中のメモ: %zu件", sh->n_notes);
    r->score = score_of(100.0 * filled / RECFIELD_COUNT);
}

static void review_lists(Sheet *sh)
{
    StrBuf ev = {0};
    for (size_t i = 0; i < sh->n_findings; i++) {
        strbuf_push(&ev, sh->findings[i].text);
    }
    if (sh->n_findings == 0) {
        strbuf_push(&ev, "指摘事項なし");
    }
    sh->review[REVIEW_ISSUES].evidence = strbuf_finish(&ev, &sh->arena);
    for (size_t i = 0; i < sh->n_actions; i++) {
        const ActionItem *a = &sh->actions[i];
        char due[16];
        strbuf_pushf(&ev, &sh->arena, "%s（担当: %s、期限: %s）", a->text,
                     a->owner_name ? a->owner_name : "未定", date_format(a->due, due, sizeof due));
    }
    if (sh->n_actions == 0) {
        strbuf_push(&ev, "アクションアイテムなし");
    }
    sh->review[REVIEW_ACTIONS].evidence = strbuf_finish(&ev, &sh->arena);
}

static void review_overall(Sheet *sh, StrBuf *ev)
{
    static const ReviewKey scored[] = {REVIEW_OBJECTIVES, REVIEW_UNDERSTANDING,
                                       REVIEW_COORDINATION, REVIEW_LEADERSHIP, REVIEW_RECORDING};
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i < TTX_ARRAY_LEN(scored); i++) {
        const ReviewEntry *r = &sh->review[scored[i]];
        if (r->score.has) {
            sum += r->score.value;
            n++;
            strbuf_pushf(ev, &sh->arena, "%s: %d点", vocab_label(&VOCAB_REVIEW, scored[i]),
                         r->score.rounded);
        }
    }
    strbuf_pushf(ev, &sh->arena, "上記%zu項目の平均", n);
    sh->review[REVIEW_OVERALL].score = n ? score_of(sum / (double)n) : score_none();
}

void sheet_review_items(Sheet *sh, const Session *s)
{
    typedef void (*ScoreFn)(Sheet *, ReviewEntry *, StrBuf *);
    static const ScoreFn scored[] = {review_objectives, review_understanding, review_coordination,
                                     review_leadership, review_recording};
    for (int k = 0; k < REVIEW_COUNT; k++) {
        sh->review[k].key = (ReviewKey)k;
        sh->review[k].score = score_none();
    }
    for (size_t k = 0; k < TTX_ARRAY_LEN(scored); k++) {
        StrBuf ev = {0};
        scored[k](sh, &sh->review[k], &ev);
        sh->review[k].evidence = strbuf_finish(&ev, &sh->arena);
    }
    review_lists(sh);
    StrBuf ev = {0};
    review_overall(sh, &ev);
    sh->review[REVIEW_OVERALL].evidence = strbuf_finish(&ev, &sh->arena);
    for (int k = 0; k < REVIEW_COUNT; k++) {
        ReviewEntry *r = &sh->review[k];
        const SessionOverride *o = &s->overrides[k];
        r->comment = s->review[k] ? arena_strdup(&sh->arena, s->review[k]) : NULL;
        r->has_rating = r->score.has;
        r->rating = r->score.rating;
        if (o->present) {
            r->overridden = true;
            r->has_rating = true;
            r->rating = o->rating;
            r->override_reason = o->reason ? arena_strdup(&sh->arena, o->reason) : NULL;
        }
    }
}
