/* The trend across exercises (`ttx history`): for each step and each review item, the score and
 * rating of every exercise, oldest first, and whether the company is getting better; and what
 * became of the action items — how many were opened, closed and are overdue.
 *
 * Trend: a least-squares line through the scores (x = the exercise's position in time order)
 * gives the change from the first scored exercise to the last; ≥ +5 points is improving, ≤ −5
 * worsening, anything between steady. With two exercises that is simply the difference. Fewer
 * than two scores: no trend.
 *
 * Actions are identified by the plan's stable key (plan.h). With a plan, its statuses count:
 * closed = done; overdue = not done and due before the latest exercise. Without one, the sheets
 * are the evidence: an action is closed when a later exercise of the same 手順書 (the same
 * scenario, for a decision) no longer has it, else open; overdue when open and due before the
 * latest exercise. Pure C11. */
#ifndef TTX_HISTORY_H
#define TTX_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "plan.h"
#include "sheet_summary.h"

typedef enum Trend { TREND_NONE, TREND_IMPROVING, TREND_STEADY, TREND_WORSENING } Trend;

/* NULL, "improving", "steady", "worsening" and NULL, "改善", "横ばい", "悪化" by Trend. */
const char *trend_id(Trend t);
const char *trend_label(Trend t);

/* Change in points from the first to the last scored exercise at which a trend is called. */
enum { HISTORY_TREND_POINTS = 5 };

typedef struct HistorySeries {
    const char *key;      /* a step or review id */
    const char *label;    /* its Japanese label */
    SummaryScore *points; /* one per exercise, oldest first */
    Trend trend;
    int change; /* fitted change in points (0 when there is no trend) */
} HistorySeries;

typedef struct HistoryExercise {
    const SheetSummary *sheet;
    const char **keys; /* the stable key of each of the sheet's actions (plan_action_key) */
    size_t n_findings;
    size_t n_actions;
    size_t n_new;      /* actions no earlier exercise had */
    size_t n_repeated; /* actions an earlier exercise had too: the problem came back */
} HistoryExercise;

typedef struct HistoryAction {
    const char *id; /* the plan's id, or NULL without a plan */
    const char *text;
    const char *owner;
    const char *owner_name;
    Date due;
    int status; /* PlanStatus, or -1 when only the sheets are known */
} HistoryAction;

typedef struct HistoryActions {
    bool from_plan;
    size_t total;       /* distinct actions */
    size_t open;        /* not started (with a plan), or not closed (without) */
    size_t in_progress; /* only with a plan */
    size_t closed;
    size_t overdue;
    size_t recurred;             /* seen in more than one exercise */
    HistoryAction *overdue_list; /* in plan (or first appearance) order */
    size_t n_overdue_list;
} HistoryActions;

typedef struct History {
    Arena arena;
    HistoryExercise *exercises; /* oldest first */
    size_t n_exercises;
    bool has_latest;
    Date latest; /* the date of the latest exercise */
    HistorySeries steps[STEP_COUNT];
    HistorySeries review[REVIEW_COUNT];
    HistoryActions actions;
} History;

/* Builds the history of the sheets, which must already be sorted oldest first
 * (sheet_summaries_sort) and outlive the history. plan may be NULL. Free with history_free. */
History *history_build(SheetSummary *const *sheets, size_t n, const Plan *plan);
void history_free(History *h);

#endif
