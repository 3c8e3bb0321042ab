/* What the two halves of the history share (history.c: series and exercises;
 * history_actions.c: what became of the action items). Not for use outside history*.c. */
#ifndef TTX_HISTORY_INTERNAL_H
#define TTX_HISTORY_INTERNAL_H

#include "history.h"

/* True when exercise i had an action with this key. */
bool history_has_key(const History *h, size_t i, const char *key);

void history_actions_from_plan(History *h, const Plan *plan);
void history_actions_from_sheets(History *h, SheetSummary *const *sheets, size_t n);

#endif
