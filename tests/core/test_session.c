/* The session: commands and the fold, the simulated clock and the wall-clock timers, branching,
 * and the rule that a rejected event changes nothing. */
#include "check.h"
#include "fixture.h"
#include "session_internal.h"

static char err[256];

static void test_branching(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(session_current(&s) == NULL && session_sim_minutes(&s) == 0);
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_FAILED); /* not started */
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK_STR(session_current(&s)->id.s, "detect-1");
    CHECK(!session_decide(&s, wall_at(1), "pay", err, sizeof err)); /* no decision here */
    CHECK(session_next(&s, wall_at(5), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK_STR(session_current(&s)->id.s, "report-1");
    CHECK(session_sim_minutes(&s) == 60);
    CHECK(session_decide(&s, wall_at(6), "refuse", err, sizeof err));
    /* A decision may be changed while its inject is current; the last one counts. */
    CHECK(session_decide(&s, wall_at(7), "pay", err, sizeof err));
    CHECK(!session_decide(&s, wall_at(7), "negotiate", err, sizeof err));
    CHECK(session_next(&s, wall_at(8), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK_STR(session_current(&s)->id.s, "recover-pay"); /* goto + when */
    CHECK(session_sim_minutes(&s) == 48 * 60);
    CHECK(!session_has_next(&s));
    CHECK(session_next(&s, wall_at(9), err, sizeof err) == SESSION_NEXT_AT_END);
    CHECK(strstr(err, "no more injects") != NULL);
    CHECK(s.n_presented == 3 && !s.injects[2].presented);
    CHECK(session_end(&s, wall_at(10), err, sizeof err));
    CHECK(session_next(&s, wall_at(11), err, sizeof err) == SESSION_NEXT_FAILED); /* ended */
    CHECK(!session_note(&s, wall_at(11), "late note", err, sizeof err));
    /* Review facts may still be entered after the end. */
    CHECK(session_set_review(&s, wall_at(12), REVIEW_OVERALL, "良好", err, sizeof err));
    session_deinit(&s);
    exercise_free(&ex);
}

static void test_clock(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    bool has;
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_PRESENTED);
    /* detect-1 has a 5m discussion timer, detect a 10m time box. */
    CHECK(session_discussion_left_ms(&s, wall_at(2), &has) == 3 * 60000 && has);
    CHECK(session_pause(&s, wall_at(3), err, sizeof err));
    CHECK(!session_pause(&s, wall_at(3), err, sizeof err));
    /* Paused: the timers stand still however much wall time passes. */
    CHECK(session_discussion_left_ms(&s, wall_at(30), &has) == 2 * 60000);
    CHECK(session_active_ms(&s, wall_at(30)) == 3 * 60000);
    CHECK(session_resume(&s, wall_at(33), err, sizeof err));
    CHECK(session_active_ms(&s, wall_at(34)) == 4 * 60000);
    /* Over-run is negative, shown not enforced. */
    CHECK(session_discussion_left_ms(&s, wall_at(40), &has) == -5 * 60000);
    CHECK(session_timebox_left_ms(&s, wall_at(40), &has) == 0 && has);
    /* The report step's box starts fresh when its first inject is presented. */
    CHECK(session_next(&s, wall_at(40), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK(session_timebox_left_ms(&s, wall_at(42), &has) == 3 * 60000 && has);
    /* A wall clock set back does not make time run backwards. */
    CHECK(session_active_ms(&s, wall_at(20)) == 10 * 60000);
    CHECK(session_end(&s, wall_at(45), err, sizeof err));
    CHECK(session_active_ms(&s, wall_at(500)) == 15 * 60000);
    session_deinit(&s);
    exercise_free(&ex);
}

static void test_rejections(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    CHECK(!session_start(&s, wall_at(0), err, sizeof err));
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_PRESENTED);
    const char *by_it[] = {"it"}, *by_ghost[] = {"ghost"}, *missing_bad[] = {"USB"};
    ItemRecord r = {0};
    r.status = STATUS_DONE;
    r.by = by_it;
    r.n_by = 1;
    CHECK(!session_record_item(&s, wall_at(1), &r, "P01", err, sizeof err)); /* no at */
    r.has_at = true;
    r.at_minutes = 5;
    CHECK(!session_record_item(&s, wall_at(1), &r, "P99", err, sizeof err));
    r.by = by_ghost;
    CHECK(!session_record_item(&s, wall_at(1), &r, "P01", err, sizeof err));
    r.by = by_it;
    r.missing = missing_bad;
    r.n_missing = 1;
    CHECK(!session_record_item(&s, wall_at(1), &r, "P01", err, sizeof err));
    CHECK(!s.items[0].recorded && s.next_seq == 3); /* nothing applied, no seq used */
    r.n_missing = 0;
    CHECK(session_record_item(&s, wall_at(1), &r, "P01", err, sizeof err));
    CHECK(s.items[0].recorded && s.items[0].at_minutes == 5 && s.next_seq == 4);
    /* An event replayed for the wrong inject is refused. */
    Event e = {0};
    e.type = EVENT_NOTE;
    e.wall = wall_at(2);
    e.inject = "report-1";
    e.text = "x";
    CHECK(!session_apply(&s, &e, err, sizeof err));
    e.type = EVENT_PRESENT;
    e.inject = "recover-1"; /* the next is report-1 */
    CHECK(!session_apply(&s, &e, err, sizeof err));
    CHECK(strstr(err, "report-1") != NULL);
    session_deinit(&s);
    exercise_free(&ex);
}

/* An empty text in an event is an absent one, in the inject facts (session_apply.c) and in the
 * plan and feedback facts (session_review.c) alike: one session_copy_text for both. */
static void test_empty_texts(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_PRESENTED);
    const char *by_it[] = {"it"};
    ItemRecord r = {.status = STATUS_DONE, .by = by_it, .n_by = 1, .has_at = true, .note = ""};
    CHECK(session_record_item(&s, wall_at(1), &r, "P01", err, sizeof err));
    CHECK(s.items[0].recorded && s.items[0].note == NULL);
    r.note = "兆候あり";
    CHECK(session_record_item(&s, wall_at(2), &r, "P01", err, sizeof err));
    CHECK_STR(s.items[0].note, "兆候あり");
    CHECK(session_set_record_field(&s, wall_at(3), RECFIELD_CAUSE, "メール", err, sizeof err));
    CHECK(session_set_record_field(&s, wall_at(4), RECFIELD_CAUSE, "", err, sizeof err));
    CHECK(s.incident_record[RECFIELD_CAUSE] == NULL);
    CHECK(session_end(&s, wall_at(5), err, sizeof err));
    SessionFeedback f = {.scores = {4}, .strengths = "", .improvements = "連絡先の更新"};
    CHECK(session_feedback(&s, wall_at(6), &f, err, sizeof err));
    CHECK(s.n_feedback == 1 && s.feedback[0].strengths == NULL);
    CHECK_STR(s.feedback[0].improvements, "連絡先の更新");
    Arena a;
    arena_init(&a);
    CHECK(session_copy_text(&a, NULL) == NULL && session_copy_text(&a, "") == NULL);
    CHECK_STR(session_copy_text(&a, "x"), "x");
    arena_deinit(&a);
    session_deinit(&s);
    exercise_free(&ex);
}

/* Late and by an owner (SPEC §5), as the sheet scores them and the timeline colours them. */
static void test_item_facts(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    const ProcItem *p01 = &ex.procedure->items[0]; /* owners [it], due 0:30 */
    const ProcItem *p04 = &ex.procedure->items[3]; /* no due time */
    const char *it[] = {"it"}, *gm_it[] = {"gm", "it"}, *gm[] = {"gm"};
    ItemRecord r = {.recorded = true, .status = STATUS_DONE, .by = it, .n_by = 1};
    CHECK(!session_item_late(p01, &r)); /* no time recorded */
    r.has_at = true;
    r.at_minutes = 30;
    CHECK(!session_item_late(p01, &r) && session_item_by_owner(p01, &r));
    r.at_minutes = 31;
    CHECK(session_item_late(p01, &r) && !session_item_late(p04, &r));
    r.by = gm_it;
    r.n_by = 2;
    CHECK(session_item_by_owner(p01, &r));
    r.by = gm;
    r.n_by = 1;
    CHECK(!session_item_by_owner(p01, &r));
    r.n_by = 0;
    CHECK(!session_item_by_owner(p01, &r));
    exercise_free(&ex);
}

/* Persist hook that fails: the state must not change (nothing shows as recorded that is not on
 * disk). */
static bool failing_persist(void *ctx, const Event *e, char *msg, size_t size)
{
    (void)e;
    (*(int *)ctx)++;
    snprintf(msg, size, "disk full");
    return false;
}

static void test_persist_failure(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    int calls = 0;
    session_init(&s, ex.scenario, ex.procedure);
    session_set_persist(&s, failing_persist, &calls);
    CHECK(!session_start(&s, wall_at(0), err, sizeof err));
    CHECK(calls == 1 && !s.started && strcmp(err, "disk full") == 0);
    session_deinit(&s);
    exercise_free(&ex);
}

int main(void)
{
    test_branching();
    test_clock();
    test_rejections();
    test_empty_texts();
    test_item_facts();
    test_persist_failure();
    return check_done();
}
