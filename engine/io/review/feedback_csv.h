/* The participants' feedback forms as a CSV file (`ttx run --feedback FILE.csv`), one respondent
 * per row, as a spreadsheet or a web form exports them:
 *
 *   f1,f2,f3,f4,f5,良かった点,改善点
 *   5,4,4,5,5,役割分担が明確だった,連絡先リストを最新にしたい
 *
 * The statement columns are headed by their id (f1 … f5) or their Japanese text (feedback.h), in
 * any order; all five are required, the two text columns are optional. An empty answer is "not
 * answered". Anything else — an unknown or repeated heading, an answer other than 1-5, a row
 * with more or fewer cells — is an error at its cell (FILE: 3行目「f2」): no respondent is dropped
 * silently. UTF-8 with or without BOM, or Excel's plain CSV in Shift_JIS (csv_read.h). */
#ifndef TTX_FEEDBACK_CSV_H
#define TTX_FEEDBACK_CSV_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "exercise_load.h"
#include "session.h"

/* Reads path. On LOAD_OK, *out (n entries) and their texts live in arena (the caller's); on
 * failure diags say why and *out is NULL. */
LoadStatus feedback_csv_load(const char *path, Arena *arena, SessionFeedback **out, size_t *n,
                             Diags *diags);

#endif
