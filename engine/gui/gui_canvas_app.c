/* Rendering the facilitator app's screen on an offscreen canvas. Kept apart from gui_canvas.c
 * so that programs drawing only their own draw lists (the pixel-golden tests) do not link the
 * app. Must not depend on a window. */
#include "gui_canvas.h"

void gui_canvas_render_app(GuiCanvas *c, App *app, AppView view, WallTime now)
{
    app_layout(app, gui_canvas_begin(c), gui_canvas_measurer(c), view, now);
    gui_canvas_finish(c, (Color){0, 0, 0, 255});
}
