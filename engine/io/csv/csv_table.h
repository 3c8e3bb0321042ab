/* Reading a CSV file as Excel saves it ("CSV UTF-8"): UTF-8 with or without a BOM, CRLF or LF
 * line ends, quoted fields that hold commas, quotes ("") and line breaks. The table keeps where
 * every cell starts (line and column, 1-based, columns counted in characters) so that a bad cell
 * can be reported as FILE:LINE:COL, also after a quoted line break. Blank rows — empty lines, or
 * rows of empty cells that spreadsheets write for formatted but unused rows — are skipped.
 * Parsing is libcsv's (strict mode); this module adds the positions and the encoding checks. */
#ifndef TTX_CSV_TABLE_H
#define TTX_CSV_TABLE_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "exercise_load.h"

typedef struct CsvCell {
    const char *text; /* never NULL; "" when empty */
    SrcPos pos;
} CsvCell;

typedef struct CsvRow {
    CsvCell *cells;
    size_t n;
    SrcPos pos; /* where its first cell starts */
} CsvRow;

typedef struct CsvTable {
    Arena arena; /* every cell and row */
    const char *path;
    CsvRow *rows; /* non-blank rows in file order; the first is the heading row */
    size_t n_rows;
} CsvTable;

/* Reads path into t (free with csv_table_free, also after a failure). An unreadable file is
 * LOAD_UNREADABLE; a file that is not UTF-8 (Excel's plain "CSV" is Shift_JIS in Japan), UTF-16,
 * or has broken quoting is LOAD_INVALID with the position in diags. */
LoadStatus csv_table_load(const char *path, CsvTable *t, Diags *diags);
void csv_table_free(CsvTable *t);

#endif
