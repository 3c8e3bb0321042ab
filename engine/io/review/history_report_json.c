/* The history as JSON (reports/history.schema.json): every key always present, absent values
 * null, integers only, byte-stable through json_print_stable. */
#include <stdlib.h>

#include "base.h"
#include "history_report.h"
#include "json_build.h"

static void put_date(cJSON *o, const char *key, bool has, Date d)
{
    char buf[32];
    json_put_string(o, key, has ? date_format(d, buf, sizeof buf) : NULL);
}

static void put_score(cJSON *o, const SummaryScore *s)
{
    if (s->has_score) {
        json_put_int(o, "score", s->score);
    } else {
        json_put_null(o, "score");
    }
    json_put_string(o, "rating", s->has_rating ? vocab_id(&VOCAB_RATING, (int)s->rating) : NULL);
}

static void put_exercise(cJSON *o, size_t index, const HistoryExercise *e)
{
    const SheetSummary *s = e->sheet;
    json_put_int(o, "index", (long)index + 1);
    put_date(o, "date", s->has_date, s->date);
    json_put_string(o, "sheet", s->path);
    json_put_string(o, "company", s->company);
    cJSON *x = json_put_object(o, "scenario");
    json_put_string(x, "id", s->scenario_id);
    json_put_string(x, "title", s->scenario_title);
    json_put_string(o, "incident",
                    s->incident < INCIDENT_COUNT ? vocab_id(&VOCAB_INCIDENT, (int)s->incident)
                                                 : NULL);
    x = json_put_object(o, "procedure");
    json_put_string(x, "id", s->procedure_id);
    json_put_string(x, "revision", s->procedure_revision);
    put_score(json_put_object(o, "overall"), &s->review[REVIEW_OVERALL]);
    json_put_int(o, "findings", (long)e->n_findings);
    json_put_int(o, "actions", (long)e->n_actions);
    json_put_int(o, "new_actions", (long)e->n_new);
    json_put_int(o, "repeated_actions", (long)e->n_repeated);
}

static void put_series(cJSON *array, const History *h, const HistorySeries *s)
{
    cJSON *o = json_put_object(array, NULL);
    json_put_string(o, "key", s->key);
    json_put_string(o, "label", s->label);
    cJSON *points = json_put_array(o, "points");
    for (size_t i = 0; i < h->n_exercises; i++) {
        put_score(json_put_object(points, NULL), &s->points[i]);
    }
    json_put_string(o, "trend", trend_id(s->trend));
    if (s->trend == TREND_NONE) {
        json_put_null(o, "change");
    } else {
        json_put_int(o, "change", s->change);
    }
}

static void put_actions(cJSON *doc, const History *h, const char *plan_path)
{
    const HistoryActions *a = &h->actions;
    cJSON *o = json_put_object(doc, "actions");
    json_put_string(o, "source", a->from_plan ? "plan" : "sheets");
    json_put_string(o, "plan", a->from_plan ? plan_path : NULL);
    put_date(o, "latest_exercise", h->has_latest, h->latest);
    json_put_int(o, "total", (long)a->total);
    json_put_int(o, "open", (long)a->open);
    if (a->from_plan) {
        json_put_int(o, "in_progress", (long)a->in_progress);
    } else {
        json_put_null(o, "in_progress");
    }
    json_put_int(o, "closed", (long)a->closed);
    json_put_int(o, "overdue", (long)a->overdue);
    json_put_int(o, "recurred", (long)a->recurred);
    cJSON *list = json_put_array(o, "overdue_actions");
    for (size_t i = 0; i < a->n_overdue_list; i++) {
        const HistoryAction *x = &a->overdue_list[i];
        cJSON *e = json_put_object(list, NULL);
        json_put_string(e, "id", x->id);
        json_put_string(e, "text", x->text);
        json_put_string(e, "owner", x->owner);
        json_put_string(e, "owner_name", x->owner_name);
        put_date(e, "due", true, x->due);
        json_put_string(e, "status",
                        x->status >= 0 ? vocab_id(&VOCAB_PLAN_STATUS, x->status) : NULL);
    }
}

char *history_json(const History *h, const char *plan_path)
{
    cJSON *doc = json_new_object();
    json_put_string(doc, "format", "ttx-history");
    json_put_int(doc, "version", HISTORY_FORMAT_VERSION);
    cJSON *a = json_put_array(doc, "exercises");
    for (size_t i = 0; i < h->n_exercises; i++) {
        put_exercise(json_put_object(a, NULL), i, &h->exercises[i]);
    }
    a = json_put_array(doc, "steps");
    for (int st = 0; st < STEP_COUNT; st++) {
        put_series(a, h, &h->steps[st]);
    }
    a = json_put_array(doc, "review");
    for (int r = 0; r < REVIEW_COUNT; r++) {
        put_series(a, h, &h->review[r]);
    }
    put_actions(doc, h, plan_path);
    char *text = json_print_stable(doc);
    cJSON_Delete(doc);
    return text;
}
