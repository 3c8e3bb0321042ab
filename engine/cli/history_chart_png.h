/* `ttx history --chart FILE.png`: the history drawn as a chart (a panel per step and per scored
 * review item across the exercises, oldest on the left) into a PNG, with the same SDL software
 * renderer as the screens and no window (history_chart_png.c, through png_render.c). */
#ifndef TTX_HISTORY_CHART_PNG_H
#define TTX_HISTORY_CHART_PNG_H

#include "cli.h"
#include "history.h"

/* Writes the chart of h to png_path (never half-written). Returns 0, or an exit status after
 * printing the reason to standard error: 69 without a Japanese font, 73 when it cannot write. */
int history_chart_png(const History *h, const char *png_path);

#endif
