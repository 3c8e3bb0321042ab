/* CSV → table of positioned cells with libcsv. Feeding one byte per csv_parse call costs little
 * (scenarios are small) and is the only way to know, in libcsv's callbacks, which byte ended a
 * field — and so where each field began and where a parse error is. */
#include "csv_read.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"

typedef struct Builder {
    CsvTable *t;
    const char *data;
    size_t bom;          /* bytes of the byte-order mark: not a column */
    size_t *line_starts; /* byte offset of each line */
    size_t n_lines;
    size_t field_start;
    bool pending_start; /* the next byte fed opens a field */
    bool row_start;     /* ... and the row */
    CsvCell *cells;     /* of the row being read */
    size_t n_cells, cap_cells;
    CsvRow *rows;
    size_t cap_rows;
} Builder;

static SrcPos position(const Builder *b, size_t offset)
{
    size_t lo = 0, hi = b->n_lines;
    while (hi - lo > 1) { /* the last line starting at or before offset */
        size_t mid = (lo + hi) / 2;
        if (b->line_starts[mid] <= offset) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    SrcPos p = {(int)lo + 1, 1};
    for (size_t i = lo == 0 ? b->bom : b->line_starts[lo]; i < offset; i++) {
        p.col += ((unsigned char)b->data[i] & 0xC0) != 0x80;
    }
    return p;
}

static void on_field(void *field, size_t len, void *ctx)
{
    Builder *b = ctx;
    if (b->n_cells == b->cap_cells) {
        b->cap_cells = b->cap_cells ? b->cap_cells * 2 : 32;
        b->cells = ttx_realloc(b->cells, b->cap_cells * sizeof(CsvCell));
    }
    CsvCell *c = &b->cells[b->n_cells++];
    c->text = arena_strndup(&b->t->arena, field ? field : "", field ? len : 0);
    c->pos = position(b, b->field_start);
    b->pending_start = true;
}

static bool row_is_blank(const Builder *b)
{
    for (size_t i = 0; i < b->n_cells; i++) {
        if (b->cells[i].text[0]) {
            return false;
        }
    }
    return true;
}

static void on_row(int c, void *ctx)
{
    (void)c;
    Builder *b = ctx;
    if (b->n_cells > 0 && !row_is_blank(b)) {
        if (b->t->n_rows == b->cap_rows) {
            b->cap_rows = b->cap_rows ? b->cap_rows * 2 : 64;
            b->rows = ttx_realloc(b->rows, b->cap_rows * sizeof(CsvRow));
        }
        CsvRow *r = &b->rows[b->t->n_rows++];
        r->cells = arena_array(&b->t->arena, b->n_cells, sizeof(CsvCell));
        memcpy(r->cells, b->cells, b->n_cells * sizeof(CsvCell));
        r->n = b->n_cells;
        r->pos = b->cells[0].pos;
    }
    b->n_cells = 0;
    b->pending_start = true;
    b->row_start = true;
}

/* UTF-8 only, and no NUL: anything else is not text Excel saved as "CSV UTF-8". */
static bool check_text(const char *path, const Builder *b, size_t len, Diags *diags)
{
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)b->data + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || cp == 0) {
            diags_error(diags, path, position(b, i),
                        n <= 0 ? "the file is not UTF-8 text here; save it from Excel as "
                                 "'CSV UTF-8 (コンマ区切り)'"
                               : "the file contains a NUL byte; it is not a text file");
            return false;
        }
        i += (size_t)n;
    }
    return true;
}

static void index_lines(Builder *b, size_t len)
{
    b->line_starts = ttx_malloc((len + 2) * sizeof(size_t));
    b->line_starts[b->n_lines++] = 0;
    for (size_t i = 0; i < len; i++) {
        /* CR LF, LF and a lone CR each end a line, as in text editors */
        bool lf = b->data[i] == '\n';
        bool cr = b->data[i] == '\r' && (i + 1 == len || b->data[i + 1] != '\n');
        if (lf || cr) {
            b->line_starts[b->n_lines++] = i + 1;
        }
    }
}

static bool parse(Builder *b, size_t start, size_t len, Diags *diags)
{
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        ttx_die(__FILE__, __LINE__, "out of memory");
    }
    bool ok = true;
    for (size_t i = start; i < len && ok; i++) {
        bool newline = b->data[i] == '\r' || b->data[i] == '\n';
        if (b->pending_start && !(b->row_start && newline)) {
            b->field_start = i;
            b->pending_start = b->row_start = false;
        }
        if (csv_parse(&p, b->data + i, 1, on_field, on_row, b) != 1) {
            ok = false;
            diags_error(diags, b->t->path, position(b, i),
                        "cannot read the CSV here: %s (a quote inside a cell must be doubled, "
                        "and a quoted cell must end with a quote)",
                        csv_strerror(csv_error(&p)));
        }
    }
    if (ok && csv_fini(&p, on_field, on_row, b) != 0) {
        ok = false;
        diags_error(diags, b->t->path, position(b, b->field_start),
                    "a quoted cell that starts here is never closed; add the closing quote (\")");
    }
    csv_free(&p);
    return ok;
}

bool csv_read_table(CsvTable *t, const char *path, const char *data, size_t len, Diags *diags)
{
    memset(t, 0, sizeof *t);
    arena_init(&t->arena);
    t->path = arena_strdup(&t->arena, path);
    Builder b = {.t = t, .data = data, .pending_start = true, .row_start = true};
    index_lines(&b, len);
    b.bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    bool ok = check_text(path, &b, len, diags) && parse(&b, b.bom, len, diags);
    if (ok) {
        t->rows = arena_array(&t->arena, t->n_rows, sizeof(CsvRow));
        if (t->n_rows) {
            memcpy(t->rows, b.rows, t->n_rows * sizeof(CsvRow));
        }
    } else {
        t->n_rows = 0;
    }
    free(b.rows);
    free(b.cells);
    free(b.line_starts);
    return ok;
}

void csv_table_deinit(CsvTable *t)
{
    arena_deinit(&t->arena);
    memset(t, 0, sizeof *t);
}

CsvCell csv_row_cell(const CsvRow *r, size_t i)
{
    if (i < r->n) {
        return r->cells[i];
    }
    CsvCell empty = {"", r->n ? r->cells[r->n - 1].pos : r->pos};
    return empty;
}
