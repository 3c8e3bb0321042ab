/* The class's answers, CSV → TrainAnswers (conventions in train_csv.h). The heading row is
 * checked first and completely — a missing or doubled question column makes every row
 * meaningless — and only a good heading row lets the rows be read, each cell against the question
 * of its column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "train_cells.h"
#include "train_csv.h"
#include "train_csv_internal.h"

typedef struct Heading {
    long name, department; /* column indices, -1 when absent */
    long *question_col;    /* per question: its column, -1 when absent */
} Heading;

static void add_question_column(const CsvTable *t, const TrainTest *test, Heading *h, size_t col,
                                size_t q, Diags *diags)
{
    const CsvCell *c = &t->rows[0].cells[col];
    char shown[64], place[CSV_PLACE_SIZE];
    if (h->question_col[q] >= 0) {
        const CsvCell *first = &t->rows[0].cells[h->question_col[q]];
        diags_error(diags, t->path, c->pos,
                    "column '%s' is question %zu (%s) again; it already has the column at %s",
                    csv_shown(c->text, shown, sizeof shown), q + 1, test->questions[q].id,
                    csv_place(t, first->pos, place, sizeof place));
        return;
    }
    h->question_col[q] = (long)col;
}

static void add_person_column(const CsvTable *t, long *slot, size_t col, Diags *diags)
{
    const CsvCell *c = &t->rows[0].cells[col];
    char shown[64], place[CSV_PLACE_SIZE];
    if (*slot >= 0) {
        const CsvCell *first = &t->rows[0].cells[*slot];
        diags_error(
            diags, t->path, c->pos, "a second column '%s'; the one at %s is used for this already",
            csv_shown(c->text, shown, sizeof shown), csv_place(t, first->pos, place, sizeof place));
        return;
    }
    *slot = (long)col;
}

static void read_heading(const CsvTable *t, const TrainTest *test, Heading *h, Diags *diags)
{
    const CsvRow *row = &t->rows[0];
    char shown[64];
    for (size_t col = 0; col < row->n; col++) {
        const CsvCell *c = &row->cells[col];
        size_t q = 0;
        switch (train_column(test, c->text, &q)) {
        case TRAIN_COLUMN_NAME:
            add_person_column(t, &h->name, col, diags);
            break;
        case TRAIN_COLUMN_DEPARTMENT:
            add_person_column(t, &h->department, col, diags);
            break;
        case TRAIN_COLUMN_QUESTION:
            add_question_column(t, test, h, col, q, diags);
            break;
        case TRAIN_COLUMN_AMBIGUOUS:
            diags_error(diags, t->path, c->pos,
                        "'%s' is the id of two questions; head the column 問N with the number on "
                        "the printed test",
                        csv_shown(c->text, shown, sizeof shown));
            break;
        case TRAIN_COLUMN_UNKNOWN:
            if (train_csv_blank(c->text)) {
                train_csv_unheaded(t, col, diags);
            } else {
                diags_warning(diags, t->path, c->pos,
                              "unknown column '%s' is ignored; the test has questions 問1 to "
                              "問%zu",
                              csv_shown(c->text, shown, sizeof shown), test->n_questions);
            }
            break;
        }
    }
    if (h->name < 0) {
        diags_error(diags, t->path, row->pos,
                    "the heading row has no column '氏名' (or 'name') for the participants' "
                    "names");
    }
    for (size_t q = 0; q < test->n_questions; q++) {
        if (h->question_col[q] < 0) {
            diags_error(diags, t->path, row->pos,
                        "the heading row has no column for question %zu (%s); add a column "
                        "'問%zu'",
                        q + 1, test->questions[q].id, q + 1);
        }
    }
}

static void read_answer(const CsvTable *t, const TrainTest *test, const CsvCell *c, size_t q,
                        const char *name, TrainChoice *out, Diags *diags)
{
    const TrainQuestion *tq = &test->questions[q];
    char token[64], shown[64];
    switch (train_parse_choice(c->text, tq->n_options, out, token, sizeof token)) {
    case TRAIN_CELL_OK:
        break;
    case TRAIN_CELL_EMPTY:
        diags_warning(diags, t->path, c->pos,
                      "%s left question %zu (%s) unanswered; it counts as wrong",
                      csv_shown(name, shown, sizeof shown), q + 1, tq->id);
        break;
    case TRAIN_CELL_NOT_NUMBER:
        diags_error(diags, t->path, c->pos,
                    "answer '%s' to question %zu (%s) is not an option number; write the "
                    "numbers 1-%zu, several as 1;3",
                    csv_shown(token, shown, sizeof shown), q + 1, tq->id, tq->n_options);
        break;
    case TRAIN_CELL_OUT_OF_RANGE:
        diags_error(diags, t->path, c->pos,
                    "answer '%s' to question %zu (%s) is not an option number (1-%zu)",
                    csv_shown(token, shown, sizeof shown), q + 1, tq->id, tq->n_options);
        break;
    }
}

/* The earlier participant with the same name and 所属, or NULL. */
static const TrainParticipant *same_person(const TrainAnswers *a, const TrainParticipant *p)
{
    for (size_t i = 0; i < a->n; i++) {
        const TrainParticipant *o = &a->v[i];
        bool same_dept =
            (!o->department && !p->department) ||
            (o->department && p->department && strcmp(o->department, p->department) == 0);
        if (strcmp(o->name, p->name) == 0 && same_dept) {
            return o;
        }
    }
    return NULL;
}

static void read_row(const CsvTable *t, const TrainTest *test, const Heading *h, const CsvRow *row,
                     TrainAnswers *a, Diags *diags)
{
    if (!train_csv_row_fits(t, row, t->rows[0].n, diags)) {
        return;
    }
    char shown[64], dept[80], dept_shown[64], place[CSV_PLACE_SIZE];
    const CsvCell *name_cell = &row->cells[h->name];
    TrainParticipant p = {train_csv_trimmed(&a->arena, name_cell->text), NULL, row->pos, NULL};
    if (!p.name) {
        diags_error(diags, t->path, name_cell->pos,
                    "this row has no name; every participant needs one in column '%s'",
                    csv_shown(t->rows[0].cells[h->name].text, shown, sizeof shown));
        return;
    }
    if (h->department >= 0) {
        p.department = train_csv_trimmed(&a->arena, row->cells[h->department].text);
    }
    const TrainParticipant *twin = same_person(a, &p);
    if (twin) {
        snprintf(dept, sizeof dept, " (%s)",
                 p.department ? csv_shown(p.department, dept_shown, sizeof dept_shown) : "");
        diags_error(diags, t->path, name_cell->pos,
                    "'%s'%s is already on %s; give each participant one row",
                    csv_shown(p.name, shown, sizeof shown), p.department ? dept : "",
                    csv_place(t, twin->pos, place, sizeof place));
        return;
    }
    p.answers = arena_array(&a->arena, test->n_questions, sizeof(TrainChoice));
    for (size_t q = 0; q < test->n_questions; q++) {
        read_answer(t, test, &row->cells[h->question_col[q]], q, p.name, &p.answers[q], diags);
    }
    a->v[a->n++] = p;
}

LoadStatus train_answers_load(const char *path, const TrainTest *test, TrainAnswers *out,
                              Diags *diags)
{
    TTX_EXPECT(test->n_questions > 0);
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
                    "the file is empty; the first row names the columns (氏名, 所属, 問1 …)");
    } else {
        Heading h = {-1, -1, arena_array(&out->arena, test->n_questions, sizeof(long))};
        for (size_t q = 0; q < test->n_questions; q++) {
            h.question_col[q] = -1;
        }
        read_heading(&t, test, &h, diags);
        if (diags->n_errors == errors && t.n_rows == 1) {
            diags_error(diags, t.path, t.rows[0].pos,
                        "no participants: the heading row has no rows under it");
        }
        if (diags->n_errors == errors) {
            out->v = arena_array(&out->arena, t.n_rows - 1, sizeof(TrainParticipant));
            for (size_t r = 1; r < t.n_rows; r++) {
                read_row(&t, test, &h, &t.rows[r], out, diags);
            }
        }
    }
    csv_table_place_diags(&t, diags, first_diag);
    csv_table_free(&t);
    if (diags->n_errors != errors) {
        train_answers_free(out);
        return LOAD_INVALID;
    }
    return LOAD_OK;
}

void train_answers_free(TrainAnswers *a)
{
    if (a) {
        arena_deinit(&a->arena);
        memset(a, 0, sizeof *a);
    }
}
