/* Writing CSV that Excel opens correctly with Japanese text: UTF-8 with a byte-order mark (without
 * it Excel reads the file as Shift_JIS), CRLF at the end of every record, and RFC 4180 quoting
 * (a cell with a comma, a quote, a line break or blanks at either end is quoted, quotes doubled).
 * Line breaks inside a cell are kept as they are; Excel shows them as lines of one cell.
 *
 * A cell that starts with = + - @, a tab or a carriage return would be taken by Excel as a
 * formula (CSV injection), so it is written with a leading apostrophe; so is a cell that starts
 * with an apostrophe, so that readers can undo it exactly: csv_unguard() removes the one
 * apostrophe again (see engine/io/msel/msel_import.c). */
#ifndef TTX_CSV_WRITE_H
#define TTX_CSV_WRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "textbuf.h"

typedef struct CsvWriter {
    TextBuf *b;
    size_t cells; /* cells written on the current row */
} CsvWriter;

/* Starts a CSV document in b (writes the byte-order mark). */
void csv_begin(CsvWriter *w, TextBuf *b);
/* One cell; NULL is an empty cell. */
void csv_cell(CsvWriter *w, const char *s);
void csv_cell_long(CsvWriter *w, long v);
void csv_cell_fmt(CsvWriter *w, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Ends the row with CRLF (an empty row when no cell was written). */
void csv_end_row(CsvWriter *w);

/* True when a cell's text as read starts with the guard apostrophe that csv_cell added; the
 * original text is then cell + 1. */
bool csv_guarded(const char *cell);

#endif
