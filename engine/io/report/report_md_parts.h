/* What the two halves of the Markdown sheet share (report_md.c: escaping, header, summary tables
 * and the eight review items; report_md_lists.c: decisions, items, notes, incident record). Not
 * for use outside report_md*.c. */
#ifndef TTX_REPORT_MD_PARTS_H
#define TTX_REPORT_MD_PARTS_H

#include "report_labels.h"
#include "sheet.h"
#include "textbuf.h"

/* Appends file text made safe for Markdown: sanitised, punctuation escaped, line breaks as <br>.
 * NULL or empty appends `empty` as it is (the report's own words). */
void md_text(TextBuf *b, const char *s, const char *empty);
/* md_text, then frees s. */
void md_text_owned(TextBuf *b, char *s, const char *empty);
/* "| a | b |" header and its "|---|---|" line; align is one char per column ('l' or 'r'). */
void md_table_head(TextBuf *b, const char *const *labels, const char *align);

void report_md_decisions(TextBuf *b, const Sheet *sh);
void report_md_items(TextBuf *b, const Sheet *sh);
void report_md_notes(TextBuf *b, const Sheet *sh);
void report_md_record(TextBuf *b, const Sheet *sh);
/* 前回の改善計画の確認 and 参加者アンケート, each only when present (report_md_followup.c). */
void report_md_followup(TextBuf *b, const Sheet *sh);

#endif
