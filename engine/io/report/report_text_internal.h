/* What the parts of the printable sheet share (report_text.c: header, step table and the eight
 * review items; report_text_lists.c: decisions, per-item outcomes, notes and the incident record;
 * report_text_followup.c: the sections after the drill). Not for use outside report_text*.c. */
#ifndef TTX_REPORT_TEXT_INTERNAL_H
#define TTX_REPORT_TEXT_INTERNAL_H

#include "report_labels.h"
#include "sheet.h"
#include "textbuf.h"

/* A section heading 【title】 after a blank line. */
void report_text_heading(TextBuf *b, const char *title);
/* printf into a new string (malloc'd, the caller frees): for text that mixes the report's
 * labels with file text and is then wrapped (textbuf_wrap sanitises it). */
char *report_text_format(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* "T+H:MM" into buf. */
const char *report_text_simtime(int minutes, char *buf, size_t size);
/* The 解説 to print with a poor or unmade decision: the finding's, else the chosen option's. */
const char *report_text_decision_feedback(const Sheet *sh, const DecisionOutcome *d);

void report_text_decisions(TextBuf *b, const Sheet *sh);
void report_text_items(TextBuf *b, const Sheet *sh);
void report_text_notes(TextBuf *b, const Sheet *sh);
void report_text_record(TextBuf *b, const Sheet *sh);
/* 前回の改善計画の確認 and 参加者アンケート, each only when present (report_text_followup.c). */
void report_text_followup(TextBuf *b, const Sheet *sh);

#endif
