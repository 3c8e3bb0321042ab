/* The commands front ends call. Each builds one event and commits it: check, persist (the
 * journal fsyncs it), apply. If persisting fails the state does not change, so the screen never
 * shows as recorded what is not on disk. */
#include <stdio.h>
#include <string.h>

#include "session.h"

bool session_commit(Session *s, Event *e, char *err, size_t err_size)
{
    char check_err[256];
    e->seq = s->next_seq;
    if (e->type == EVENT_PRESENT) {
        size_t next = session_next_index(s);
        e->sim_minutes = next < s->scenario->n_injects && s->scenario->injects[next].at_minutes > 0
                             ? s->scenario->injects[next].at_minutes
                             : 0;
    } else {
        e->sim_minutes = session_sim_minutes(s);
    }
    /* Check before persisting: the journal must hold only events that replay. */
    if (!session_check(s, e, check_err, sizeof check_err)) {
        snprintf(err, err_size, "%s", check_err);
        return false;
    }
    if (s->persist && !s->persist(s->persist_ctx, e, err, err_size)) {
        return false;
    }
    return session_apply(s, e, err, err_size);
}

static Event event_at(EventType type, WallTime now, const Session *s)
{
    Event e;
    memset(&e, 0, sizeof e);
    e.type = type;
    e.wall = now;
    const Inject *in = session_current(s);
    e.inject = in ? in->id.s : NULL;
    return e;
}

bool session_start(Session *s, WallTime now, char *err, size_t err_size)
{
    return session_start_shuffled(s, now, 0, err, err_size);
}

bool session_start_shuffled(Session *s, WallTime now, uint32_t option_seed, char *err,
                            size_t err_size)
{
    Event e = event_at(EVENT_START, now, s);
    e.option_seed = option_seed;
    return session_commit(s, &e, err, err_size);
}

SessionNext session_next(Session *s, WallTime now, char *err, size_t err_size)
{
    Event e = event_at(EVENT_PRESENT, now, s);
    size_t next = session_next_index(s);
    if (s->started && !s->ended && next >= s->scenario->n_injects) {
        snprintf(err, err_size, "no more injects; end the exercise to see the sheet");
        return SESSION_NEXT_AT_END;
    }
    e.inject = next < s->scenario->n_injects ? s->scenario->injects[next].id.s : NULL;
    return session_commit(s, &e, err, err_size) ? SESSION_NEXT_PRESENTED : SESSION_NEXT_FAILED;
}

bool session_record_item(Session *s, WallTime now, const ItemRecord *rec, const char *item_id,
                         char *err, size_t err_size)
{
    Event e = event_at(EVENT_ITEM, now, s);
    e.item = item_id;
    e.status = rec->status;
    e.by = rec->by;
    e.n_by = rec->n_by;
    e.has_at = rec->has_at;
    e.at_minutes = rec->at_minutes;
    e.missing = rec->missing;
    e.n_missing = rec->n_missing;
    e.confused = rec->confused;
    e.note = rec->note;
    return session_commit(s, &e, err, err_size);
}

bool session_decide(Session *s, WallTime now, const char *option_id, char *err, size_t err_size)
{
    Event e = event_at(EVENT_DECISION, now, s);
    e.option = option_id;
    return session_commit(s, &e, err, err_size);
}

bool session_note(Session *s, WallTime now, const char *text, char *err, size_t err_size)
{
    Event e = event_at(EVENT_NOTE, now, s);
    e.text = text;
    return session_commit(s, &e, err, err_size);
}

bool session_set_record_field(Session *s, WallTime now, RecordField f, const char *text,
                              char *err, size_t err_size)
{
    Event e = event_at(EVENT_RECORD_FIELD, now, s);
    e.inject = NULL;
    e.field = f;
    e.text = text;
    return session_commit(s, &e, err, err_size);
}

bool session_set_review(Session *s, WallTime now, ReviewKey k, const char *text, char *err,
                        size_t err_size)
{
    Event e = event_at(EVENT_REVIEW, now, s);
    e.inject = NULL;
    e.review = k;
    e.text = text;
    return session_commit(s, &e, err, err_size);
}

bool session_override(Session *s, WallTime now, ReviewKey k, Rating r, const char *reason,
                      char *err, size_t err_size)
{
    Event e = event_at(EVENT_OVERRIDE, now, s);
    e.inject = NULL;
    e.review = k;
    e.rating = r;
    e.reason = reason;
    return session_commit(s, &e, err, err_size);
}

bool session_clear_override(Session *s, WallTime now, ReviewKey k, char *err, size_t err_size)
{
    Event e = event_at(EVENT_OVERRIDE, now, s);
    e.inject = NULL;
    e.review = k;
    e.clear = true;
    return session_commit(s, &e, err, err_size);
}

static bool clock_event(Session *s, EventType t, WallTime now, char *err, size_t err_size)
{
    Event e = event_at(t, now, s);
    e.inject = NULL;
    return session_commit(s, &e, err, err_size);
}

bool session_pause(Session *s, WallTime now, char *err, size_t err_size)
{
    return clock_event(s, EVENT_PAUSE, now, err, err_size);
}

bool session_resume(Session *s, WallTime now, char *err, size_t err_size)
{
    return clock_event(s, EVENT_RESUME, now, err, err_size);
}

bool session_end(Session *s, WallTime now, char *err, size_t err_size)
{
    return clock_event(s, EVENT_END, now, err, err_size);
}

bool session_plan_action(Session *s, WallTime now, const SessionPlanAction *a, char *err,
                         size_t err_size)
{
    Event e = event_at(EVENT_PLAN_ACTION, now, s);
    e.inject = NULL;
    e.key = a->key;
    e.action = a->action;
    e.text = a->text;
    e.owner = a->owner;
    e.owner_name = a->owner_name;
    e.has_due = a->has_due;
    e.due = a->due;
    e.plan_status = a->status_before;
    return session_commit(s, &e, err, err_size);
}

bool session_plan_confirm(Session *s, WallTime now, const char *key, bool done, const char *note,
                          char *err, size_t err_size)
{
    Event e = event_at(EVENT_PLAN_CONFIRM, now, s);
    e.inject = NULL;
    e.key = key;
    e.done = done;
    e.note = note && *note ? note : NULL;
    return session_commit(s, &e, err, err_size);
}

bool session_feedback(Session *s, WallTime now, const SessionFeedback *f, char *err,
                      size_t err_size)
{
    Event e = event_at(EVENT_FEEDBACK, now, s);
    e.inject = NULL;
    memcpy(e.scores, f->scores, sizeof e.scores);
    e.strengths = f->strengths && *f->strengths ? f->strengths : NULL;
    e.improvements = f->improvements && *f->improvements ? f->improvements : NULL;
    return session_commit(s, &e, err, err_size);
}
