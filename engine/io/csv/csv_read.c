/* CSV → CsvTable with libcsv (see csv_read.h). libcsv reports fields and rows but not where they
 * are, so the text is fed to it one byte at a time while CsvRowCount counts rows: a record's row
 * is the row of its first byte that libcsv does not skip (a space, a tab, or at the start of a
 * record a line break: libcsv skips empty lines, the spreadsheet counts them). A cell's column
 * is its place in the record. One byte per call costs nothing at the size of a class list or a
 * scenario. */
#include "csv_read.h"

#include <csv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "csv_decode.h"
#include "file_read.h"

typedef struct Parse {
    CsvTable *t;
    Diags *diags;
    CsvRowCount count;
    int record_row; /* the row of the record being read */
    bool row_start; /* nothing of the next record read yet */
    bool failed;    /* a limit was passed in a callback */
    CsvCell *cells; /* of the record being read */
    size_t n_cells, cap_cells;
    CsvRow *rows;
    size_t cap_rows;
} Parse;

/* Reports a problem and stops the reading: after a broken quote nothing further is where it
 * seems to be. */
static void fail(Parse *p, SrcPos pos, const char *fmt, ...) TTX_PRINTF(3, 4);
static void fail(Parse *p, SrcPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *message = ttx_vformat(fmt, ap);
    va_end(ap);
    diags_error(p->diags, p->t->path, pos, "%s", message);
    free(message);
    p->failed = true;
}

static size_t chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return n;
}

static void on_field(void *s, size_t len, void *data)
{
    Parse *p = data;
    SrcPos pos = {p->record_row, (int)p->n_cells + 1};
    if (p->failed) {
        return;
    } else if (p->n_cells == CSV_MAX_CELLS) {
        fail(p, pos, "this row has more cells than a spreadsheet has columns (%d)", CSV_MAX_CELLS);
        return;
    } else if (s && chars(s, len) > CSV_MAX_CELL_CHARS) {
        fail(p, pos, "this cell holds more than %d characters, more than a spreadsheet cell",
             CSV_MAX_CELL_CHARS);
        return;
    }
    if (p->n_cells == p->cap_cells) {
        p->cap_cells = p->cap_cells ? 2 * p->cap_cells : 16;
        p->cells = ttx_realloc(p->cells, p->cap_cells * sizeof(CsvCell));
    }
    const char *text = s ? arena_strndup(&p->t->arena, s, len) : "";
    p->cells[p->n_cells++] = (CsvCell){text, pos};
}

static bool blank_text(const char *s)
{
    for (; *s; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') {
            return false;
        }
    }
    return true;
}

static void on_row(int c, void *data)
{
    (void)c;
    Parse *p = data;
    bool blank = true;
    for (size_t i = 0; i < p->n_cells && blank; i++) {
        blank = blank_text(p->cells[i].text);
    }
    if (!blank && !p->failed) {
        if (p->record_row > CSV_MAX_ROWS) {
            fail(p, (SrcPos){p->record_row, 0}, "this file has more rows than a spreadsheet (%d)",
                 CSV_MAX_ROWS);
            return;
        }
        if (p->t->n_rows == p->cap_rows) {
            p->cap_rows = p->cap_rows ? 2 * p->cap_rows : 64;
            p->rows = ttx_realloc(p->rows, p->cap_rows * sizeof(CsvRow));
        }
        CsvRow *r = &p->rows[p->t->n_rows++];
        r->cells = arena_array(&p->t->arena, p->n_cells, sizeof(CsvCell));
        memcpy(r->cells, p->cells, p->n_cells * sizeof(CsvCell));
        r->n = p->n_cells;
        r->pos = (SrcPos){p->record_row, 0};
        r->heading = 0;
    }
    p->n_cells = 0;
    p->row_start = true;
}

static bool parse(Parse *p, const char *text, size_t len)
{
    struct csv_parser csv;
    TTX_EXPECT(csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) == 0);
    for (size_t i = 0; i < len && !p->failed; i++) {
        char b = text[i];
        if (p->row_start && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            p->record_row = p->count.row;
            p->row_start = false;
        }
        if (csv_parse(&csv, text + i, 1, on_field, on_row, p) != 1) {
            TTX_EXPECT(csv_error(&csv) == CSV_EPARSE);
            fail(p, (SrcPos){p->record_row, (int)p->n_cells + 1},
                 "a quote (\") in the middle of a field, or text after a closing quote; put the "
                 "whole field in quotes and write a quote inside it as \"\"");
        }
        csv_row_count_step(&p->count, b);
    }
    if (!p->failed && csv_fini(&csv, on_field, on_row, p) != 0) {
        TTX_EXPECT(csv_error(&csv) == CSV_EPARSE);
        fail(p, (SrcPos){p->record_row, (int)p->n_cells + 1},
             "this quoted field never ends: its closing quote (\") is missing");
    }
    csv_free(&csv);
    return !p->failed;
}

static void start(CsvTable *t, const char *path)
{
    memset(t, 0, sizeof *t);
    arena_init(&t->arena);
    t->path = arena_strdup(&t->arena, path);
}

static bool read_table(CsvTable *t, const char *data, size_t len, Diags *diags)
{
    char *converted;
    const char *text;
    size_t text_len;
    if (!csv_decode(t->path, data, len, &converted, &text, &text_len, diags)) {
        return false;
    }
    Parse p = {
        .t = t, .diags = diags, .count = {1, false, '\0'}, .record_row = 1, .row_start = true};
    bool ok = parse(&p, text, text_len);
    t->rows = arena_array(&t->arena, t->n_rows, sizeof(CsvRow));
    if (t->n_rows) {
        memcpy(t->rows, p.rows, t->n_rows * sizeof(CsvRow));
    }
    free(p.rows);
    free(p.cells);
    free(converted);
    return ok;
}

bool csv_table_read(CsvTable *t, const char *path, const char *data, size_t len, Diags *diags)
{
    start(t, path);
    return read_table(t, data, len, diags);
}

LoadStatus csv_table_load(const char *path, CsvTable *t, Diags *diags)
{
    start(t, path);
    char *data;
    size_t len;
    const char *reason;
    FileReadStatus st = file_read_all(path, &data, &len, &reason);
    if (st != FILE_READ_OK) {
        diags_error(diags, path, (SrcPos){0, 0}, "cannot read this file: %s", reason);
        return st == FILE_READ_TOO_LARGE ? LOAD_INVALID : LOAD_UNREADABLE;
    }
    bool ok = read_table(t, data, len, diags);
    free(data);
    return ok ? LOAD_OK : LOAD_INVALID;
}

void csv_table_free(CsvTable *t)
{
    if (t) {
        arena_deinit(&t->arena);
        memset(t, 0, sizeof *t);
    }
}

CsvCell csv_row_cell(const CsvRow *r, size_t i)
{
    if (i < r->n) {
        return r->cells[i];
    }
    CsvCell empty = {"", {r->pos.line, (int)i + 1}};
    return empty;
}
