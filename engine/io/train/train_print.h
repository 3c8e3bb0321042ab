/* The printable 理解度確認テスト and, apart from it, its answer key with the 解説 the trainer
 * reads out after the test (the guide's 60-minute session ends with a 10-minute test that the
 * trainer then explains). Plain text wraps at 80 display columns like the sheets; Markdown is
 * for turning into a handout with any Markdown tool. The test itself never shows an answer. */
#ifndef TTX_TRAIN_PRINT_H
#define TTX_TRAIN_PRINT_H

#include "train.h"

typedef enum TrainPrintFormat { TRAIN_PRINT_TEXT, TRAIN_PRINT_MARKDOWN } TrainPrintFormat;

/* The test sheet and the answer key (each malloc'd, the caller frees). */
char *train_print_test(const TrainTest *t, TrainPrintFormat f);
char *train_print_key(const TrainTest *t, TrainPrintFormat f);

/* What separates the test from the key when both go to one stream: a form feed line in text (a
 * printer starts a new page), an HTML page break in Markdown. */
const char *train_print_page_break(TrainPrintFormat f);

/* Where the key goes when the test goes to path: "test.txt" → "test-answers.txt", "test" →
 * "test-answers" (malloc'd, the caller frees). */
char *train_print_key_path(const char *path);

#endif
