/* The record's `plan:` entries against the improvement plan given to `ttx run --plan`: each must
 * name (by key or short id) an action the drill showed at the start — open or in_progress — and
 * only once. Without a plan the entries cannot be checked or played, so they are an error. */
#include <stdlib.h>

#include "base.h"
#include "plan_carry.h"
#include "validate.h"

static void check_entry(const Record *r, const Plan *plan, size_t k, const PlanAction **seen,
                        Diags *diags)
{
    const RecPlanEntry *e = &r->plan[k];
    if (!e->action.s) {
        return;
    }
    const PlanAction *a = plan_carry_find(plan, e->action.s);
    if (!a) {
        diags_error(diags, r->path, e->action.pos,
                    "'%s' is not an action of the plan %s; give its id (like A01) or its key",
                    e->action.s, plan->path ? plan->path : "");
        return;
    }
    if (!plan_carry_is_open(a)) {
        diags_error(diags, r->path, e->action.pos,
                    "action '%s' is already done in the plan, so the drill does not show it; "
                    "only open and in_progress actions can be confirmed",
                    e->action.s);
        return;
    }
    seen[k] = a;
    for (size_t j = 0; j < k; j++) {
        if (seen[j] == a) {
            diags_error(diags, r->path, e->action.pos,
                        "action '%s' is confirmed twice (first at line %d); keep one entry",
                        e->action.s, r->plan[j].pos.line);
            return;
        }
    }
}

void validate_record_plan(const Record *r, const struct Plan *plan, Diags *diags)
{
    if (!r->has_plan) {
        return;
    }
    if (!plan) {
        diags_error(diags, r->path, r->plan_pos,
                    "'plan' confirms actions of an improvement plan, which needs --plan "
                    "PLAN.yaml (ttx run SCENARIO --record FILE --plan PLAN.yaml)");
        return;
    }
    const PlanAction **seen = ttx_calloc(r->n_plan + 1, sizeof(PlanAction *));
    for (size_t k = 0; k < r->n_plan; k++) {
        check_entry(r, plan, k, seen, diags);
    }
    free(seen);
}
