/* session_apply: check an event against the state, then fold it in. Every rejection names what
 * was wrong in words a facilitator can read, because a replayed journal reports them per line.
 * Also the helpers session_review.c shares (session_fail, session_copy_text). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "session_internal.h"

bool session_fail(char *err, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, size, fmt, ap);
    va_end(ap);
    return false;
}

static const char *current_id(const Session *s)
{
    const Inject *in = session_current(s);
    return in ? in->id.s : NULL;
}

static bool check_at_current(const Session *s, const Event *e, char *err, size_t size)
{
    const char *cur = current_id(s);
    if (!cur) {
        return session_fail(err, size, "no inject has been presented yet");
    }
    if (!e->inject || strcmp(e->inject, cur) != 0) {
        return session_fail(err, size,
                            "the event is for inject '%s' but the current inject is '%s'",
                            e->inject ? e->inject : "(none)", cur);
    }
    return true;
}

static bool check_item(const Session *s, const Event *e, char *err, size_t size)
{
    const ProcItem *it = e->item ? procedure_find_item(s->procedure, e->item) : NULL;
    if (!it) {
        return session_fail(err, size, "item '%s' is not in the 手順書",
                            e->item ? e->item : "(none)");
    }
    if (e->status >= STATUS_COUNT) {
        return session_fail(err, size, "item '%s' has no valid status", e->item);
    }
    bool acted = e->status != STATUS_MISSED;
    if (acted && (e->n_by == 0 || !e->has_at)) {
        return session_fail(err, size, "item '%s' is %s but does not say who acted and when",
                            e->item, vocab_id(&VOCAB_STATUS, e->status));
    }
    for (size_t i = 0; i < e->n_by; i++) {
        if (!e->by[i] || !procedure_find_role(s->procedure, e->by[i])) {
            return session_fail(err, size, "'%s' is not a role of the 手順書",
                                e->by[i] ? e->by[i] : "");
        }
    }
    for (size_t i = 0; i < e->n_missing; i++) {
        if (!e->missing[i] || !text_list_contains(&it->prepare, e->missing[i])) {
            return session_fail(err, size, "'%s' is not on the prepare list of item '%s'",
                                e->missing[i] ? e->missing[i] : "", e->item);
        }
    }
    if (e->has_at && (e->at_minutes < 0 || e->at_minutes > SIMTIME_MAX_MINUTES)) {
        return session_fail(err, size, "item '%s' has a time outside 0:00-9999:59", e->item);
    }
    return true;
}

static bool check_running(const Session *s, char *err, size_t size)
{
    if (!s->started) {
        return session_fail(err, size, "the exercise has not started");
    }
    if (s->ended) {
        return session_fail(err, size, "the exercise has already ended");
    }
    return true;
}

bool session_check(const Session *s, const Event *e, char *err, size_t size)
{
    switch (e->type) {
    case EVENT_START:
        return s->started ? session_fail(err, size, "the exercise has already started") : true;
    case EVENT_PRESENT: {
        if (!check_running(s, err, size)) {
            return false;
        }
        size_t next = session_next_index(s);
        if (next >= s->scenario->n_injects) {
            return session_fail(err, size, "there is no inject left to present");
        }
        const char *want = s->scenario->injects[next].id.s;
        if (!e->inject || strcmp(e->inject, want) != 0) {
            return session_fail(err, size,
                                "inject '%s' cannot be presented now; the next inject is '%s'",
                                e->inject ? e->inject : "(none)", want);
        }
        return true;
    }
    case EVENT_ITEM:
        return check_running(s, err, size) && check_at_current(s, e, err, size) &&
               check_item(s, e, err, size);
    case EVENT_DECISION: {
        if (!check_running(s, err, size) || !check_at_current(s, e, err, size)) {
            return false;
        }
        const Decision *d = session_current(s)->decision;
        if (!d) {
            return session_fail(err, size, "inject '%s' has no decision point", e->inject);
        }
        if (!e->option || !decision_find_option(d, e->option)) {
            return session_fail(err, size, "'%s' is not an option of the decision at inject '%s'",
                                e->option ? e->option : "(none)", e->inject);
        }
        return true;
    }
    case EVENT_NOTE:
        if (!check_running(s, err, size)) {
            return false;
        }
        if (!e->text || !*e->text) {
            return session_fail(err, size, "a note needs text");
        }
        if (s->cursor < 0) {
            /* A note before the first inject belongs to no inject. */
            return e->inject ? session_fail(err, size, "no inject has been presented yet") : true;
        }
        return check_at_current(s, e, err, size);
    case EVENT_RECORD_FIELD:
        if (e->field >= RECFIELD_COUNT) {
            return session_fail(err, size, "unknown incident-record field");
        }
        return s->started ? true : session_fail(err, size, "the exercise has not started");
    case EVENT_REVIEW:
    case EVENT_OVERRIDE:
        if (e->review >= REVIEW_COUNT) {
            return session_fail(err, size, "unknown review item");
        }
        if (e->type == EVENT_OVERRIDE && !e->clear &&
            (e->rating >= RATING_COUNT || !e->reason || !*e->reason)) {
            return session_fail(err, size, "a rating override needs a rating A-D and a reason");
        }
        return s->started ? true : session_fail(err, size, "the exercise has not started");
    case EVENT_PAUSE:
        return check_running(s, err, size) &&
               (!s->paused || session_fail(err, size, "the clock is already paused"));
    case EVENT_RESUME:
        return check_running(s, err, size) &&
               (s->paused || session_fail(err, size, "the clock is not paused"));
    case EVENT_END:
        return check_running(s, err, size);
    case EVENT_PLAN_ACTION:
    case EVENT_PLAN_CONFIRM:
    case EVENT_FEEDBACK:
        return session_check_review(s, e, err, size);
    case EVENT_COUNT:
        break;
    }
    return session_fail(err, size, "unknown event type");
}

static const char **copy_strings(Arena *a, const char *const *v, size_t n)
{
    const char **out = arena_array(a, n, sizeof(char *));
    for (size_t i = 0; i < n; i++) {
        out[i] = arena_strdup(a, v[i]);
    }
    return out;
}

const char *session_copy_text(Arena *a, const char *t)
{
    return t && *t ? arena_strdup(a, t) : NULL;
}

/* Closes the running step's active-time account; called before the cursor moves or the clock
 * stops, so each step's time box counts only its own injects. */
static void settle_step(Session *s, WallTime now)
{
    int64_t active = session_active_ms(s, now);
    const Inject *in = session_current(s);
    if (in && in->step < STEP_COUNT) {
        s->step_active_ms[in->step] += active - s->step_mark_ms;
    }
    s->step_mark_ms = active;
}

static void apply_present(Session *s, const Event *e)
{
    size_t next = session_next_index(s);
    settle_step(s, e->wall);
    if (s->cursor >= 0) {
        flow_apply_option(&s->flow, s->injects[s->cursor].chosen);
    }
    s->cursor = (long)next;
    InjectRecord *r = &s->injects[next];
    r->presented = true;
    r->order = (long)s->n_presented;
    r->presented_wall = e->wall;
    r->active_ms_at_present = s->step_mark_ms;
    s->presented[s->n_presented++] = next;
}

static void apply_item(Session *s, const Event *e)
{
    ItemRecord *r = &s->items[procedure_item_index(s->procedure, e->item)];
    r->recorded = true;
    r->status = e->status;
    r->by = copy_strings(&s->arena, e->by, e->n_by);
    r->n_by = e->n_by;
    r->has_at = e->has_at;
    r->at_minutes = e->at_minutes;
    r->missing = copy_strings(&s->arena, e->missing, e->n_missing);
    r->n_missing = e->n_missing;
    r->confused = e->confused;
    r->note = session_copy_text(&s->arena, e->note);
    r->inject = s->cursor;
    r->seq = e->seq;
}

static void apply_note(Session *s, const Event *e)
{
    if (s->n_notes == s->cap_notes) {
        s->cap_notes = s->cap_notes ? s->cap_notes * 2 : 8;
        s->notes = ttx_realloc(s->notes, s->cap_notes * sizeof(SessionNote));
    }
    SessionNote *n = &s->notes[s->n_notes++];
    n->inject = s->cursor;
    n->text = arena_strdup(&s->arena, e->text);
    n->sim_minutes = session_sim_minutes(s);
    n->wall = e->wall;
}

static void apply_clock(Session *s, const Event *e)
{
    /* Same rule as session_active_ms: wall time never runs backwards for the session. */
    int64_t now = e->wall.ms > s->last_wall.ms ? e->wall.ms : s->last_wall.ms;
    switch (e->type) {
    case EVENT_START:
        s->started = true;
        s->start_wall = e->wall;
        s->option_seed = e->option_seed;
        break;
    case EVENT_PAUSE:
        settle_step(s, e->wall);
        s->paused = true;
        s->pause_started = e->wall;
        s->pause_started.ms = now;
        break;
    case EVENT_RESUME:
        s->paused_ms += now - s->pause_started.ms;
        s->paused = false;
        break;
    case EVENT_END:
        settle_step(s, e->wall);
        if (s->paused) {
            s->paused_ms += now - s->pause_started.ms;
            s->paused = false;
        }
        s->ended = true;
        s->end_wall = e->wall;
        s->end_wall.ms = now;
        break;
    default:
        break;
    }
}

bool session_apply(Session *s, const Event *e, char *err, size_t err_size)
{
    if (!session_check(s, e, err, err_size)) {
        return false;
    }
    switch (e->type) {
    case EVENT_PRESENT:
        apply_present(s, e);
        break;
    case EVENT_ITEM:
        apply_item(s, e);
        break;
    case EVENT_DECISION:
        s->injects[s->cursor].chosen = decision_find_option(session_current(s)->decision,
                                                           e->option);
        break;
    case EVENT_NOTE:
        apply_note(s, e);
        break;
    case EVENT_RECORD_FIELD:
        s->incident_record[e->field] = session_copy_text(&s->arena, e->text);
        break;
    case EVENT_REVIEW:
        s->review[e->review] = session_copy_text(&s->arena, e->text);
        break;
    case EVENT_OVERRIDE:
        s->overrides[e->review].present = !e->clear;
        s->overrides[e->review].rating = e->rating;
        s->overrides[e->review].reason = e->clear ? NULL : arena_strdup(&s->arena, e->reason);
        break;
    case EVENT_PLAN_ACTION:
    case EVENT_PLAN_CONFIRM:
    case EVENT_FEEDBACK:
        session_apply_review(s, e);
        break;
    default:
        apply_clock(s, e);
        break;
    }
    if (e->wall.ms > s->last_wall.ms || e->type == EVENT_START) {
        s->last_wall = e->wall;
    }
    if (e->seq >= s->next_seq) {
        s->next_seq = e->seq + 1;
    }
    return true;
}
