/* Fonts per pixel size and the SDL_ttf Measurer (see gui_fonts.h). A font is opened per size
 * rather than resized with TTF_SetFontSize, because the layouts use a handful of sizes every frame
 * and switching sizes would flush FreeType's glyph cache each time. Must not depend on the app. */
#include "gui_fonts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "file_read.h"

/* Enough for every size of two window sizes at once; more are closed least recently used. */
enum { FONT_SLOTS = 32, FONT_MIN_PX = 1, FONT_MAX_PX = 512 };

typedef struct FontSlot {
    TTF_Font *font;
    int size;
    FontStyle style;
    unsigned long last_use;
} FontSlot;

/* Measured widths, keyed by the exact text, size and style. Layouts measure the same strings
 * every frame (and the wrapper measures prefixes), while SDL_ttf keeps only 256 glyphs per font
 * and reloads — and re-hints — Japanese glyphs on every measurement; a profile of a 1080p frame
 * was mostly FreeType's hinting interpreter and font-file seeks. Cleared whole when full. */
enum { WIDTH_SLOTS = 16384, WIDTH_MAX_ENTRIES = WIDTH_SLOTS / 2, WIDTH_MAX_BYTES = 4 << 20 };

typedef struct WidthEntry {
    char *text; /* owned copy, NULL when the slot is free */
    size_t len;
    uint32_t hash;
    int size;
    FontStyle style;
    int width;
} WidthEntry;

struct GuiFonts {
    GuiFontFile file;
    FontSlot slots[FONT_SLOTS];
    unsigned long clock;
    char *data, *bold_data; /* the font files in memory, so glyph loads never seek the disk */
    size_t data_len, bold_len;
    WidthEntry *widths;
    size_t n_widths, width_bytes;
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
    f->widths = ttx_calloc(WIDTH_SLOTS, sizeof(WidthEntry));
    const char *reason;
    /* A file that cannot be read is left to TTF_OpenFontIndex below, which reports it. */
    file_read_all(file->path, &f->data, &f->data_len, &reason);
    if (file->bold_path[0]) {
        file_read_all(file->bold_path, &f->bold_data, &f->bold_len, &reason);
    }
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
    for (size_t i = 0; i < WIDTH_SLOTS; i++) {
        free(f->widths[i].text);
    }
    free(f->widths);
    free(f->data);
    free(f->bold_data);
    free(f);
    TTF_Quit();
}

/* Opens from the bytes in memory when the file was read, else from the file. */
static TTF_Font *open_face(const char *data, size_t len, const char *path, int size, long index)
{
    if (data) {
        SDL_RWops *rw = SDL_RWFromConstMem(data, (int)len);
        return rw ? TTF_OpenFontIndexRW(rw, 1, size, index) : NULL;
    }
    return TTF_OpenFontIndex(path, size, index);
}

static TTF_Font *open_font(const GuiFonts *f, int size, FontStyle style)
{
    if (style == FONT_BOLD && f->file.bold_path[0]) {
        TTF_Font *b = open_face(f->bold_data, f->bold_len, f->file.bold_path, size,
                                f->file.bold_index);
        if (b) {
            return b;
        }
    }
    TTF_Font *font = open_face(f->data, f->data_len, f->file.path, size, f->file.index);
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

static uint32_t hash_text(const char *s, size_t len, int size, FontStyle style)
{
    uint32_t h = 2166136261u ^ (uint32_t)size ^ ((uint32_t)style << 16);
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    }
    return h;
}

static void widths_clear(GuiFonts *f)
{
    for (size_t i = 0; i < WIDTH_SLOTS; i++) {
        free(f->widths[i].text);
    }
    memset(f->widths, 0, WIDTH_SLOTS * sizeof(WidthEntry));
    f->n_widths = 0;
    f->width_bytes = 0;
}

/* The slot of (s, size, style): its entry, or the free slot where it belongs. */
static WidthEntry *width_slot(GuiFonts *f, const char *s, size_t len, int size, FontStyle style,
                              uint32_t h)
{
    size_t i = h & (WIDTH_SLOTS - 1);
    for (;;) {
        WidthEntry *e = &f->widths[i];
        if (!e->text || (e->hash == h && e->len == len && e->size == size &&
                         e->style == style && memcmp(e->text, s, len) == 0)) {
            return e;
        }
        i = (i + 1) & (WIDTH_SLOTS - 1);
    }
}

static int measure_uncached(GuiFonts *f, const char *s, size_t len, int size, FontStyle style);

static int measure_width(void *ctx, const char *s, size_t len, int size, FontStyle style)
{
    GuiFonts *f = ctx;
    if (len == 0) {
        return 0;
    }
    uint32_t h = hash_text(s, len, size, style);
    WidthEntry *e = width_slot(f, s, len, size, style, h);
    if (e->text) {
        return e->width;
    }
    int w = measure_uncached(f, s, len, size, style);
    if (f->n_widths >= WIDTH_MAX_ENTRIES || f->width_bytes + len > WIDTH_MAX_BYTES) {
        widths_clear(f);
        e = width_slot(f, s, len, size, style, h);
    }
    e->text = ttx_malloc(len);
    memcpy(e->text, s, len);
    e->len = len;
    e->hash = h;
    e->size = size;
    e->style = style;
    e->width = w;
    f->n_widths++;
    f->width_bytes += len;
    return w;
}

static int measure_uncached(GuiFonts *f, const char *s, size_t len, int size, FontStyle style)
{
    TTF_Font *font = gui_fonts_get(f, size, style);
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
