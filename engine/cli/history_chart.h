/* The hook for `ttx history --chart FILE.png`: the history drawn as a chart (a line per step and
 * per review item across the exercises, oldest on the left) into a PNG, with the same SDL
 * software renderer as the screens, no window needed. It is to be implemented in engine/gui
 * (which may include SDL); this build has no implementation yet. */
#ifndef TTX_HISTORY_CHART_H
#define TTX_HISTORY_CHART_H

#include "cli.h"
#include "history.h"

/* Writes the chart of h to png_path (never half-written). Returns 0, or an exit status after
 * printing the reason to standard error: EXIT_UNAVAILABLE in a build without the chart. */
int history_chart_png(const History *h, const char *png_path);

#endif
