/* Fonts per pixel size and the SDL_ttf Measurer (see gui_fonts.h). A font is opened per size
 * rather than resized with TTF_SetFontSize, because the layouts use a handful of sizes every frame
 * and switching sizes would flush FreeType's glyph cache each time. Must not depend on the app. */
#include "gui_fonts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

/* Enough for every size of two window sizes at once; more are closed least recently used. */
enum { FONT_SLOTS = 32, FONT_MIN_PX = 1, FONT_MAX_PX = 512 };

typedef struct FontSlot {
    TTF_Font *font;
    int size;
    FontStyle style;
    unsigned long last_use;
} FontSlot;

struct GuiFonts {
    GuiFontFile file;
    FontSlot slots[FONT_SLOTS];
    unsigned long clock;
};

GuiFonts *gui_fonts_open(const GuiFontFile *file, char *err, size_t err_size)
{
    /* TTF_Init counts references, so each GuiFonts (a window's, an offscreen canvas's) holds
     * one and TTF_Quit in gui_fonts_close releases only that. */
    if (TTF_Init() != 0) {
        snprintf(err, err_size, "cannot start the font renderer: %s", TTF_GetError());
        return NULL;
    }
    GuiFonts *f = ttx_calloc(1, sizeof *f);
    f->file = *file;
    /* Open one size now so a file that is not a font fails here, before any window opens. */
    if (!gui_fonts_get(f, 16, FONT_REGULAR)) {
        snprintf(err, err_size, "cannot open the font '%s': %s", file->path, TTF_GetError());
        gui_fonts_close(f);
        return NULL;
    }
    return f;
}

void gui_fonts_close(GuiFonts *f)
{
    if (!f) {
        return;
    }
    for (int i = 0; i < FONT_SLOTS; i++) {
        if (f->slots[i].font) {
            TTF_CloseFont(f->slots[i].font);
        }
    }
    free(f);
    TTF_Quit();
}

static TTF_Font *open_font(const GuiFonts *f, int size, FontStyle style)
{
    if (style == FONT_BOLD && f->file.bold_path[0]) {
        TTF_Font *b = TTF_OpenFontIndex(f->file.bold_path, size, f->file.bold_index);
        if (b) {
            return b;
        }
    }
    TTF_Font *font = TTF_OpenFontIndex(f->file.path, size, f->file.index);
    if (font && style == FONT_BOLD) {
        TTF_SetFontStyle(font, TTF_STYLE_BOLD); /* the face has no bold of its own */
    }
    return font;
}

TTF_Font *gui_fonts_get(GuiFonts *f, int size, FontStyle style)
{
    size = size < FONT_MIN_PX ? FONT_MIN_PX : size > FONT_MAX_PX ? FONT_MAX_PX : size;
    FontSlot *oldest = &f->slots[0];
    for (int i = 0; i < FONT_SLOTS; i++) {
        FontSlot *s = &f->slots[i];
        if (s->font && s->size == size && s->style == style) {
            s->last_use = ++f->clock;
            return s->font;
        }
        if (!s->font || (oldest->font && s->last_use < oldest->last_use)) {
            oldest = s;
        }
    }
    TTF_Font *font = open_font(f, size, style);
    if (!font) {
        return NULL;
    }
    if (oldest->font) {
        TTF_CloseFont(oldest->font); /* rendered textures do not refer to it */
    }
    *oldest = (FontSlot){font, size, style, ++f->clock};
    return font;
}

static int measure_width(void *ctx, const char *s, size_t len, int size, FontStyle style)
{
    TTF_Font *font = gui_fonts_get(ctx, size, style);
    if (!font || len == 0) {
        return 0;
    }
    /* TTF_SizeUTF8 wants a NUL-terminated string; layouts measure prefixes of longer ones. */
    char small[512];
    char *buf = len < sizeof small ? small : ttx_malloc(len + 1);
    memcpy(buf, s, len);
    buf[len] = '\0';
    int w = 0, h = 0;
    if (TTF_SizeUTF8(font, buf, &w, &h) != 0) {
        w = 0;
    }
    if (buf != small) {
        free(buf);
    }
    return w;
}

static int measure_line_height(void *ctx, int size, FontStyle style)
{
    TTF_Font *font = gui_fonts_get(ctx, size, style);
    return font ? TTF_FontLineSkip(font) : size;
}

Measurer gui_fonts_measurer(GuiFonts *f)
{
    return (Measurer){f, measure_width, measure_line_height};
}

const GuiFontFile *gui_fonts_file(const GuiFonts *f)
{
    return &f->file;
}
