/* Scoring the 理解度確認テスト: a question counts as right only when exactly its correct options
 * were marked (a multi-answer question with one of two right options is wrong, as on a paper
 * test), and a participant completes the course only with every question right — the guide's
 * 全問正解 condition. The class figures are taken over unrounded counts and rounded once. */
#include "train_report.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "train_report_internal.h"

int train_percent(size_t num, size_t den)
{
    TTX_EXPECT(den > 0 && num <= den);
    return (int)((200 * num + den) / (2 * den));
}

static void score_participants(TrainReport *r)
{
    const TrainTest *t = r->test;
    const TrainAnswers *a = r->answers;
    size_t total_correct = 0;
    r->best_percent = 0;
    r->worst_percent = 100;
    for (size_t p = 0; p < a->n; p++) {
        TrainScore *s = &r->scores[p];
        for (size_t q = 0; q < t->n_questions; q++) {
            TrainChoice c = a->v[p].answers[q];
            s->answered += c != 0;
            s->correct += c == t->questions[q].correct;
        }
        s->percent = train_percent(s->correct, t->n_questions);
        s->completed = s->correct == t->n_questions;
        r->n_completed += s->completed;
        r->distribution[s->correct]++;
        total_correct += s->correct;
        r->best_percent = s->percent > r->best_percent ? s->percent : r->best_percent;
        r->worst_percent = s->percent < r->worst_percent ? s->percent : r->worst_percent;
    }
    r->average_percent = train_percent(total_correct, t->n_questions * a->n);
    r->completion_percent = train_percent(r->n_completed, a->n);
}

static void score_questions(TrainReport *r)
{
    const TrainTest *t = r->test;
    const TrainAnswers *a = r->answers;
    for (size_t q = 0; q < t->n_questions; q++) {
        TrainQuestionStat *st = &r->stats[q];
        for (size_t p = 0; p < a->n; p++) {
            TrainChoice c = a->v[p].answers[q];
            st->correct += c == t->questions[q].correct;
            st->unanswered += c == 0;
            for (size_t k = 1; k <= t->questions[q].n_options; k++) {
                st->chosen[k - 1] += train_choice_has(c, k);
            }
        }
        st->percent = train_percent(st->correct, a->n);
    }
}

TrainReport *train_report_build(const TrainTest *test, const TrainAnswers *answers,
                                const Survey *survey, Date date)
{
    TTX_EXPECT(test && answers && test->n_questions > 0 && answers->n > 0);
    TrainReport *r = ttx_calloc(1, sizeof *r);
    arena_init(&r->arena);
    r->test = test;
    r->answers = answers;
    r->survey = survey;
    r->date = date;
    r->scores = arena_array(&r->arena, answers->n, sizeof(TrainScore));
    r->stats = arena_array(&r->arena, test->n_questions, sizeof(TrainQuestionStat));
    r->distribution = arena_array(&r->arena, test->n_questions + 1, sizeof(size_t));
    score_participants(r);
    score_questions(r);
    train_report_topics(r);
    train_report_survey(r);
    return r;
}

void train_report_free(TrainReport *r)
{
    if (r) {
        arena_deinit(&r->arena);
        free(r);
    }
}
