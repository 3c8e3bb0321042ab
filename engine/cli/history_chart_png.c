/* `ttx history --chart FILE.png`: the history chart (engine/ui/chart/history_chart_layout.c) rendered
 * offscreen into a PNG. */
#include "history_chart_png.h"

#include "history_chart_layout.h"
#include "png_render.h"

static void layout(DrawList *dl, const Measurer *m, void *ctx)
{
    layout_history_chart(dl, m, ctx);
}

int history_chart_png(const History *h, const char *png_path)
{
    return png_render("history", 1920, 1080, layout, (void *)h, png_path);
}
