/* The アンケート, CSV → Survey (conventions in train_csv.h). A heading marks its column as a 1–5
 * rating explicitly, "(1-5)", rather than guessing from the values: a typo such as 6 in a rating
 * column must be an error with its line, not turn the column into free text. */
#include <string.h>

#include "base.h"
#include "train_cells.h"
#include "train_csv.h"
#include "train_csv_internal.h"

/* Per CSV column: its Survey column, or -1 for the person and unheaded columns. */
static void read_heading(const CsvTable *t, Survey *s, long *map, Diags *diags)
{
    const CsvRow *row = &t->rows[0];
    s->columns = arena_array(&s->arena, row->n, sizeof(SurveyColumn));
    for (size_t col = 0; col < row->n; col++) {
        const char *h = row->cells[col].text;
        size_t label_len;
        map[col] = -1;
        if (train_person_column(h) != TRAIN_COLUMN_UNKNOWN) {
            continue; /* read, never reported */
        }
        if (train_csv_blank(h)) {
            train_csv_unheaded(t, col, diags);
            continue;
        }
        SurveyColumn *c = &s->columns[s->n_columns];
        c->likert = train_likert_heading(h, &label_len);
        char *label = c->likert ? arena_strndup(&s->arena, h, label_len) : (char *)h;
        c->label = train_csv_trimmed(&s->arena, label);
        if (!c->label) { /* the heading is only "(1-5)" */
            c->label = train_csv_trimmed(&s->arena, h);
        }
        map[col] = (long)s->n_columns++;
    }
    if (s->n_columns == 0) {
        diags_error(diags, t->path, row->pos,
                    "the heading row has no questions; head 1-5 rating columns like '満足度"
                    "(1-5)' and free-text columns with their question");
    }
}

static void read_cell(const CsvTable *t, Survey *s, const CsvCell *c, size_t row, size_t col,
                      Diags *diags)
{
    size_t at = row * s->n_columns + col;
    char shown[64], label[64];
    if (!s->columns[col].likert) {
        s->texts[at] = train_csv_trimmed(&s->arena, c->text);
        return;
    }
    int v = train_parse_likert(c->text);
    if (v < 0) {
        diags_error(diags, t->path, c->pos, "'%s' in column '%s' is not a rating from 1 to 5",
                    csv_shown(c->text, shown, sizeof shown),
                    csv_shown(s->columns[col].label, label, sizeof label));
        return;
    }
    s->ratings[at] = v;
}

static void read_rows(const CsvTable *t, Survey *s, const long *map, Diags *diags)
{
    size_t n_cols = t->rows[0].n;
    s->ratings = arena_array(&s->arena, (t->n_rows - 1) * s->n_columns, sizeof(int));
    s->texts = arena_array(&s->arena, (t->n_rows - 1) * s->n_columns, sizeof(char *));
    for (size_t r = 1; r < t->n_rows; r++) {
        const CsvRow *row = &t->rows[r];
        if (!train_csv_row_fits(t, row, n_cols, diags)) {
            continue;
        }
        for (size_t col = 0; col < n_cols; col++) {
            if (map[col] >= 0) {
                read_cell(t, s, &row->cells[col], s->n_rows, (size_t)map[col], diags);
            }
        }
        s->n_rows++;
    }
}

LoadStatus train_survey_load(const char *path, Survey *out, Diags *diags)
{
    memset(out, 0, sizeof *out);
    CsvTable t;
    size_t first_diag = diags->n;
    LoadStatus st = csv_table_load(path, &t, diags);
    if (st != LOAD_OK) {
        csv_table_place_diags(&t, diags, first_diag);
        csv_table_free(&t);
        return st;
    }
    size_t errors = diags->n_errors;
    arena_init(&out->arena);
    out->path = arena_strdup(&out->arena, path);
    if (t.n_rows == 0) {
        diags_error(diags, t.path, (SrcPos){1, 0},
                    "the file is empty; the first row names the questions, like '満足度(1-5)'");
    } else {
        long *map = arena_array(&out->arena, t.rows[0].n, sizeof(long));
        read_heading(&t, out, map, diags);
        if (diags->n_errors == errors && t.n_rows == 1) {
            diags_error(diags, t.path, t.rows[0].pos,
                        "no responses: the heading row has no rows under it");
        }
        if (diags->n_errors == errors) {
            read_rows(&t, out, map, diags);
        }
    }
    csv_table_place_diags(&t, diags, first_diag);
    csv_table_free(&t);
    if (diags->n_errors != errors) {
        train_survey_free(out);
        return LOAD_INVALID;
    }
    return LOAD_OK;
}

void train_survey_free(Survey *s)
{
    if (s) {
        arena_deinit(&s->arena);
        memset(s, 0, sizeof *s);
    }
}
