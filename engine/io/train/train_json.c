/* The JSON 受講記録: the frame, the header, the questions, the participants and the class
 * figures. Phases, weak topics and the アンケート are in train_json_topics.c. File names are
 * written as base names: the record is handed to management, and the folder the trainer kept the
 * spreadsheets in is nobody's business (and would make the output differ between machines). */
#include "train_json.h"

#include "base.h"
#include "json_build.h"
#include "paths.h"
#include "train_json_parts.h"

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

void train_json_choice(cJSON *parent, const char *key, TrainChoice c)
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
    train_json_choice(o, "answer", q->correct);
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
        train_json_choice(answers, NULL, p->answers[q]);
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
    train_json_topics(doc, r);
    train_json_survey(doc, r);
    char *text = json_print_stable(doc);
    cJSON_Delete(doc);
    return text;
}
