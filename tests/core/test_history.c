/* The history across exercises on hand-made sheets: the least-squares trend (two points are the
 * plain difference; ±5 points is the threshold; one score gives no trend), the per-exercise new
 * and repeated actions, and what became of the actions — from the sheets alone (closed when a
 * later exercise of the same 手順書 no longer has it) and from a plan (its statuses, overdue
 * against the latest exercise). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "history.h"

typedef struct Act {
    ActionSource source;
    const char *what; /* item, document or inject */
    const char *due;
} Act;

static SheetSummary *make(const char *date, const char *procedure, int overall, const Act *acts,
                          size_t n)
{
    SheetSummary *s = calloc(1, sizeof *s);
    arena_init(&s->arena);
    s->path = "made.json";
    s->scenario_id = "scen";
    s->procedure_id = procedure;
    s->has_date = date_parse(date, &s->date);
    if (overall >= 0) {
        s->review[REVIEW_OVERALL] = (SummaryScore){true, overall, true, rating_for_score(overall)};
    }
    s->actions = arena_array(&s->arena, n, sizeof(SummaryAction));
    s->n_actions = n;
    for (size_t i = 0; i < n; i++) {
        SummaryAction *a = &s->actions[i];
        a->source = acts[i].source;
        a->text = acts[i].what;
        a->has_due = date_parse(acts[i].due, &a->due);
        *(a->source == ACTION_FROM_ITEM       ? &a->item
          : a->source == ACTION_FROM_DOCUMENT ? &a->document
                                              : &a->inject) = acts[i].what;
    }
    return s;
}

static void test_trend(void)
{
    SheetSummary *v[3] = {make("2026-01-10", "p", 60, NULL, 0),
                          make("2026-06-10", "p", 64, NULL, 0),
                          make("2026-12-10", "p", 80, NULL, 0)};
    History *h = history_build(v, 2, NULL);
    const HistorySeries *o = &h->review[REVIEW_OVERALL];
    CHECK(o->trend == TREND_STEADY && o->change == 4); /* two points: the difference */
    CHECK(h->steps[STEP_DETECT].trend == TREND_NONE);  /* no scores at all */
    history_free(h);
    h = history_build(v, 3, NULL);
    o = &h->review[REVIEW_OVERALL];
    /* slope of 60, 64, 80 is 10 per exercise: +20 from the first to the last */
    CHECK(o->trend == TREND_IMPROVING && o->change == 20);
    CHECK(h->has_latest && h->latest.month == 12);
    history_free(h);
    v[2]->review[REVIEW_OVERALL].score = 50;
    h = history_build(v, 3, NULL);
    CHECK(h->review[REVIEW_OVERALL].trend == TREND_WORSENING);
    CHECK(h->review[REVIEW_OVERALL].change == -10);
    history_free(h);
    h = history_build(v, 1, NULL);
    CHECK(h->review[REVIEW_OVERALL].trend == TREND_NONE);
    history_free(h);
    for (int i = 0; i < 3; i++) {
        sheet_summary_free(v[i]);
    }
}

static void test_actions_from_sheets(void)
{
    const Act a1[] = {{ACTION_FROM_ITEM, "R01", "2026-02-10"},
                      {ACTION_FROM_DOCUMENT, "連絡先リスト", "2026-02-10"},
                      {ACTION_FROM_DECISION, "det-4", "2026-02-10"}};
    const Act a2[] = {{ACTION_FROM_ITEM, "R01", "2026-07-10"}};
    const Act a3[] = {{ACTION_FROM_ITEM, "L01", "2027-01-10"}};
    SheetSummary *v[3] = {make("2026-01-10", "p", 60, a1, 3), make("2026-06-10", "p", 70, a2, 1),
                          make("2026-12-10", "other", 80, a3, 1)};
    History *h = history_build(v, 3, NULL);
    const HistoryActions *a = &h->actions;
    /* R01 is still there in the last exercise of procedure p: open, due 2026-02-10 < latest →
     * overdue, and recurred; the document and the decision were not seen again: closed; L01 is
     * in the latest exercise: open, not yet due. */
    CHECK(!a->from_plan && a->total == 4 && a->closed == 2 && a->open == 2);
    CHECK(a->overdue == 1 && a->recurred == 1 && a->n_overdue_list == 1);
    CHECK(a->n_overdue_list == 1 && strcmp(a->overdue_list[0].text, "R01") == 0);
    CHECK(h->exercises[1].n_repeated == 1 && h->exercises[1].n_new == 0);
    CHECK(h->exercises[2].n_new == 1);
    history_free(h);
    for (int i = 0; i < 3; i++) {
        sheet_summary_free(v[i]);
    }
}

static void test_actions_from_plan(void)
{
    const Act a1[] = {{ACTION_FROM_ITEM, "R01", "2026-02-10"}};
    SheetSummary *v[2] = {make("2026-01-10", "p", 60, a1, 1), make("2026-06-10", "p", 70, a1, 1)};
    Plan *p = plan_create();
    PlanAction *x = plan_add(p);
    x->id.s = "A01";
    x->key.s = "item:p/R01";
    x->has_due = date_parse("2026-02-10", &x->due);
    x->status = PLAN_IN_PROGRESS;
    x = plan_add(p);
    x->id.s = "A02";
    x->key.s = "document:d";
    x->has_due = date_parse("2026-02-10", &x->due);
    x->status = PLAN_DONE;
    x = plan_add(p);
    x->id.s = "A03";
    x->key.s = "document:e";
    x->has_due = date_parse("2026-12-31", &x->due);
    History *h = history_build(v, 2, p);
    const HistoryActions *a = &h->actions;
    CHECK(a->from_plan && a->total == 3 && a->closed == 1 && a->in_progress == 1 && a->open == 1);
    /* A01: not done and due before 2026-06-10; A02 done; A03 not due yet */
    CHECK(a->overdue == 1 && a->n_overdue_list == 1 && strcmp(a->overdue_list[0].id, "A01") == 0);
    CHECK(a->overdue_list[0].status == PLAN_IN_PROGRESS);
    CHECK(a->recurred == 1); /* item:p/R01 is in both sheets */
    history_free(h);
    plan_free(p);
    sheet_summary_free(v[0]);
    sheet_summary_free(v[1]);
}

int main(void)
{
    test_trend();
    test_actions_from_sheets();
    test_actions_from_plan();
    return check_done();
}
