/* The history across exercises (engine/core/review/history.h) as printable text and as JSON
 * (reports/history.schema.json). Both only render a computed History and are byte-stable. The
 * text fits 80 display columns (East Asian wide characters count two); its tables show the
 * latest HISTORY_TEXT_COLUMNS exercises, the JSON all of them. Written by
 * history_report_text.c and history_report_json.c. */
#ifndef TTX_HISTORY_REPORT_H
#define TTX_HISTORY_REPORT_H

#include "history.h"

enum { HISTORY_FORMAT_VERSION = 1, HISTORY_TEXT_COLUMNS = 5 };

/* plan_path names the plan the action counts came from (NULL: counted from the sheets).
 * Each returns malloc'd text ending with a newline; the caller frees. */
char *history_text(const History *h, const char *plan_path);
char *history_json(const History *h, const char *plan_path);

#endif
