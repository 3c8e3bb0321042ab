/* Rendering a layout into a PNG with the SDL software renderer and the Japanese font, no window
 * (for `ttx history --chart` and `ttx report --timeline`): finds the font, lays out, draws,
 * writes the file atomically. The CLI stays free of SDL: engine/gui's canvas does the drawing. */
#ifndef TTX_PNG_RENDER_H
#define TTX_PNG_RENDER_H

#include "draw.h"

typedef void (*PngLayoutFn)(DrawList *dl, const Measurer *m, void *ctx);

/* Returns 0, or an exit status after printing "ttx CMD: reason" (69 no font, 73 cannot write). */
int png_render(const char *cmd, int width, int height, PngLayoutFn layout, void *ctx,
               const char *png_path);

#endif
