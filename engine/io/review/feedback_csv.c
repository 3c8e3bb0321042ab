/* Feedback CSV → SessionFeedback rows. The heading decides what each column is; a value is
 * never used to guess, so a typo such as 6 is reported rather than read as text. */
#include "feedback_csv.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "csv_read.h"
#include "feedback.h"

enum { COL_STRENGTHS = FEEDBACK_STATEMENTS, COL_IMPROVEMENTS, COL_KINDS };

static const char *trimmed(Arena *a, const char *s)
{
    while (*s == ' ' || *s == '\t') {
        s++;
    }
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) {
        n--;
    }
    return csv_lf(arena_strndup(a, s, n)); /* a comment reads the same from any tool */
}

static int column_kind(const char *h)
{
    int k = feedback_find(h);
    if (k >= 0) {
        return k;
    }
    if (strcmp(h, FEEDBACK_STRENGTHS_LABEL) == 0) {
        return COL_STRENGTHS;
    }
    return strcmp(h, FEEDBACK_IMPROVEMENTS_LABEL) == 0 ? COL_IMPROVEMENTS : -1;
}

/* kinds[col] gets each column's kind; false when the heading row has errors. */
static bool read_heading(const CsvTable *t, Arena *a, int *kinds, Diags *diags)
{
    const CsvRow *row = &t->rows[0];
    long seen[COL_KINDS];
    size_t before = diags->n_errors;
    for (int k = 0; k < COL_KINDS; k++) {
        seen[k] = -1;
    }
    for (size_t col = 0; col < row->n; col++) {
        const CsvCell *c = &row->cells[col];
        int k = column_kind(trimmed(a, c->text));
        kinds[col] = k;
        if (k < 0) {
            diags_error(diags, t->path, c->pos,
                        "unknown column '%s'; the columns are f1 … f5 (or the statements' text), "
                        "%s and %s",
                        c->text, FEEDBACK_STRENGTHS_LABEL, FEEDBACK_IMPROVEMENTS_LABEL);
        } else if (seen[k] >= 0) {
            diags_error(diags, t->path, c->pos, "column '%s' appears twice (first in column %ld)",
                        c->text, seen[k] + 1);
        } else {
            seen[k] = (long)col;
        }
    }
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        if (seen[k] < 0) {
            diags_error(diags, t->path, row->pos, "no column for statement %s「%s」",
                        FEEDBACK_IDS[k], FEEDBACK_TEXTS[k]);
        }
    }
    return diags->n_errors == before;
}

static void read_answer(const CsvTable *t, const CsvCell *c, Arena *a, int k, int *out,
                        Diags *diags)
{
    const char *v = trimmed(a, c->text);
    if (!*v) {
        *out = 0; /* not answered */
    } else if (v[0] >= '1' && v[0] <= '5' && v[1] == '\0') {
        *out = v[0] - '0';
    } else {
        diags_error(diags, t->path, c->pos,
                    "'%s' in column %s is not an answer from 1 to 5 (leave the cell empty when "
                    "the statement was not answered)",
                    c->text, FEEDBACK_IDS[k]);
    }
}

static void read_row(const CsvTable *t, const CsvRow *row, const int *kinds, Arena *a,
                     SessionFeedback *f, Diags *diags)
{
    size_t n = t->rows[0].n;
    if (row->n != n) {
        SrcPos at = row->n > n ? row->cells[n].pos : row->pos;
        diags_error(diags, t->path, at, "this row has %zu cells but the heading has %zu columns",
                    row->n, n);
        return;
    }
    memset(f, 0, sizeof *f);
    for (size_t col = 0; col < n; col++) {
        int k = kinds[col];
        const char *text = trimmed(a, row->cells[col].text);
        if (k < FEEDBACK_STATEMENTS) {
            read_answer(t, &row->cells[col], a, k, &f->scores[k], diags);
        } else if (*text) {
            *(k == COL_STRENGTHS ? &f->strengths : &f->improvements) = text;
        }
    }
}

LoadStatus feedback_csv_load(const char *path, Arena *arena, SessionFeedback **out, size_t *n,
                             Diags *diags)
{
    *out = NULL;
    *n = 0;
    CsvTable t;
    size_t before = diags->n_errors, first_diag = diags->n;
    LoadStatus st = csv_table_load(path, &t, diags);
    if (st == LOAD_OK && t.n_rows < 2) {
        diags_error(diags, path, t.n_rows ? t.rows[0].pos : (SrcPos){1, 0},
                    "no respondents: the file needs a heading row and one row per respondent");
    } else if (st == LOAD_OK) {
        int *kinds = ttx_calloc(t.rows[0].n + 1, sizeof(int));
        SessionFeedback *rows = arena_array(arena, t.n_rows - 1, sizeof(SessionFeedback));
        if (read_heading(&t, arena, kinds, diags)) {
            for (size_t r = 1; r < t.n_rows; r++) {
                read_row(&t, &t.rows[r], kinds, arena, &rows[r - 1], diags);
            }
        }
        free(kinds);
        if (diags->n_errors == before) {
            *out = rows;
            *n = t.n_rows - 1;
        }
    }
    csv_table_place_diags(&t, diags, first_diag);
    csv_table_free(&t);
    if (st == LOAD_OK && diags->n_errors > before) {
        st = LOAD_INVALID;
    }
    return st;
}
