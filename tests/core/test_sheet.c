/* Every scoring rule of SPEC §5, on the example record (values worked out by hand in the
 * comments) and on small scenarios made for the edge cases: no leader decision → no rating,
 * objectives measuring a step with no expected items, late and wrong owner together, floors
 * at 0. */
#include <math.h>

#include "check.h"
#include "fixture.h"
#include "playback.h"
#include "sheet.h"

static char err[256];

static Sheet *play_record(Exercise *ex, Session *s)
{
    session_init(s, ex->scenario, ex->procedure);
    if (!playback_record(s, ex->record, wall_at(0), err, sizeof err)) {
        fprintf(stderr, "playback failed: %s\n", err);
        exit(2);
    }
    return sheet_build(s, ex->record->facilitator.s, ex->record->participants,
                       ex->record->n_participants);
}

static bool near(double a, double b)
{
    return fabs(a - b) < 1e-9;
}

static void test_example_record(void)
{
    Exercise ex = fixture_load("data/record.yaml");
    Session s;
    Sheet *sh = play_record(&ex, &s);
    /* Expected items in order of first presentation: P01 P02 (detect-1), P03, P04. */
    CHECK(sh->n_items == 4);
    /* P01 done by owner on time, one missing document: 100 − 10. */
    CHECK(near(sh->items[0].score, 90));
    /* P02 partial, by gm (owner it) at 1:00 > due 0:45: 50 − 25 − 25 = 0. */
    CHECK(sh->items[1].late && sh->items[1].wrong_owner && near(sh->items[1].score, 0));
    CHECK(near(sh->items[2].score, 100));
    CHECK(sh->items[3].recorded && sh->items[3].status == STATUS_MISSED && near(sh->items[3].score, 0));
    /* Steps: detect (90+0)/2 = 45 C, report 100 A, recover 0 D. */
    CHECK(sh->steps[STEP_DETECT].rounded == 45 && sh->steps[STEP_DETECT].rating == RATING_C);
    CHECK(sh->steps[STEP_REPORT].rounded == 100 && sh->steps[STEP_REPORT].rating == RATING_A);
    CHECK(sh->steps[STEP_RECOVER].rounded == 0 && sh->steps[STEP_RECOVER].rating == RATING_D);
    const ReviewEntry *r = sh->review;
    /* Objectives: O1 (detect) 45, O2 (P03) 100 → 72.5 → 73 B. */
    CHECK(near(r[REVIEW_OBJECTIVES].score.value, 72.5));
    CHECK(r[REVIEW_OBJECTIVES].score.rounded == 73 && r[REVIEW_OBJECTIVES].rating == RATING_B);
    /* Understanding: only P03 is done by an owner, on time, with nothing missing: 1/4. */
    CHECK(near(r[REVIEW_UNDERSTANDING].score.value, 25));
    /* Coordination: P03 (first_report, two owners) only → 100; first report at 1:30. */
    CHECK(near(r[REVIEW_COORDINATION].score.value, 100));
    CHECK(sh->has_first_report && sh->first_report_minutes == 90);
    /* ...overridden to C with its reason; the suggestion is kept. */
    CHECK(r[REVIEW_COORDINATION].overridden && r[REVIEW_COORDINATION].rating == RATING_C);
    CHECK(r[REVIEW_COORDINATION].score.rating == RATING_A);
    CHECK_STR(r[REVIEW_COORDINATION].override_reason, "取引先への第一報が社長判断待ちで止まった");
    /* Leadership: the president (leader) refused: good → 100. */
    CHECK(near(r[REVIEW_LEADERSHIP].score.value, 100));
    /* Recording: 3 of 10 fields. */
    CHECK(near(r[REVIEW_RECORDING].score.value, 30));
    /* Overall: (72.5 + 25 + 100 + 100 + 30) / 5 = 65.5 → 66 C. */
    CHECK(near(r[REVIEW_OVERALL].score.value, 65.5) && r[REVIEW_OVERALL].score.rounded == 66);
    CHECK(r[REVIEW_OVERALL].rating == RATING_C);
    CHECK(!r[REVIEW_ISSUES].score.has && !r[REVIEW_ACTIONS].has_rating);
    CHECK_STR(r[REVIEW_LEADERSHIP].comment, "社長が支払わない判断を即座に下した");
    /* Findings in inject order: P01 missing document; P02 partial, late, wrong owner,
     * confused; P04 missed. */
    static const FindingKind kinds[] = {FINDING_MISSING_DOCUMENT, FINDING_PARTIAL, FINDING_LATE,
                                        FINDING_WRONG_OWNER, FINDING_CONFUSED, FINDING_MISSED};
    CHECK(sh->n_findings == 6);
    for (size_t i = 0; i < 6 && i < sh->n_findings; i++) {
        CHECK(sh->findings[i].kind == kinds[i]);
    }
    CHECK_STR(sh->findings[0].document, "感染兆候チェックリスト");
    /* Actions: P01 (item), its document, P02, P04 — all owned by it, due 2026-12-31. */
    CHECK(sh->n_actions == 4);
    CHECK(sh->actions[1].source == ACTION_FROM_DOCUMENT);
    CHECK_STR(sh->actions[0].owner_role, "it");
    CHECK(sh->actions[3].due.year == 2026 && sh->actions[3].due.month == 12 &&
          sh->actions[3].due.day == 31);
    CHECK(sh->participants.n == 3);
    CHECK_STR(sh->participants.v[0], "山田（IT管理担当者）");
    CHECK(sh->sim_span_minutes == 24 * 60);
    sheet_free(sh);
    session_deinit(&s);
    exercise_free(&ex);
}

/* A scenario with one item expected and a decision by a non-leader. */
static const char *edge_scenario =
    "ttx: 1\nid: edge\ntitle: edge\nincident: ransomware\nprocedure: x\n"
    "sheet:\n  objectives:\n"
    "    - {id: O1, text: 復旧, measures: [recover]}\n"
    "    - {id: O2, text: 検知, measures: [P01]}\n"
    "injects:\n"
    "  - id: a\n    at: \"0:00\"\n    step: detect\n    phase: detection\n    title: t\n"
    "    text: t\n    expects: [P01]\n"
    "    decision:\n      by: it\n      prompt: p\n      options:\n"
    "        - {id: x, text: x, verdict: poor, feedback: 解説X}\n"
    "        - {id: y, text: y, verdict: good, feedback: 解説Y}\n";

static void test_edges(void)
{
    Exercise base = fixture_load("data/scenario.yaml");
    Scenario *sc = scenario_from_text(edge_scenario, base.procedure);
    Session s;
    session_init(&s, sc, base.procedure);
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_PRESENTED);
    /* Partial, late (due 0:30), wrong owner, one missing: 50 − 25 − 25 − 10 → floor 0. */
    const char *by[] = {"president"}, *missing[] = {"連絡先リスト"};
    ItemRecord r = {0};
    r.status = STATUS_PARTIAL;
    r.by = by;
    r.n_by = 1;
    r.has_at = true;
    r.at_minutes = 31;
    r.missing = missing;
    r.n_missing = 1;
    CHECK(session_record_item(&s, wall_at(1), &r, "P01", err, sizeof err));
    CHECK(session_end(&s, wall_at(2), err, sizeof err));
    Sheet *sh = sheet_build(&s, NULL, NULL, 0);
    CHECK(sh->n_items == 1 && near(sh->items[0].score, 0));
    CHECK(sh->items[0].late && sh->items[0].wrong_owner);
    /* No leader decision presented (by: it is not a leader) → no leadership score or rating. */
    CHECK(!sh->review[REVIEW_LEADERSHIP].score.has && !sh->review[REVIEW_LEADERSHIP].has_rating);
    /* O1 measures a step with no expected items → no score; O2 → 0; objectives = 0. */
    CHECK(!sh->objectives[0].score.has && sh->objectives[1].score.has);
    CHECK(near(sh->review[REVIEW_OBJECTIVES].score.value, 0));
    /* The unmade decision is a finding with the good option's 解説, and an action for it. */
    CHECK(sh->n_findings == 5 && sh->findings[4].kind == FINDING_UNMADE_DECISION);
    CHECK_STR(sh->findings[4].feedback, "解説Y");
    CHECK(sh->n_actions == 3 && sh->actions[2].source == ACTION_FROM_DECISION);
    CHECK_STR(sh->actions[2].owner_role, "it");
    /* No steps other than detect have expected items: no score, no rating. */
    CHECK(!sh->steps[STEP_REPORT].has && !sh->steps[STEP_RECOVER].has);
    /* Overall: mean of objectives 0, understanding 0, coordination (none: P01 is detection
     * with one owner), recording 0 → 0 D. */
    CHECK(!sh->review[REVIEW_COORDINATION].score.has);
    CHECK(sh->review[REVIEW_OVERALL].score.has && sh->review[REVIEW_OVERALL].rating == RATING_D);
    /* Exercise date: the scenario has none, so the day the exercise started (JST). */
    CHECK(sh->exercise_date.year == 2026 && sh->exercise_date.month == 12 &&
          sh->exercise_date.day == 1);
    sheet_free(sh);
    session_deinit(&s);
    scenario_free(sc);
    exercise_free(&base);
}

int main(void)
{
    test_example_record();
    test_edges();
    return check_done();
}
