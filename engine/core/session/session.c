/* A session's life and what front ends read from it: session_init and session_deinit, the
 * persist hook, and the queries (the current inject, simulated time, active and remaining wall
 * time, what the flow presents next). The state changes only through session_apply
 * (session_apply.c, with session_review.c for the plan and feedback facts), which checks the
 * whole event first (session_check) so a rejected event leaves the state untouched — that is
 * what lets a journal be replayed line by line; the commands that build events are in
 * session_commands.c. Pure C11. */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

void session_init(Session *s, const Scenario *scenario, const Procedure *procedure)
{
    memset(s, 0, sizeof(*s));
    s->scenario = scenario;
    s->procedure = procedure;
    arena_init(&s->arena);
    flow_init(&s->flow);
    s->cursor = -1;
    s->next_seq = 1;
    s->injects = ttx_calloc(scenario->n_injects + 1, sizeof(InjectRecord));
    s->presented = ttx_calloc(scenario->n_injects + 1, sizeof(size_t));
    s->items = ttx_calloc(procedure->n_items + 1, sizeof(ItemRecord));
}

void session_deinit(Session *s)
{
    free(s->injects);
    free(s->presented);
    free(s->items);
    free(s->notes);
    free(s->plan);
    free(s->feedback);
    flow_deinit(&s->flow);
    arena_deinit(&s->arena);
    memset(s, 0, sizeof(*s));
}

void session_set_persist(Session *s, SessionPersistFn fn, void *ctx)
{
    s->persist = fn;
    s->persist_ctx = ctx;
}

/* ---- queries ------------------------------------------------------------------------------ */

const Inject *session_current(const Session *s)
{
    return s->cursor >= 0 ? &s->scenario->injects[s->cursor] : NULL;
}

int session_sim_minutes(const Session *s)
{
    const Inject *in = session_current(s);
    return in && in->at_minutes > 0 ? in->at_minutes : 0;
}

/* Wall time never runs backwards for the session: a clock set back mid-exercise must not
 * produce negative durations. */
static int64_t clamp_ms(const Session *s, WallTime now)
{
    return now.ms > s->last_wall.ms ? now.ms : s->last_wall.ms;
}

int64_t session_active_ms(const Session *s, WallTime now)
{
    if (!s->started) {
        return 0;
    }
    int64_t until = s->ended ? s->end_wall.ms : clamp_ms(s, now);
    int64_t paused = s->paused_ms;
    if (s->paused && !s->ended) {
        paused += until - s->pause_started.ms;
    }
    int64_t active = until - s->start_wall.ms - paused;
    return active > 0 ? active : 0;
}

int64_t session_discussion_left_ms(const Session *s, WallTime now, bool *has_timer)
{
    const Inject *in = session_current(s);
    *has_timer = in && in->discuss_seconds > 0;
    if (!*has_timer) {
        return 0;
    }
    int64_t spent = session_active_ms(s, now) - s->injects[s->cursor].active_ms_at_present;
    return (int64_t)in->discuss_seconds * 1000 - spent;
}

int64_t session_timebox_left_ms(const Session *s, WallTime now, bool *has_timebox)
{
    const Inject *in = session_current(s);
    *has_timebox = in && in->step < STEP_COUNT && s->scenario->timebox_seconds[in->step] > 0;
    if (!*has_timebox) {
        return 0;
    }
    int64_t spent = s->step_active_ms[in->step] + session_active_ms(s, now) - s->step_mark_ms;
    return (int64_t)s->scenario->timebox_seconds[in->step] * 1000 - spent;
}

/* Computed on a copy of the counters so that asking does not change anything. */
size_t session_next_index(const Session *s)
{
    if (s->cursor < 0) {
        return flow_first_from(s->scenario, &s->flow, 0);
    }
    FlowState tmp;
    flow_init(&tmp);
    for (size_t i = 0; i < s->flow.n; i++) {
        flow_set(&tmp, s->flow.v[i].name, s->flow.v[i].value);
    }
    const Option *chosen = s->injects[s->cursor].chosen;
    flow_apply_option(&tmp, chosen);
    size_t next = flow_next(s->scenario, &tmp, (size_t)s->cursor, chosen);
    flow_deinit(&tmp);
    return next;
}

bool session_has_next(const Session *s)
{
    return s->started && !s->ended && session_next_index(s) < s->scenario->n_injects;
}

bool session_item_late(const ProcItem *it, const ItemRecord *r)
{
    return it->has_due && r->has_at && r->at_minutes > it->due_minutes;
}

bool session_item_by_owner(const ProcItem *it, const ItemRecord *r)
{
    for (size_t i = 0; i < r->n_by; i++) {
        if (text_list_contains(&it->owners, r->by[i])) {
            return true;
        }
    }
    return false;
}

const SessionPlanAction *session_find_plan(const Session *s, const char *key)
{
    for (size_t i = 0; key && i < s->n_plan; i++) {
        if (strcmp(s->plan[i].key, key) == 0) {
            return &s->plan[i];
        }
    }
    return NULL;
}
