/* The 受講記録 for printing and for the terminal: the same facts as the JSON (train_json.h) in
 * Japanese, wrapped to 80 display columns with East Asian wide characters counted as two, and
 * every text that came from a file (names, questions, comments) made safe to print first. */
#ifndef TTX_TRAIN_TEXT_H
#define TTX_TRAIN_TEXT_H

#include "train_report.h"

/* The record as text ending with a newline (malloc'd, the caller frees). */
char *train_text(const TrainReport *r);

#endif
