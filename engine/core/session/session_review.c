/* The facts around the drill that are not about its injects: the previous improvement plan's
 * open actions shown at the start and which of them the team confirmed as done, and the
 * participants' feedback forms. A confirmation and a feedback form may come after the end,
 * because both are usually taken in the review that follows the drill. */
#include <string.h>

#include "base.h"
#include "plan.h"
#include "session_internal.h"

static bool check_plan_action(const Session *s, const Event *e, char *err, size_t size)
{
    if (!s->started || s->ended) {
        return session_fail(err, size,
                            s->started ? "the exercise has already ended"
                                       : "the exercise has not started");
    }
    if (!e->key || !*e->key || !e->text || !*e->text) {
        return session_fail(err, size, "a plan action needs a key and a text");
    }
    if (e->plan_status < 0 || e->plan_status >= PLAN_STATUS_COUNT) {
        return session_fail(err, size, "plan action '%s' has no valid status", e->key);
    }
    if (session_find_plan(s, e->key)) {
        return session_fail(err, size, "plan action '%s' is already shown", e->key);
    }
    return true;
}

static bool check_feedback(const Event *e, char *err, size_t size)
{
    bool any = (e->strengths && *e->strengths) || (e->improvements && *e->improvements);
    for (int i = 0; i < FEEDBACK_STATEMENTS; i++) {
        if (e->scores[i] < 0 || e->scores[i] > 5) {
            return session_fail(err, size, "feedback answers are 1-5 (0: not answered)");
        }
        any = any || e->scores[i] > 0;
    }
    return any ? true : session_fail(err, size, "the feedback form is empty");
}

bool session_check_review(const Session *s, const Event *e, char *err, size_t size)
{
    switch (e->type) {
    case EVENT_PLAN_ACTION:
        return check_plan_action(s, e, err, size);
    case EVENT_PLAN_CONFIRM:
        if (!s->started) {
            return session_fail(err, size, "the exercise has not started");
        }
        return session_find_plan(s, e->key) ? true
                                            : session_fail(err, size,
                                                           "'%s' is not a plan action shown "
                                                           "at the start",
                                                           e->key ? e->key : "(none)");
    case EVENT_FEEDBACK:
        return s->started ? check_feedback(e, err, size)
                          : session_fail(err, size, "the exercise has not started");
    default:
        return session_fail(err, size, "unknown event type");
    }
}

static void apply_plan_action(Session *s, const Event *e)
{
    if (s->n_plan == s->cap_plan) {
        s->cap_plan = s->cap_plan ? s->cap_plan * 2 : 8;
        s->plan = ttx_realloc(s->plan, s->cap_plan * sizeof(SessionPlanAction));
    }
    SessionPlanAction *p = &s->plan[s->n_plan++];
    memset(p, 0, sizeof *p);
    p->key = arena_strdup(&s->arena, e->key);
    p->action = session_copy_text(&s->arena, e->action);
    p->text = arena_strdup(&s->arena, e->text);
    p->owner = session_copy_text(&s->arena, e->owner);
    p->owner_name = session_copy_text(&s->arena, e->owner_name);
    p->has_due = e->has_due;
    p->due = e->due;
    p->status_before = e->plan_status;
}

static void apply_feedback(Session *s, const Event *e)
{
    if (s->n_feedback == s->cap_feedback) {
        s->cap_feedback = s->cap_feedback ? s->cap_feedback * 2 : 8;
        s->feedback = ttx_realloc(s->feedback, s->cap_feedback * sizeof(SessionFeedback));
    }
    SessionFeedback *f = &s->feedback[s->n_feedback++];
    memcpy(f->scores, e->scores, sizeof f->scores);
    f->strengths = session_copy_text(&s->arena, e->strengths);
    f->improvements = session_copy_text(&s->arena, e->improvements);
}

void session_apply_review(Session *s, const Event *e)
{
    switch (e->type) {
    case EVENT_PLAN_ACTION:
        apply_plan_action(s, e);
        break;
    case EVENT_PLAN_CONFIRM: {
        SessionPlanAction *p = (SessionPlanAction *)session_find_plan(s, e->key);
        p->confirmed = true;
        p->done = e->done;
        p->note = session_copy_text(&s->arena, e->note);
        break;
    }
    case EVENT_FEEDBACK:
        apply_feedback(s, e);
        break;
    default:
        break;
    }
}
