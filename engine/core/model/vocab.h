/* The fixed vocabulary of SPEC §2: steps and their phases, incident kinds, ratings, verdicts,
 * item statuses, the eight review items and the ten incident-record fields. Ids are ASCII and
 * stable (they appear in files and reports); labels are the guide's Japanese words. Pure C11. */
#ifndef TTX_VOCAB_H
#define TTX_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

typedef enum Step { STEP_DETECT, STEP_REPORT, STEP_RECOVER, STEP_COUNT } Step;

typedef enum Phase {
    PHASE_DETECTION,
    PHASE_MOBILIZATION,
    PHASE_CONTAINMENT,
    PHASE_FIRST_REPORT,
    PHASE_FOLLOW_UP,
    PHASE_INVESTIGATION,
    PHASE_EVIDENCE,
    PHASE_RESTORATION,
    PHASE_PREVENTION,
    PHASE_COUNT
} Phase;

typedef enum IncidentKind {
    INCIDENT_RANSOMWARE,
    INCIDENT_DATA_LEAK,
    INCIDENT_SYSTEM_OUTAGE,
    INCIDENT_COUNT
} IncidentKind;

typedef enum Rating { RATING_A, RATING_B, RATING_C, RATING_D, RATING_COUNT } Rating;

typedef enum Verdict { VERDICT_GOOD, VERDICT_FAIR, VERDICT_POOR, VERDICT_COUNT } Verdict;

typedef enum ItemStatus { STATUS_DONE, STATUS_PARTIAL, STATUS_MISSED, STATUS_COUNT } ItemStatus;

typedef enum ReviewKey {
    REVIEW_OBJECTIVES,
    REVIEW_UNDERSTANDING,
    REVIEW_COORDINATION,
    REVIEW_LEADERSHIP,
    REVIEW_RECORDING,
    REVIEW_ISSUES,
    REVIEW_ACTIONS,
    REVIEW_OVERALL,
    REVIEW_COUNT
} ReviewKey;

typedef enum RecordField {
    RECFIELD_CLASSIFICATION,
    RECFIELD_ORGANIZATION,
    RECFIELD_OWNERS,
    RECFIELD_DISCOVERED_AT,
    RECFIELD_OCCURRED_AT,
    RECFIELD_EVENTS,
    RECFIELD_TIMELINE,
    RECFIELD_CAUSE,
    RECFIELD_AFFECTED_SYSTEMS,
    RECFIELD_SYSTEM_CONFIGURATION,
    RECFIELD_COUNT
} RecordField;

/* One vocabulary: ids in enum order, their labels, and the list of allowed ids for messages. */
typedef struct Vocab {
    const char *const *ids;
    const char *const *labels;
    int count;
    const char *allowed; /* "detect, report, recover" */
} Vocab;

extern const Vocab VOCAB_STEP, VOCAB_PHASE, VOCAB_INCIDENT, VOCAB_RATING, VOCAB_VERDICT,
    VOCAB_STATUS, VOCAB_REVIEW, VOCAB_RECFIELD;

/* The enum value for id, or -1 when id is not in the vocabulary. */
int vocab_find(const Vocab *v, const char *id);
const char *vocab_id(const Vocab *v, int value);
const char *vocab_label(const Vocab *v, int value);

/* The step a phase belongs to. */
Step phase_step(Phase p);
/* "detection, mobilization, containment" for step detect. */
const char *step_phases_allowed(Step s);

/* A 0–100 score rounded half up to an integer, as reported (SPEC §2). */
int score_round(double score);
/* Suggested rating for a reported (rounded) score (SPEC §2): ≥90 A, ≥70 B, ≥40 C, else D. The
 * rounded score is used so that the rating always agrees with the number printed beside it. */
Rating rating_for_score(int rounded_score);

#endif
