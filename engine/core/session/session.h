/* A running exercise: the scenario, its 手順書, the cursor over the injects and everything the
 * facilitator has recorded. The state is a fold over events: session_apply(s, e) for each event
 * in order always gives the same state, which is how a journal is replayed.
 *
 * Front ends (the GUI, `ttx run`) change a session only through the session_* commands below.
 * Each command builds one event, checks it, hands it to the persist hook (the journal, which
 * fsyncs it) and only then applies it — so nothing shows as recorded before it is on disk.
 * Wall time is always passed in. Pure C11. */
#ifndef TTX_SESSION_H
#define TTX_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "event.h"
#include "flow.h"
#include "model.h"

/* Called with each event before it is applied; returns false (with a message in err) when the
 * event could not be stored, and then the session does not change. */
typedef bool (*SessionPersistFn)(void *ctx, const Event *e, char *err, size_t err_size);

typedef struct ItemRecord {
    bool recorded;
    ItemStatus status;
    const char **by; /* role ids, in the session arena */
    size_t n_by;
    bool has_at;
    int at_minutes;
    const char **missing;
    size_t n_missing;
    bool confused;
    const char *note;
    long inject; /* index of the inject that was current when it was recorded */
    long seq;    /* event that recorded it (its latest record counts) */
} ItemRecord;

typedef struct InjectRecord {
    bool presented;
    long order;           /* position in the presented sequence */
    const Option *chosen; /* NULL: no decision made (yet) */
    WallTime presented_wall;
    int64_t active_ms_at_present; /* session_active_ms when it was presented */
} InjectRecord;

typedef struct SessionNote {
    long inject; /* -1 before the first inject */
    const char *text;
    int sim_minutes;
    WallTime wall;
} SessionNote;

typedef struct SessionOverride {
    bool present;
    Rating rating;
    const char *reason;
} SessionOverride;

/* An action of the previous improvement plan shown at the start (EVENT_PLAN_ACTION) and whether
 * this drill confirmed it as done (EVENT_PLAN_CONFIRM). Strings in the session arena. */
typedef struct SessionPlanAction {
    const char *key, *action, *text, *owner, *owner_name, *note;
    bool has_due;
    Date due;
    int status_before; /* PlanStatus */
    bool confirmed;    /* a plan_confirm was recorded */
    bool done;         /* its latest `done` */
} SessionPlanAction;

/* One participant's feedback form (EVENT_FEEDBACK). */
typedef struct SessionFeedback {
    int scores[FEEDBACK_STATEMENTS]; /* 1-5, 0 = not answered */
    const char *strengths, *improvements;
} SessionFeedback;

typedef struct Session {
    const Scenario *scenario; /* borrowed */
    const Procedure *procedure; /* borrowed */
    Arena arena;                /* strings copied from events */
    SessionPersistFn persist;
    void *persist_ctx;

    bool started, ended, paused;
    uint32_t option_seed; /* from the start event: how decision options are ordered on screen */
    long cursor; /* index of the current inject; -1 before the first */
    FlowState flow;
    long next_seq;

    InjectRecord *injects; /* one per scenario inject */
    size_t *presented;     /* inject indices in the order presented */
    size_t n_presented;
    ItemRecord *items; /* one per procedure item */
    SessionNote *notes;
    size_t n_notes, cap_notes;
    const char *incident_record[RECFIELD_COUNT];
    const char *review[REVIEW_COUNT];
    SessionOverride overrides[REVIEW_COUNT];
    SessionPlanAction *plan; /* in the order shown */
    size_t n_plan, cap_plan;
    SessionFeedback *feedback; /* in the order entered */
    size_t n_feedback, cap_feedback;

    WallTime start_wall, end_wall, last_wall;
    int64_t paused_ms;       /* total paused wall time so far */
    WallTime pause_started;  /* valid while paused */
    int64_t step_active_ms[STEP_COUNT]; /* active wall time spent with an inject of each step */
    int64_t step_mark_ms;    /* active ms when the current step's accounting last advanced */
} Session;

/* The session borrows scenario and procedure, which must outlive it. */
void session_init(Session *s, const Scenario *scenario, const Procedure *procedure);
void session_deinit(Session *s);
void session_set_persist(Session *s, SessionPersistFn fn, void *ctx);

/* Applies one event (a replayed one, or one a command built). Returns false with a message in
 * err when the event does not fit the state (unknown id, inject not presented, after the end …);
 * the state is then unchanged. */
bool session_apply(Session *s, const Event *e, char *err, size_t err_size);

/* True when e would apply to the current state (same checks as session_apply, no change). */
bool session_check(const Session *s, const Event *e, char *err, size_t err_size);

/* Sets e's seq and sim time, checks it, persists it, applies it. */
bool session_commit(Session *s, Event *e, char *err, size_t err_size);

/* ---- commands (each one event through session_commit) ------------------------------------ */
bool session_start(Session *s, WallTime now, char *err, size_t err_size);
/* The same, with options shown in an order shuffled by option_seed (0: as authored). */
bool session_start_shuffled(Session *s, WallTime now, uint32_t option_seed, char *err,
                            size_t err_size);
/* The order the options of in's decision are shown in: order[k] is the index in the scenario of
 * the option shown k-th. A permutation fixed by the session's seed and the inject's id, so a
 * team cannot learn "the good one is always first" and every screen of the drill agrees.
 * order has room for in->decision->n_options entries. */
void session_option_order(const Session *s, const Inject *in, size_t *order);

/* What session_next did, for front ends to act on without reading err. */
typedef enum SessionNext {
    SESSION_NEXT_PRESENTED, /* the next inject is current */
    SESSION_NEXT_AT_END,    /* the flow has no inject left: only ending remains (err says so) */
    SESSION_NEXT_FAILED,    /* not running, or the event could not be stored (err says why) */
} SessionNext;
/* Presents the next inject the flow allows (applying the current decision's set/goto). */
SessionNext session_next(Session *s, WallTime now, char *err, size_t err_size);
bool session_record_item(Session *s, WallTime now, const ItemRecord *rec, const char *item_id,
                         char *err, size_t err_size);
bool session_decide(Session *s, WallTime now, const char *option_id, char *err, size_t err_size);
bool session_note(Session *s, WallTime now, const char *text, char *err, size_t err_size);
bool session_set_record_field(Session *s, WallTime now, RecordField f, const char *text,
                              char *err, size_t err_size);
bool session_set_review(Session *s, WallTime now, ReviewKey k, const char *text, char *err,
                        size_t err_size);
bool session_override(Session *s, WallTime now, ReviewKey k, Rating r, const char *reason,
                      char *err, size_t err_size);
bool session_clear_override(Session *s, WallTime now, ReviewKey k, char *err, size_t err_size);
bool session_pause(Session *s, WallTime now, char *err, size_t err_size);
bool session_resume(Session *s, WallTime now, char *err, size_t err_size);
bool session_end(Session *s, WallTime now, char *err, size_t err_size);
/* Shows an action of the previous plan (only key, action, text, owner, owner_name, has_due, due
 * and status_before of a are used). */
bool session_plan_action(Session *s, WallTime now, const SessionPlanAction *a, char *err,
                         size_t err_size);
/* Records whether plan action `key` was confirmed as done in this drill (note may be NULL). */
bool session_plan_confirm(Session *s, WallTime now, const char *key, bool done, const char *note,
                          char *err, size_t err_size);
bool session_feedback(Session *s, WallTime now, const SessionFeedback *f, char *err,
                      size_t err_size);

/* ---- queries ----------------------------------------------------------------------------- */
/* The current inject, or NULL before the start. */
const Inject *session_current(const Session *s);
/* Simulated time: the `at` of the current inject (0 before the first). */
int session_sim_minutes(const Session *s);
/* Wall time the exercise has been running, not counting pauses, as of now. */
int64_t session_active_ms(const Session *s, WallTime now);
/* Seconds left on the current inject's discussion timer (negative when over; 0 when none). */
int64_t session_discussion_left_ms(const Session *s, WallTime now, bool *has_timer);
/* Wall time left in the current step's time box (negative = over-run). */
int64_t session_timebox_left_ms(const Session *s, WallTime now, bool *has_timebox);
/* Index of the inject the flow presents next (after applying the current decision's set/goto),
 * or n_injects when none is left. */
size_t session_next_index(const Session *s);
/* True when the flow has another inject after the current one. */
bool session_has_next(const Session *s);
/* SPEC §5's facts about a recorded item, the same for the sheet's score and the timeline's
 * chips: recorded at a time after the item's due time, and recorded as done by at least one of
 * the item's owners. */
bool session_item_late(const ProcItem *it, const ItemRecord *r);
bool session_item_by_owner(const ProcItem *it, const ItemRecord *r);
/* The shown plan action with this key, or NULL. */
const SessionPlanAction *session_find_plan(const Session *s, const char *key);

#endif
