/* 従業員教育 (trainer mode): the 理解度確認テスト a scenario gives — its quiz questions followed
 * by its decision points, each decision counting as one question — and the class's input to
 * scoring: every participant's answers and the アンケート (questionnaire). The readers in
 * engine/io fill TrainAnswers and Survey from CSV; train_report.h scores them. Pure C11: no
 * CSV, JSON or SDL here. */
#ifndef TTX_TRAIN_H
#define TTX_TRAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "model.h"

/* A question has at most nine options, like a decision (SPEC §3.2), so one number key each. */
enum { TRAIN_MAX_OPTIONS = 9 };

/* A set of option numbers as bits: bit 0 is option 1. 0 is "no answer". */
typedef unsigned TrainChoice;

typedef enum TrainSource { TRAIN_FROM_QUIZ, TRAIN_FROM_DECISION } TrainSource;

/* What a question teaches: one of the nine phases or one item of the 手順書. */
typedef struct TrainTopic {
    bool is_phase;
    Phase phase;          /* the phase itself, or the item's phase */
    const ProcItem *item; /* NULL for a phase */
} TrainTopic;

typedef struct TrainQuestion {
    TrainSource source;
    const char *id;       /* the quiz id, or the inject id of a decision */
    const Inject *inject; /* decisions: the 状況付与 that sets the situation; else NULL */
    const char *text;     /* the question, or the decision's prompt */
    const char *options[TRAIN_MAX_OPTIONS];
    size_t n_options;
    TrainChoice correct;     /* quiz: its answer list; decision: the options with verdict good */
    const char *explanation; /* 解説; NULL when the scenario gives none */
    TrainTopic *teaches;     /* in the order written, duplicates removed */
    size_t n_teaches;
} TrainQuestion;

typedef struct TrainTest {
    Arena arena;
    const Scenario *scenario;
    const Procedure *procedure;
    TrainQuestion *questions; /* quiz questions in file order, then decisions in inject order */
    size_t n_questions;
    size_t n_quiz;    /* how many of them come from the quiz */
    size_t n_skipped; /* decisions left out because no option is marked good */
} TrainTest;

/* Builds the test of a valid scenario and its 手順書 (both must outlive t). Decisions without
 * a good option cannot be answered correctly and are left out (counted in n_skipped). */
void train_test_init(TrainTest *t, const Scenario *s, const Procedure *p);
/* Whether a decision can be asked: it has an option marked good. */
bool train_decision_askable(const Decision *d);
void train_test_deinit(TrainTest *t);

/* The number of options in c, and whether option n (1-based) is in it. */
size_t train_choice_count(TrainChoice c);
bool train_choice_has(TrainChoice c, size_t n);
/* "1", "1;3" into buf; "" for no answer. Returns buf. */
char *train_choice_format(TrainChoice c, char *buf, size_t size);

/* A topic's id ("containment", "R03") and label (the phase's name in the guide's words, or the
 * item's 手順項目). */
const char *train_topic_id(const TrainTopic *t);
const char *train_topic_label(const TrainTopic *t);

/* ---- the class's input ------------------------------------------------------------------ */

typedef struct TrainParticipant {
    const char *name;
    const char *department; /* 所属; NULL when not given */
    SrcPos pos;             /* the row in the answers file */
    TrainChoice *answers;   /* one per question of the test; 0 = unanswered */
} TrainParticipant;

typedef struct TrainAnswers {
    Arena arena;
    const char *path;
    TrainParticipant *v;
    size_t n;
} TrainAnswers;

typedef struct SurveyColumn {
    const char *label; /* the heading, without its "(1-5)" mark */
    bool likert;       /* 1–5 rating; otherwise free text */
} SurveyColumn;

/* The アンケート: one row per respondent, cells row by row. */
typedef struct Survey {
    Arena arena;
    const char *path;
    SurveyColumn *columns;
    size_t n_columns;
    size_t n_rows;
    int *ratings;       /* n_rows × n_columns; 1–5, 0 = blank (Likert columns only) */
    const char **texts; /* n_rows × n_columns; NULL = blank (free-text columns only) */
} Survey;

#endif
