/* The facts around the drill: the previous plan's open actions shown at the start and confirmed
 * as done (plan_action, plan_confirm) and the participants' feedback (feedback). Each event is
 * checked before it applies, a journal of them replays to the same state, and the sheet
 * summarises them (前回の改善計画の確認, 参加者アンケート with the mean × 100 rounded half up). */
#include "check.h"
#include "fixture.h"
#include "journal_json.h"
#include "plan_carry.h"
#include "sheet.h"

static char err[256];

/* The persist hook: every committed event as its journal line. */
typedef struct Lines {
    char *v[64];
    size_t n;
} Lines;

static bool keep_line(void *ctx, const Event *e, char *e_err, size_t size)
{
    (void)e_err;
    (void)size;
    Lines *l = ctx;
    if (l->n == 64) {
        return false;
    }
    l->v[l->n++] = journal_event_encode(e);
    return true;
}

static Plan *make_plan(void)
{
    static const struct {
        const char *id, *key, *text, *owner;
        PlanStatus status;
    } rows[] = {
        {"A01", "item:example-procedure/P01", "P01 を見直す", "it", PLAN_OPEN},
        {"A02", "document:連絡先リスト", "連絡先リストを作る", "gm", PLAN_DONE},
        {"A03", "document:感染兆候チェックリスト", "チェックリストを作る", NULL, PLAN_IN_PROGRESS},
    };
    Plan *p = plan_create();
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        PlanAction *a = plan_add(p);
        a->id.s = rows[i].id;
        a->key.s = rows[i].key;
        a->text.s = rows[i].text;
        a->owner_id.s = rows[i].owner;
        a->status = rows[i].status;
        a->has_due = i == 0;
        a->due = (Date){2026, 12, 31};
    }
    return p;
}

static void test_checks(Session *s, const Plan *p)
{
    SessionPlanAction a = {0};
    a.key = "k";
    a.text = "t";
    CHECK(!session_plan_action(s, wall_at(0), &a, err, sizeof err)); /* not started */
    CHECK(session_start(s, wall_at(0), err, sizeof err));
    CHECK(plan_carry_show(s, p, wall_at(0), err, sizeof err));
    CHECK(s->n_plan == 2); /* the done action is not shown */
    a.key = "item:example-procedure/P01";
    CHECK(!session_plan_action(s, wall_at(0), &a, err, sizeof err));
    CHECK(strstr(err, "already shown") != NULL);
    CHECK(
        !session_plan_confirm(s, wall_at(1), "document:連絡先リスト", true, NULL, err, sizeof err));
    CHECK(strstr(err, "not a plan action shown") != NULL);
    CHECK(session_plan_confirm(s, wall_at(1), "document:感染兆候チェックリスト", true, "掲示した",
                               err, sizeof err));
    CHECK(session_plan_confirm(s, wall_at(2), "item:example-procedure/P01", true, NULL, err,
                               sizeof err));
    CHECK(session_next(s, wall_at(3), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK(session_end(s, wall_at(4), err, sizeof err));
    /* After the end: a plan action no more, a confirmation (the review) and feedback yes. */
    a.key = "new";
    CHECK(!session_plan_action(s, wall_at(5), &a, err, sizeof err));
    CHECK(session_plan_confirm(s, wall_at(5), "item:example-procedure/P01", false, NULL, err,
                               sizeof err));
    SessionFeedback f = {{0}, NULL, ""};
    CHECK(!session_feedback(s, wall_at(5), &f, err, sizeof err));
    CHECK(strstr(err, "empty") != NULL);
    f.scores[0] = 6;
    CHECK(!session_feedback(s, wall_at(5), &f, err, sizeof err));
    SessionFeedback forms[] = {{{4, 1, 0, 5, 5}, "役割分担が明確", NULL},
                               {{5, 2, 0, 5, 4}, NULL, "連絡先を最新に"},
                               {{5, 0, 0, 5, 3}, NULL, NULL}};
    for (size_t i = 0; i < 3; i++) {
        CHECK(session_feedback(s, wall_at(6), &forms[i], err, sizeof err));
    }
}

static void test_sheet(const Session *s)
{
    Sheet *sh = sheet_build(s, NULL, NULL, 0);
    CHECK(sh->n_plan_review == 2);
    CHECK_STR(sh->plan_review[0].action, "A01");
    CHECK(sh->plan_review[0].has_due && sh->plan_review[0].status_before == PLAN_OPEN);
    CHECK_STR(sh->plan_review[0].owner_name, "IT管理担当者"); /* from the 手順書's role */
    CHECK(!sh->plan_review[0].confirmed_done); /* the latest confirmation (false) counts */
    CHECK(sh->plan_review[1].confirmed_done);
    CHECK_STR(sh->plan_review[1].note, "掲示した");
    CHECK(sh->plan_review[1].owner == NULL && sh->plan_review[1].status_before == PLAN_IN_PROGRESS);
    const FeedbackSummary *fs = &sh->feedback;
    CHECK(fs->respondents == 3);
    CHECK(fs->statements[0].answers == 3 && fs->statements[0].mean_x100 == 467); /* 14/3 */
    CHECK(fs->statements[1].answers == 2 && fs->statements[1].mean_x100 == 150);
    CHECK(fs->statements[2].answers == 0);
    CHECK(fs->statements[4].mean_x100 == 400 && fs->statements[4].counts[2] == 1);
    CHECK(fs->statements[3].counts[4] == 3);
    CHECK(fs->strengths.n == 1 && fs->improvements.n == 1);
    CHECK_STR(fs->improvements.v[0], "連絡先を最新に");
    sheet_free(sh);
}

/* Decoding every journalled line into a fresh session gives the same state. */
static void test_replay(const Exercise *ex, const Session *s, const Lines *l)
{
    Session r;
    session_init(&r, ex->scenario, ex->procedure);
    Arena a;
    arena_init(&a);
    for (size_t i = 0; i < l->n; i++) {
        Event e;
        CHECK(journal_event_decode(l->v[i], strlen(l->v[i]), &e, &a, err, sizeof err) ==
              JOURNAL_LINE_OK);
        CHECK(session_apply(&r, &e, err, sizeof err));
    }
    CHECK(r.n_plan == s->n_plan && r.n_feedback == s->n_feedback);
    for (size_t i = 0; i < r.n_plan && i < s->n_plan; i++) {
        CHECK_STR(r.plan[i].key, s->plan[i].key);
        CHECK(r.plan[i].done == s->plan[i].done && r.plan[i].confirmed == s->plan[i].confirmed);
        CHECK(r.plan[i].status_before == s->plan[i].status_before);
    }
    for (size_t i = 0; i < r.n_feedback && i < s->n_feedback; i++) {
        CHECK(memcmp(r.feedback[i].scores, s->feedback[i].scores, sizeof r.feedback[i].scores) ==
              0);
    }
    test_sheet(&r);
    arena_deinit(&a);
    session_deinit(&r);
}

int main(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Plan *p = make_plan();
    Lines lines = {{0}, 0};
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    session_set_persist(&s, keep_line, &lines);
    test_checks(&s, p);
    test_sheet(&s);
    test_replay(&ex, &s, &lines);
    for (size_t i = 0; i < lines.n; i++) {
        free(lines.v[i]);
    }
    session_deinit(&s);
    plan_free(p);
    exercise_free(&ex);
    return check_done();
}
