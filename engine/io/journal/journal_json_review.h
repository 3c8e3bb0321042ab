/* The journal fields of the review events (plan_action, plan_confirm, feedback), kept apart from
 * journal_json.c so that file stays about the drill's own events. Internal to journal_json.c. */
#ifndef TTX_JOURNAL_JSON_REVIEW_H
#define TTX_JOURNAL_JSON_REVIEW_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "event.h"

/* Adds the type's fields to o (only those that are set). */
void journal_review_encode(cJSON *o, const Event *e);

/* Each takes the type's fields (NULL when absent; the required ones were checked present). */
bool journal_review_decode_action(const cJSON *key, const cJSON *action, const cJSON *owner,
                                  const cJSON *owner_name, const cJSON *due, const cJSON *status,
                                  Event *e, Arena *a, char *err, size_t err_size);
bool journal_review_decode_confirm(const cJSON *key, const cJSON *done, const cJSON *note,
                                   Event *e, Arena *a, char *err, size_t err_size);
bool journal_review_decode_feedback(const cJSON *scores, const cJSON *strengths,
                                    const cJSON *improvements, Event *e, Arena *a, char *err,
                                    size_t err_size);

#endif
