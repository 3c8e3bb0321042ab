/* The opened fonts of one process: a TTF_Font per (pixel size, style), opened on first use from
 * the discovered font file, and the Measurer (draw.h) the layouts measure text with. Measuring
 * and rendering use the same TTF_Font, so a measured width is exactly the width drawn.
 * Internal to engine/gui (exposes SDL_ttf types); depends on SDL_ttf and draw.h. */
#ifndef TTX_GUI_FONTS_H
#define TTX_GUI_FONTS_H

#include <SDL_ttf.h>

#include "draw.h"
#include "gui_font.h"

typedef struct GuiFonts GuiFonts;

/* Initialises SDL_ttf (reference-counted) and checks that file opens as a font. Returns NULL
 * with the reason in err. Free with gui_fonts_close. */
GuiFonts *gui_fonts_open(const GuiFontFile *file, char *err, size_t err_size);
void gui_fonts_close(GuiFonts *f);

/* The font for size (clamped to 1–512 px) and style, owned by f; NULL when it cannot be
 * opened. May close the least recently used size to stay within a few dozen open fonts. */
TTF_Font *gui_fonts_get(GuiFonts *f, int size, FontStyle style);

/* A Measurer backed by TTF_SizeUTF8 and TTF_FontLineSkip; valid while f is open. */
Measurer gui_fonts_measurer(GuiFonts *f);

const GuiFontFile *gui_fonts_file(const GuiFonts *f);

#endif
