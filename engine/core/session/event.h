/* Events: every change to a running exercise, as one value. The session is a fold over them
 * (session_apply), the journal stores them one per line, and the GUI and `ttx run` produce them
 * through the same session_* commands. Strings are borrowed: whoever builds an Event keeps them
 * alive until session_apply or the journal has copied what it needs. Pure C11. */
#ifndef TTX_EVENT_H
#define TTX_EVENT_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "simtime.h"
#include "vocab.h"
#include "walltime.h"

/* The statements of the participant feedback form (feedback.h names them). */
enum { FEEDBACK_STATEMENTS = 5 };

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
                           REVIEW, OVERRIDE, PLAN_CONFIRM, FEEDBACK) may follow, as the guide's
                           review comes after the drill */
    EVENT_PLAN_ACTION,  /* an open action of the previous improvement plan, shown at the start:
                           `key`, `action` (its short id), `text`, `owner`, `owner_name`, `due`,
                           `plan_status` as the plan had them, so the journal alone rebuilds the
                           sheet's carry-over section */
    EVENT_PLAN_CONFIRM, /* plan action `key` was (done=true) or was not confirmed as done in
                           this drill, with an optional `note`; the latest one counts */
    EVENT_FEEDBACK,     /* one participant's feedback form: `scores` (FEEDBACK_STATEMENTS of
                           1-5, 0 = not answered), `strengths` and `improvements` (NULL: none) */
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
    /* START: the seed of the order decision options are shown in (0: as authored). In the
     * start event, so replay, --resume and reports show the same order. */
    uint32_t option_seed;
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
    /* PLAN_ACTION, PLAN_CONFIRM (key, done, note) */
    const char *key;
    const char *action;
    const char *owner;      /* role id; NULL when the plan has none */
    const char *owner_name; /* NULL when none */
    bool has_due;
    Date due;
    int plan_status; /* a PlanStatus (plan.h; plan.h cannot be included here) */
    bool done;
    /* FEEDBACK */
    int scores[FEEDBACK_STATEMENTS];
    const char *strengths;
    const char *improvements;
} Event;

#endif
