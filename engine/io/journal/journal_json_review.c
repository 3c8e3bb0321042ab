/* Review events ↔ journal fields. A plan action carries everything the sheet shows about it
 * (text, owner, due, status as the plan had them), because `ttx report` rebuilds the sheet from
 * the journal alone, long after the plan file has been edited. Feedback answers are written as
 * an array of five, null for a statement left unanswered. */
#include "journal_json_review.h"

#include <stdio.h>

#include "base.h"
#include "json_build.h"
#include "json_read.h"
#include "plan.h"
#include "simtime.h"

static void add_optional(cJSON *o, const char *key, const char *s)
{
    if (s) {
        json_put_string(o, key, s);
    }
}

static void encode_scores(cJSON *o, const Event *e)
{
    cJSON *a = json_put_array(o, "scores");
    for (int i = 0; i < FEEDBACK_STATEMENTS; i++) {
        if (e->scores[i] > 0) {
            json_put_int(a, NULL, e->scores[i]);
        } else {
            json_put_null(a, NULL);
        }
    }
}

void journal_review_encode(cJSON *o, const Event *e)
{
    char day[16];
    switch (e->type) {
    case EVENT_PLAN_ACTION:
        json_put_string(o, "key", e->key);
        add_optional(o, "action", e->action);
        json_put_string(o, "text", e->text);
        add_optional(o, "owner", e->owner);
        add_optional(o, "owner_name", e->owner_name);
        if (e->has_due) {
            json_put_string(o, "due", date_format(e->due, day, sizeof day));
        }
        json_put_string(o, "status", vocab_id(&VOCAB_PLAN_STATUS, e->plan_status));
        break;
    case EVENT_PLAN_CONFIRM:
        json_put_string(o, "key", e->key);
        json_put_bool(o, "done", e->done);
        add_optional(o, "note", e->note);
        break;
    case EVENT_FEEDBACK:
        encode_scores(o, e);
        add_optional(o, "strengths", e->strengths);
        add_optional(o, "improvements", e->improvements);
        break;
    default:
        break;
    }
}

bool journal_review_decode_action(const cJSON *key, const cJSON *action, const cJSON *owner,
                                  const cJSON *owner_name, const cJSON *due, const cJSON *status,
                                  Event *e, Arena *a, char *err, size_t err_size)
{
    if (!json_get_text(key, "key", false, a, &e->key, err, err_size) ||
        (action && !json_get_text(action, "action", false, a, &e->action, err, err_size)) ||
        (owner && !json_get_text(owner, "owner", false, a, &e->owner, err, err_size)) ||
        (owner_name &&
         !json_get_text(owner_name, "owner_name", false, a, &e->owner_name, err, err_size)) ||
        !json_get_id(status, "status", &VOCAB_PLAN_STATUS, &e->plan_status, err, err_size)) {
        return false;
    }
    if (due) {
        if (!cJSON_IsString(due) || !date_parse(due->valuestring, &e->due)) {
            snprintf(err, err_size, "'due' must be a date like \"2026-12-31\"");
            return false;
        }
        e->has_due = true;
    }
    return true;
}

bool journal_review_decode_confirm(const cJSON *key, const cJSON *done, const cJSON *note, Event *e,
                                   Arena *a, char *err, size_t err_size)
{
    return json_get_text(key, "key", false, a, &e->key, err, err_size) &&
           json_get_bool(done, "done", &e->done, err, err_size) &&
           (!note || json_get_text(note, "note", false, a, &e->note, err, err_size));
}

bool journal_review_decode_feedback(const cJSON *scores, const cJSON *strengths,
                                    const cJSON *improvements, Event *e, Arena *a, char *err,
                                    size_t err_size)
{
    if (!cJSON_IsArray(scores) || cJSON_GetArraySize(scores) != FEEDBACK_STATEMENTS) {
        snprintf(err, err_size, "'scores' must be an array of %d answers (1-5 or null)",
                 FEEDBACK_STATEMENTS);
        return false;
    }
    int i = 0;
    const cJSON *v;
    cJSON_ArrayForEach(v, scores)
    {
        int64_t n = 0;
        if (!cJSON_IsNull(v) && !json_get_int(v, "scores", 1, 5, &n, err, err_size)) {
            return false;
        }
        e->scores[i++] = (int)n;
    }
    return (!strengths ||
            json_get_text(strengths, "strengths", false, a, &e->strengths, err, err_size)) &&
           (!improvements ||
            json_get_text(improvements, "improvements", false, a, &e->improvements, err, err_size));
}
