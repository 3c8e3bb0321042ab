/* Placeholder of the history chart until the SDL software-renderer version exists (see
 * history_chart.h); replace this file with the real one. */
#include "history_chart.h"

#include <stdio.h>

int history_chart_png(const History *h, const char *png_path)
{
    (void)h;
    fprintf(stderr, "ttx history: --chart %s: not available in this build yet\n", png_path);
    return EXIT_UNAVAILABLE;
}
