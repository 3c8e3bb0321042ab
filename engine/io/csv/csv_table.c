/* CSV → CsvTable with positions (see csv_table.h). libcsv reports fields and rows but not where
 * they are, so the bytes are fed to it one at a time while this file counts lines and
 * characters: a field starts at the first byte after the previous field's end that is not a
 * space or tab (libcsv trims those) and, at the start of a row, not a line break (libcsv skips
 * empty lines). One byte per call costs nothing at the size of a class list. Line breaks inside
 * quoted cells become LF whatever the file uses, so a comment reads the same from any tool. */
#include "csv_table.h"

#include <csv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"
#include "file_read.h"

typedef struct Parse {
    CsvTable *t;
    size_t rows_cap;
    CsvCell *cells; /* the row being read */
    size_t n_cells, cells_cap;
    SrcPos here;  /* position of the byte being fed */
    SrcPos start; /* where the field being read starts */
    bool need_start, row_start;
} Parse;

static void on_field(void *s, size_t len, void *data)
{
    Parse *p = data;
    if (p->n_cells == p->cells_cap) {
        p->cells_cap = p->cells_cap ? 2 * p->cells_cap : 16;
        p->cells = ttx_realloc(p->cells, p->cells_cap * sizeof(CsvCell));
    }
    char *text = arena_alloc(&p->t->arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; s && i < len; i++) { /* line breaks inside quotes: CR LF and CR as LF */
        const char *c = (const char *)s + i;
        if (*c == '\r' && i + 1 < len && c[1] == '\n') {
            continue;
        }
        text[n++] = *c == '\r' ? '\n' : *c;
    }
    text[n] = '\0';
    p->cells[p->n_cells++] = (CsvCell){text, p->need_start ? p->here : p->start};
    p->need_start = true;
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
    CsvTable *t = p->t;
    bool blank = true;
    for (size_t i = 0; i < p->n_cells && blank; i++) {
        blank = blank_text(p->cells[i].text);
    }
    if (!blank) {
        if (t->n_rows == p->rows_cap) {
            p->rows_cap = p->rows_cap ? 2 * p->rows_cap : 64;
            t->rows = ttx_realloc(t->rows, p->rows_cap * sizeof(CsvRow));
        }
        CsvRow *r = &t->rows[t->n_rows++];
        r->cells = arena_array(&t->arena, p->n_cells, sizeof(CsvCell));
        memcpy(r->cells, p->cells, p->n_cells * sizeof(CsvCell));
        r->n = p->n_cells;
        r->pos = p->cells[0].pos;
    }
    p->n_cells = 0;
    p->need_start = true;
    p->row_start = true;
}

/* Where the first byte that is not UTF-8 (or a NUL) is, or {0, 0} when all is well. */
static SrcPos first_bad_byte(const char *data, size_t len)
{
    SrcPos pos = {1, 1};
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)data + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0 || cp == 0) {
            return pos;
        }
        i += (size_t)k;
        if (cp == '\n' || (cp == '\r' && (i >= len || data[i] != '\n'))) {
            pos.line++;
            pos.col = 1;
        } else if (cp != '\r') {
            pos.col++;
        }
    }
    return (SrcPos){0, 0};
}

static bool check_encoding(const char *path, const char *data, size_t len, Diags *diags)
{
    const unsigned char *u = (const unsigned char *)data;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        diags_error(diags, path, (SrcPos){1, 1},
                    "this file is UTF-16 (Excel's \"Unicode テキスト\"); save it as \"CSV UTF-8 "
                    "(コンマ区切り)\"");
        return false;
    }
    SrcPos bad = first_bad_byte(data, len);
    if (bad.line > 0) {
        diags_error(diags, path, bad,
                    "this file is not UTF-8 (Excel's plain \"CSV\" is Shift_JIS); save it as "
                    "\"CSV UTF-8 (コンマ区切り)\"");
        return false;
    }
    return true;
}

/* Advances p->here past byte i of data. */
static void step(Parse *p, const char *data, size_t len, size_t i)
{
    unsigned char b = (unsigned char)data[i];
    if (b == '\n' || (b == '\r' && (i + 1 >= len || data[i + 1] != '\n'))) {
        p->here.line++;
        p->here.col = 1;
    } else if (b != '\r' && (b & 0xC0) != 0x80) {
        p->here.col++;
    }
}

static bool parse(Parse *p, const char *data, size_t len, Diags *diags)
{
    struct csv_parser csv;
    TTX_EXPECT(csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) == 0);
    bool ok = true;
    for (size_t i = 0; i < len && ok; i++) {
        char b = data[i];
        bool line_break = b == '\r' || b == '\n';
        if (p->need_start && b != ' ' && b != '\t' && !(p->row_start && line_break)) {
            p->start = p->here;
            p->need_start = false;
            p->row_start = false;
        }
        if (csv_parse(&csv, data + i, 1, on_field, on_row, p) != 1) {
            TTX_EXPECT(csv_error(&csv) == CSV_EPARSE);
            diags_error(diags, p->t->path, p->here,
                        "a quote (\") in the middle of a field, or text after a closing quote; "
                        "put the whole field in quotes and write a quote inside it as \"\"");
            ok = false;
        }
        step(p, data, len, i);
    }
    if (ok && csv_fini(&csv, on_field, on_row, p) != 0) {
        TTX_EXPECT(csv_error(&csv) == CSV_EPARSE);
        diags_error(diags, p->t->path, p->start,
                    "this quoted field never ends: its closing quote (\") is missing");
        ok = false;
    }
    csv_free(&csv);
    return ok;
}

LoadStatus csv_table_load(const char *path, CsvTable *t, Diags *diags)
{
    memset(t, 0, sizeof *t);
    arena_init(&t->arena);
    t->path = arena_strdup(&t->arena, path);
    char *data;
    size_t len;
    const char *reason;
    FileReadStatus st = file_read_all(path, &data, &len, &reason);
    if (st != FILE_READ_OK) {
        diags_error(diags, path, (SrcPos){0, 0}, "cannot read this file: %s", reason);
        return st == FILE_READ_TOO_LARGE ? LOAD_INVALID : LOAD_UNREADABLE;
    }
    const char *text = data;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    LoadStatus status = LOAD_INVALID;
    if (check_encoding(t->path, text, len, diags)) {
        Parse p = {t, 0, NULL, 0, 0, {1, 1}, {1, 1}, true, true};
        status = parse(&p, text, len, diags) ? LOAD_OK : LOAD_INVALID;
        free(p.cells);
    }
    free(data);
    return status;
}

void csv_table_free(CsvTable *t)
{
    if (t) {
        free(t->rows);
        arena_deinit(&t->arena);
        memset(t, 0, sizeof *t);
    }
}
