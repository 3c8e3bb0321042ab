/* What the two halves of the CSV sheet share (report_csv.c: frame, overview, steps, review
 * items, findings, actions; report_csv_lists.c: decisions, items, notes, incident record). Not
 * for use outside report_csv*.c. */
#ifndef TTX_REPORT_CSV_PARTS_H
#define TTX_REPORT_CSV_PARTS_H

#include "csv_write.h"
#include "report_labels.h"
#include "sheet.h"

/* A cell of file text, sanitised (no control characters but line breaks). */
void csv_text(CsvWriter *w, const char *s);
/* csv_text, then frees s. */
void csv_text_owned(CsvWriter *w, char *s);
/* A block's title row and its column names, after an empty row unless it is the first. */
void csv_block(CsvWriter *w, const char *title, const char *const *columns, size_t n);

void report_csv_decisions(CsvWriter *w, const Sheet *sh);
void report_csv_items(CsvWriter *w, const Sheet *sh);
void report_csv_notes(CsvWriter *w, const Sheet *sh);
void report_csv_record(CsvWriter *w, const Sheet *sh);
/* 前回の改善計画の確認 and 参加者アンケート, each only when present (report_csv_followup.c). */
void report_csv_followup(CsvWriter *w, const Sheet *sh);

#endif
