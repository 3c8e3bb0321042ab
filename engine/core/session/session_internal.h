/* What session_apply.c shares with session_review.c (the improvement-plan carry-over and the
 * participants' feedback). Not part of the session's API. */
#ifndef TTX_SESSION_INTERNAL_H
#define TTX_SESSION_INTERNAL_H

#include "session.h"

/* session_check for EVENT_PLAN_ACTION, EVENT_PLAN_CONFIRM and EVENT_FEEDBACK. */
bool session_check_review(const Session *s, const Event *e, char *err, size_t size);
/* Folds one of those events in; it has been checked. */
void session_apply_review(Session *s, const Event *e);

#endif
