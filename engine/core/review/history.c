/* The history across exercises: the score series with their trends and the per-exercise counts
 * of findings and actions. What became of the actions is history_actions.c. */
#include "history.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "history_internal.h"

static const char *const TREND_IDS[] = {NULL, "improving", "steady", "worsening"};
static const char *const TREND_LABELS[] = {NULL, "改善", "横ばい", "悪化"};

const char *trend_id(Trend t)
{
    return TREND_IDS[t];
}

const char *trend_label(Trend t)
{
    return TREND_LABELS[t];
}

/* Least squares through (position, score) of the exercises that have a score; the change is
 * the fitted line's rise from the first of them to the last, rounded half away from zero. */
static void fit_trend(HistorySeries *s, size_t n)
{
    double sx = 0, sy = 0;
    size_t k = 0, first = 0, last = 0;
    for (size_t i = 0; i < n; i++) {
        if (s->points[i].has_score) {
            first = k == 0 ? i : first;
            last = i;
            sx += (double)i;
            sy += s->points[i].score;
            k++;
        }
    }
    s->trend = TREND_NONE;
    s->change = 0;
    if (k < 2) {
        return;
    }
    double mx = sx / (double)k, my = sy / (double)k, sxy = 0, sxx = 0;
    for (size_t i = 0; i < n; i++) {
        if (s->points[i].has_score) {
            sxy += ((double)i - mx) * (s->points[i].score - my);
            sxx += ((double)i - mx) * ((double)i - mx);
        }
    }
    double change = sxy / sxx * (double)(last - first);
    s->change = (int)(change < 0 ? -floor(-change + 0.5) : floor(change + 0.5));
    s->trend = s->change >= HISTORY_TREND_POINTS    ? TREND_IMPROVING
               : s->change <= -HISTORY_TREND_POINTS ? TREND_WORSENING
                                                    : TREND_STEADY;
}

static void build_series(History *h, SheetSummary *const *sheets, size_t n)
{
    for (int st = 0; st < STEP_COUNT; st++) {
        HistorySeries *s = &h->steps[st];
        s->key = vocab_id(&VOCAB_STEP, st);
        s->label = vocab_label(&VOCAB_STEP, st);
        s->points = arena_array(&h->arena, n, sizeof(SummaryScore));
        for (size_t i = 0; i < n; i++) {
            s->points[i] = sheets[i]->steps[st];
        }
        fit_trend(s, n);
    }
    for (int r = 0; r < REVIEW_COUNT; r++) {
        HistorySeries *s = &h->review[r];
        s->key = vocab_id(&VOCAB_REVIEW, r);
        s->label = vocab_label(&VOCAB_REVIEW, r);
        s->points = arena_array(&h->arena, n, sizeof(SummaryScore));
        for (size_t i = 0; i < n; i++) {
            s->points[i] = sheets[i]->review[r];
        }
        fit_trend(s, n);
    }
}

bool history_has_key(const History *h, size_t i, const char *key)
{
    const HistoryExercise *e = &h->exercises[i];
    for (size_t k = 0; k < e->n_actions; k++) {
        if (strcmp(e->keys[k], key) == 0) {
            return true;
        }
    }
    return false;
}

static void count_exercises(History *h, SheetSummary *const *sheets, size_t n)
{
    h->exercises = arena_array(&h->arena, n, sizeof(HistoryExercise));
    h->n_exercises = n;
    for (size_t i = 0; i < n; i++) {
        HistoryExercise *e = &h->exercises[i];
        e->sheet = sheets[i];
        e->n_findings = sheets[i]->n_findings;
        e->n_actions = sheets[i]->n_actions;
        e->keys = arena_array(&h->arena, e->n_actions, sizeof(char *));
        for (size_t k = 0; k < e->n_actions; k++) {
            e->keys[k] = plan_action_key(sheets[i], &sheets[i]->actions[k], &h->arena);
            bool before = false;
            for (size_t j = 0; j < i && !before; j++) {
                before = history_has_key(h, j, e->keys[k]);
            }
            e->n_repeated += before;
        }
        e->n_new = e->n_actions - e->n_repeated;
        if (sheets[i]->has_date) {
            h->has_latest = true;
            h->latest = sheets[i]->date;
        }
    }
}

History *history_build(SheetSummary *const *sheets, size_t n, const Plan *plan)
{
    History *h = ttx_calloc(1, sizeof *h);
    arena_init(&h->arena);
    build_series(h, sheets, n);
    count_exercises(h, sheets, n);
    if (plan) {
        history_actions_from_plan(h, plan);
    } else {
        history_actions_from_sheets(h, sheets, n);
    }
    return h;
}

void history_free(History *h)
{
    if (h) {
        arena_deinit(&h->arena);
        free(h);
    }
}
