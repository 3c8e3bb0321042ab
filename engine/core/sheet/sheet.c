/* Building the evaluation sheet: the header, the expected items with their scores, the step
 * scores, the decisions and objectives (SPEC §5). Findings, actions and the review items are in
 * sheet_findings.c and sheet_review.c. All means are taken over unrounded values. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "sheet_internal.h"

const char *const FINDING_KIND_IDS[FINDING_KIND_COUNT] = {
    "missed", "partial", "late", "wrong_owner", "missing_document", "confused",
    "poor_decision", "unmade_decision",
};

void strbuf_push(StrBuf *b, const char *s)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 8;
        b->v = ttx_realloc(b->v, b->cap * sizeof(char *));
    }
    b->v[b->n++] = s;
}

static const char *vformat(Arena *a, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    TTX_EXPECT(n >= 0);
    char *s = arena_alloc(a, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

void strbuf_pushf(StrBuf *b, Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_push(b, vformat(a, fmt, ap));
    va_end(ap);
}

const char *sheet_printf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *s = vformat(a, fmt, ap);
    va_end(ap);
    return s;
}

StringList strbuf_finish(StrBuf *b, Arena *a)
{
    StringList l = {arena_array(a, b->n, sizeof(char *)), b->n};
    if (b->n) {
        memcpy(l.v, b->v, b->n * sizeof(char *));
    }
    free(b->v);
    memset(b, 0, sizeof *b);
    return l;
}

Score score_of(double value)
{
    Score s = {true, value, score_round(value), RATING_A};
    s.rating = rating_for_score(s.rounded);
    return s;
}

Score score_none(void)
{
    Score s = {false, 0, 0, RATING_COUNT};
    return s;
}

const char *item_label(Arena *a, const ProcItem *it)
{
    return sheet_printf(a, "「%s %s」", it->id.s, it->name.s ? it->name.s : "");
}

const char **text_ids(Arena *a, const TextList *l)
{
    const char **v = arena_array(a, l->n, sizeof(char *));
    for (size_t i = 0; i < l->n; i++) {
        v[i] = l->v[i].s;
    }
    return v;
}

const char *role_names(Arena *a, const Procedure *p, const char *const *ids, size_t n)
{
    size_t len = 1;
    for (size_t i = 0; i < n; i++) {
        len += strlen(procedure_role_name(p, ids[i])) + 4;
    }
    char *out = arena_alloc(a, len);
    for (size_t i = 0; i < n; i++) {
        if (i) {
            strcat(out, "、");
        }
        strcat(out, procedure_role_name(p, ids[i]));
    }
    return out;
}

/* SPEC §5: done 100, partial 50, missed 0; for done or partial −25 late, −25 no owner among
 * by, −10 per missing prepare entry; floor 0. */
static StringList copy_list(Arena *a, const char *const *v, size_t n)
{
    StringList l = {arena_array(a, n, sizeof(char *)), n};
    for (size_t i = 0; i < n; i++) {
        l.v[i] = arena_strdup(a, v[i]);
    }
    return l;
}

static void score_item(Arena *a, ItemOutcome *o, const ItemRecord *r)
{
    o->recorded = r->recorded;
    o->status = r->recorded ? r->status : STATUS_MISSED;
    if (!r->recorded) {
        o->score = 0;
        return;
    }
    o->by = copy_list(a, r->by, r->n_by);
    o->has_at = r->has_at;
    o->at_minutes = r->at_minutes;
    o->missing = copy_list(a, r->missing, r->n_missing);
    o->confused = r->confused;
    o->note = r->note ? arena_strdup(a, r->note) : NULL;
    if (o->status == STATUS_MISSED) {
        o->score = 0;
        return;
    }
    double score = o->status == STATUS_DONE ? 100 : 50;
    o->late = session_item_late(o->item, r);
    o->wrong_owner = !session_item_by_owner(o->item, r);
    score -= o->late ? 25 : 0;
    score -= o->wrong_owner ? 25 : 0;
    score -= 10.0 * (double)r->n_missing;
    o->score = score > 0 ? score : 0;
}

static void collect_items(Sheet *sh, const Session *s)
{
    const Procedure *p = s->procedure;
    bool *seen = ttx_calloc(p->n_items + 1, sizeof(bool));
    sh->items = arena_array(&sh->arena, p->n_items, sizeof(ItemOutcome));
    for (size_t k = 0; k < s->n_presented; k++) {
        const Inject *in = &s->scenario->injects[s->presented[k]];
        for (size_t e = 0; e < in->expects.n; e++) {
            long idx = procedure_item_index(p, in->expects.v[e].s);
            if (idx < 0 || seen[idx]) {
                continue;
            }
            seen[idx] = true;
            ItemOutcome *o = &sh->items[sh->n_items++];
            o->item = &p->items[idx];
            o->first_inject = in;
            score_item(&sh->arena, o, &s->items[idx]);
        }
    }
    free(seen);
}

static void score_steps(Sheet *sh)
{
    for (int st = 0; st < STEP_COUNT; st++) {
        double sum = 0;
        size_t n = 0;
        for (size_t i = 0; i < sh->n_items; i++) {
            if (sh->items[i].item->step == (Step)st) {
                sum += sh->items[i].score;
                n++;
            }
        }
        sh->steps[st] = n ? score_of(sum / (double)n) : score_none();
    }
}

static void collect_decisions(Sheet *sh, const Session *s)
{
    sh->decisions = arena_array(&sh->arena, s->n_presented, sizeof(DecisionOutcome));
    for (size_t k = 0; k < s->n_presented; k++) {
        const Inject *in = &s->scenario->injects[s->presented[k]];
        if (!in->decision) {
            continue;
        }
        DecisionOutcome *d = &sh->decisions[sh->n_decisions++];
        const Role *by = in->decision->by.s ? procedure_find_role(s->procedure, in->decision->by.s)
                                            : NULL;
        d->inject = in;
        d->decision = in->decision;
        d->chosen = s->injects[s->presented[k]].chosen;
        d->by_leader = by && by->leader;
        static const double points[VERDICT_COUNT] = {100, 60, 0};
        d->points = d->chosen && d->chosen->verdict < VERDICT_COUNT ? points[d->chosen->verdict] : 0;
    }
}

/* Each objective: mean score of its measured expected items (a step id stands for all expected
 * items of that step); none → no score. */
static void score_objectives(Sheet *sh, const Scenario *sc)
{
    const ScenarioSheet *ss = &sc->sheet;
    sh->objectives = arena_array(&sh->arena, ss->n_objectives, sizeof(ObjectiveOutcome));
    sh->n_objectives = ss->n_objectives;
    for (size_t i = 0; i < ss->n_objectives; i++) {
        const Objective *obj = &ss->objectives[i];
        double sum = 0;
        size_t n = 0;
        for (size_t k = 0; k < sh->n_items; k++) {
            const ProcItem *it = sh->items[k].item;
            bool measured = false;
            for (size_t m = 0; m < obj->measures.n && !measured; m++) {
                const char *ms = obj->measures.v[m].s;
                int step = vocab_find(&VOCAB_STEP, ms);
                measured = step >= 0 ? it->step == (Step)step : strcmp(ms, it->id.s) == 0;
            }
            if (measured) {
                sum += sh->items[k].score;
                n++;
            }
        }
        sh->objectives[i].objective = obj;
        sh->objectives[i].n_items = n;
        sh->objectives[i].score = n ? score_of(sum / (double)n) : score_none();
    }
}

static void fill_header(Sheet *sh, const Session *s, const char *facilitator,
                        const Participant *participants, size_t n_participants)
{
    const Scenario *sc = s->scenario;
    sh->exercise_date = sc->sheet.has_date ? sc->sheet.date : walltime_date(s->start_wall);
    sh->facilitator = facilitator ? arena_strdup(&sh->arena, facilitator) : NULL;
    StrBuf b = {0};
    for (size_t i = 0; i < n_participants; i++) {
        const Participant *pa = &participants[i];
        strbuf_pushf(&b, &sh->arena, "%s（%s）", pa->name.s ? pa->name.s : "",
                     procedure_role_name(s->procedure, pa->role.s));
    }
    sh->participants = strbuf_finish(&b, &sh->arena);
    sh->has_wall = s->started;
    sh->started = s->start_wall;
    sh->ended = s->ended ? s->end_wall : s->last_wall;
    sh->active_ms = session_active_ms(s, sh->ended);
    sh->n_presented = s->n_presented;
    sh->presented = arena_array(&sh->arena, s->n_presented, sizeof(Inject *));
    for (size_t k = 0; k < s->n_presented; k++) {
        sh->presented[k] = &sc->injects[s->presented[k]];
        int at = sh->presented[k]->at_minutes;
        sh->sim_span_minutes = at > sh->sim_span_minutes ? at : sh->sim_span_minutes;
    }
    /* Copied, not borrowed: a sheet may outlive the session that built it (the GUI keeps the
     * sheet on screen; tools free the session first). */
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        const char *v = s->incident_record[f];
        sh->incident_record[f] = v ? arena_strdup(&sh->arena, v) : NULL;
    }
    SessionNote *notes = arena_array(&sh->arena, s->n_notes, sizeof(SessionNote));
    for (size_t i = 0; i < s->n_notes; i++) {
        notes[i] = s->notes[i];
        notes[i].text = arena_strdup(&sh->arena, s->notes[i].text);
    }
    sh->notes = notes;
    sh->n_notes = s->n_notes;
}

Sheet *sheet_build(const Session *s, const char *facilitator, const Participant *participants,
                   size_t n_participants)
{
    Sheet *sh = ttx_calloc(1, sizeof(Sheet));
    arena_init(&sh->arena);
    sh->scenario = s->scenario;
    sh->procedure = s->procedure;
    fill_header(sh, s, facilitator, participants, n_participants);
    collect_items(sh, s);
    score_steps(sh);
    collect_decisions(sh, s);
    score_objectives(sh, s->scenario);
    sheet_findings_and_actions(sh, s);
    sheet_review_items(sh, s);
    sheet_followup(sh, s);
    return sh;
}

void sheet_free(Sheet *sh)
{
    if (sh) {
        arena_deinit(&sh->arena);
        free(sh);
    }
}
