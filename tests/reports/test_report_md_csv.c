/* The Markdown and CSV sheets on the hand-built sheets of the report tests (empty, full,
 * hostile): byte-stable; Markdown without control characters, with every table row as wide as
 * its header however many '|' the text holds, and file text that can never start a heading or a
 * list; CSV with a BOM, CRLF after every record and only there (a line break inside a quoted cell
 * stays LF), readable back into the documented blocks with 8 review rows of 9 cells, and no cell
 * that Excel would run as a formula. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "check.h"
#include "csv_read.h"
#include "csv_write.h"
#include "report_csv.h"
#include "report_fixture.h"
#include "report_md.h"

/* '|' that are not escaped as "\|". */
static size_t pipes(const char *line, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (line[i] == '\\') {
            i++;
        } else if (line[i] == '|') {
            count++;
        }
    }
    return count;
}

static void check_md(const char *md, const char *name)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)md;
    bool clean = true;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        clean &= n > 0 && !((cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) ||
                            (cp >= 0x202A && cp <= 0x202E) || cp == 0xFEFF);
        p += n > 0 ? n : 1;
    }
    CHECK(clean);
    /* tables: every row has as many cells as the header above it */
    size_t header = 0;
    bool tables_ok = true, starts_ok = true;
    for (const char *line = md; *line;) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        if (n > 0 && line[0] == '|') {
            size_t k = pipes(line, n);
            header = header ? header : k;
            tables_ok &= k == header;
        } else {
            header = 0;
        }
        /* only the report's own headings and bullets start lines */
        starts_ok &= !(n > 0 && line[0] == '#' && strncmp(line, "# イ", 4) != 0 &&
                       strncmp(line, "## ", 3) != 0 && strncmp(line, "### ", 4) != 0);
        line += n + (end != NULL);
    }
    CHECK(tables_ok && starts_ok);
    if (!tables_ok || !starts_ok || !clean) {
        fprintf(stderr, "%s:\n%s\n", name, md);
    }
}

/* CRLF ends every record, and a lone LF appears only inside quotes. */
static bool crlf_records(const char *csv)
{
    bool quoted = false;
    for (const char *p = csv; *p; p++) {
        if (*p == '"') {
            quoted = !quoted;
        } else if (!quoted && *p == '\n' && (p == csv || p[-1] != '\r')) {
            return false;
        } else if (!quoted && *p == '\r' && p[1] != '\n') {
            return false;
        }
    }
    return !quoted && strlen(csv) >= 2 && strcmp(csv + strlen(csv) - 2, "\r\n") == 0;
}

static void check_csv(const char *csv, const Sheet *sh, const char *name)
{
    CHECK(strncmp(csv, "\xEF\xBB\xBF", 3) == 0);
    CHECK(crlf_records(csv));
    CsvTable t;
    Diags d;
    diags_init(&d);
    CHECK(csv_table_read(&t, name, csv, strlen(csv), &d));
    size_t review_rows = 0, blocks = 0, findings = 0, actions = 0;
    const char *block = "";
    bool formula = false;
    for (size_t i = 0; i < t.n_rows; i++) {
        const CsvRow *r = &t.rows[i];
        if (r->n == 1 && strncmp(r->cells[0].text, "【", 3) == 0) {
            block = r->cells[0].text;
            blocks++;
            i++; /* the column names */
            continue;
        }
        review_rows += strcmp(block, "【レビュー項目】") == 0 && r->n == 9;
        findings += strcmp(block, "【課題点および改善点】") == 0;
        actions += strcmp(block, "【次回演習に向けたアクションアイテム】") == 0;
        for (size_t c = 0; c < r->n; c++) {
            formula |= strchr("=+-@", r->cells[c].text[0]) && r->cells[c].text[0];
        }
    }
    CHECK(blocks == 9 && review_rows == REVIEW_COUNT);
    CHECK(findings == sh->n_findings && actions == sh->n_actions);
    CHECK(!formula);
    csv_table_free(&t);
    diags_deinit(&d);
}

int main(void)
{
    for (int i = 0; i < FIXTURE_COUNT; i++) {
        Fixture f;
        fixture_init(&f, i);
        char *md = report_md(&f.sh), *md2 = report_md(&f.sh);
        char *csv = report_csv(&f.sh), *csv2 = report_csv(&f.sh);
        CHECK_STR(md, md2);
        CHECK_STR(csv, csv2);
        check_md(md, f.name);
        check_csv(csv, &f.sh, f.name);
        CHECK(strstr(md, "# インシデント対応机上演習実施後レビュー項目\n") == md);
        CHECK(strstr(md, "\n## インシデント対応時に整理しておくべき事項\n") != NULL);
        free(md);
        free(md2);
        free(csv);
        free(csv2);
        fixture_free(&f);
    }
    return check_done();
}
