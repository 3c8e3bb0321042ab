/* The JSON 受講記録's analysis part: correct rates per phase, the weakest phases with the
 * questions missed there and the 手順書 items to re-teach, the list of all such items, and the
 * アンケート (ratings as counts and a mean × 100, so that every number is an integer). */
#include "base.h"
#include "json_build.h"
#include "paths.h"
#include "train_json_parts.h"

static void put_phase_ref(cJSON *o, Phase ph)
{
    json_put_string(o, "id", vocab_id(&VOCAB_PHASE, (int)ph));
    json_put_string(o, "label", vocab_label(&VOCAB_PHASE, (int)ph));
}

static void put_item(cJSON *o, const ProcItem *it)
{
    json_put_string(o, "id", it->id.s);
    json_put_string(o, "name", it->name.s);
    json_put_string(o, "phase", vocab_id(&VOCAB_PHASE, (int)it->phase));
}

static void put_weak(cJSON *o, const TrainReport *r, const TrainWeakTopic *w)
{
    put_phase_ref(json_put_object(o, "phase"), w->phase->phase);
    json_put_int(o, "correct_rate", w->phase->percent);
    cJSON *missed = json_put_array(o, "missed_questions");
    for (size_t i = 0; i < w->n_missed; i++) {
        size_t q = w->missed[i];
        cJSON *m = json_put_object(missed, NULL);
        json_put_int(m, "number", (long)q + 1);
        json_put_string(m, "id", r->test->questions[q].id);
        json_put_int(m, "correct_rate", r->stats[q].percent);
    }
    cJSON *items = json_put_array(o, "items");
    for (size_t i = 0; i < w->n_items; i++) {
        put_item(json_put_object(items, NULL), w->items[i]);
    }
}

void train_json_topics(cJSON *doc, const TrainReport *r)
{
    cJSON *a = json_put_array(doc, "phases");
    for (size_t i = 0; i < r->n_phases; i++) {
        const TrainPhaseStat *s = &r->phases[i];
        cJSON *o = json_put_object(a, NULL);
        put_phase_ref(o, s->phase);
        cJSON *qs = json_put_array(o, "questions");
        for (size_t k = 0; k < s->n_questions; k++) {
            json_put_int(qs, NULL, (long)s->questions[k] + 1);
        }
        json_put_int(o, "correct_rate", s->percent);
    }
    a = json_put_array(doc, "weak_topics");
    for (size_t i = 0; i < r->n_weak; i++) {
        put_weak(json_put_object(a, NULL), r, &r->weak[i]);
    }
    a = json_put_array(doc, "reteach_items");
    for (size_t i = 0; i < r->n_reteach; i++) {
        put_item(json_put_object(a, NULL), r->reteach[i]);
    }
}

void train_json_survey(cJSON *doc, const TrainReport *r)
{
    if (!r->survey) {
        json_put_null(doc, "survey");
        return;
    }
    cJSON *s = json_put_object(doc, "survey");
    json_put_string(s, "file", path_basename(r->survey->path));
    json_put_int(s, "respondents", (long)r->survey->n_rows);
    cJSON *a = json_put_array(s, "ratings");
    for (size_t i = 0; i < r->n_ratings; i++) {
        const SurveyRating *g = &r->ratings[i];
        cJSON *o = json_put_object(a, NULL);
        json_put_string(o, "label", g->label);
        json_put_int(o, "responses", (long)g->responses);
        json_put_int(o, "blank", (long)g->blank);
        cJSON *counts = json_put_array(o, "counts");
        for (int k = 0; k < 5; k++) {
            json_put_int(counts, NULL, (long)g->count[k]);
        }
        if (g->average_x100 >= 0) {
            json_put_int(o, "average_x100", g->average_x100);
        } else {
            json_put_null(o, "average_x100");
        }
    }
    a = json_put_array(s, "comments");
    for (size_t i = 0; i < r->n_comments; i++) {
        const SurveyComments *c = &r->comments[i];
        cJSON *o = json_put_object(a, NULL);
        json_put_string(o, "label", c->label);
        json_put_strings(o, "comments", c->v, c->n);
    }
}
