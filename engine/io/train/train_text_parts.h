/* What the two halves of the printable 受講記録 share (train_text.c: header, class result,
 * distribution, participants; train_text_lists.c: questions, phases, weak topics, アンケート).
 * Not for use outside train_text*.c. */
#ifndef TTX_TRAIN_TEXT_PARTS_H
#define TTX_TRAIN_TEXT_PARTS_H

#include "textbuf.h"
#include "train_report.h"

/* A section heading 【title】 after a blank line. */
void train_text_heading(TextBuf *b, const char *title);
/* printf into a new string (malloc'd, the caller frees), for text to be wrapped. */
char *train_text_format(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* "問3、問12、問15" for question indices (malloc'd, the caller frees). */
char *train_text_question_list(const size_t *questions, size_t n);

void train_text_questions(TextBuf *b, const TrainReport *r);
void train_text_phases(TextBuf *b, const TrainReport *r);
void train_text_weak(TextBuf *b, const TrainReport *r);
void train_text_survey(TextBuf *b, const TrainReport *r);

#endif
