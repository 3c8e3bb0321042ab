/* An evaluation sheet read back from its JSON form (reports/sheet.schema.json): the parts the
 * review tools need after the exercise — the header, the ratings of the steps and the review
 * items, the findings and the action items. `ttx plan` turns the actions into an improvement
 * plan and `ttx history` compares several sheets; neither needs the scenario or the journal, so a
 * sheet mailed by a facilitator is enough. Everything lives in the summary's arena. Pure C11:
 * the JSON reading itself is engine/io/report/sheet_read.c. */
#ifndef TTX_SHEET_SUMMARY_H
#define TTX_SHEET_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "sheet.h"
#include "simtime.h"
#include "vocab.h"

/* A score and the rating shown beside it (the override when there was one). */
typedef struct SummaryScore {
    bool has_score;
    int score; /* 0–100, rounded as printed */
    bool has_rating;
    Rating rating;
} SummaryScore;

typedef struct SummaryFinding {
    FindingKind kind;
    const char *inject; /* NULL when absent */
    const char *item;
    const char *document;
    const char *text;
} SummaryFinding;

typedef struct SummaryAction {
    ActionSource source;
    const char *text;
    const char *owner; /* role id */
    const char *owner_name;
    bool has_due;
    Date due;
    const char *status;
    const char *item; /* the item, inject or document it concerns, as its source says */
    const char *inject;
    const char *document;
} SummaryAction;

typedef struct SheetSummary {
    Arena arena;
    const char *path; /* as given to the reader */
    const char *company;
    const char *scenario_id;
    const char *scenario_title;
    IncidentKind incident;
    const char *procedure_id;
    const char *procedure_revision;
    bool has_date;
    Date date; /* the exercise date */
    SummaryScore steps[STEP_COUNT];
    SummaryScore review[REVIEW_COUNT];
    SummaryFinding *findings;
    size_t n_findings;
    SummaryAction *actions;
    size_t n_actions;
} SheetSummary;

/* "document", "item", "decision" (as in the sheet's JSON) and back; -1 when unknown. */
const char *summary_source_id(ActionSource s);
int summary_source_find(const char *id);
/* The finding kind for its id ("missed" …), -1 when unknown. */
int summary_finding_kind(const char *id);

/* Orders summaries by exercise date, oldest first; equal dates keep their order. Summaries
 * without a date sort last. */
void sheet_summaries_sort(SheetSummary **v, size_t n);

void sheet_summary_free(SheetSummary *s);

#endif
