/* Row shape checks and cell text helpers of the trainer's CSV readers (see
 * train_csv_internal.h). A short row is an error rather than a row padded with blanks: with a
 * cell missing, every answer after it would be read under the wrong question. */
#include <string.h>

#include "base.h"
#include "train_csv_internal.h"

static size_t space_at(const char *s)
{
    if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
        return 1;
    }
    return strncmp(s, "\xE3\x80\x80", 3) == 0 ? 3 : 0; /* U+3000 ideographic space */
}

const char *train_csv_trimmed(Arena *arena, const char *text)
{
    size_t k;
    while ((k = space_at(text)) > 0) {
        text += k;
    }
    size_t len = strlen(text);
    for (;;) {
        if (len > 0 && space_at(text + len - 1) == 1) {
            len--;
        } else if (len >= 3 && space_at(text + len - 3) == 3) {
            len -= 3;
        } else {
            break;
        }
    }
    return len ? csv_lf(arena_strndup(arena, text, len)) : NULL;
}

bool train_csv_blank(const char *s)
{
    size_t k;
    while ((k = space_at(s)) > 0) {
        s += k;
    }
    return *s == '\0';
}

bool train_csv_row_fits(const CsvTable *t, const CsvRow *row, size_t columns, Diags *diags)
{
    if (row->n < columns) {
        diags_error(diags, t->path, row->pos,
                    "this row has %zu field%s but the heading row has %zu; every row needs a "
                    "field for every column, even an empty one",
                    row->n, row->n == 1 ? "" : "s", columns);
        return false;
    }
    for (size_t i = columns; i < row->n; i++) {
        if (!train_csv_blank(row->cells[i].text)) {
            diags_error(diags, t->path, row->cells[i].pos,
                        "this field is beyond the last column of the heading row (%zu "
                        "columns); give it a heading or remove it",
                        columns);
            return false;
        }
    }
    return true;
}

void train_csv_unheaded(const CsvTable *t, size_t col, Diags *diags)
{
    for (size_t r = 1; r < t->n_rows; r++) {
        const CsvRow *row = &t->rows[r];
        if (col < row->n && !train_csv_blank(row->cells[col].text)) {
            diags_warning(diags, t->path, row->cells[col].pos,
                          "column %zu has no heading; its cells are ignored", col + 1);
            return;
        }
    }
}
