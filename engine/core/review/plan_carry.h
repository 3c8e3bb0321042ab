/* Carrying the improvement plan into the next drill: the plan's open and in-progress actions are
 * shown at the start (one EVENT_PLAN_ACTION each, so the journal alone rebuilds the sheet), and
 * the team confirms which were done (EVENT_PLAN_CONFIRM). Used by `ttx play --plan` (the app)
 * and `ttx run --plan` (playback). Pure C11. */
#ifndef TTX_PLAN_CARRY_H
#define TTX_PLAN_CARRY_H

#include <stdbool.h>
#include <stddef.h>

#include "plan.h"
#include "session.h"

/* True for the actions shown at the start: open and in_progress (done ones are closed). */
bool plan_carry_is_open(const PlanAction *a);

/* The action whose key or short id (A01) is ref, or NULL. */
const PlanAction *plan_carry_find(const Plan *p, const char *ref);

/* Commits one plan_action event per open action of p, in plan order. The session must have
 * started; p may be NULL (nothing to show). */
bool plan_carry_show(Session *s, const Plan *p, WallTime now, char *err, size_t err_size);

#endif
