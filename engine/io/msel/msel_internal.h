/* The MSEL CSV's fixed names (msel.h describes the layout), shared by the writer
 * (msel_export.c) and the reader (msel_import*.c) so the two cannot drift apart. Private to
 * module msel: not for use outside msel*.c. */
#ifndef TTX_MSEL_INTERNAL_H
#define TTX_MSEL_INTERNAL_H

#include "msel.h"

typedef enum MselColumn {
    MC_ID,
    MC_AT,
    MC_STEP,
    MC_PHASE,
    MC_TITLE,
    MC_FROM,
    MC_TEXT,
    MC_QUESTIONS,
    MC_NOTE,
    MC_DISCUSS,
    MC_EXPECTS,
    MC_DECISION_BY,
    MC_DECISION_PROMPT,
    MC_OPTION_1,
    MC_WHEN = MC_OPTION_1 + MSEL_MAX_OPTIONS,
    MC_COUNT
} MselColumn;

typedef enum QuizColumn {
    QC_ID,
    QC_QUESTION,
    QC_OPTIONS,
    QC_ANSWER,
    QC_EXPLANATION,
    QC_TEACHES,
    QC_COUNT
} QuizColumn;

extern const char *const MSEL_COLUMNS[MC_COUNT];
extern const char *const MSEL_QUIZ_COLUMNS[QC_COUNT];

/* The option cell's separator and escape character. */
enum { MSEL_PART_SEP = '|', MSEL_ESCAPE = '\\', MSEL_OPTION_PARTS = 6 };

#endif
