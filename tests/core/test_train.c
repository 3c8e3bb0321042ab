/* The trainer mode's core: the test built from a scenario (quiz, then decisions as questions),
 * scoring (修了 only with every question right, multi-answer questions right only when exactly
 * their options are marked), the class figures, the per-phase rates and weakest topics with the
 * items to re-teach, and the アンケート summary. On train/mini.yaml, whose five questions are:
 *   1 q1 (2)        containment, P02
 *   2 q2 (1;2)      P03 (first_report)
 *   3 q3 (1)        detection
 *   4 q4 (1)        restoration, P04
 *   5 detect-1 (1)  containment (its phase), P01 (detection), P02 — a decision
 * report-1's decision has no good option and is left out. */
#include "check.h"
#include "fixture.h"
#include "train_cells.h"
#include "train_report.h"

static TrainChoice choice(const char *s)
{
    TrainChoice c = 0;
    char token[16];
    train_parse_choice(s, TRAIN_MAX_OPTIONS, &c, token, sizeof token);
    return c;
}

/* A class from rows of five answers, written like the CSV cells. */
typedef struct Class {
    TrainAnswers answers;
    TrainParticipant people[8];
    TrainChoice cells[8][5];
} Class;

static void class_init(Class *c, const char *const rows[][5], size_t n)
{
    memset(c, 0, sizeof *c);
    for (size_t p = 0; p < n; p++) {
        for (size_t q = 0; q < 5; q++) {
            c->cells[p][q] = choice(rows[p][q]);
        }
        c->people[p] = (TrainParticipant){"受講者", NULL, {(int)p + 2, 1}, c->cells[p]};
    }
    c->answers.v = c->people;
    c->answers.n = n;
    c->answers.path = "answers.csv";
}

static const Date DAY = {2026, 12, 1};

static void test_build(const TrainTest *t)
{
    CHECK(t->n_questions == 5 && t->n_quiz == 4 && t->n_skipped == 1);
    const TrainQuestion *q2 = &t->questions[1];
    CHECK(q2->correct == choice("1;2") && train_choice_count(q2->correct) == 2);
    CHECK(q2->n_teaches == 1 && !q2->teaches[0].is_phase &&
          q2->teaches[0].phase == PHASE_FIRST_REPORT);
    const TrainQuestion *d = &t->questions[4];
    CHECK(d->source == TRAIN_FROM_DECISION && strcmp(d->id, "detect-1") == 0);
    CHECK_STR(d->text, "最初に何をしますか？");
    CHECK(d->n_options == 3 && d->correct == choice("1"));
    CHECK_STR(d->explanation, "電源を切らずに切り離せば、調査に必要な記録が残る。");
    /* the inject's phase, then its expected items */
    CHECK(d->n_teaches == 3 && d->teaches[0].is_phase && d->teaches[0].phase == PHASE_CONTAINMENT);
    CHECK_STR(train_topic_id(&d->teaches[1]), "P01");
    CHECK_STR(train_topic_label(&d->teaches[1]), "感染兆候の検知");
    CHECK(d->teaches[1].phase == PHASE_DETECTION);
    CHECK_STR(train_topic_label(&d->teaches[0]), "初動対応");
    char buf[32];
    CHECK_STR(train_choice_format(choice("3;1"), buf, sizeof buf), "1;3");
    CHECK_STR(train_choice_format(0, buf, sizeof buf), "");
}

static void test_percent(void)
{
    CHECK(train_percent(2, 3) == 67);
    CHECK(train_percent(1, 8) == 13); /* 12.5 rounds half up */
    CHECK(train_percent(1, 3) == 33);
    CHECK(train_percent(0, 5) == 0 && train_percent(5, 5) == 100);
}

static void test_all_correct_and_one_wrong(const TrainTest *t)
{
    static const char *const rows[][5] = {
        {"2", "1;2", "1", "1", "1"}, /* all right: 修了 */
        {"2", "1;2", "1", "1", "2"}, /* the decision wrong */
    };
    Class c;
    class_init(&c, rows, 2);
    TrainReport *r = train_report_build(t, &c.answers, NULL, DAY);
    CHECK(r->scores[0].correct == 5 && r->scores[0].percent == 100 && r->scores[0].completed);
    CHECK(r->scores[1].correct == 4 && r->scores[1].percent == 80 && !r->scores[1].completed);
    CHECK(r->n_completed == 1 && r->completion_percent == 50);
    CHECK(r->average_percent == 90 && r->best_percent == 100 && r->worst_percent == 80);
    CHECK(r->distribution[5] == 1 && r->distribution[4] == 1 && r->distribution[0] == 0);
    CHECK(r->stats[4].correct == 1 && r->stats[4].percent == 50);
    CHECK(r->stats[4].chosen[0] == 1 && r->stats[4].chosen[1] == 1);
    train_report_free(r);
}

static void test_multi_answer(const TrainTest *t)
{
    static const char *const rows[][5] = {
        {"2", "1", "1", "1", "1"},     /* one of two right options: wrong */
        {"2", "1;2;3", "1", "1", "1"}, /* one too many: wrong */
        {"2", "2,1", "1", "1", "1"},   /* any order, any separator: right */
        {"2", "", "1", "1", "1"},      /* unanswered: wrong */
    };
    Class c;
    class_init(&c, rows, 4);
    TrainReport *r = train_report_build(t, &c.answers, NULL, DAY);
    CHECK(!r->scores[0].completed && !r->scores[1].completed && r->scores[2].completed);
    CHECK(r->scores[3].answered == 4 && r->scores[3].correct == 4);
    CHECK(r->stats[1].correct == 1 && r->stats[1].unanswered == 1 && r->stats[1].percent == 25);
    CHECK(r->stats[1].chosen[0] == 3 && r->stats[1].chosen[1] == 2 && r->stats[1].chosen[2] == 1);
    train_report_free(r);
}

/* Rates: q1 1/4, q2 4/4, q3 3/4, q4 2/4, decision 4/4.
 * containment = q1 + decision = 5/8 (63%), detection = q3 + decision = 7/8 (88%),
 * restoration = q4 = 2/4 (50%), first_report = q2 = 100%.
 * Weakest: restoration (P04), containment (P02: q1 names it), detection (q3 names only the
 * phase, so every detection item of the 手順書: P01). */
static void test_weak_topics(const TrainTest *t)
{
    static const char *const rows[][5] = {
        {"2", "1;2", "1", "1", "1"},
        {"1", "1;2", "1", "1", "1"},
        {"1", "1;2", "1", "2", "1"},
        {"3", "1;2", "2", "", "1"},
    };
    Class c;
    class_init(&c, rows, 4);
    TrainReport *r = train_report_build(t, &c.answers, NULL, DAY);
    CHECK(r->n_phases == 4);
    CHECK(r->phases[0].phase == PHASE_DETECTION && r->phases[0].percent == 88);
    CHECK(r->phases[1].phase == PHASE_CONTAINMENT && r->phases[1].percent == 63);
    CHECK(r->phases[1].n_questions == 2 && r->phases[1].questions[1] == 4);
    CHECK(r->n_weak == 3);
    CHECK(r->weak[0].phase->phase == PHASE_RESTORATION);
    CHECK(r->weak[0].n_items == 1 && strcmp(r->weak[0].items[0]->id.s, "P04") == 0);
    CHECK(r->weak[1].phase->phase == PHASE_CONTAINMENT);
    CHECK(r->weak[1].n_missed == 1 && r->weak[1].missed[0] == 0);
    CHECK(r->weak[1].n_items == 1 && strcmp(r->weak[1].items[0]->id.s, "P02") == 0);
    CHECK(r->weak[2].phase->phase == PHASE_DETECTION);
    CHECK(r->weak[2].n_items == 1 && strcmp(r->weak[2].items[0]->id.s, "P01") == 0);
    /* all of them once, in 手順書 order */
    CHECK(r->n_reteach == 3 && strcmp(r->reteach[0]->id.s, "P01") == 0 &&
          strcmp(r->reteach[2]->id.s, "P04") == 0);
    train_report_free(r);
}

static void test_no_weak_topics(const TrainTest *t)
{
    static const char *const rows[][5] = {{"2", "1;2", "1", "1", "1"}};
    Class c;
    class_init(&c, rows, 1);
    TrainReport *r = train_report_build(t, &c.answers, NULL, DAY);
    CHECK(r->n_weak == 0 && r->n_reteach == 0 && r->n_completed == 1);
    train_report_free(r);
}

static void test_survey(const TrainTest *t)
{
    static const char *const rows[][5] = {{"2", "1;2", "1", "1", "1"}};
    Class c;
    class_init(&c, rows, 1);
    SurveyColumn cols[] = {{"満足度", true}, {"感想", false}};
    /* ratings 5 4 4 3 and a blank: mean 4.00; comments on rows 1 and 3 */
    int ratings[] = {5, 0, 4, 0, 4, 0, 3, 0, 0, 0};
    const char *texts[] = {NULL,         "良かった", NULL, NULL, NULL,
                           "もっと例を", NULL,       NULL, NULL, NULL};
    Survey s = {.path = "survey.csv",
                .columns = cols,
                .n_columns = 2,
                .n_rows = 5,
                .ratings = ratings,
                .texts = texts};
    TrainReport *r = train_report_build(t, &c.answers, &s, DAY);
    CHECK(r->n_ratings == 1 && r->n_comments == 1);
    CHECK(r->ratings[0].responses == 4 && r->ratings[0].blank == 1);
    CHECK(r->ratings[0].average_x100 == 400 && r->ratings[0].count[3] == 2);
    CHECK(r->comments[0].n == 2 && strcmp(r->comments[0].v[1], "もっと例を") == 0);
    train_report_free(r);
    /* 4.125 → 4.13 (half up); no responses → -1 */
    int half[] = {5, 4, 4, 4, 4, 4, 4, 4};
    SurveyColumn one[] = {{"理解度", true}};
    const char *none[8] = {0};
    Survey h = {.path = "s.csv",
                .columns = one,
                .n_columns = 1,
                .n_rows = 8,
                .ratings = half,
                .texts = none};
    r = train_report_build(t, &c.answers, &h, DAY);
    CHECK(r->ratings[0].average_x100 == 413);
    train_report_free(r);
    int blank[] = {0, 0};
    Survey b = {.path = "s.csv",
                .columns = one,
                .n_columns = 1,
                .n_rows = 2,
                .ratings = blank,
                .texts = none};
    r = train_report_build(t, &c.answers, &b, DAY);
    CHECK(r->ratings[0].average_x100 == -1 && r->ratings[0].blank == 2);
    train_report_free(r);
}

int main(void)
{
    Exercise ex = fixture_load("train/mini.yaml");
    TrainTest t;
    train_test_init(&t, ex.scenario, ex.procedure);
    test_build(&t);
    test_percent();
    test_all_correct_and_one_wrong(&t);
    test_multi_answer(&t);
    test_weak_topics(&t);
    test_no_weak_topics(&t);
    test_survey(&t);
    train_test_deinit(&t);
    exercise_free(&ex);
    return check_done();
}
