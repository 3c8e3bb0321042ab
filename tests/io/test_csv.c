/* CSV for Excel, both ways: csv_write's output starts with a BOM, ends every record with CRLF,
 * quotes only what needs it and guards formula-like cells; csv_read gives every cell back
 * exactly (line breaks, quotes, blanks, the guard undone by its reader) with the line and column
 * where it starts, skips blank lines, and reports a stray quote, an unclosed quote and text that
 * is not UTF-8 at their FILE:LINE:COL. */
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
    csv_end_row(&w); /* a blank line: skipped by the reader */
    csv_cell(&w, "second");
    csv_cell_long(&w, 42);
    csv_end_row(&w);
    CHECK(memcmp(b.s, "\xEF\xBB\xBF", 3) == 0);
    CHECK(b.len > 2 && strcmp(b.s + b.len - 2, "\r\n") == 0);
    CHECK(strstr(b.s, "\"'=SUM(A1)\"") == NULL && strstr(b.s, ",'=SUM(A1),") != NULL);
    CsvTable t;
    Diags d;
    diags_init(&d);
    CHECK(csv_read_table(&t, "t.csv", b.s, b.len, &d));
    CHECK(t.n_rows == 2);
    if (t.n_rows == 2 && t.rows[0].n == N_CELLS) {
        for (size_t i = 0; i < N_CELLS; i++) {
            const char *got = t.rows[0].cells[i].text;
            CHECK_STR(csv_guarded(got) ? got + 1 : got, CELLS[i]);
        }
        CHECK(t.rows[0].cells[0].pos.line == 1 && t.rows[0].cells[0].pos.col == 1);
        CHECK(t.rows[0].cells[1].pos.col == 7); /* after "plain," */
        /* the row after the cells with line breaks starts on line 6 (1, +1 two\nlines, +1 crlf,
         * +1 the final \n, +1 the blank line) */
        CHECK(t.rows[1].pos.line == 6 && t.rows[1].pos.col == 1);
        CHECK_STR(t.rows[1].cells[1].text, "42");
    } else {
        CHECK(!"rows read back");
    }
    CHECK(d.n_errors == 0);
    csv_table_deinit(&t);
    diags_deinit(&d);
    textbuf_deinit(&b);
}

static char *first_error(const char *data)
{
    CsvTable t;
    Diags d;
    diags_init(&d);
    bool ok = csv_read_table(&t, "bad.csv", data, strlen(data), &d);
    char *msg = !ok && d.n ? diag_format(&d.v[0]) : NULL;
    csv_table_deinit(&t);
    diags_deinit(&d);
    return msg;
}

static void test_errors(void)
{
    char *m = first_error("a,b\r\nc,d\"e\r\n");
    CHECK(m && strncmp(m, "bad.csv:2:4: error: cannot read the CSV here", 42) == 0);
    free(m);
    m = first_error("a,b\n\"never closed\n");
    CHECK(m && strncmp(m, "bad.csv:2:1: error: a quoted cell", 33) == 0);
    free(m);
    m = first_error("ok\n\x83\x65\x83\x58\x83\x67\n"); /* "テスト" in Shift_JIS */
    CHECK(m && strstr(m, "bad.csv:2:1: error: the file is not UTF-8") && strstr(m, "CSV UTF-8"));
    free(m);
    CHECK(first_error("a,\"b\"\"c\"\n") == NULL);
}

int main(void)
{
    test_round_trip();
    test_errors();
    return check_done();
}
