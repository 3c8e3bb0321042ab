/* The JSON evaluation sheet: the document frame, the header, the per-step scores, the eight
 * review items, the objectives and the incident record. The long lists are in
 * report_json_lists.c. Keys are the vocabulary ids of vocab.h; "label" values are the guide's
 * Japanese words, so a reader of the JSON needs no table of its own. */
#include "report_json.h"

#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "report_json_parts.h"
#include "walltime.h"

void report_json_score(cJSON *parent, const char *key, Score sc)
{
    if (sc.has) {
        json_put_int(parent, key, sc.rounded);
    } else {
        json_put_null(parent, key);
    }
}

void report_json_rating(cJSON *parent, const char *key, bool has, Rating r)
{
    json_put_string(parent, key, has ? vocab_id(&VOCAB_RATING, (int)r) : NULL);
}

void report_json_simtime(cJSON *parent, const char *key, bool has, int minutes)
{
    char buf[32];
    json_put_string(parent, key, has ? simtime_format(minutes, buf, sizeof buf) : NULL);
}

void report_json_inject_index(cJSON *parent, const char *key, const Sheet *sh, long idx)
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
        report_json_simtime(o, "active", true, (int)(seconds / 60));
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
    report_json_simtime(h, "simulated_span", true, sh->sim_span_minutes);
    json_put_int(h, "injects_presented", (long)sh->n_presented);
}

static void put_steps(cJSON *doc, const Sheet *sh)
{
    cJSON *a = json_put_array(doc, "steps");
    for (int s = 0; s < STEP_COUNT; s++) {
        cJSON *o = json_put_object(a, NULL);
        json_put_string(o, "key", vocab_id(&VOCAB_STEP, s));
        json_put_string(o, "label", vocab_label(&VOCAB_STEP, s));
        report_json_score(o, "score", sh->steps[s]);
        report_json_rating(o, "rating", sh->steps[s].has, sh->steps[s].rating);
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
        report_json_score(o, "score", r->score);
        report_json_rating(o, "rating", r->has_rating, r->rating);
        report_json_rating(o, "suggested_rating", r->score.has, r->score.rating);
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
        report_json_score(o, "score", ob->score);
        report_json_rating(o, "rating", ob->score.has, ob->score.rating);
        json_put_int(o, "items", (long)ob->n_items);
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
    report_json_items(json_put_array(doc, "items"), sh);
    report_json_decisions(json_put_array(doc, "decisions"), sh);
    report_json_findings(json_put_array(doc, "findings"), sh);
    report_json_actions(json_put_array(doc, "actions"), sh);
    report_json_notes(json_put_array(doc, "notes"), sh);
    put_incident_record(doc, sh);
    report_json_followup(doc, sh);
    char *text = json_print_stable(doc);
    cJSON_Delete(doc);
    return text;
}
