/* What the two halves of the JSON 受講記録 share (train_json.c: frame, header, questions,
 * participants, class; train_json_topics.c: phases, weak topics, re-teach list, アンケート). Not
 * for use outside train_json*.c. */
#ifndef TTX_TRAIN_JSON_PARTS_H
#define TTX_TRAIN_JSON_PARTS_H

#include <cjson/cJSON.h>

#include "train_report.h"

/* A choice as an array of option numbers ([] when unanswered). */
void train_json_choice(cJSON *parent, const char *key, TrainChoice c);

/* "phases", "weak_topics" and "reteach_items" of the document. */
void train_json_topics(cJSON *doc, const TrainReport *r);
/* "survey": the アンケート summary, or null. */
void train_json_survey(cJSON *doc, const TrainReport *r);

#endif
