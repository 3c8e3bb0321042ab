/* Reading the trainer's CSV files (csv_read.c, train_csv_answers.c, train_csv_survey.c) from
 * bytes as spreadsheets write them — UTF-8 with or without a BOM, or Shift_JIS — the values that
 * come out, the cells that problems are reported at (row number and column heading), and that
 * nothing is returned when any row is bad. The exact wording of every message is checked end to
 * end by tests/train/run.sh on the corpus in tests/train/csv. */
#include <unistd.h>

#include "check.h"
#include "csv_read.h"
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

/* The diagnostics as "PLACE severity" (E or W), one per diagnostic, without the path: the place
 * as printed, "2行目「問1」", or LINE:COL for a diagnostic without one. */
static char *where(Diags *d)
{
    static char buf[1024];
    size_t n = 0;
    diags_sort(d);
    buf[0] = '\0';
    for (size_t i = 0; i < d->n && n < sizeof buf - 128; i++) {
        const Diag *g = &d->v[i];
        char at[32];
        snprintf(at, sizeof at, "%d:%d", g->pos.line, g->pos.col);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s %s", i ? " " : "",
                              g->place ? g->place : at, g->severity == DIAG_ERROR ? "E" : "W");
    }
    return buf;
}

/* The messages, without path and place, one per line. */
static char messages[1024];

static LoadStatus answers(const char *file, TrainAnswers *a, char **diag_out)
{
    Diags d;
    diags_init(&d);
    LoadStatus st = train_answers_load(file, &test, a, &d);
    *diag_out = where(&d);
    messages[0] = '\0';
    for (size_t i = 0, n = 0; i < d.n && n < sizeof messages - 256; i++) {
        n += (size_t)snprintf(messages + n, sizeof messages - n, "%s\n", d.v[i].message);
    }
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
    /* rows, not lines: the quoted line break in row 2 makes row 3 the file's fourth line */
    LoadStatus st = answers(CSV("name,q1,q2,q3,q4,detect-1,メモ\n"
                                "\"a\nb\",9,1;2,1,1,1,x\n"
                                "c,2,1;2,1,,1,\n"),
                            &a, &w);
    CHECK(st == LOAD_INVALID && a.n == 0 && a.v == NULL);
    CHECK_STR(w, "1行目「メモ」 W 2行目「q1」 E 3行目「q4」 W");
    st = answers(CSV("氏名,問1,問2,問3,問4,問5\nx,1,1,1\n"), &a, &w);
    CHECK(st == LOAD_INVALID);
    CHECK_STR(w, "2行目 E");
    /* text beyond the last column is an error; empty cells there are not */
    st = answers(CSV("氏名,問1,問2,問3,問4,問5\nx,2,1;2,1,1,1,,\ny,2,1;2,1,1,1,,z\n"), &a, &w);
    CHECK(st == LOAD_INVALID);
    CHECK_STR(w, "3行目 H列 E");
}

static void test_heading(void)
{
    TrainAnswers a;
    char *w;
    CHECK(answers(CSV("所属,問1,問2,問3,問4\nx,1,1,1,1\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1行目 E 1行目 E"); /* no name column; no column for question 5 */
    CHECK(answers(CSV("氏名,問1,q1,問2,問3,問4,問5\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1行目「q1」 E"); /* question 1 twice */
    CHECK(strstr(messages, "it already has the column at 1行目「問1」") != NULL);
    CHECK(answers(CSV("氏名,名前,問1,問2,問3,問4,問5\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1行目「名前」 E");
    CHECK(strstr(messages, "the one at 1行目「氏名」 is used") != NULL);
    CHECK(answers(CSV("氏名,問1,問2,問3,問4,問5\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1行目 E"); /* no participants */
    CHECK(answers(CSV(""), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1行目 E");
    CHECK(answers(CSV("氏名,問1,問2,問3,問4,問5,,備考\nx,2,1;2,1,1,1,note,\n"), &a, &w) == LOAD_OK);
    CHECK_STR(w, "1行目「備考」 W 2行目 G列 W"); /* 備考 unknown; the unheaded column has text */
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
    CHECK_STR(w, "3行目「氏名」 E 4行目「氏名」 E 5行目「問2」 E"); /* no name; x (A) twice; 'a' */
    CHECK(strstr(messages, "'x' (A) is already on 2行目;") != NULL);
}

/* Each participant as "name|department|answers", one per line. */
static char *participants(const TrainAnswers *a)
{
    static char buf[1024];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < a->n && n < sizeof buf - 256; i++) {
        const TrainParticipant *p = &a->v[i];
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s|%s|%d|", p->name,
                              p->department ? p->department : "-", p->pos.line);
        for (size_t q = 0; q < test.n_questions; q++) {
            char c[32];
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s ",
                                  train_choice_format(p->answers[q], c, sizeof c));
        }
        n += (size_t)snprintf(buf + n, sizeof buf - n, "\n");
    }
    return buf;
}

static void test_encodings(void)
{
    TrainAnswers a;
    char *w;
    char utf8[1024];
    /* the same class as UTF-8, UTF-8 with a BOM and Shift_JIS (iconv -f UTF-8 -t CP932) */
    CHECK(answers(CSV("氏名,所属,問1,問2,問3,問4,問5\r\n"
                      "山田 太郎,\"営業部, 第一課\",2,\"1,2\",1,1,1\r\n"
                      "髙橋 ①,総務課～,1,1;2,1,,1\r\n"),
                  &a, &w) == LOAD_OK);
    CHECK_STR(w, "3行目「問4」 W");
    snprintf(utf8, sizeof utf8, "%s", participants(&a));
    CHECK_STR(utf8, "山田 太郎|営業部, 第一課|2|2 1;2 1 1 1 \n髙橋 ①|総務課～|3|1 1;2 1  1 \n");
    train_answers_free(&a);
    CHECK(answers(CSV("\xEF\xBB\xBF氏名,所属,問1,問2,問3,問4,問5\r\n"
                      "山田 太郎,\"営業部, 第一課\",2,\"1,2\",1,1,1\r\n"
                      "髙橋 ①,総務課～,1,1;2,1,,1\r\n"),
                  &a, &w) == LOAD_OK);
    CHECK_STR(w, "3行目「問4」 W");
    CHECK_STR(participants(&a), utf8);
    train_answers_free(&a);
    CHECK(answers(CSV("\x8e\x81\x96\xbc,\x8f\x8a\x91\xae,\x96\xe2\x31,\x96\xe2\x32,\x96\xe2\x33,"
                      "\x96\xe2\x34,\x96\xe2\x35\r\n"
                      "\x8eR\x93\x63 \x91\xbe\x98Y,\"\x89\x63\x8b\xc6\x95\x94, "
                      "\x91\xe6\x88\xea\x89\xdb\",2,\"1,2\",1,1,1\r\n"
                      "\xfb\xfc\x8b\xb4 \x87\x40,\x91\x8d\x96\xb1\x89\xdb\x81\x60,1,1;2,1,,1\r\n"),
                  &a, &w) == LOAD_OK);
    CHECK_STR(w, "3行目「問4」 W");
    CHECK_STR(participants(&a), utf8);
    train_answers_free(&a);
    /* neither UTF-8 nor Shift_JIS: the row is named */
    CHECK(answers(CSV("name\nx\n\"a\nb\"\n\x80\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "4行目 E");
    CHECK(answers(CSV("\xFF\xFEn\0a\0"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "1行目 E");
    CHECK(answers(CSV("name,q1\n\"x,1\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "2行目「name」 E"); /* the quote never closes */
    CHECK(answers(CSV("name,q1\nx\"y,1\n"), &a, &w) == LOAD_INVALID);
    CHECK_STR(w, "2行目「name」 E"); /* a quote inside an unquoted field */
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
    const char *file = CSV("a, b ,\"c\"\"d\"\r\n\r\n  x,,\"y\nz\",w\nlast\n");
    CHECK(csv_table_load(file, &t, &d) == LOAD_OK && d.n == 0);
    CHECK(t.n_rows == 3 && t.rows[0].n == 3 && t.rows[1].n == 4);
    CHECK_STR(t.rows[0].cells[1].text, "b");
    CHECK_STR(t.rows[0].cells[2].text, "c\"d");
    CHECK(t.rows[0].cells[2].pos.line == 1 && t.rows[0].cells[2].pos.col == 3);
    CHECK(t.rows[1].pos.line == 3 && t.rows[1].pos.col == 0);
    CHECK(t.rows[1].cells[1].pos.col == 2 && t.rows[1].cells[2].pos.col == 3);
    CHECK(t.rows[1].cells[3].pos.line == 3 && t.rows[1].cells[3].pos.col == 4);
    CHECK(t.rows[2].pos.line == 4); /* its line is 5 */
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
    CHECK_STR(where(&d), "2行目「満足度(1-5)」 E");
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
