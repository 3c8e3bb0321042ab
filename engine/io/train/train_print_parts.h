/* The wording both forms of the printed test share (train_print.c), and the two renderers
 * (train_print_text.c, train_print_md.c). Not for use outside train_print*.c. */
#ifndef TTX_TRAIN_PRINT_PARTS_H
#define TTX_TRAIN_PRINT_PARTS_H

#include "textbuf.h"
#include "train_print.h"

/* printf into a new string (malloc'd, the caller frees), for text to be wrapped. */
char *train_print_format(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* "（正しいものを1つ選択）", "（適切なものをすべて選択）" … after a question. */
const char *train_print_how_many(const TrainQuestion *q);
/* The instructions printed under the name line, NULL-terminated. */
extern const char *const TRAIN_PRINT_INSTRUCTIONS[];
/* "初動対応、R03 感染端末の隔離（電源は切らない）" (malloc'd, the caller frees). */
char *train_print_topics(const TrainQuestion *q);
/* "17問（クイズ 12問、演習の判断 5問）" (malloc'd, the caller frees). */
char *train_print_count(const TrainTest *t);

void train_print_text_test(TextBuf *b, const TrainTest *t);
void train_print_text_key(TextBuf *b, const TrainTest *t);
void train_print_md_test(TextBuf *b, const TrainTest *t);
void train_print_md_key(TextBuf *b, const TrainTest *t);

#endif
