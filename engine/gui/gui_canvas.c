/* The offscreen canvas (see gui_canvas.h): an RGBA32 surface, a software renderer on it, fonts
 * and a text cache. Rendering an App lives in gui_canvas_app.c, so programs that only draw lists
 * do not link the app. Must not depend on a window or a video driver. */
#include "gui_canvas.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "gui_exec.h"
#include "gui_fonts.h"
#include "gui_png.h"
#include "gui_redraw.h"
#include "gui_text_cache.h"
#include "paths.h"

struct GuiCanvas {
    SDL_Surface *surface;
    SDL_Renderer *renderer;
    GuiFonts *fonts;
    GuiTextCache *cache;
    Measurer measurer;
    /* The list on the canvas now (valid when shown_valid) and the one being laid out: the next
     * frame redraws only where they differ. */
    DrawList shown, next;
    bool shown_valid;
    DrawDamage damage; /* of the last frame */
    bool blend_text;   /* GuiExec.blend_text */
};

static GuiExec executor(const GuiCanvas *c)
{
    return (GuiExec){c->renderer, c->cache, c->blend_text};
}

static bool make_target(GuiCanvas *c, int width, int height, char *err, size_t err_size)
{
    c->surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (c->surface) {
        c->renderer = SDL_CreateSoftwareRenderer(c->surface);
    }
    if (!c->renderer) {
        snprintf(err, err_size, "cannot create a %d×%d offscreen canvas: %s", width, height,
                 SDL_GetError());
        return false;
    }
    c->cache = gui_text_cache_create(c->renderer, c->fonts, GUI_TEXT_CACHE_BUDGET);
    return true;
}

static void free_target(GuiCanvas *c)
{
    c->shown_valid = false;
    gui_text_cache_destroy(c->cache);
    if (c->renderer) {
        SDL_DestroyRenderer(c->renderer);
    }
    if (c->surface) {
        SDL_FreeSurface(c->surface);
    }
    c->cache = NULL;
    c->renderer = NULL;
    c->surface = NULL;
}

GuiCanvas *gui_canvas_create(int width, int height, const GuiFontFile *font, char *err,
                             size_t err_size)
{
    GuiCanvas *c = ttx_calloc(1, sizeof *c);
    c->fonts = gui_fonts_open(font, err, err_size);
    c->measurer = gui_fonts_measurer(c->fonts);
    drawlist_init(&c->shown, width, height);
    drawlist_init(&c->next, width, height);
    if (!c->fonts || !make_target(c, width, height, err, err_size)) {
        gui_canvas_destroy(c);
        return NULL;
    }
    return c;
}

void gui_canvas_destroy(GuiCanvas *c)
{
    if (!c) {
        return;
    }
    free_target(c);
    gui_fonts_close(c->fonts);
    drawlist_deinit(&c->shown);
    drawlist_deinit(&c->next);
    free(c);
}

bool gui_canvas_resize(GuiCanvas *c, int width, int height, char *err, size_t err_size)
{
    free_target(c);
    return make_target(c, width, height, err, err_size);
}

void gui_canvas_size(const GuiCanvas *c, int *width, int *height)
{
    *width = c->surface ? c->surface->w : 0;
    *height = c->surface ? c->surface->h : 0;
}

const Measurer *gui_canvas_measurer(GuiCanvas *c)
{
    return &c->measurer;
}

void gui_canvas_draw(GuiCanvas *c, const DrawList *dl, Color background)
{
    if (!c->renderer) {
        return;
    }
    SDL_SetRenderDrawBlendMode(c->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(c->renderer, background.r, background.g, background.b, 255);
    SDL_RenderClear(c->renderer);
    GuiExec x = executor(c);
    gui_exec(&x, dl);
    SDL_RenderFlush(c->renderer);
    c->shown_valid = false; /* the caller's list is not kept */
    memset(&c->damage, 0, sizeof c->damage);
    c->damage.full = true;
}

DrawList *gui_canvas_begin(GuiCanvas *c)
{
    int w, h;
    gui_canvas_size(c, &w, &h);
    drawlist_reset(&c->next, w, h);
    return &c->next;
}

void gui_canvas_finish(GuiCanvas *c, Color background)
{
    if (!c->renderer) {
        return;
    }
    GuiExec x = executor(c);
    gui_redraw(&x, c->shown_valid ? &c->shown : NULL, &c->next, background, &c->damage);
    SDL_RenderFlush(c->renderer);
    DrawList t = c->shown;
    c->shown = c->next;
    c->next = t;
    c->shown_valid = true;
}

void gui_canvas_invalidate(GuiCanvas *c)
{
    c->shown_valid = false;
}

void gui_canvas_blend_text(GuiCanvas *c, bool blend)
{
    c->blend_text = blend;
    c->shown_valid = false; /* the pixels of texts differ by rounding: draw everything again */
}

long gui_canvas_redrawn_pixels(const GuiCanvas *c)
{
    return draw_damage_area(&c->damage);
}

uint8_t *gui_canvas_pixels(GuiCanvas *c, int *width, int *height)
{
    gui_canvas_size(c, width, height);
    return c->renderer ? gui_exec_read_back(c->renderer, *width, *height) : NULL;
}

bool gui_canvas_save_png(GuiCanvas *c, const char *path, char *err, size_t err_size)
{
    int w, h;
    uint8_t *px = gui_canvas_pixels(c, &w, &h);
    if (!px) {
        snprintf(err, err_size, "cannot read the canvas back: %s", SDL_GetError());
        return false;
    }
    bool ok = gui_png_write(path, px, w, h, err, err_size);
    free(px);
    return ok;
}

/* Size and FNV-1a hash of a file: enough to notice a different font build. */
static void file_fingerprint(const char *path, long *size, unsigned long long *hash)
{
    *size = -1;
    *hash = 14695981039346656037ull;
    FILE *f = fopen(path, "rb");
    if (!f) {
        return;
    }
    unsigned char buf[65536];
    size_t n;
    *size = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t i = 0; i < n; i++) {
            *hash = (*hash ^ buf[i]) * 1099511628211ull;
        }
        *size += (long)n;
    }
    fclose(f);
}

void gui_canvas_versions(const GuiFontFile *font, char *buf, size_t size)
{
    SDL_version sdl;
    SDL_GetVersion(&sdl);
    const SDL_version *ttf = TTF_Linked_Version();
    int ft[3] = {0, 0, 0}, hb[3];
    /* FreeType reports its version only while SDL_ttf holds it open. */
    if (TTF_Init() == 0) {
        TTF_GetFreeTypeVersion(&ft[0], &ft[1], &ft[2]);
        TTF_Quit();
    }
    TTF_GetHarfBuzzVersion(&hb[0], &hb[1], &hb[2]);
    long fsize;
    unsigned long long fhash;
    file_fingerprint(font->path, &fsize, &fhash);
    /* The file itself, not the name of a link to it (fonts-japanese-gothic.ttf is one). */
    char *real = realpath(font->path, NULL);
    const char *name = real ? real : font->path;
    snprintf(buf, size,
             "sdl %d.%d.%d\nsdl_ttf %d.%d.%d\nfreetype %d.%d.%d\nharfbuzz %d.%d.%d\n"
             "font %s %d %ld %016llx\n",
             sdl.major, sdl.minor, sdl.patch, ttf->major, ttf->minor, ttf->patch, ft[0], ft[1],
             ft[2], hb[0], hb[1], hb[2], path_basename(name), font->index, fsize, fhash);
    free(real);
}
