/* CSV for Excel, both ways: csv_write's output starts with a BOM, ends every record with CRLF,
 * quotes only what needs it and guards formula-like cells; csv_read gives every cell back
 * exactly (line breaks, quotes, blanks, the guard undone by its reader) at its spreadsheet row
 * and column — rows counted as a spreadsheet counts them, not as text lines — skips blank rows,
 * reads Shift_JIS (CP932, Excel's plain "CSV") as the same text as UTF-8, and reports a stray
 * quote, an unclosed quote, text in no known encoding and a file past a spreadsheet's limits as
 * `FILE: 7行目「見出し」: error: …`. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "csv_read.h"
#include "csv_write.h"

static const char *const CELLS[] = {
    "plain",
    "日本語のセル",
    "with,comma",
    "with \"quote\"",
    "two\nlines",
    "crlf\r\ninside",
    " leading",
    "trailing ",
    "=SUM(A1)",
    "+1",
    "-x",
    "@user",
    "'apostrophe",
    "\ttab",
    "",
    "末尾の改行\n",
};
enum { N_CELLS = sizeof CELLS / sizeof CELLS[0] };

static void test_round_trip(void)
{
    TextBuf b;
    textbuf_init(&b);
    CsvWriter w;
    csv_begin(&w, &b);
    for (size_t i = 0; i < N_CELLS; i++) {
        csv_cell(&w, CELLS[i]);
    }
    csv_end_row(&w);
    csv_end_row(&w); /* a blank line: skipped by the reader, but a row of the sheet */
    csv_cell(&w, "second");
    csv_cell_long(&w, 42);
    csv_end_row(&w);
    CHECK(memcmp(b.s, "\xEF\xBB\xBF", 3) == 0);
    CHECK(b.len > 2 && strcmp(b.s + b.len - 2, "\r\n") == 0);
    CHECK(strstr(b.s, "\"'=SUM(A1)\"") == NULL && strstr(b.s, ",'=SUM(A1),") != NULL);
    CsvTable t;
    Diags d;
    diags_init(&d);
    CHECK(csv_table_read(&t, "t.csv", b.s, b.len, &d));
    CHECK(t.n_rows == 2);
    if (t.n_rows == 2 && t.rows[0].n == N_CELLS) {
        for (size_t i = 0; i < N_CELLS; i++) {
            const char *got = t.rows[0].cells[i].text;
            CHECK_STR(csv_guarded(got) ? got + 1 : got, CELLS[i]);
        }
        CHECK(t.rows[0].pos.line == 1 && t.rows[0].pos.col == 0);
        CHECK(t.rows[0].cells[0].pos.line == 1 && t.rows[0].cells[0].pos.col == 1);
        CHECK(t.rows[0].cells[1].pos.line == 1 && t.rows[0].cells[1].pos.col == 2);
        CHECK(t.rows[0].cells[15].pos.line == 1 && t.rows[0].cells[15].pos.col == 16);
        /* the line breaks inside the first row's cells do not count: the blank line is row 2 */
        CHECK(t.rows[1].pos.line == 3 && t.rows[1].cells[1].pos.col == 2);
        CHECK_STR(t.rows[1].cells[1].text, "42");
    } else {
        CHECK(!"rows read back");
    }
    CHECK(d.n_errors == 0);
    csv_table_free(&t);
    diags_deinit(&d);
    textbuf_deinit(&b);
}

/* The first diagnostic of reading data, as printed (caller frees), or NULL when it reads. */
static char *first_error(const char *data, size_t len)
{
    CsvTable t;
    Diags d;
    diags_init(&d);
    bool ok = csv_table_read(&t, "bad.csv", data, len, &d);
    csv_table_place_diags(&t, &d, 0);
    char *msg = !ok && d.n ? diag_format(&d.v[0]) : NULL;
    CHECK(ok == (d.n_errors == 0));
    csv_table_free(&t);
    diags_deinit(&d);
    return msg;
}

#define ERR(s) first_error((s), sizeof(s) - 1)

static bool starts(char *m, const char *prefix)
{
    bool ok = m && strncmp(m, prefix, strlen(prefix)) == 0;
    if (!ok) {
        fprintf(stderr, "got:  %s\nwant: %s…\n", m ? m : "(no error)", prefix);
    }
    free(m);
    return ok;
}

static void test_errors(void)
{
    CHECK(
        starts(ERR("a,b\r\nc,d\"e\r\n"), "bad.csv: 2行目「b」: error: a quote (\") in the middle"));
    CHECK(starts(ERR("a,b\n\"never closed\n"),
                 "bad.csv: 2行目「a」: error: this quoted field never ends"));
    /* a quoted cell over three lines before the error: row 3, line 5 */
    CHECK(starts(ERR("名前,メモ\nx,\"一\n二\n三\"\ny,z\"\n"),
                 "bad.csv: 3行目「メモ」: error: a quote (\") in the middle"));
    /* no heading for the column: its letter */
    CHECK(starts(ERR("a\nb,c,d\"\n"), "bad.csv: 2行目 C列: error: a quote"));
    CHECK(starts(ERR("\xFF\xFEn\0a\0"), "bad.csv: 1行目: error: this file is UTF-16"));
    /* neither UTF-8 nor CP932 (0x80 alone is not CP932), after a blank row: row 3 */
    CHECK(starts(ERR("ok\n\nab\x80\n"), "bad.csv: 3行目: error: the text here is neither UTF-8 "
                                        "nor Shift_JIS"));
    /* a BOM says UTF-8: Shift_JIS bytes after it are an error, not a second guess */
    CHECK(starts(ERR("\xEF\xBB\xBFok\n\x83\x65\x83\x58\x83\x67\n"), "bad.csv: 2行目: error: the "
                                                                    "text here is neither"));
    CHECK(starts(ERR("a\nb\0c\n"), "bad.csv: 2行目: error: the file contains a NUL byte"));
    CHECK(ERR("a,\"b\"\"c\"\n") == NULL);
    CHECK(ERR("") == NULL);
}

static void test_limits(void)
{
    size_t n = CSV_MAX_CELLS + 1;
    char *row = malloc(n + 2);
    memset(row, ',', n);
    memcpy(row + n, "\n", 2); /* CSV_MAX_CELLS + 2 empty cells */
    CHECK(starts(first_error(row, n + 1), "bad.csv: 1行目 XFE列: error: this row has more cells"));
    row[n - 2] = '\n'; /* CSV_MAX_CELLS cells: at the limit */
    CHECK(first_error(row, n - 1) == NULL);
    free(row);
    size_t len = strlen("a\n") + CSV_MAX_CELL_CHARS + 1;
    char *big = malloc(len + 1);
    memcpy(big, "a\n", 2);
    memset(big + 2, 'x', len - 2);
    big[len] = '\0';
    CHECK(starts(first_error(big, len), "bad.csv: 2行目「a」: error: this cell holds more than"));
    CHECK(first_error(big, len - 1) == NULL);
    free(big);
    /* rows: blank lines count, and are cheap */
    size_t rows = CSV_MAX_ROWS;
    char *tall = malloc(rows + 8);
    memset(tall, '\n', rows);
    memcpy(tall + rows, "a\n", 3);
    CHECK(starts(first_error(tall, rows + 2), "bad.csv: 1048577行目: error: this file has more "
                                              "rows"));
    CHECK(first_error(tall + 1, rows + 1) == NULL);
    free(tall);
}

/* The same table from UTF-8, UTF-8 with a BOM and CP932 (as `iconv -t CP932` writes it). */
static void test_encodings(void)
{
    /* 氏名,所属\r\n山田 太郎,"営業部, 第一課"\r\n①～ｱ,髙\r\n */
    static const char utf8[] = "氏名,所属\r\n山田 太郎,\"営業部, 第一課\"\r\n①～ｱ,髙\r\n";
    static const char cp932[] = "\x8e\x81\x96\xbc,\x8f\x8a\x91\xae\r\n"
                                "\x8eR\x93\x63 \x91\xbe\x98Y,\"\x89\x63\x8b\xc6\x95\x94, "
                                "\x91\xe6\x88\xea\x89\xdb\"\r\n"
                                "\x87\x40\x81\x60\xb1,\xfb\xfc\r\n";
    CsvTable a, b, c;
    Diags d;
    diags_init(&d);
    CHECK(csv_table_read(&a, "u.csv", utf8, sizeof utf8 - 1, &d));
    CHECK(csv_table_read(&b, "s.csv", cp932, sizeof cp932 - 1, &d));
    char bom[sizeof utf8 + 3] = "\xEF\xBB\xBF";
    memcpy(bom + 3, utf8, sizeof utf8);
    CHECK(csv_table_read(&c, "b.csv", bom, sizeof bom - 1, &d));
    CHECK(d.n == 0 && a.n_rows == 3 && b.n_rows == 3 && c.n_rows == 3);
    for (size_t r = 0; r < 3 && a.n_rows == 3 && b.n_rows == 3 && c.n_rows == 3; r++) {
        CHECK(a.rows[r].n == 2 && b.rows[r].n == 2 && c.rows[r].n == 2);
        for (size_t i = 0; i < 2 && a.rows[r].n == 2 && b.rows[r].n == 2 && c.rows[r].n == 2; i++) {
            CHECK_STR(b.rows[r].cells[i].text, a.rows[r].cells[i].text);
            CHECK_STR(c.rows[r].cells[i].text, a.rows[r].cells[i].text);
        }
    }
    csv_table_free(&a);
    csv_table_free(&b);
    csv_table_free(&c);
    diags_deinit(&d);
}

static void test_places(void)
{
    CsvTable t;
    Diags d;
    diags_init(&d);
    /* blank lines and a row of empty cells count as rows; the multi-line cell is one row */
    const char csv[] = "\n 名前 ,フェーズ,\n\n,,\n\"a\nb\",detect\n\"x\",y,z\n";
    CHECK(csv_table_read(&t, "p.csv", csv, sizeof csv - 1, &d) && t.n_rows == 3);
    char buf[CSV_PLACE_SIZE];
    CHECK(t.rows[0].pos.line == 2 && t.rows[1].pos.line == 5 && t.rows[2].pos.line == 6);
    CHECK_STR(csv_place(&t, t.rows[1].cells[1].pos, buf, sizeof buf), "5行目「フェーズ」");
    CHECK_STR(csv_place(&t, t.rows[2].cells[0].pos, buf, sizeof buf), "6行目「名前」");
    CHECK_STR(csv_place(&t, t.rows[2].cells[2].pos, buf, sizeof buf), "6行目 C列");
    CHECK_STR(csv_place(&t, csv_row_cell(&t.rows[1], 27).pos, buf, sizeof buf), "5行目 AB列");
    CHECK_STR(csv_place(&t, t.rows[1].pos, buf, sizeof buf), "5行目");
    /* a blank row is under the same headings; before the first row there are none */
    CHECK_STR(csv_place(&t, (SrcPos){4, 2}, buf, sizeof buf), "4行目「フェーズ」");
    CHECK_STR(csv_place(&t, (SrcPos){1, 2}, buf, sizeof buf), "1行目 B列");
    CHECK_STR(csv_place(&t, (SrcPos){0, 0}, buf, sizeof buf), "");
    t.rows[2].heading = CSV_NO_HEADING;
    CHECK_STR(csv_place(&t, t.rows[2].cells[1].pos, buf, sizeof buf), "6行目 B列");
    /* diagnostics of this file get their place; another file's and unknown positions do not */
    diags_error(&d, "p.csv", t.rows[1].cells[1].pos, "bad phase");
    diags_warning(&d, "other.yaml", (SrcPos){3, 4}, "elsewhere");
    diags_error(&d, "p.csv", (SrcPos){0, 0}, "cannot read");
    csv_table_place_diags(&t, &d, 0);
    char *m[3] = {diag_format(&d.v[0]), diag_format(&d.v[1]), diag_format(&d.v[2])};
    CHECK_STR(m[0], "p.csv: 5行目「フェーズ」: error: bad phase");
    CHECK_STR(m[1], "other.yaml:3:4: warning: elsewhere");
    CHECK_STR(m[2], "p.csv:1:1: error: cannot read");
    for (int i = 0; i < 3; i++) {
        free(m[i]);
    }
    /* the place moves with the diagnostic */
    Diags e;
    diags_init(&e);
    diags_take(&e, &d);
    char *moved = diag_format(&e.v[0]);
    CHECK_STR(moved, "p.csv: 5行目「フェーズ」: error: bad phase");
    free(moved);
    diags_deinit(&e);
    csv_table_free(&t);
    diags_deinit(&d);
    char lf[] = "a\r\nb\rc\n";
    CHECK_STR(csv_lf(lf), "a\nb\nc\n");
}

int main(void)
{
    test_round_trip();
    test_errors();
    test_limits();
    test_encodings();
    test_places();
    return check_done();
}
