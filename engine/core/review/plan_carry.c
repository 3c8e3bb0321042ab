/* The plan's open actions as session events. The owner's name falls back to the 手順書's role
 * name, because a plan edited by hand may give only the role id. */
#include "plan_carry.h"

#include <string.h>

bool plan_carry_is_open(const PlanAction *a)
{
    return a->status == PLAN_OPEN || a->status == PLAN_IN_PROGRESS;
}

const PlanAction *plan_carry_find(const Plan *p, const char *ref)
{
    const PlanAction *a = plan_find_key(p, ref);
    for (size_t i = 0; !a && ref && i < p->n_actions; i++) {
        if (p->actions[i].id.s && strcmp(p->actions[i].id.s, ref) == 0) {
            a = &p->actions[i];
        }
    }
    return a;
}

static const char *owner_name(const Session *s, const PlanAction *a)
{
    if (a->owner_name.s) {
        return a->owner_name.s;
    }
    const Role *r = a->owner_id.s ? procedure_find_role(s->procedure, a->owner_id.s) : NULL;
    return r ? r->name.s : NULL;
}

bool plan_carry_show(Session *s, const Plan *p, WallTime now, char *err, size_t err_size)
{
    for (size_t i = 0; p && i < p->n_actions; i++) {
        const PlanAction *a = &p->actions[i];
        if (!plan_carry_is_open(a)) {
            continue;
        }
        SessionPlanAction sa;
        memset(&sa, 0, sizeof sa);
        sa.key = a->key.s;
        sa.action = a->id.s;
        sa.text = a->text.s;
        sa.owner = a->owner_id.s;
        sa.owner_name = owner_name(s, a);
        sa.has_due = a->has_due;
        sa.due = a->due;
        sa.status_before = (int)a->status;
        if (!session_plan_action(s, now, &sa, err, err_size)) {
            return false;
        }
    }
    return true;
}
