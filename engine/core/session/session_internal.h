/* What session_apply.c shares with session_review.c (the improvement-plan carry-over and the
 * participants' feedback). Not part of the session's API. */
#ifndef TTX_SESSION_INTERNAL_H
#define TTX_SESSION_INTERNAL_H

#include "session.h"

/* session_check for EVENT_PLAN_ACTION, EVENT_PLAN_CONFIRM and EVENT_FEEDBACK. */
bool session_check_review(const Session *s, const Event *e, char *err, size_t size);
/* Folds one of those events in; it has been checked. */
void session_apply_review(Session *s, const Event *e);

/* Writes the message into err and returns false, for `return session_fail(…)` in checks. */
bool session_fail(char *err, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* A copy of t in a (NULL for NULL or empty text: an empty field is an absent one). */
const char *session_copy_text(Arena *a, const char *t);

#endif
