/* The evaluation sheet as JSON (SPEC §5; described by reports/sheet.schema.json). The document
 * only renders a computed Sheet: every number in it was decided by sheet_build. Scores are
 * integers rounded half up; absent scores and ratings are null, never left out, so every key is
 * always present. The text is byte-stable: the same sheet always gives the same bytes. */
#ifndef TTX_REPORT_JSON_H
#define TTX_REPORT_JSON_H

#include "sheet.h"

/* The sheet as pretty-printed JSON ending with a newline (malloc'd, the caller frees). */
char *report_json(const Sheet *sh);

#endif
