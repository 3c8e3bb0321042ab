/* What the two halves of the JSON sheet writer share (report_json.c: header, steps, review,
 * objectives, incident record; report_json_lists.c: the per-item, decision, finding, action and
 * note lists). Not for use outside report_json*.c. */
#ifndef TTX_REPORT_JSON_PARTS_H
#define TTX_REPORT_JSON_PARTS_H

#include <stdbool.h>

#include "json_build.h"
#include "sheet.h"

/* Score.rounded, or null when there is no score. */
void report_json_score(cJSON *parent, const char *key, Score sc);
/* "A".."D", or null. */
void report_json_rating(cJSON *parent, const char *key, bool has, Rating r);
/* Simulated time as "H:MM", or null. */
void report_json_simtime(cJSON *parent, const char *key, bool has, int minutes);
/* The id of inject index idx of the sheet's scenario, or null when idx < 0. */
void report_json_inject_index(cJSON *parent, const char *key, const Sheet *sh, long idx);

void report_json_items(cJSON *array, const Sheet *sh);
void report_json_decisions(cJSON *array, const Sheet *sh);
void report_json_findings(cJSON *array, const Sheet *sh);
void report_json_actions(cJSON *array, const Sheet *sh);
void report_json_notes(cJSON *array, const Sheet *sh);
/* "plan_review" and "feedback", each only when the drill had them (report_json_followup.c). */
void report_json_followup(cJSON *doc, const Sheet *sh);

#endif
