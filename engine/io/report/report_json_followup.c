/* The JSON sheet's sections after the drill: "plan_review" (前回の改善計画の確認) and "feedback"
 * (参加者アンケート). Each key is written only when the drill had a plan or feedback, so sheets
 * of drills without them keep exactly the form they always had. */
#include "feedback.h"
#include "plan.h"
#include "report_json_parts.h"

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

void report_json_followup(cJSON *doc, const Sheet *sh)
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
