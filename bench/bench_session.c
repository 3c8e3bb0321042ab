/* The session driver of the benchmarks (bench_session.h). */
#include "bench_session.h"

#include <stdio.h>
#include <string.h>

static const ProcItem *find_item(const Procedure *p, const char *id)
{
    for (size_t i = 0; i < p->n_items; i++) {
        if (strcmp(p->items[i].id.s, id) == 0) {
            return &p->items[i];
        }
    }
    return NULL;
}

static bool record_expected(Session *s, const Inject *in, WallTime now, char *err, size_t err_size)
{
    for (size_t k = 0; k < in->expects.n; k++) {
        const ProcItem *item = find_item(s->procedure, in->expects.v[k].s);
        if (!item) {
            continue;
        }
        const char *by[1] = {item->owners.n ? item->owners.v[0].s : NULL};
        ItemRecord rec;
        memset(&rec, 0, sizeof rec);
        rec.status = k % 3 == 2 ? STATUS_PARTIAL : STATUS_DONE;
        rec.by = by;
        rec.n_by = by[0] ? 1 : 0;
        rec.has_at = true;
        rec.at_minutes = in->at_minutes + 5;
        if (!session_record_item(s, now, &rec, item->id.s, err, err_size)) {
            return false;
        }
    }
    return true;
}

static bool decide_good(Session *s, const Inject *in, WallTime now, char *err, size_t err_size)
{
    if (!in->decision) {
        return true;
    }
    for (size_t o = 0; o < in->decision->n_options; o++) {
        if (in->decision->options[o].verdict == VERDICT_GOOD) {
            return session_decide(s, now, in->decision->options[o].id.s, err, err_size);
        }
    }
    return true;
}

bool bench_play(Session *s, size_t n_injects, size_t notes_per_inject, WallTime *now, char *err,
                size_t err_size)
{
    if (!s->started && !session_start(s, *now, err, err_size)) {
        return false;
    }
    for (size_t i = 0; i < n_injects && session_has_next(s); i++) {
        now->ms += 60000;
        if (session_next(s, *now, err, err_size) != SESSION_NEXT_PRESENTED) {
            return false;
        }
        const Inject *in = session_current(s);
        if (!record_expected(s, in, *now, err, err_size) ||
            !decide_good(s, in, *now, err, err_size)) {
            return false;
        }
        for (size_t k = 0; k < notes_per_inject; k++) {
            char text[128];
            snprintf(text, sizeof text, "%s で記録係が経過を控えた（%zu）", in->id.s, k + 1);
            if (!session_note(s, *now, text, err, err_size)) {
                return false;
            }
        }
    }
    return true;
}
