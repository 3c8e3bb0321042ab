/* Events: every change to a running exercise, as one value. The session is a fold over them
 * (session_apply), the journal stores them one per line, and the GUI and `ttx run` produce them
 * through the same session_* commands. Strings are borrowed: whoever builds an Event keeps them
 * alive until session_apply or the journal has copied what it needs. Pure C11. */
#ifndef TTX_EVENT_H
#define TTX_EVENT_H

#include <stdbool.h>
#include <stddef.h>

#include "vocab.h"
#include "walltime.h"

typedef enum EventType {
    EVENT_START,        /* the exercise starts; the first inject is presented by EVENT_PRESENT */
    EVENT_PRESENT,      /* inject `inject` is presented (the cursor moves to it) */
    EVENT_ITEM,         /* a 手順書 item is recorded while inject `inject` is current */
    EVENT_DECISION,     /* option `option` is chosen at inject `inject` (may be changed while
                           that inject is current) */
    EVENT_NOTE,         /* a free note, taken at inject `inject` (or before the start: NULL) */
    EVENT_RECORD_FIELD, /* incident-record field `field` is set to `text` (NULL clears) */
    EVENT_REVIEW,       /* the facilitator's words for review item `review` */
    EVENT_OVERRIDE,     /* rating override of `review`: `rating` with `reason`; clear=true
                           removes it */
    EVENT_PAUSE,        /* wall-clock timers stop */
    EVENT_RESUME,       /* wall-clock timers run again */
    EVENT_END,          /* the exercise ends; afterwards only the review facts (RECORD_FIELD,
                           REVIEW, OVERRIDE) may follow, as the guide's review comes after the
                           drill */
    EVENT_COUNT
} EventType;

/* The ids used in the journal's "type" field: "start", "present", "item", … */
extern const char *const EVENT_TYPE_IDS[EVENT_COUNT];
int event_type_find(const char *id); /* -1 when unknown */

typedef struct Event {
    EventType type;
    long seq;      /* 1, 2, 3, … in journal order; set by session_commit */
    WallTime wall; /* when it happened (wall clock), passed in by the front end */
    int sim_minutes; /* simulated time of the session when it happened; set by session_commit */

    const char *inject; /* PRESENT, ITEM, DECISION, NOTE: inject id */
    /* ITEM */
    const char *item;
    ItemStatus status;
    const char *const *by;
    size_t n_by;
    bool has_at;
    int at_minutes;
    const char *const *missing;
    size_t n_missing;
    bool confused;
    const char *note; /* ITEM note; NULL when none */
    /* DECISION */
    const char *option;
    /* NOTE, RECORD_FIELD, REVIEW: text (NULL clears a field or review) */
    const char *text;
    RecordField field;
    ReviewKey review;
    /* OVERRIDE */
    Rating rating;
    const char *reason;
    bool clear;
} Event;

#endif
