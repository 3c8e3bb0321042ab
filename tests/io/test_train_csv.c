/* Reading the trainer's CSV files (csv_table.c, train_answers_csv.c, train_survey_csv.c) from
 * bytes as spreadsheets write them: the values that come out, the positions that problems are
 * reported at, and that nothing is returned when any row is bad. The exact wording of every
 * message is checked end to end by tests/train/run.sh on the corpus in tests/train/csv. */
#include <unistd.h>

#include "check.h"
#include "csv_table.h"
#include "fixture.h"
#include "train_csv.h"

static TrainTest test;
static char path[64];

static const char *write_csv(const char *bytes, size_t len)
{
    snprintf(path, sizeof path, "/tmp/ttx-train-csv-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0 || write(fd, bytes, len) != (ssize_t)len) {
        perror("write_csv");
        exit(2);
    }
    close(fd);
    return path;
}

#define CSV(s) write_csv((s), sizeof(s) - 1)

/* The diagnostics as "LINE:COL: severity" lines, one per diagnostic, without the path. */
static char *where(Diags *d)
{
    static char buf[512];
    size_t n = 0;
    diags_sort(d);
    buf[0] = '\0';
    for (size_t i = 0; i < d->n && n < sizeof buf - 64; i++) {
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%d:%d %s", i ? " " : "", d->v[i].pos.line,
                              d->v[i].pos.col, d->v[i].severity == DIAG_ERROR ? "E" : "W");
    }
    return buf;
}

static LoadStatus answers(const char *file, TrainAnswers *a, char **diag_out)
{
    Diags d;
    diags_init(&d);
    LoadStatus st = train_answers_load(file, &test, a, &d);
    *diag_out = where(&d);
    diags_deinit(&d);
    unlink(file);
    return st;
}

static void test_excel_bytes(void)
{
    TrainAnswers a;
    char *w;
    /* BOM, CRLF, a quoted comma in 所属 and in an answer, a quoted line break in the name, a
     * blank line and a row of empty cells (spreadsheets write those), no final line break */
    LoadStatus st = answers(CSV("\xEF\xBB\xBF氏名,所属,問1,問2,問3,問4,問5\r\n"
                                "山田 太郎,\"営業部, 第一課\",2,\"1,2\",1,1,1\r\n"
                                "\r\n"
                                ",,,,,,\r\n"
                                "\"佐藤\r\n花子\",,２,1;2,1,1,1"),
                            &a, &w);
    CHECK(st == LOAD_OK);
    CHECK_STR(w, "");
    CHECK(a.n == 2);
    CHECK_STR(a.v[0].department, "営業部, 第一課");
    CHECK(a.v[0].answers[1] == 3u && a.v[0].pos.line == 2);
    CHECK_STR(a.v[1].name, "佐藤\n花子");
    CHECK(a.v[1].department == NULL && a.v[1].pos.line == 5 && a.v[1].answers[0] == 2u);
    train_answers_free(&a);
}

static void test_positions(void)
{
    TrainAnswers a;
    char *w;
    /* the bad cell is on the second physical line of its row, after a quoted line break */
    LoadStatus st = answers(CSV("name,q1,q2,q3,q4,detect-1,メモ\n"
                                "\"a\nb\",9,1;2,1,1,1,x\n"
                                "c,2,1;2,1,,1,\n"),
                            &a, &w);
    CHECK(st == LOAD_INVALID && a.n == 0 && a.v == NULL);
    CHECK_STR(w, "1:27 W 3:4 E 4:11 W");
    st = answers(CSV("氏名,問1,問2,問3,問4,問5\nx,1,1,1\n"), &a, &w);
    CHECK(st == LOAD_INVALID);
    CHECK_STR(w, "2:1 E");
    /* text beyond the last column is an error; empty cells there are not */
    st = answers(CSV("氏名,問1,問2,問3,問4,問5\nx,2,1;2,1,1,1,,\ny,2,1;2,1,1,1,,z\n"), &a, &w);
    CHECK(st == LOAD_INVALID);
    CHECK_STR(w, "3:16 E");
}

static void test_heading(void)
{
    TrainAnswers a;
    char *w;
    CHECK(answers(CSV("所属,問1,問2,問3,問4\nx,1,1,1,1\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1:1 E 1:1 E"); /* no name column; no column for question 5 */
    CHECK(answers(CSV("氏名,問1,q1,問2,問3,問4,問5\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1:7 E"); /* question 1 twice */
    CHECK(answers(CSV("氏名,問1,問2,問3,問4,問5\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1:1 E"); /* no participants */
    CHECK(answers(CSV(""), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1:1 E");
    CHECK(answers(CSV("氏名,問1,問2,問3,問4,問5,,備考\nx,2,1;2,1,1,1,note,\n"), &a, &w) == LOAD_OK);
    CHECK_STR(w, "1:20 W 2:15 W"); /* 備考 unknown; the unheaded column holds text */
    train_answers_free(&a);
}

static void test_rows(void)
{
    TrainAnswers a;
    char *w;
    CHECK(answers(CSV("氏名,所属,問1,問2,問3,問4,問5\n"
                      "x,A,2,1;2,1,1,1\n"
                      ",A,2,1;2,1,1,1\n"
                      "x,A,2,1;2,1,1,1\n"
                      "x,B,2,a,1,1,1\n"),
                  &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "3:1 E 4:1 E 5:7 E"); /* no name; x (A) twice; 'a' is not a number */
}

static void test_encodings(void)
{
    TrainAnswers a;
    char *w;
    /* "氏名" in Shift_JIS, as Excel's plain CSV writes it */
    CHECK(answers(CSV("name\n\x8e\x81\x96\xbc\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "2:1 E");
    CHECK(answers(CSV("\xFF\xFEn\0a\0"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1:1 E");
    CHECK(answers(CSV("name,q1\n\"x,1\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "2:1 E"); /* the quote never closes */
    CHECK(answers(CSV("name,q1\nx\"y,1\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "2:2 E"); /* a quote inside an unquoted field */
    Diags d;
    diags_init(&d);
    CHECK(train_answers_load("/nonexistent/answers.csv", &test, &a, &d) == LOAD_UNREADABLE);
    CHECK(d.n_errors == 1);
    diags_deinit(&d);
}

static void test_table_positions(void)
{
    CsvTable t;
    Diags d;
    diags_init(&d);
    const char *file = CSV("a, b ,\"c\"\"d\"\r\n\r\n  x,,\"y\nz\",w\n");
    CHECK(csv_table_load(file, &t, &d) == LOAD_OK && d.n == 0);
    CHECK(t.n_rows == 2 && t.rows[0].n == 3 && t.rows[1].n == 4);
    CHECK_STR(t.rows[0].cells[1].text, "b");
    CHECK_STR(t.rows[0].cells[2].text, "c\"d");
    CHECK(t.rows[0].cells[2].pos.line == 1 && t.rows[0].cells[2].pos.col == 7);
    CHECK(t.rows[1].pos.line == 3 && t.rows[1].pos.col == 3);
    CHECK(t.rows[1].cells[1].pos.col == 5 && t.rows[1].cells[2].pos.col == 6);
    CHECK(t.rows[1].cells[3].pos.line == 4 && t.rows[1].cells[3].pos.col == 4);
    csv_table_free(&t);
    diags_deinit(&d);
    unlink(file);
}

static void test_survey(void)
{
    Survey s;
    Diags d;
    diags_init(&d);
    const char *file = CSV("\xEF\xBB\xBF氏名,満足度（1～5）,理解度 [1-5],感想,\r\n"
                           "x,5,,\"よい,\r\nとても\",\r\n"
                           "y,３,2,,\r\n");
    CHECK(train_survey_load(file, &s, &d) == LOAD_OK && d.n == 0);
    CHECK(s.n_columns == 3 && s.n_rows == 2);
    CHECK_STR(s.columns[0].label, "満足度");
    CHECK_STR(s.columns[1].label, "理解度");
    CHECK(s.columns[0].likert && s.columns[1].likert && !s.columns[2].likert);
    CHECK(s.ratings[0] == 5 && s.ratings[1] == 0 && s.ratings[3] == 3 && s.ratings[4] == 2);
    CHECK_STR(s.texts[2], "よい,\nとても");
    CHECK(s.texts[5] == NULL);
    train_survey_free(&s);
    unlink(file);
    file = CSV("満足度(1-5),感想\n6,x\n,\n");
    CHECK(train_survey_load(file, &s, &d) == LOAD_INVALID && s.n_rows == 0);
    CHECK_STR(where(&d), "2:1 E");
    unlink(file);
    diags_deinit(&d);
}

int main(void)
{
    Exercise ex = fixture_load("train/mini.yaml");
    train_test_init(&test, ex.scenario, ex.procedure);
    test_excel_bytes();
    test_positions();
    test_heading();
    test_rows();
    test_encodings();
    test_table_positions();
    test_survey();
    train_test_deinit(&test);
    exercise_free(&ex);
    return check_done();
}
