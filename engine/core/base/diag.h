/* Diagnostics: the list of problems found in input files, each with the file, the 1-based line
 * and column of the offending node, a severity and a message written for a facilitator.
 * Loaders and validators add to it; the CLI prints it as `FILE:LINE:COL: error: MESSAGE`, or,
 * for a file whose positions are a spreadsheet's cells, with the position in words instead:
 * `FILE: 7行目「フェーズ」: error: MESSAGE` (the reader of that file names it, csv_read.h).
 * Pure C11. */
#ifndef TTX_DIAG_H
#define TTX_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct SrcPos {
    int line; /* 1-based; 0 when unknown (then the file's first line is reported) */
    int col;
} SrcPos;

typedef enum DiagSeverity { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

typedef struct Diag {
    char *path;  /* owned */
    SrcPos pos;  /* also orders the list; for a spreadsheet: row number and column number */
    char *place; /* owned; NULL, or the position in words, printed instead of LINE:COL */
    DiagSeverity severity;
    char *message; /* owned */
    size_t order;  /* insertion order, keeps sorting stable */
} Diag;

typedef struct Diags {
    Diag *v;
    size_t n, cap;
    size_t n_errors, n_warnings;
} Diags;

void diags_init(Diags *d);
void diags_deinit(Diags *d);

#if defined(__GNUC__)
#define TTX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define TTX_PRINTF(f, a)
#endif

void diags_add(Diags *d, const char *path, SrcPos pos, DiagSeverity sev, const char *fmt, ...)
    TTX_PRINTF(5, 6);
void diags_error(Diags *d, const char *path, SrcPos pos, const char *fmt, ...) TTX_PRINTF(4, 5);
void diags_warning(Diags *d, const char *path, SrcPos pos, const char *fmt, ...) TTX_PRINTF(4, 5);

/* Gives g a position in words (copied), printed instead of its LINE:COL. */
void diag_set_place(Diag *g, const char *place);

/* Orders the diagnostics by file (first appearance), line and column, keeping insertion order
 * for ties, so output reads top to bottom like the file. */
void diags_sort(Diags *d);

/* One diagnostic as its output line, without newline (caller frees). */
char *diag_format(const Diag *g);

/* Writes each diagnostic as one line `path:line:col: error: message` (`path: place: …`). */
void diags_print(const Diags *d, FILE *out);

/* Moves every diagnostic of src to the end of dst; src is left empty. */
void diags_take(Diags *dst, Diags *src);

#endif
