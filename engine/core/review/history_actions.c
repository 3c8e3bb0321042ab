/* What became of the action items across exercises, counted from the plan when there is one
 * and from the sheets alone otherwise (the rules are in history.h). */
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "history_internal.h"

static bool overdue(const History *h, bool has_due, Date due)
{
    return h->has_latest && has_due && date_to_days(due) < date_to_days(h->latest);
}

static void list_overdue(History *h, size_t cap, HistoryAction item)
{
    HistoryActions *a = &h->actions;
    if (!a->overdue_list) {
        a->overdue_list = arena_array(&h->arena, cap, sizeof(HistoryAction));
    }
    TTX_EXPECT(a->n_overdue_list < cap);
    a->overdue_list[a->n_overdue_list++] = item;
}

static size_t times_seen(const History *h, const char *key)
{
    size_t seen = 0;
    for (size_t i = 0; i < h->n_exercises; i++) {
        seen += history_has_key(h, i, key);
    }
    return seen;
}

void history_actions_from_plan(History *h, const Plan *plan)
{
    HistoryActions *a = &h->actions;
    a->from_plan = true;
    a->total = plan->n_actions;
    for (size_t i = 0; i < plan->n_actions; i++) {
        const PlanAction *x = &plan->actions[i];
        a->open += x->status == PLAN_OPEN;
        a->in_progress += x->status == PLAN_IN_PROGRESS;
        a->closed += x->status == PLAN_DONE;
        a->recurred += x->n_recurred > 0 || (x->key.s && times_seen(h, x->key.s) > 1);
        if (x->status != PLAN_DONE && overdue(h, x->has_due, x->due)) {
            a->overdue++;
            HistoryAction item = {x->id.s,         x->text.s, x->owner_id.s,
                                  x->owner_name.s, x->due,    (int)x->status};
            list_overdue(h, plan->n_actions, item);
        }
    }
}

/* The latest sheet after index `from` that can tell whether the action is still there: the
 * same 手順書 for items and documents, the same scenario for decisions. -1 when none. */
static long latest_in_scope(SheetSummary *const *sheets, size_t n, size_t from,
                            const SummaryAction *act)
{
    const SheetSummary *own = sheets[from];
    bool by_scenario = act->source == ACTION_FROM_DECISION;
    const char *want = by_scenario ? own->scenario_id : own->procedure_id;
    long found = -1;
    for (size_t j = from + 1; j < n && want; j++) {
        const char *have = by_scenario ? sheets[j]->scenario_id : sheets[j]->procedure_id;
        if (have && strcmp(have, want) == 0) {
            found = (long)j;
        }
    }
    return found;
}

void history_actions_from_sheets(History *h, SheetSummary *const *sheets, size_t n)
{
    HistoryActions *a = &h->actions;
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        cap += sheets[i]->n_actions;
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < sheets[i]->n_actions; k++) {
            const SummaryAction *act = &sheets[i]->actions[k];
            const char *key = h->exercises[i].keys[k];
            bool earlier = false;
            for (size_t j = 0; j < i && !earlier; j++) {
                earlier = history_has_key(h, j, key);
            }
            if (earlier) {
                continue; /* counted at its first appearance */
            }
            a->total++;
            a->recurred += times_seen(h, key) > 1;
            long last = latest_in_scope(sheets, n, i, act);
            bool still = last < 0 || history_has_key(h, (size_t)last, key);
            if (!still) {
                a->closed++;
                continue;
            }
            a->open++;
            if (overdue(h, act->has_due, act->due)) {
                a->overdue++;
                HistoryAction item = {NULL, act->text, act->owner, act->owner_name, act->due, -1};
                list_overdue(h, cap, item);
            }
        }
    }
}
