/* The rules of SPEC §3 that span more than one node: ids unique, references resolved, phase in
 * its step, time order, forward-only goto, option counts, objective measures, record facts that
 * fit the scenario and the 手順書. Each problem goes to diags at the node it concerns. Models may
 * be incomplete (NULL texts where the loader already reported a problem); the checks skip what
 * is missing rather than report it twice. One module in parts, one per kind of file:
 * validate_procedure.c, validate_scenario.c, validate_record.c and validate_record_plan.c.
 * Pure C11. */
#ifndef TTX_VALIDATE_H
#define TTX_VALIDATE_H

#include "diag.h"
#include "model.h"

void validate_procedure(const Procedure *p, Diags *diags);
/* p may be NULL when the procedure could not be read (already reported). */
void validate_scenario(const Scenario *s, const Procedure *p, Diags *diags);
/* s and p may be NULL when they could not be read (already reported). */
void validate_record(const Record *r, const Scenario *s, const Procedure *p, Diags *diags);
/* The record's `plan:` entries against the plan of `ttx run --plan` (NULL: none was given, and
 * then any `plan:` entry is an error). `ttx validate` cannot know the plan and skips this. */
struct Plan;
void validate_record_plan(const Record *r, const struct Plan *plan, Diags *diags);

#endif
