/* Reading a CSV file (as Excel writes it: UTF-8, optionally with a byte-order mark, CRLF or LF,
 * RFC 4180 quoting) into a table of cells that remember where they stand, so that a reader of the
 * table can report FILE:LINE:COL for a wrong cell. Parsing is libcsv's (strict mode: a stray
 * quote is an error); positions are tracked here by feeding libcsv one byte at a time. Blank
 * lines are skipped. Lines are 1-based, columns count characters from 1. */
#ifndef TTX_CSV_READ_H
#define TTX_CSV_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

typedef struct CsvCell {
    const char *text; /* never NULL; "" for an empty cell */
    SrcPos pos;       /* where the cell starts (its opening quote when quoted) */
} CsvCell;

typedef struct CsvRow {
    CsvCell *cells;
    size_t n;
    SrcPos pos;
} CsvRow;

typedef struct CsvTable {
    Arena arena;
    const char *path;
    CsvRow *rows;
    size_t n_rows;
} CsvTable;

/* Parses data (len bytes, read from path). On success fills t (free with csv_table_deinit) and
 * returns true; else reports the error (not UTF-8, a NUL byte, a stray or unclosed quote) at its
 * position and returns false, leaving t safe to deinit. */
bool csv_read_table(CsvTable *t, const char *path, const char *data, size_t len, Diags *diags);
void csv_table_deinit(CsvTable *t);

/* The cell i of row r, or an empty cell (at the row's end) when the row is shorter. */
CsvCell csv_row_cell(const CsvRow *r, size_t i);

#endif
