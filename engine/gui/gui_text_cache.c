/* The text-texture LRU (see gui_text_cache.h): a hash table for lookups and a doubly linked list
 * in order of use, least recent at the tail, where eviction takes from. Must not depend on the
 * app or on how draw lists are built. */
#include "gui_text_cache.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

typedef struct Entry {
    struct Entry *prev, *next; /* use order: head is the most recent */
    struct Entry *chain;       /* next entry in the same hash bucket */
    uint64_t hash;
    int size;
    FontStyle style;
    uint8_t r, g, b;
    bool opaque; /* composed on a solid background, drawn without blending */
    uint8_t bg_r, bg_g, bg_b;
    SDL_Texture *tex; /* NULL: the line failed to render (remembered so it is not retried) */
    int w, h;
    size_t bytes;
    size_t len;
    char text[]; /* NUL-terminated */
} Entry;

struct GuiTextCache {
    SDL_Renderer *renderer;
    GuiFonts *fonts;
    Entry **buckets;
    size_t n_buckets; /* a power of two */
    Entry *head, *tail;
    GuiTextStats stats;
};

static uint64_t key_hash(const char *text, size_t len, int size, FontStyle style, Color c)
{
    uint64_t h = 14695981039346656037u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)text[i]) * 1099511628211u;
    }
    uint64_t extra = (uint64_t)(unsigned)size << 32 | (uint64_t)style << 24 | (uint64_t)c.r << 16 |
                     (uint64_t)c.g << 8 | c.b;
    for (int i = 0; i < 8; i++) {
        h = (h ^ ((extra >> (8 * i)) & 0xff)) * 1099511628211u;
    }
    return h;
}

GuiTextCache *gui_text_cache_create(SDL_Renderer *r, GuiFonts *fonts, size_t budget_bytes)
{
    GuiTextCache *c = ttx_calloc(1, sizeof *c);
    c->renderer = r;
    c->fonts = fonts;
    c->n_buckets = 256;
    c->buckets = ttx_calloc(c->n_buckets, sizeof(Entry *));
    c->stats.budget = budget_bytes;
    return c;
}

static void unlink_lru(GuiTextCache *c, Entry *e)
{
    *(e->prev ? &e->prev->next : &c->head) = e->next;
    *(e->next ? &e->next->prev : &c->tail) = e->prev;
    e->prev = e->next = NULL;
}

static void push_front(GuiTextCache *c, Entry *e)
{
    e->prev = NULL;
    e->next = c->head;
    *(c->head ? &c->head->prev : &c->tail) = e;
    c->head = e;
}

static void remove_entry(GuiTextCache *c, Entry *e)
{
    Entry **p = &c->buckets[e->hash & (c->n_buckets - 1)];
    while (*p != e) {
        p = &(*p)->chain;
    }
    *p = e->chain;
    unlink_lru(c, e);
    if (e->tex) {
        SDL_DestroyTexture(e->tex);
    }
    c->stats.bytes -= e->bytes;
    c->stats.entries--;
    free(e);
}

void gui_text_cache_clear(GuiTextCache *c)
{
    while (c->head) {
        remove_entry(c, c->head);
    }
    c->stats.clears++;
}

void gui_text_cache_destroy(GuiTextCache *c)
{
    if (!c) {
        return;
    }
    gui_text_cache_clear(c);
    free(c->buckets);
    free(c);
}

/* Doubles the table when it gets as full as it is wide, keeping chains short. */
static void grow(GuiTextCache *c)
{
    size_t n = c->n_buckets * 2;
    Entry **b = ttx_calloc(n, sizeof(Entry *));
    for (Entry *e = c->head; e; e = e->next) {
        e->chain = b[e->hash & (n - 1)];
        b[e->hash & (n - 1)] = e;
    }
    free(c->buckets);
    c->buckets = b;
    c->n_buckets = n;
}

/* Blends the rendered line onto its solid background once, here, so that drawing it is a copy:
 * blending a screen of text every frame is most of what the software renderer spends. */
static bool compose_on_background(SDL_Surface *s, const Entry *e)
{
    if (s->format->format != SDL_PIXELFORMAT_ARGB8888 || SDL_LockSurface(s) != 0) {
        return false;
    }
    for (int y = 0; y < s->h; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
        for (int x = 0; x < s->w; x++) {
            Uint32 a = row[x] >> 24, na = 255 - a;
            Uint32 r = (e->r * a + e->bg_r * na + 127) / 255;
            Uint32 g = (e->g * a + e->bg_g * na + 127) / 255;
            Uint32 b = (e->b * a + e->bg_b * na + 127) / 255;
            row[x] = 0xff000000u | r << 16 | g << 8 | b;
        }
    }
    SDL_UnlockSurface(s);
    return true;
}

static void render(GuiTextCache *c, Entry *e)
{
    TTF_Font *font = gui_fonts_get(c->fonts, e->size, e->style);
    if (!font) {
        return;
    }
    c->stats.renders++;
    /* Rendered opaque: the colour's alpha is applied per draw (SDL_SetTextureAlphaMod). */
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, e->text, (SDL_Color){e->r, e->g, e->b, 255});
    if (!s) {
        return;
    }
    if (e->opaque && !compose_on_background(s, e)) {
        SDL_FreeSurface(s);
        return;
    }
    e->tex = SDL_CreateTextureFromSurface(c->renderer, s);
    if (e->tex) {
        SDL_SetTextureBlendMode(e->tex, e->opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
        e->w = s->w;
        e->h = s->h;
        e->bytes += (size_t)s->w * (size_t)s->h * 4;
    }
    SDL_FreeSurface(s);
}

/* Evicts from the tail until the budget holds, never the entry just used. */
static void enforce_budget(GuiTextCache *c, const Entry *keep)
{
    while (c->stats.bytes > c->stats.budget && c->tail && c->tail != keep) {
        remove_entry(c, c->tail);
        c->stats.evictions++;
    }
}

/* The entry for the line on background bg (NULL: blended); with any_bg, any entry of the line
 * (they all have the same size). The hash leaves the background out, so the entries of one
 * line share a chain. */
static Entry *find(GuiTextCache *c, const char *text, size_t len, int size, FontStyle style,
                   Color color, const Color *bg, bool any_bg, uint64_t hash)
{
    for (Entry *e = c->buckets[hash & (c->n_buckets - 1)]; e; e = e->chain) {
        if (e->hash == hash && e->size == size && e->style == style && e->r == color.r &&
            e->g == color.g && e->b == color.b && e->len == len &&
            memcmp(e->text, text, len) == 0 &&
            (any_bg || (bg ? e->opaque && e->bg_r == bg->r && e->bg_g == bg->g && e->bg_b == bg->b
                           : !e->opaque))) {
            return e;
        }
    }
    return NULL;
}

bool gui_text_cache_peek(GuiTextCache *c, const char *text, int size, FontStyle style, Color color,
                         int *w, int *h)
{
    size_t len = text ? strlen(text) : 0;
    Entry *e = len ? find(c, text, len, size, style, color, NULL, true,
                          key_hash(text, len, size, style, color))
                   : NULL;
    if (!e || !e->tex) {
        return false;
    }
    *w = e->w;
    *h = e->h;
    return true;
}

static SDL_Texture *get(GuiTextCache *c, const char *text, int size, FontStyle style, Color color,
                        const Color *bg, int *w, int *h);

SDL_Texture *gui_text_cache_get(GuiTextCache *c, const char *text, int size, FontStyle style,
                                Color color, int *w, int *h)
{
    return get(c, text, size, style, color, NULL, w, h);
}

SDL_Texture *gui_text_cache_get_on(GuiTextCache *c, const char *text, int size, FontStyle style,
                                   Color color, Color bg, int *w, int *h)
{
    return get(c, text, size, style, color, &bg, w, h);
}

static SDL_Texture *get(GuiTextCache *c, const char *text, int size, FontStyle style, Color color,
                        const Color *bg, int *w, int *h)
{
    *w = *h = 0;
    size_t len = text ? strlen(text) : 0;
    if (len == 0) {
        return NULL; /* TTF_Render* fails on "" and there is nothing to draw */
    }
    uint64_t hash = key_hash(text, len, size, style, color);
    Entry *e = find(c, text, len, size, style, color, bg, false, hash);
    if (e) {
        c->stats.hits++;
        unlink_lru(c, e);
        push_front(c, e);
        *w = e->w;
        *h = e->h;
        return e->tex;
    }
    c->stats.misses++;
    e = ttx_calloc(1, sizeof(Entry) + len + 1);
    e->hash = hash;
    e->size = size;
    e->style = style;
    e->r = color.r;
    e->g = color.g;
    e->b = color.b;
    e->len = len;
    if (bg) {
        e->opaque = true;
        e->bg_r = bg->r;
        e->bg_g = bg->g;
        e->bg_b = bg->b;
    }
    memcpy(e->text, text, len + 1);
    e->bytes = sizeof(Entry) + len + 1;
    render(c, e);
    if (!e->tex) {
        c->stats.failures++;
    }
    if (c->stats.entries >= c->n_buckets) {
        grow(c);
    }
    e->chain = c->buckets[hash & (c->n_buckets - 1)];
    c->buckets[hash & (c->n_buckets - 1)] = e;
    push_front(c, e);
    c->stats.entries++;
    c->stats.bytes += e->bytes;
    enforce_budget(c, e);
    *w = e->w;
    *h = e->h;
    return e->tex;
}

GuiTextStats gui_text_cache_stats(const GuiTextCache *c)
{
    return c->stats;
}
