/* Playing a record (ttx-record: 1) through a session with the same commands the GUI uses:
 * start, present each inject the flow allows, record its items, decision and notes, fill the
 * incident record, end, then the review words and rating overrides. All events carry the wall
 * time `now`, so a playback is instant and reproducible. Pure C11. */
#ifndef TTX_PLAYBACK_H
#define TTX_PLAYBACK_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "session.h"

/* The record must have been validated against the session's scenario and procedure. Returns
 * false with err when a command fails (e.g. the journal could not be written). */
bool playback_record(Session *s, const Record *r, WallTime now, char *err, size_t err_size);

/* playback_record with the previous improvement plan (NULL: none): right after the start, its
 * open actions are shown and the record's `plan:` confirmations follow (the record must have
 * passed validate_record_plan against the same plan). */
struct Plan;
bool playback_record_plan(Session *s, const Record *r, const struct Plan *plan, WallTime now,
                          char *err, size_t err_size);

#endif
