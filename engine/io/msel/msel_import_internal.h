/* What the two halves of the MSEL reader share (msel_import.c: the frame and the header rows;
 * msel_import_rows.c: inject and quiz rows and the cell formats). Not for use outside
 * msel_import*.c. */
#ifndef TTX_MSEL_IMPORT_INTERNAL_H
#define TTX_MSEL_IMPORT_INTERNAL_H

#include <stdbool.h>

#include "csv_read.h"
#include "msel_internal.h"

typedef struct Importer {
    const char *path;
    Scenario *s;
    Diags *diags;
    int cols[MC_COUNT];  /* cell index of each inject column, -1 when absent */
    int qcols[QC_COUNT]; /* the same for the quiz table */
    Inject *injects;     /* grown with malloc while reading, then moved to the arena */
    size_t n_injects, cap_injects;
    QuizQuestion *quiz;
    size_t n_quiz, cap_quiz;
} Importer;

/* The cell's text with the formula guard removed; NULL for an empty cell. */
const char *imp_value(const CsvCell *c);
/* The value as a Text in the scenario's arena (NULL text when empty). */
Text imp_text(Importer *im, const CsvCell *c);
/* Ids separated by blanks, commas or 、 into a list; each checked as an id. */
TextList imp_ids(Importer *im, const CsvCell *c, const char *what);
/* Lines of the cell into a list, blank lines skipped. */
TextList imp_lines(Importer *im, const CsvCell *c);
/* "name=value" pairs separated by blanks. */
bool imp_counters(Importer *im, const CsvCell *c, const char *what, Counter **out, size_t *n);
/* A value of a vocabulary; reports and returns -1 when unknown. */
int imp_enum(Importer *im, const CsvCell *c, const Vocab *v, const char *what);
/* Checks an id ([A-Za-z0-9._-], at most 64) or a document id ([a-z0-9-]); reports when bad. */
bool imp_check_id(Importer *im, const char *s, SrcPos pos, const char *what, bool doc);
bool imp_duration(Importer *im, const CsvCell *c, const char *what, int *seconds);

/* The column-name rows and the rows under them. */
bool imp_inject_header(Importer *im, const CsvRow *r);
bool imp_quiz_header(Importer *im, const CsvRow *r);
void imp_inject_row(Importer *im, const CsvRow *r);
void imp_quiz_row(Importer *im, const CsvRow *r);

#endif
