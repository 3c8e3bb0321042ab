/* The JSON 受講記録: the frame, the header, the questions, the participants and the class
 * figures, then the analysis — correct rates per phase, the weakest phases with the questions
 * missed there and the 手順書 items to re-teach, the list of all such items — and the アンケート
 * (ratings as counts and a mean × 100, so that every number is an integer). File names are
 * written as base names: the record is handed to management, and the folder the trainer kept the
 * spreadsheets in is nobody's business (and would make the output differ between machines). */
#include "train_json.h"

#include "base.h"
#include "json_build.h"
#include "paths.h"

static void put_header(cJSON *doc, const TrainReport *r)
{
    const Scenario *sc = r->test->scenario;
    const Procedure *pr = r->test->procedure;
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
    char day[16];
    json_put_string(h, "date", date_format(r->date, day, sizeof day));
    json_put_string(h, "answers_file", path_basename(r->answers->path));
    json_put_string(h, "survey_file", r->survey ? path_basename(r->survey->path) : NULL);
}

/* A choice as an array of option numbers ([] when unanswered). */
static void put_choice(cJSON *parent, const char *key, TrainChoice c)
{
    cJSON *a = json_put_array(parent, key);
    for (size_t n = 1; n <= TRAIN_MAX_OPTIONS; n++) {
        if (train_choice_has(c, n)) {
            json_put_int(a, NULL, (long)n);
        }
    }
}

static void put_topic(cJSON *o, const TrainTopic *t)
{
    json_put_string(o, "kind", t->is_phase ? "phase" : "item");
    json_put_string(o, "id", train_topic_id(t));
    json_put_string(o, "label", train_topic_label(t));
    json_put_string(o, "phase", vocab_id(&VOCAB_PHASE, (int)t->phase));
}

static void put_question(cJSON *o, const TrainReport *r, size_t i)
{
    const TrainQuestion *q = &r->test->questions[i];
    const TrainQuestionStat *st = &r->stats[i];
    json_put_int(o, "number", (long)i + 1);
    json_put_string(o, "id", q->id);
    json_put_string(o, "source", q->source == TRAIN_FROM_QUIZ ? "quiz" : "decision");
    if (q->inject) {
        cJSON *in = json_put_object(o, "inject");
        json_put_string(in, "id", q->inject->id.s);
        json_put_string(in, "title", q->inject->title.s);
    } else {
        json_put_null(o, "inject");
    }
    json_put_string(o, "text", q->text);
    json_put_strings(o, "options", q->options, q->n_options);
    put_choice(o, "answer", q->correct);
    json_put_string(o, "explanation", q->explanation);
    cJSON *teaches = json_put_array(o, "teaches");
    for (size_t k = 0; k < q->n_teaches; k++) {
        put_topic(json_put_object(teaches, NULL), &q->teaches[k]);
    }
    json_put_int(o, "correct", (long)st->correct);
    json_put_int(o, "unanswered", (long)st->unanswered);
    json_put_int(o, "correct_rate", st->percent);
    cJSON *chosen = json_put_array(o, "chosen");
    for (size_t k = 0; k < q->n_options; k++) {
        json_put_int(chosen, NULL, (long)st->chosen[k]);
    }
}

static void put_participant(cJSON *o, const TrainReport *r, size_t i)
{
    const TrainParticipant *p = &r->answers->v[i];
    const TrainScore *s = &r->scores[i];
    json_put_string(o, "name", p->name);
    json_put_string(o, "department", p->department);
    json_put_int(o, "line", p->pos.line);
    cJSON *answers = json_put_array(o, "answers");
    cJSON *wrong = json_put_array(o, "wrong");
    for (size_t q = 0; q < r->test->n_questions; q++) {
        put_choice(answers, NULL, p->answers[q]);
        if (p->answers[q] != r->test->questions[q].correct) {
            json_put_int(wrong, NULL, (long)q + 1);
        }
    }
    json_put_int(o, "correct", (long)s->correct);
    json_put_int(o, "answered", (long)s->answered);
    json_put_int(o, "score", s->percent);
    json_put_bool(o, "completed", s->completed);
}

static void put_class(cJSON *doc, const TrainReport *r)
{
    cJSON *c = json_put_object(doc, "class");
    json_put_int(c, "participants", (long)r->answers->n);
    json_put_int(c, "questions", (long)r->test->n_questions);
    json_put_int(c, "average_score", r->average_percent);
    json_put_int(c, "best_score", r->best_percent);
    json_put_int(c, "worst_score", r->worst_percent);
    json_put_int(c, "completed", (long)r->n_completed);
    json_put_int(c, "completion_rate", r->completion_percent);
    cJSON *d = json_put_array(c, "distribution");
    for (size_t k = 0; k <= r->test->n_questions; k++) {
        cJSON *o = json_put_object(d, NULL);
        json_put_int(o, "correct", (long)k);
        json_put_int(o, "participants", (long)r->distribution[k]);
    }
}

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

/* "phases", "weak_topics" and "reteach_items" of the document. */
static void put_phases_and_weak_topics(cJSON *doc, const TrainReport *r)
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

/* "survey": the アンケート summary, or null. */
static void put_survey(cJSON *doc, const TrainReport *r)
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

char *train_json(const TrainReport *r)
{
    TTX_EXPECT(r && r->test && r->answers);
    cJSON *doc = json_new_object();
    json_put_string(doc, "format", "ttx-training-record");
    json_put_int(doc, "version", TRAIN_RECORD_FORMAT_VERSION);
    put_header(doc, r);
    cJSON *a = json_put_array(doc, "questions");
    for (size_t i = 0; i < r->test->n_questions; i++) {
        put_question(json_put_object(a, NULL), r, i);
    }
    a = json_put_array(doc, "participants");
    for (size_t i = 0; i < r->answers->n; i++) {
        put_participant(json_put_object(a, NULL), r, i);
    }
    put_class(doc, r);
    put_phases_and_weak_topics(doc, r);
    put_survey(doc, r);
    char *text = json_print_stable(doc);
    cJSON_Delete(doc);
    return text;
}
