/* What train_report.c asks of the other parts of the 受講記録 while it builds one. Not part of
 * the API; only train_report*.c include it. Pure C11. */
#ifndef TTX_TRAIN_REPORT_INTERNAL_H
#define TTX_TRAIN_REPORT_INTERNAL_H

#include "train_report.h"

/* Fills the phase statistics, the weak topics and the re-teach list of r
 * (train_report_topics.c). */
void train_report_topics(TrainReport *r);
/* Fills the survey summary of r (train_report_survey.c). */
void train_report_survey(TrainReport *r);

#endif
