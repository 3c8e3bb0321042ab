/* Reading a CSV file as Japanese Excel saves it, for every CSV ttx reads (the trainer's answers
 * and アンケート, the feedback forms, the MSEL): "CSV UTF-8 (コンマ区切り)" — UTF-8 with or
 * without a byte-order mark — and plain "CSV (コンマ区切り)", which is Shift_JIS (CP932) on
 * Japanese Windows and is converted to UTF-8 here; CRLF or LF; RFC 4180 quoting (commas, doubled
 * quotes and line breaks inside quoted cells). Parsing is libcsv's, in strict mode: a stray quote
 * is an error. A cell's text is exactly what the file holds (a reader that wants line breaks as
 * LF whatever tool wrote the file says so with csv_lf).
 *
 * Positions are the spreadsheet's: a cell is at {row number, column number}, both 1-based, rows
 * counted as the spreadsheet counts them (the first line is row 1, a blank line is a row, a
 * quoted cell over several lines is one row). A message names a cell by its row and its column's
 * heading, "7行目「フェーズ」" (csv_place); every reader of a CSV file reports that way.
 *
 * Rows that are blank (empty lines, or only empty cells, which spreadsheets write for formatted
 * but unused rows) are not in the table. Limits are a spreadsheet's, so that nothing Excel can
 * save is refused and a hostile file cannot take unbounded memory: CSV_MAX_ROWS rows,
 * CSV_MAX_CELLS cells a row, CSV_MAX_CELL_CHARS characters a cell. Depends on libcsv, utf8proc
 * and iconv; not on any reader of the tables. */
#ifndef TTX_CSV_READ_H
#define TTX_CSV_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "exercise_load.h"

enum {
    CSV_MAX_ROWS = 1048576,    /* Excel's rows */
    CSV_MAX_CELLS = 16384,     /* Excel's columns */
    CSV_MAX_CELL_CHARS = 32767 /* what an Excel cell holds */
};

/* The heading of a row whose columns have no names (CsvRow.heading). */
#define CSV_NO_HEADING SIZE_MAX

typedef struct CsvCell {
    const char *text; /* never NULL; "" for an empty cell */
    SrcPos pos;       /* {row number, column number} */
} CsvCell;

typedef struct CsvRow {
    CsvCell *cells;
    size_t n;
    SrcPos pos;     /* {row number, 0}: the row as a whole */
    size_t heading; /* index in the table of the row that names these columns: the first row,
                     * unless a reader of several tables in one sheet says otherwise */
} CsvRow;

typedef struct CsvTable {
    Arena arena; /* every cell and row */
    const char *path;
    CsvRow *rows; /* non-blank rows in file order, the heading row first */
    size_t n_rows;
} CsvTable;

/* Reads data (len bytes, the contents of path) into t (free with csv_table_free, also after a
 * failure). On failure the error is in diags (UTF-16, neither UTF-8 nor Shift_JIS, a NUL byte, a
 * stray or unclosed quote, beyond a limit) and t holds only the rows before it: enough to name
 * the error's place under its heading (csv_table_place_diags), not to be read. */
bool csv_table_read(CsvTable *t, const char *path, const char *data, size_t len, Diags *diags);
/* Reads the file path into t the same way: LOAD_UNREADABLE when it cannot be read, LOAD_INVALID
 * when it is too large or not CSV. */
LoadStatus csv_table_load(const char *path, CsvTable *t, Diags *diags);
void csv_table_free(CsvTable *t);

/* The cell i (0-based) of row r; an empty cell at its place when the row is shorter. */
CsvCell csv_row_cell(const CsvRow *r, size_t i);

/* ---- positions in messages (csv_read_place.c) ----------------------------------------------- */

enum { CSV_PLACE_SIZE = 128 };

/* A position of t in words, into buf (at least CSV_PLACE_SIZE): "7行目「フェーズ」" for a cell
 * under a heading, "7行目 C列" for a cell whose column has none, "7行目" for a whole row, "" for
 * an unknown position (line 0). Returns buf. */
const char *csv_place(const CsvTable *t, SrcPos pos, char *buf, size_t size);

/* Names, with csv_place, the position of each diagnostic from index `from` on that is about t's
 * file, so that it prints as `FILE: 7行目「フェーズ」: error: …`. A reader calls it once it has
 * reported everything about the table (for an MSEL, after validating the scenario). */
void csv_table_place_diags(const CsvTable *t, Diags *d, size_t from);

/* Turns the line breaks in s, CR LF or CR, into LF, in place. Returns s. */
char *csv_lf(char *s);

/* Cell text for a message: control characters as spaces, cut after about 40 bytes on a
 * character boundary (with "…"). buf holds at least 48 bytes. Returns buf. */
const char *csv_shown(const char *text, char *buf, size_t size);

#endif
