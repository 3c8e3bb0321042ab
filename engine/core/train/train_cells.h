/* What people type into a spreadsheet, read for the trainer mode: the column headings of the
 * answers and アンケート files and the cells under them. Japanese input methods produce
 * fullwidth digits and brackets (２, （1-5）) and ideographic spaces as easily as ASCII, so both
 * are accepted. Pure C11; the CSV itself is read in engine/io. */
#ifndef TTX_TRAIN_CELLS_H
#define TTX_TRAIN_CELLS_H

#include <stdbool.h>
#include <stddef.h>

#include "train.h"

typedef enum TrainColumn {
    TRAIN_COLUMN_NAME,       /* 氏名, 名前, name */
    TRAIN_COLUMN_DEPARTMENT, /* 所属, 部署, department */
    TRAIN_COLUMN_QUESTION,   /* a question id, or 問N / qN / N for the Nth question */
    TRAIN_COLUMN_AMBIGUOUS,  /* the id of two questions (a quiz id that is also an inject id) */
    TRAIN_COLUMN_UNKNOWN,
} TrainColumn;

/* TRAIN_COLUMN_NAME or _DEPARTMENT when the heading names the person, else _UNKNOWN (the
 * アンケート uses the same names). */
TrainColumn train_person_column(const char *heading);

/* Classifies a heading of the answers file; *question receives the 0-based question index.
 * A heading that is exactly a question's id means that question, even when it also looks like
 * a number ("q3" as the id of question 5); 問N always means the Nth question. */
TrainColumn train_column(const TrainTest *t, const char *heading, size_t *question);

typedef enum TrainCell {
    TRAIN_CELL_OK,
    TRAIN_CELL_EMPTY,        /* unanswered */
    TRAIN_CELL_NOT_NUMBER,   /* *token holds the part that is not an option number */
    TRAIN_CELL_OUT_OF_RANGE, /* *token holds the number that is not an option */
} TrainCell;

/* Reads an answer cell: option numbers separated by ; , 、 ・ / or spaces ("2", "1;3", "１，３").
 * On an error the offending part is copied into token (truncated to token_size). */
TrainCell train_parse_choice(const char *cell, size_t n_options, TrainChoice *out, char *token,
                             size_t token_size);

/* True when a アンケート heading marks a 1–5 rating: it ends with (1-5), [1-5] or (1~5), in ASCII
 * or fullwidth. *label_len receives the length of the heading before that mark, trailing spaces
 * removed. */
bool train_likert_heading(const char *heading, size_t *label_len);

/* A rating cell: 1–5, 0 when blank, -1 when it is not a rating. */
int train_parse_likert(const char *cell);

/* A copy of s (malloc'd, the caller frees) with fullwidth ASCII (！–～) folded to ASCII, the
 * ideographic space to a space and 〜 to ~, and leading and trailing spaces removed. */
char *train_fold(const char *s);

#endif
