/* The evaluation sheet — インシデント対応机上演習実施後レビュー項目 — computed from a session
 * exactly as SPEC §5 defines it: item scores, step ratings, the eight review items with score,
 * suggested rating, override, evidence and comment, findings in inject order, one action item per
 * finding group, and the overall rating. Report writers (engine/io/report/report_*.c) only render it.
 * Everything the sheet holds lives in its own arena. Pure C11. */
#ifndef TTX_SHEET_H
#define TTX_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "model.h"
#include "session.h"

/* Version of the sheet's JSON form (reports/sheet.schema.json). */
enum { SHEET_FORMAT_VERSION = 1 };

typedef struct StringList {
    const char **v;
    size_t n;
} StringList;

/* A score that may be absent (no expected items, no leader decision, …). */
typedef struct Score {
    bool has;
    double value;  /* unrounded, 0–100 */
    int rounded;   /* half up */
    Rating rating; /* suggested from the rounded value */
} Score;

/* One expected item (presented by some inject's `expects`), in order of first presentation. */
typedef struct ItemOutcome {
    const ProcItem *item;
    const Inject *first_inject; /* where it was first expected */
    bool recorded;              /* false: never mentioned → missed */
    ItemStatus status;
    StringList by;
    bool has_at;
    int at_minutes;
    bool late;        /* at later than due */
    bool wrong_owner; /* none of by among owners */
    StringList missing;
    bool confused;
    const char *note;
    double score; /* 0–100 after deductions, floored at 0 */
} ItemOutcome;

typedef struct DecisionOutcome {
    const Inject *inject;
    const Decision *decision;
    const Option *chosen; /* NULL: not made */
    bool by_leader;
    double points; /* good 100, fair 60, poor 0, none 0 */
} DecisionOutcome;

typedef enum FindingKind {
    FINDING_MISSED,
    FINDING_PARTIAL,
    FINDING_LATE,
    FINDING_WRONG_OWNER,
    FINDING_MISSING_DOCUMENT,
    FINDING_CONFUSED,
    FINDING_POOR_DECISION,
    FINDING_UNMADE_DECISION,
    FINDING_KIND_COUNT
} FindingKind;

/* "missed", "partial", "late", "wrong_owner", "missing_document", "confused", "poor_decision",
 * "unmade_decision" */
extern const char *const FINDING_KIND_IDS[FINDING_KIND_COUNT];

typedef struct Finding {
    FindingKind kind;
    const Inject *inject; /* where the item was first expected, or the decision's inject */
    const ProcItem *item; /* NULL for decisions */
    const char *document; /* MISSING_DOCUMENT: the prepare entry */
    const char *text;     /* one Japanese sentence for the sheet */
    const char *feedback; /* POOR/UNMADE_DECISION: the 解説 of the better option(s) or the
                             chosen one's; else NULL */
} Finding;

typedef enum ActionSource {
    ACTION_FROM_DOCUMENT, /* a missing prepare entry: prepare it */
    ACTION_FROM_ITEM,     /* an expected item with findings: review it */
    ACTION_FROM_DECISION, /* a poor or unmade decision: revisit the decision */
} ActionSource;

typedef struct ActionItem {
    ActionSource source;
    const char *text;       /* what to do, in Japanese */
    const char *owner_role; /* role id */
    const char *owner_name; /* that role's name */
    Date due;
    const char *status; /* "open" */
    const ProcItem *item; /* the item concerned (document and item actions) */
    const Inject *inject; /* the decision's inject (decision actions) */
    const char *document; /* document actions */
} ActionItem;

typedef struct ReviewEntry {
    ReviewKey key;
    Score score;           /* has=false for items without a score */
    bool has_rating;       /* rating shown: the override, else the suggestion */
    Rating rating;
    bool overridden;
    const char *override_reason;
    StringList evidence; /* the facts behind the number, one Japanese line each */
    const char *comment; /* the facilitator's words, or NULL */
} ReviewEntry;

typedef struct ObjectiveOutcome {
    const Objective *objective;
    Score score;
    size_t n_items; /* measured expected items */
} ObjectiveOutcome;

/* 前回の改善計画の確認: an action of the previous plan shown at the start of this drill. */
typedef struct PlanReviewEntry {
    const char *key, *action, *text, *owner, *owner_name;
    bool has_due;
    Date due;
    int status_before;   /* PlanStatus, as the plan had it */
    bool confirmed_done; /* confirmed as done in this drill */
    const char *note;    /* the confirmation's note, or NULL */
} PlanReviewEntry;

/* 参加者アンケート: one statement of the feedback form over every respondent. */
typedef struct FeedbackStatement {
    int answers;       /* respondents who answered it */
    int counts[5];     /* how many answered 1, 2, 3, 4, 5 */
    int mean_x100;     /* the mean × 100, rounded half up; valid when answers > 0 */
} FeedbackStatement;

typedef struct FeedbackSummary {
    size_t respondents;
    FeedbackStatement statements[FEEDBACK_STATEMENTS];
    StringList strengths, improvements; /* in the order entered, empty ones left out */
} FeedbackSummary;

typedef struct Sheet {
    Arena arena;
    const Scenario *scenario;
    const Procedure *procedure;
    /* header */
    Date exercise_date;
    const char *facilitator;
    StringList participants; /* "山田（IT管理担当者）" */
    WallTime started, ended;
    bool has_wall;
    int64_t active_ms;         /* wall-clock duration without pauses */
    int sim_span_minutes;      /* simulated time from T+0:00 to the last presented inject */
    /* content */
    Score steps[STEP_COUNT];
    ItemOutcome *items;
    size_t n_items;
    DecisionOutcome *decisions;
    size_t n_decisions;
    ObjectiveOutcome *objectives;
    size_t n_objectives;
    bool has_first_report;
    int first_report_minutes; /* time from T+0:00 to the first first_report item done */
    Finding *findings;
    size_t n_findings;
    ActionItem *actions;
    size_t n_actions;
    ReviewEntry review[REVIEW_COUNT];
    const SessionNote *notes; /* copied into the sheet's arena */
    size_t n_notes;
    const char *incident_record[RECFIELD_COUNT];
    size_t n_presented;
    const Inject **presented; /* in order */
    /* after the drill (sheet_followup.c); both empty when no plan or feedback was given */
    PlanReviewEntry *plan_review;
    size_t n_plan_review;
    FeedbackSummary feedback;
} Sheet;

/* Builds the sheet of a session (which may be ended or not). facilitator and participants come
 * from the record or the journal header (may be NULL/empty). Free with sheet_free. */
Sheet *sheet_build(const Session *s, const char *facilitator, const Participant *participants,
                   size_t n_participants);
void sheet_free(Sheet *sh);

#endif
