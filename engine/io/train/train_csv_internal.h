/* What the answers and アンケート readers share (train_csv_answers.c, train_csv_survey.c):
 * the checks of a row against the heading row, and blank and trimmed cell text. Not for use
 * outside train_csv_*.c. */
#ifndef TTX_TRAIN_CSV_INTERNAL_H
#define TTX_TRAIN_CSV_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "csv_read.h"

/* A copy of text in arena without leading and trailing spaces (ASCII or ideographic), line breaks
 * as LF (csv_lf: so that a comment reads the same from any tool); NULL when nothing is left. */
const char *train_csv_trimmed(Arena *arena, const char *text);

/* True when text is empty or only spaces (ASCII or ideographic). */
bool train_csv_blank(const char *text);

/* Reports a row with fewer cells than the heading row, or with text beyond its last column
 * (spreadsheets may add empty cells there, which are fine). Returns false when the row cannot
 * be read. */
bool train_csv_row_fits(const CsvTable *t, const CsvRow *row, size_t columns, Diags *diags);

/* Warns once about a column without a heading that holds text: its cells are not read. */
void train_csv_unheaded(const CsvTable *t, size_t col, Diags *diags);

#endif
