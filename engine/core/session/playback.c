/* Record playback. The engine, not the record, decides which injects are presented; the record
 * only supplies what happened at them, so a record entry for an inject that this run does not
 * present is never played (the validator reports it before we get here). */
#include "playback.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "plan_carry.h"

static const char **text_array(const TextList *l)
{
    const char **v = ttx_calloc(l->n + 1, sizeof(char *));
    for (size_t i = 0; i < l->n; i++) {
        v[i] = l->v[i].s;
    }
    return v;
}

static bool play_item(Session *s, const RecItem *ri, WallTime now, char *err, size_t err_size)
{
    ItemRecord rec;
    memset(&rec, 0, sizeof rec);
    rec.status = ri->status;
    rec.by = text_array(&ri->by);
    rec.n_by = ri->by.n;
    rec.has_at = ri->has_at;
    rec.at_minutes = ri->at_minutes;
    rec.missing = text_array(&ri->missing);
    rec.n_missing = ri->missing.n;
    rec.confused = ri->confused;
    rec.note = ri->note.s;
    bool ok = session_record_item(s, now, &rec, ri->item.s, err, err_size);
    free(rec.by);
    free(rec.missing);
    return ok;
}

static const RecInject *find_entry(const Record *r, const char *inject_id)
{
    for (size_t i = 0; i < r->n_injects; i++) {
        if (r->injects[i].inject.s && strcmp(r->injects[i].inject.s, inject_id) == 0) {
            return &r->injects[i];
        }
    }
    return NULL;
}

static bool play_inject(Session *s, const RecInject *ri, WallTime now, char *err, size_t size)
{
    for (size_t k = 0; k < ri->n_items; k++) {
        if (!play_item(s, &ri->items[k], now, err, size)) {
            return false;
        }
    }
    if (ri->decision.s && !session_decide(s, now, ri->decision.s, err, size)) {
        return false;
    }
    for (size_t k = 0; k < ri->notes.n; k++) {
        if (!session_note(s, now, ri->notes.v[k].s, err, size)) {
            return false;
        }
    }
    return true;
}

static bool play_review(Session *s, const Record *r, WallTime now, char *err, size_t size)
{
    for (int k = 0; k < REVIEW_COUNT; k++) {
        if (r->review[k].s && !session_set_review(s, now, (ReviewKey)k, r->review[k].s, err, size)) {
            return false;
        }
    }
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const RatingOverride *o = &r->ratings[k];
        if (o->present &&
            !session_override(s, now, (ReviewKey)k, o->rating, o->reason.s, err, size)) {
            return false;
        }
    }
    return true;
}

/* The plan's open actions, then the record's confirmations in record order. */
static bool play_plan(Session *s, const Record *r, const Plan *plan, WallTime now, char *err,
                      size_t size)
{
    if (!plan_carry_show(s, plan, now, err, size)) {
        return false;
    }
    for (size_t k = 0; plan && k < r->n_plan; k++) {
        const RecPlanEntry *e = &r->plan[k];
        const PlanAction *a = plan_carry_find(plan, e->action.s);
        if (a && !session_plan_confirm(s, now, a->key.s, e->done, e->note.s, err, size)) {
            return false;
        }
    }
    return true;
}

bool playback_record(Session *s, const Record *r, WallTime now, char *err, size_t err_size)
{
    return playback_record_plan(s, r, NULL, now, err, err_size);
}

bool playback_record_plan(Session *s, const Record *r, const Plan *plan, WallTime now,
                          char *err, size_t err_size)
{
    if (!session_start(s, now, err, err_size) || !play_plan(s, r, plan, now, err, err_size)) {
        return false;
    }
    while (session_next_index(s) < s->scenario->n_injects) {
        if (session_next(s, now, err, err_size) != SESSION_NEXT_PRESENTED) {
            return false;
        }
        const RecInject *ri = find_entry(r, session_current(s)->id.s);
        if (ri && !play_inject(s, ri, now, err, err_size)) {
            return false;
        }
    }
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        if (r->incident_record[f].s &&
            !session_set_record_field(s, now, (RecordField)f, r->incident_record[f].s, err,
                                      err_size)) {
            return false;
        }
    }
    return session_end(s, now, err, err_size) && play_review(s, r, now, err, err_size);
}
