/* The JSON evaluation sheet: the document frame, the header, the per-step scores, the eight
 * review items, the objectives, the lists (per-item outcomes, decisions, findings, action items
 * and notes, each in the order sheet_build put them), the incident record, and the sections after
 * the drill ("plan_review" and "feedback", each written only when the drill had them, so sheets of
 * drills without them keep exactly the form they always had). Keys are the vocabulary ids of
 * vocab.h; "label" values are the guide's Japanese words, so a reader of the JSON needs no table
 * of its own. Every entry has every key; what is absent is null. */
#include "report_json.h"

#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "feedback.h"
#include "json_build.h"
#include "plan.h"
#include "walltime.h"

/* Score.rounded, or null when there is no score. */
static void put_score(cJSON *parent, const char *key, Score sc)
{
    if (sc.has) {
        json_put_int(parent, key, sc.rounded);
    } else {
        json_put_null(parent, key);
    }
}

/* "A".."D", or null. */
static void put_rating(cJSON *parent, const char *key, bool has, Rating r)
{
    json_put_string(parent, key, has ? vocab_id(&VOCAB_RATING, (int)r) : NULL);
}

/* Simulated time as "H:MM", or null. */
static void put_simtime(cJSON *parent, const char *key, bool has, int minutes)
{
    char buf[32];
    json_put_string(parent, key, has ? simtime_format(minutes, buf, sizeof buf) : NULL);
}

/* The id of inject index idx of the sheet's scenario, or null when idx < 0. */
static void put_inject_index(cJSON *parent, const char *key, const Sheet *sh, long idx)
{
    if (idx < 0) {
        json_put_null(parent, key);
        return;
    }
    TTX_EXPECT((size_t)idx < sh->scenario->n_injects);
    json_put_string(parent, key, sh->scenario->injects[idx].id.s);
}

/* A date of year 0 is one sheet_build could not know (no sheet.date and no wall clock). */
static void put_date(cJSON *parent, const char *key, Date d)
{
    char buf[32];
    json_put_string(parent, key, d.year > 0 ? date_format(d, buf, sizeof buf) : NULL);
}

static void put_wall_clock(cJSON *parent, const Sheet *sh)
{
    cJSON *o = json_put_object(parent, "wall_clock");
    char buf[64];
    json_put_string(o, "start",
                    sh->has_wall ? walltime_format(sh->started, buf, sizeof buf) : NULL);
    json_put_string(o, "end", sh->has_wall ? walltime_format(sh->ended, buf, sizeof buf) : NULL);
    if (sh->has_wall) {
        int64_t seconds = sh->active_ms > 0 ? sh->active_ms / 1000 : 0;
        json_put_int(o, "active_seconds", (long)seconds);
        put_simtime(o, "active", true, (int)(seconds / 60));
    } else {
        json_put_null(o, "active_seconds");
        json_put_null(o, "active");
    }
}

static void put_header(cJSON *doc, const Sheet *sh)
{
    const Scenario *sc = sh->scenario;
    const Procedure *pr = sh->procedure;
    cJSON *h = json_put_object(doc, "header");
    json_put_string(h, "company", pr->company.s);
    cJSON *o = json_put_object(h, "scenario");
    json_put_string(o, "id", sc->id.s);
    json_put_string(o, "title", sc->title.s);
    o = json_put_object(h, "incident");
    json_put_string(o, "id", vocab_id(&VOCAB_INCIDENT, (int)sc->incident));
    json_put_string(o, "label", vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    o = json_put_object(h, "procedure");
    json_put_string(o, "id", pr->id.s);
    json_put_string(o, "title", pr->title.s);
    json_put_string(o, "revision", pr->revision.s);
    put_date(h, "exercise_date", sh->exercise_date);
    json_put_string(h, "facilitator", sh->facilitator);
    json_put_strings(h, "participants", sh->participants.v, sh->participants.n);
    put_wall_clock(h, sh);
    put_simtime(h, "simulated_span", true, sh->sim_span_minutes);
    json_put_int(h, "injects_presented", (long)sh->n_presented);
}

static void put_steps(cJSON *doc, const Sheet *sh)
{
    cJSON *a = json_put_array(doc, "steps");
    for (int s = 0; s < STEP_COUNT; s++) {
        cJSON *o = json_put_object(a, NULL);
        json_put_string(o, "key", vocab_id(&VOCAB_STEP, s));
        json_put_string(o, "label", vocab_label(&VOCAB_STEP, s));
        put_score(o, "score", sh->steps[s]);
        put_rating(o, "rating", sh->steps[s].has, sh->steps[s].rating);
    }
}

static void put_review(cJSON *doc, const Sheet *sh)
{
    cJSON *a = json_put_array(doc, "review");
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const ReviewEntry *r = &sh->review[k];
        cJSON *o = json_put_object(a, NULL);
        json_put_string(o, "key", vocab_id(&VOCAB_REVIEW, k));
        json_put_string(o, "label", vocab_label(&VOCAB_REVIEW, k));
        put_score(o, "score", r->score);
        put_rating(o, "rating", r->has_rating, r->rating);
        put_rating(o, "suggested_rating", r->score.has, r->score.rating);
        json_put_string(o, "override_reason", r->overridden ? r->override_reason : NULL);
        json_put_strings(o, "evidence", r->evidence.v, r->evidence.n);
        json_put_string(o, "comment", r->comment);
    }
}

static void put_objectives(cJSON *doc, const Sheet *sh)
{
    cJSON *a = json_put_array(doc, "objectives");
    for (size_t i = 0; i < sh->n_objectives; i++) {
        const ObjectiveOutcome *ob = &sh->objectives[i];
        cJSON *o = json_put_object(a, NULL);
        json_put_string(o, "id", ob->objective->id.s);
        json_put_string(o, "text", ob->objective->text.s);
        put_score(o, "score", ob->score);
        put_rating(o, "rating", ob->score.has, ob->score.rating);
        json_put_int(o, "items", (long)ob->n_items);
    }
}

static void put_item(cJSON *o, const ItemOutcome *it)
{
    const ProcItem *p = it->item;
    json_put_string(o, "item", p->id.s);
    json_put_string(o, "name", p->name.s);
    json_put_string(o, "step", vocab_id(&VOCAB_STEP, (int)p->step));
    json_put_string(o, "phase", vocab_id(&VOCAB_PHASE, (int)p->phase));
    json_put_string(o, "first_inject", it->first_inject ? it->first_inject->id.s : NULL);
    json_put_bool(o, "recorded", it->recorded);
    json_put_string(o, "status", vocab_id(&VOCAB_STATUS, (int)it->status));
    json_put_strings(o, "by", it->by.v, it->by.n);
    put_simtime(o, "at", it->has_at, it->at_minutes);
    put_simtime(o, "due", p->has_due, p->due_minutes);
    json_put_bool(o, "late", it->late);
    json_put_bool(o, "wrong_owner", it->wrong_owner);
    json_put_strings(o, "missing", it->missing.v, it->missing.n);
    json_put_bool(o, "confused", it->confused);
    json_put_string(o, "note", it->note);
    json_put_int(o, "score", score_round(it->score));
}

static void put_items(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_items; i++) {
        put_item(json_put_object(array, NULL), &sh->items[i]);
    }
}

static void put_option(cJSON *parent, const Option *opt)
{
    if (!opt) {
        json_put_null(parent, "option");
        return;
    }
    cJSON *o = json_put_object(parent, "option");
    json_put_string(o, "id", opt->id.s);
    json_put_string(o, "text", opt->text.s);
    json_put_string(o, "verdict", vocab_id(&VOCAB_VERDICT, (int)opt->verdict));
    json_put_string(o, "feedback", opt->feedback.s);
}

static void put_decisions(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_decisions; i++) {
        const DecisionOutcome *d = &sh->decisions[i];
        cJSON *o = json_put_object(array, NULL);
        json_put_string(o, "inject", d->inject->id.s);
        json_put_string(o, "by", d->decision->by.s);
        json_put_string(o, "by_name", procedure_role_name(sh->procedure, d->decision->by.s));
        json_put_bool(o, "leader", d->by_leader);
        json_put_string(o, "prompt", d->decision->prompt.s);
        put_option(o, d->chosen);
        json_put_int(o, "points", score_round(d->points));
    }
}

static void put_findings(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        TTX_EXPECT(f->kind >= 0 && f->kind < FINDING_KIND_COUNT);
        cJSON *o = json_put_object(array, NULL);
        json_put_string(o, "kind", FINDING_KIND_IDS[f->kind]);
        json_put_string(o, "inject", f->inject ? f->inject->id.s : NULL);
        json_put_string(o, "item", f->item ? f->item->id.s : NULL);
        json_put_string(o, "document", f->document);
        json_put_string(o, "text", f->text);
        json_put_string(o, "feedback", f->feedback);
    }
}

static const char *action_source_id(ActionSource s)
{
    switch (s) {
    case ACTION_FROM_DOCUMENT:
        return "document";
    case ACTION_FROM_ITEM:
        return "item";
    case ACTION_FROM_DECISION:
        return "decision";
    }
    ttx_die(__FILE__, __LINE__, "unknown action source");
}

static void put_actions(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_actions; i++) {
        const ActionItem *a = &sh->actions[i];
        char due[32];
        cJSON *o = json_put_object(array, NULL);
        json_put_string(o, "text", a->text);
        json_put_string(o, "owner", a->owner_role);
        json_put_string(o, "owner_name", a->owner_name);
        json_put_string(o, "due", a->due.year > 0 ? date_format(a->due, due, sizeof due) : NULL);
        json_put_string(o, "status", a->status ? a->status : "open");
        json_put_string(o, "source", action_source_id(a->source));
        json_put_string(o, "item", a->item ? a->item->id.s : NULL);
        json_put_string(o, "inject", a->inject ? a->inject->id.s : NULL);
        json_put_string(o, "document", a->document);
    }
}

static void put_notes(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_notes; i++) {
        const SessionNote *n = &sh->notes[i];
        cJSON *o = json_put_object(array, NULL);
        put_inject_index(o, "inject", sh, n->inject);
        put_simtime(o, "at", true, n->sim_minutes);
        json_put_string(o, "text", n->text);
    }
}

static void put_plan_entry(cJSON *o, const PlanReviewEntry *p)
{
    char due[32];
    json_put_string(o, "key", p->key);
    json_put_string(o, "action", p->action);
    json_put_string(o, "text", p->text);
    json_put_string(o, "owner", p->owner);
    json_put_string(o, "owner_name", p->owner_name);
    json_put_string(o, "due", p->has_due ? date_format(p->due, due, sizeof due) : NULL);
    json_put_string(o, "status_before", vocab_id(&VOCAB_PLAN_STATUS, p->status_before));
    json_put_bool(o, "confirmed_done", p->confirmed_done);
    json_put_string(o, "note", p->note);
}

static void put_feedback(cJSON *o, const FeedbackSummary *fs)
{
    json_put_int(o, "respondents", (long)fs->respondents);
    cJSON *a = json_put_array(o, "statements");
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        const FeedbackStatement *st = &fs->statements[k];
        cJSON *s = json_put_object(a, NULL);
        json_put_string(s, "id", FEEDBACK_IDS[k]);
        json_put_string(s, "text", FEEDBACK_TEXTS[k]);
        json_put_int(s, "answers", st->answers);
        if (st->answers) {
            json_put_int(s, "mean_x100", st->mean_x100);
        } else {
            json_put_null(s, "mean_x100");
        }
        cJSON *d = json_put_array(s, "distribution");
        for (int v = 0; v < 5; v++) {
            json_put_int(d, NULL, st->counts[v]);
        }
    }
    json_put_strings(o, "strengths", fs->strengths.v, fs->strengths.n);
    json_put_strings(o, "improvements", fs->improvements.v, fs->improvements.n);
}

static void put_followup(cJSON *doc, const Sheet *sh)
{
    if (sh->n_plan_review) {
        cJSON *a = json_put_array(doc, "plan_review");
        for (size_t i = 0; i < sh->n_plan_review; i++) {
            put_plan_entry(json_put_object(a, NULL), &sh->plan_review[i]);
        }
    }
    if (sh->feedback.respondents) {
        put_feedback(json_put_object(doc, "feedback"), &sh->feedback);
    }
}

static void put_incident_record(cJSON *doc, const Sheet *sh)
{
    cJSON *o = json_put_object(doc, "incident_record");
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        json_put_string(o, vocab_id(&VOCAB_RECFIELD, f), sh->incident_record[f]);
    }
}

char *report_json(const Sheet *sh)
{
    TTX_EXPECT(sh && sh->scenario && sh->procedure);
    cJSON *doc = json_new_object();
    json_put_string(doc, "format", "ttx-sheet");
    json_put_int(doc, "version", SHEET_FORMAT_VERSION);
    put_header(doc, sh);
    put_steps(doc, sh);
    put_review(doc, sh);
    put_objectives(doc, sh);
    put_items(json_put_array(doc, "items"), sh);
    put_decisions(json_put_array(doc, "decisions"), sh);
    put_findings(json_put_array(doc, "findings"), sh);
    put_actions(json_put_array(doc, "actions"), sh);
    put_notes(json_put_array(doc, "notes"), sh);
    put_incident_record(doc, sh);
    put_followup(doc, sh);
    char *text = json_print_stable(doc);
    cJSON_Delete(doc);
    return text;
}
