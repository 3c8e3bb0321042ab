/* Reading an evaluation sheet back from its JSON form (`ttx run`'s SHEET.json, or `ttx report
 * --format json`) for the review tools: `ttx plan` and `ttx history`. Only version 1 sheets
 * ("format": "ttx-sheet", "version": 1) are accepted; keys the reader does not use are ignored,
 * so a sheet that later versions of ttx enrich still reads. Depends on cJSON. */
#ifndef TTX_SHEET_READ_H
#define TTX_SHEET_READ_H

#include "diag.h"
#include "exercise_load.h"
#include "sheet_summary.h"

/* Reads the sheet at path. Returns the summary (free with sheet_summary_free) and LOAD_OK in
 * *status; else NULL with the reason in diags as FILE:LINE:COL (the place of a JSON syntax
 * error; 1:1 with the key's JSON path for a wrong value) and LOAD_UNREADABLE (cannot read the
 * file) or LOAD_INVALID (not a ttx sheet, or a malformed one) in *status. */
SheetSummary *sheet_read(const char *path, Diags *diags, LoadStatus *status);

#endif
