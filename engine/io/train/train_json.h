/* The 受講記録 as JSON (described by reports/training.schema.json): the header, every question
 * with its answer, 解説, topics and the class's choices, every participant's answers and score,
 * the class figures, the phases, the weakest topics with the 手順書 items to re-teach, and the
 * アンケート summary. It only renders a TrainReport; numbers are integers (percentages rounded
 * half up, survey means × 100), absent values are null, every key is always present, and the
 * same report always gives the same bytes. */
#ifndef TTX_TRAIN_JSON_H
#define TTX_TRAIN_JSON_H

#include "train_report.h"

/* The format version written in "version"; raise it when the document changes meaning. */
enum { TRAIN_RECORD_FORMAT_VERSION = 1 };

/* The report as pretty-printed JSON ending with a newline (malloc'd, the caller frees). */
char *train_json(const TrainReport *r);

#endif
