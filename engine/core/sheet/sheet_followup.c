/* The two sections of the sheet about what surrounds the drill: 前回の改善計画の確認 (the
 * previous plan's open actions and which this drill confirmed as done) and 参加者アンケート (the
 * participants' feedback, summarised per statement). Neither affects a score: they are facts for
 * the review and for `ttx plan`/`ttx history`, not part of SPEC §5's arithmetic. */
#include <string.h>

#include "sheet_internal.h"

static const char *dup_or_null(Arena *a, const char *s)
{
    return s ? arena_strdup(a, s) : NULL;
}

static void collect_plan(Sheet *sh, const Session *s)
{
    sh->plan_review = arena_array(&sh->arena, s->n_plan, sizeof(PlanReviewEntry));
    sh->n_plan_review = s->n_plan;
    for (size_t i = 0; i < s->n_plan; i++) {
        const SessionPlanAction *p = &s->plan[i];
        PlanReviewEntry *e = &sh->plan_review[i];
        e->key = arena_strdup(&sh->arena, p->key);
        e->action = dup_or_null(&sh->arena, p->action);
        e->text = arena_strdup(&sh->arena, p->text);
        e->owner = dup_or_null(&sh->arena, p->owner);
        e->owner_name = dup_or_null(&sh->arena, p->owner_name);
        e->has_due = p->has_due;
        e->due = p->due;
        e->status_before = p->status_before;
        e->confirmed_done = p->confirmed && p->done;
        e->note = dup_or_null(&sh->arena, p->note);
    }
}

/* Half up without floating point: (2·100·sum + n) / 2n. */
static int mean_x100(int sum, int n)
{
    return (200 * sum + n) / (2 * n);
}

static void summarise_feedback(Sheet *sh, const Session *s)
{
    FeedbackSummary *fs = &sh->feedback;
    StrBuf good = {0}, better = {0};
    int sums[FEEDBACK_STATEMENTS] = {0};
    fs->respondents = s->n_feedback;
    for (size_t r = 0; r < s->n_feedback; r++) {
        const SessionFeedback *f = &s->feedback[r];
        for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
            int v = f->scores[k];
            if (v >= 1 && v <= 5) {
                fs->statements[k].answers++;
                fs->statements[k].counts[v - 1]++;
                sums[k] += v;
            }
        }
        if (f->strengths) {
            strbuf_push(&good, arena_strdup(&sh->arena, f->strengths));
        }
        if (f->improvements) {
            strbuf_push(&better, arena_strdup(&sh->arena, f->improvements));
        }
    }
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        int n = fs->statements[k].answers;
        fs->statements[k].mean_x100 = n ? mean_x100(sums[k], n) : 0;
    }
    fs->strengths = strbuf_finish(&good, &sh->arena);
    fs->improvements = strbuf_finish(&better, &sh->arena);
}

void sheet_followup(Sheet *sh, const Session *s)
{
    collect_plan(sh, s);
    summarise_feedback(sh, s);
}
