/* The 受講記録: scoring a class's 理解度確認テスト and summarising its アンケート, as the guide's
 * course format asks (全問正解 as the completion condition; the questionnaire analysed to plan
 * the next session). Per participant: correct answers, score and 修了. For the class: average,
 * best and worst, how many completed, the distribution of correct answers, the correct rate of
 * every question and of every phase, and the weakest phases with the 手順書 items to re-teach.
 * Percentages are integers rounded half up, computed in integers so that they never depend on
 * floating point. Built by train_report.c, with the phases and weak topics in
 * train_report_topics.c and the アンケート in train_report_survey.c. Pure C11. */
#ifndef TTX_TRAIN_REPORT_H
#define TTX_TRAIN_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "simtime.h"
#include "train.h"

/* How many of the weakest phases the 受講記録 names. */
enum { TRAIN_WEAK_MAX = 3 };

typedef struct TrainScore {
    size_t correct;  /* questions answered exactly right (every correct option, nothing else) */
    size_t answered; /* questions with any answer */
    int percent;     /* 100 × correct / questions */
    bool completed;  /* 修了: every question right */
} TrainScore;

typedef struct TrainQuestionStat {
    size_t correct, unanswered;
    size_t chosen[TRAIN_MAX_OPTIONS]; /* participants who marked each option */
    int percent;                      /* correct rate */
} TrainQuestionStat;

/* The class's result in one phase: every question that teaches the phase or one of its items. */
typedef struct TrainPhaseStat {
    Phase phase;
    size_t *questions; /* indices into the test, in test order */
    size_t n_questions;
    size_t correct, asked; /* answers over all those questions and participants */
    int percent;
} TrainPhaseStat;

/* A phase to teach again, with the questions someone got wrong there and the 手順書 items they
 * teach (all items of the phase when such a question names only the phase). */
typedef struct TrainWeakTopic {
    const TrainPhaseStat *phase;
    size_t *missed; /* question indices, lowest correct rate first */
    size_t n_missed;
    const ProcItem **items; /* in 手順書 order */
    size_t n_items;
} TrainWeakTopic;

typedef struct SurveyRating {
    const char *label;
    size_t responses, blank;
    size_t count[5];  /* count[k] answered k + 1 */
    int average_x100; /* mean × 100, rounded half up; -1 with no responses */
} SurveyRating;

typedef struct SurveyComments {
    const char *label;
    const char **v; /* non-blank answers in row order */
    size_t n;
} SurveyComments;

typedef struct TrainReport {
    Arena arena;
    const TrainTest *test;
    const TrainAnswers *answers;
    const Survey *survey;     /* NULL when no アンケート was given */
    Date date;                /* 実施日 */
    TrainScore *scores;       /* one per participant */
    TrainQuestionStat *stats; /* one per question */
    size_t n_completed;
    int average_percent, best_percent, worst_percent, completion_percent;
    size_t *distribution;   /* [k]: participants with k correct answers, k = 0 … n_questions */
    TrainPhaseStat *phases; /* phases with at least one question, in phase order */
    size_t n_phases;
    TrainWeakTopic weak[TRAIN_WEAK_MAX];
    size_t n_weak;
    const ProcItem **reteach; /* every weak topic's items once, in 手順書 order */
    size_t n_reteach;
    SurveyRating *ratings;
    size_t n_ratings;
    SurveyComments *comments;
    size_t n_comments;
} TrainReport;

/* Scores answers (at least one participant) to test; survey may be NULL. Everything given must
 * outlive the report. Free with train_report_free. */
TrainReport *train_report_build(const TrainTest *test, const TrainAnswers *answers,
                                const Survey *survey, Date date);
void train_report_free(TrainReport *r);

/* 100 × num / den rounded half up (den > 0). */
int train_percent(size_t num, size_t den);

#endif
