/* The history chart (`ttx history --chart`): one small panel per step, per scored review item and
 * for the overall rating, each plotting the score across the exercises (oldest left) over the
 * rating bands A/B/C/D, with the dates, the scores and the trend, so a manager sees at a glance
 * whether the company is getting better. Drawn into a draw list; pure C11. */
#ifndef TTX_CHART_HISTORY_H
#define TTX_CHART_HISTORY_H

#include "draw.h"
#include "history.h"

void layout_history_chart(DrawList *dl, const Measurer *m, const History *h);

#endif
