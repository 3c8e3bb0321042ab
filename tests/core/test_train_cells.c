/* Headings and cells of the trainer's spreadsheets (train_cells.h): what counts as the name, 所属
 * and question columns, option numbers as people type them (fullwidth, 、 ・ ; , separators),
 * 1–5 rating headings and cells. Questions of train/mini.yaml: q1–q4, then detect-1. */
#include "check.h"
#include "fixture.h"
#include "train_cells.h"

static TrainTest test;

static long column(const char *heading)
{
    size_t q = 99;
    TrainColumn k = train_column(&test, heading, &q);
    return k == TRAIN_COLUMN_QUESTION ? (long)q : -(long)k - 1;
}

static void test_columns(void)
{
    CHECK(column("氏名") == -(TRAIN_COLUMN_NAME + 1));
    CHECK(column(" Name ") == -(TRAIN_COLUMN_NAME + 1));
    CHECK(column("名前") == -(TRAIN_COLUMN_NAME + 1));
    CHECK(column("所属") == -(TRAIN_COLUMN_DEPARTMENT + 1));
    CHECK(column("DEPARTMENT") == -(TRAIN_COLUMN_DEPARTMENT + 1));
    CHECK(column("問1") == 0);
    CHECK(column("問５") == 4); /* fullwidth digit */
    CHECK(column("Q2") == 1);
    CHECK(column("3") == 2);
    CHECK(column("q4") == 3);
    CHECK(column("detect-1") == 4); /* a decision by its inject id */
    CHECK(column("問6") == -(TRAIN_COLUMN_UNKNOWN + 1));
    CHECK(column("q0") == -(TRAIN_COLUMN_UNKNOWN + 1));
    CHECK(column("メモ") == -(TRAIN_COLUMN_UNKNOWN + 1));
    CHECK(column("") == -(TRAIN_COLUMN_UNKNOWN + 1));
    /* An id wins over a number: swap the ids of questions 1 and 2. */
    const char *id0 = test.questions[0].id, *id1 = test.questions[1].id;
    test.questions[0].id = "q2";
    test.questions[1].id = "q1";
    CHECK(column("q1") == 1 && column("問1") == 0);
    /* An id shared by two questions is ambiguous; its number still works. */
    test.questions[1].id = "q2";
    CHECK(column("q2") == -(TRAIN_COLUMN_AMBIGUOUS + 1) && column("問2") == 1);
    test.questions[0].id = id0;
    test.questions[1].id = id1;
}

static TrainCell parse(const char *cell, size_t n, TrainChoice *c, char *token)
{
    return train_parse_choice(cell, n, c, token, 16);
}

static void test_choices(void)
{
    TrainChoice c;
    char token[16];
    CHECK(parse("2", 3, &c, token) == TRAIN_CELL_OK && c == 2u);
    CHECK(parse(" 1;3 ", 3, &c, token) == TRAIN_CELL_OK && c == 5u);
    CHECK(parse("3,1", 3, &c, token) == TRAIN_CELL_OK && c == 5u);
    CHECK(parse("１、３", 3, &c, token) == TRAIN_CELL_OK && c == 5u);
    CHECK(parse("1・2・3", 3, &c, token) == TRAIN_CELL_OK && c == 7u);
    CHECK(parse("1 / 2", 3, &c, token) == TRAIN_CELL_OK && c == 3u);
    CHECK(parse("1;1", 3, &c, token) == TRAIN_CELL_OK && c == 1u);
    CHECK(parse("9", 9, &c, token) == TRAIN_CELL_OK && c == 256u);
    CHECK(parse("", 3, &c, token) == TRAIN_CELL_EMPTY && c == 0);
    CHECK(parse("　", 3, &c, token) == TRAIN_CELL_EMPTY); /* an ideographic space */
    CHECK(parse(" ; ", 3, &c, token) == TRAIN_CELL_EMPTY);
    CHECK(parse("4", 3, &c, token) == TRAIN_CELL_OUT_OF_RANGE);
    CHECK_STR(token, "4");
    CHECK(parse("1;0", 3, &c, token) == TRAIN_CELL_OUT_OF_RANGE);
    CHECK_STR(token, "0");
    CHECK(parse("1;12345", 3, &c, token) == TRAIN_CELL_NOT_NUMBER);
    CHECK_STR(token, "12345");
    CHECK(parse("2番", 3, &c, token) == TRAIN_CELL_NOT_NUMBER);
    CHECK_STR(token, "2番");
    CHECK(parse("a", 3, &c, token) == TRAIN_CELL_NOT_NUMBER);
    CHECK(parse("1.5", 3, &c, token) == TRAIN_CELL_NOT_NUMBER);
}

static bool likert(const char *heading, const char *label)
{
    size_t n = 0;
    if (!train_likert_heading(heading, &n)) {
        return label == NULL;
    }
    return label && strlen(label) == n && strncmp(heading, label, n) == 0;
}

static void test_likert(void)
{
    CHECK(likert("満足度(1-5)", "満足度"));
    CHECK(likert("満足度 (1 - 5)", "満足度"));
    CHECK(likert("満足度（1～5）", "満足度"));
    CHECK(likert("満足度　（１－５）", "満足度"));
    CHECK(likert("理解度[1-5]", "理解度"));
    CHECK(likert("(1-5)", ""));
    CHECK(likert("満足度", NULL));
    CHECK(likert("満足度(1-4)", NULL));
    CHECK(likert("よかった点(自由記述)", NULL));
    CHECK(train_parse_likert("5") == 5 && train_parse_likert(" ３ ") == 3);
    CHECK(train_parse_likert("") == 0 && train_parse_likert("　") == 0);
    CHECK(train_parse_likert("6") == -1 && train_parse_likert("0") == -1);
    CHECK(train_parse_likert("45") == -1 && train_parse_likert("良い") == -1);
}

static void test_fold(void)
{
    char *s = train_fold("　ＡＢｃ１２３（～〜）　");
    CHECK_STR(s, "ABc123(~~)");
    free(s);
    s = train_fold("氏名");
    CHECK_STR(s, "氏名");
    free(s);
}

int main(void)
{
    Exercise ex = fixture_load("train/mini.yaml");
    train_test_init(&test, ex.scenario, ex.procedure);
    test_columns();
    test_choices();
    test_likert();
    test_fold();
    train_test_deinit(&test);
    exercise_free(&ex);
    return check_done();
}
