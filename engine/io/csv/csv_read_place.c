/* Cells in messages (csv_read.h): where a cell is, as a spreadsheet user finds it — by its row
 * number and the heading of its column, or the column's letter when it has no heading — and how
 * its text is shown; and line breaks as LF for the readers that keep text. Every reader of a CSV
 * file names positions through csv_place, so all of them read alike. */
#include <stdio.h>
#include <string.h>

#include "base.h"
#include "csv_read.h"

const char *csv_shown(const char *text, char *buf, size_t size)
{
    enum { LIMIT = 40 };
    TTX_EXPECT(size >= LIMIT + 8);
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        bool lead = (*p & 0xC0) != 0x80;
        if (lead && n >= LIMIT) {
            memcpy(buf + n, "…", strlen("…"));
            n += strlen("…");
            break;
        }
        buf[n++] = *p < 0x20 || *p == 0x7F ? ' ' : (char)*p;
    }
    buf[n] = '\0';
    return buf;
}

char *csv_lf(char *s)
{
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\r' && s[i + 1] == '\n') {
            continue;
        }
        s[o++] = s[i] == '\r' ? '\n' : s[i];
    }
    s[o] = '\0';
    return s;
}

/* The row numbered `number`, or the row before it when it is not in the table (a blank row, or
 * the row a reading error stopped in): its columns are the same table's. NULL before the first. */
static const CsvRow *row_at(const CsvTable *t, int number)
{
    size_t lo = 0, hi = t->n_rows;
    while (lo < hi) { /* rows are in file order, so their numbers increase */
        size_t mid = lo + (hi - lo) / 2;
        if (t->rows[mid].pos.line <= number) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo > 0 ? &t->rows[lo - 1] : NULL;
}

/* The heading of column col (1-based) for row r without surrounding spaces, or NULL. */
static const char *heading(const CsvTable *t, const CsvRow *r, int col, size_t *len)
{
    if (!r || r->heading == CSV_NO_HEADING || r->heading >= t->n_rows) {
        return NULL;
    }
    const CsvRow *h = &t->rows[r->heading];
    if ((size_t)col > h->n) {
        return NULL;
    }
    const char *s = h->cells[col - 1].text;
    while (*s == ' ' || *s == '\t' || *s == '\n') {
        s++;
    }
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n')) {
        n--;
    }
    *len = n;
    return n ? s : NULL;
}

/* Column letters as a spreadsheet shows them: A … Z, AA … */
static void column_letters(int col, char *buf)
{
    char rev[8];
    size_t n = 0;
    for (; col > 0 && n < sizeof rev; col = (col - 1) / 26) {
        rev[n++] = (char)('A' + (col - 1) % 26);
    }
    for (size_t i = 0; i < n; i++) {
        buf[i] = rev[n - 1 - i];
    }
    buf[n] = '\0';
}

const char *csv_place(const CsvTable *t, SrcPos pos, char *buf, size_t size)
{
    TTX_EXPECT(size >= CSV_PLACE_SIZE);
    if (pos.line <= 0) {
        buf[0] = '\0';
        return buf;
    }
    if (pos.col <= 0) {
        snprintf(buf, size, "%d行目", pos.line);
        return buf;
    }
    size_t len = 0;
    const char *h = heading(t, row_at(t, pos.line), pos.col, &len);
    if (h) {
        char cut[64], shown[64];
        snprintf(cut, sizeof cut, "%.*s", (int)(len < sizeof cut ? len : sizeof cut - 1), h);
        snprintf(buf, size, "%d行目「%s」", pos.line, csv_shown(cut, shown, sizeof shown));
    } else {
        char letters[8];
        column_letters(pos.col, letters);
        snprintf(buf, size, "%d行目 %s列", pos.line, letters);
    }
    return buf;
}

void csv_table_place_diags(const CsvTable *t, Diags *d, size_t from)
{
    char place[CSV_PLACE_SIZE];
    for (size_t i = from; i < d->n; i++) {
        Diag *g = &d->v[i];
        if (!g->place && g->pos.line > 0 && strcmp(g->path, t->path) == 0) {
            diag_set_place(g, csv_place(t, g->pos, place, sizeof place));
        }
    }
}
