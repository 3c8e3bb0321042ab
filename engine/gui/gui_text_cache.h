/* Rendered lines of text as textures, kept in an LRU with a byte budget (STYLE.md): a frame of
 * the facilitator's screen draws a few hundred lines that rarely change, and rendering them
 * with SDL_ttf every frame would cost far more than drawing a texture. Keyed by (size, style,
 * colour, text); a whole line is one texture, so kerning and shaping are kept (a per-glyph cache
 * would lose them). One cache per SDL_Renderer, since textures belong to their renderer.
 * Internal to engine/gui; depends on SDL, SDL_ttf and gui_fonts. */
#ifndef TTX_GUI_TEXT_CACHE_H
#define TTX_GUI_TEXT_CACHE_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "draw.h"
#include "gui_fonts.h"

/* The default budget: a 4K screen full of text several times over. */
#define GUI_TEXT_CACHE_BUDGET ((size_t)64 * 1024 * 1024)

typedef struct GuiTextCache GuiTextCache;

typedef struct GuiTextStats {
    size_t entries;
    size_t bytes; /* texture pixels (4 bytes each) plus bookkeeping */
    size_t budget;
    unsigned long hits, misses;
    unsigned long renders;   /* calls of TTF_RenderUTF8_Blended */
    unsigned long evictions; /* entries dropped to stay within the budget */
    unsigned long failures;  /* lines that could not be rendered (remembered, not retried) */
    unsigned long clears;    /* gui_text_cache_clear calls (render-target resets) */
} GuiTextStats;

/* r and fonts are borrowed and must outlive the cache. */
GuiTextCache *gui_text_cache_create(SDL_Renderer *r, GuiFonts *fonts, size_t budget_bytes);
void gui_text_cache_destroy(GuiTextCache *c);

/* The texture of one line (NUL-terminated UTF-8) in colour c (its alpha is applied when drawn,
 * with SDL_SetTextureAlphaMod, so it is not part of the key), or NULL for an empty text or one
 * that cannot be rendered. *w and *h get its size. The cache owns the texture; it stays valid
 * until the next gui_text_cache_get or clear. */
SDL_Texture *gui_text_cache_get(GuiTextCache *c, const char *text, int size, FontStyle style,
                                Color color, int *w, int *h);

/* The same line composed on the solid background bg, to be drawn as an opaque copy (no
 * blending) where the caller knows bg is all that lies under the line's texture. */
SDL_Texture *gui_text_cache_get_on(GuiTextCache *c, const char *text, int size, FontStyle style,
                                   Color color, Color bg, int *w, int *h);

/* The size of the line's texture if the cache holds one (nothing is rendered, the order of use
 * is left alone): for working out which pixels a text drawn earlier covered. */
bool gui_text_cache_peek(GuiTextCache *c, const char *text, int size, FontStyle style, Color color,
                         int *w, int *h);

/* Drops every texture: after SDL_RENDER_TARGETS_RESET or SDL_RENDER_DEVICE_RESET their contents
 * are gone. */
void gui_text_cache_clear(GuiTextCache *c);

GuiTextStats gui_text_cache_stats(const GuiTextCache *c);

#endif
