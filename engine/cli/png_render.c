/* Offscreen PNG rendering for the CLI through engine/gui's canvas. */
#include "png_render.h"

#include <stdio.h>

#include "cli.h"
#include "gui_canvas.h"
#include "gui_font.h"

int png_render(const char *cmd, int width, int height, PngLayoutFn layout, void *ctx,
               const char *png_path)
{
    char err[512];
    GuiFontFile font;
    if (gui_font_find(NULL, &font, err, sizeof err) != GUI_FONT_OK) {
        fprintf(stderr, "ttx %s: %s\n", cmd, err);
        return EXIT_UNAVAILABLE;
    }
    GuiCanvas *c = gui_canvas_create(width, height, &font, err, sizeof err);
    if (!c) {
        fprintf(stderr, "ttx %s: %s\n", cmd, err);
        return EXIT_UNAVAILABLE;
    }
    DrawList dl;
    drawlist_init(&dl, width, height);
    layout(&dl, gui_canvas_measurer(c), ctx);
    gui_canvas_draw(c, &dl, (Color){255, 255, 255, 255});
    int status = EXIT_OK;
    if (!gui_canvas_save_png(c, png_path, err, sizeof err)) {
        fprintf(stderr, "ttx %s: %s\n", cmd, err);
        status = EXIT_CANTCREAT;
    } else if (!cli_is_stdout(png_path)) {
        fprintf(stderr, "ttx %s: wrote %s\n", cmd, png_path);
    }
    drawlist_deinit(&dl);
    gui_canvas_destroy(c);
    return status;
}
