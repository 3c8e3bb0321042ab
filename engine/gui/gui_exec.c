/* Executing draw lists with SDL_Renderer calls (see gui_exec.h). Must not depend on the app or
 * on any particular layout: it knows only the commands of draw.h. */
#include "gui_exec.h"

#include "base.h"
#include "draw_damage.h"

#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct ClipStack {
    SDL_Rect base;   /* the region drawn into: every clip is inside it */
    bool has_region; /* else base is unbounded and no clip is set at depth 0 */
    SDL_Rect v[GUI_EXEC_MAX_CLIP];
    int depth;    /* entries in v */
    int overflow; /* pushes beyond the stack, popped before v */
} ClipStack;

static void set_color(SDL_Renderer *r, Color c)
{
    SDL_SetRenderDrawBlendMode(r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
}

static void fill(SDL_Renderer *r, int x, int y, int w, int h)
{
    if (w > 0 && h > 0) {
        SDL_RenderFillRect(r, &(SDL_Rect){x, y, w, h});
    }
}

static void exec_frame(SDL_Renderer *r, const DrawCmd *c)
{
    Rect b = c->rect;
    int t = c->thickness > 0 ? c->thickness : 1;
    if (2 * t >= b.w || 2 * t >= b.h) {
        fill(r, b.x, b.y, b.w, b.h);
        return;
    }
    /* Four bands that do not overlap, so a translucent frame has no darker corners. */
    fill(r, b.x, b.y, b.w, t);
    fill(r, b.x, b.y + b.h - t, b.w, t);
    fill(r, b.x, b.y + t, t, b.h - 2 * t);
    fill(r, b.x + b.w - t, b.y + t, t, b.h - 2 * t);
}

/* A thick diagonal line as a quad of two triangles around the centre line. */
static void thick_diagonal(SDL_Renderer *r, const DrawCmd *c)
{
    float x0 = (float)c->rect.x + 0.5f, y0 = (float)c->rect.y + 0.5f;
    float x1 = x0 + (float)c->rect.w, y1 = y0 + (float)c->rect.h;
    float len = sqrtf((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0));
    float half = (float)c->thickness / 2.0f;
    float nx = -(y1 - y0) / len * half, ny = (x1 - x0) / len * half;
    SDL_Color col = {c->color.r, c->color.g, c->color.b, c->color.a};
    SDL_Vertex v[4] = {
        {{x0 + nx, y0 + ny}, col, {0, 0}},
        {{x1 + nx, y1 + ny}, col, {0, 0}},
        {{x1 - nx, y1 - ny}, col, {0, 0}},
        {{x0 - nx, y0 - ny}, col, {0, 0}},
    };
    static const int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(r, NULL, v, 4, idx, 6);
}

static void exec_line(SDL_Renderer *r, const DrawCmd *c)
{
    int x0 = c->rect.x, y0 = c->rect.y, x1 = x0 + c->rect.w, y1 = y0 + c->rect.h;
    int t = c->thickness > 0 ? c->thickness : 1;
    if (t == 1) {
        SDL_RenderDrawLine(r, x0, y0, x1, y1);
    } else if (y0 == y1 || x0 == x1) {
        /* Axis-aligned: a rectangle centred on the line, ends included as SDL lines do. */
        int lo_x = x0 < x1 ? x0 : x1, lo_y = y0 < y1 ? y0 : y1;
        if (y0 == y1) {
            fill(r, lo_x, y0 - (t - 1) / 2, abs(x1 - x0) + 1, t);
        } else {
            fill(r, x0 - (t - 1) / 2, lo_y, t, abs(y1 - y0) + 1);
        }
    } else {
        thick_diagonal(r, c);
    }
}

/* Where a text's texture goes: its size when the cache knows it, else the measured box. */
static Rect text_rect(GuiTextCache *cache, const DrawCmd *c)
{
    int w, h;
    if (gui_text_cache_peek(cache, c->text, c->size, c->style, c->color, &w, &h)) {
        return (Rect){c->rect.x, c->rect.y, w, h};
    }
    return (Rect){c->rect.x, c->rect.y, c->rect.w, c->rect.h};
}

/* Whether the outline c draws any pixel of t (its four bands, or all of it when it is thick
 * enough to be filled). */
static bool frame_touches(const DrawCmd *c, Rect t)
{
    Rect b = c->rect;
    int k = c->thickness > 0 ? c->thickness : 1;
    if (2 * k >= b.w || 2 * k >= b.h) {
        return rect_intersects(b, t);
    }
    return rect_intersects((Rect){b.x, b.y, b.w, k}, t) ||
           rect_intersects((Rect){b.x, b.y + b.h - k, b.w, k}, t) ||
           rect_intersects((Rect){b.x, b.y, k, b.h}, t) ||
           rect_intersects((Rect){b.x + b.w - k, b.y, k, b.h}, t);
}

enum { SOLID_SCAN_MAX = 96 }; /* commands looked back at; texts are drawn near their fills */

/* Whether everything under rectangle t, when command i draws, is one opaque colour (*bg): going
 * back from i, the first command that touches t is an opaque fill covering t, drawn under the
 * same clips as i or wider ones. Then the text can be composed on bg beforehand and copied. */
static bool solid_under(const DrawList *dl, size_t i, Rect t, GuiTextCache *cache, Color *bg)
{
    int closed = 0; /* clip groups closed between the fill and i, entered going back */
    for (size_t j = i, seen = 0; j-- > 0 && seen < SOLID_SCAN_MAX; seen++) {
        const DrawCmd *c = &dl->v[j];
        if (c->kind == DRAW_CLIP_POP) {
            closed++;
            continue;
        }
        if (c->kind == DRAW_CLIP_PUSH) {
            closed -= closed > 0; /* at 0: i's own group opened, the rest clips wider */
            continue;
        }
        if (c->color.a == 0) {
            continue; /* draws nothing */
        }
        bool touches = c->kind == DRAW_FILL    ? rect_intersects(c->rect, t)
                       : c->kind == DRAW_FRAME ? frame_touches(c, t)
                       : c->kind == DRAW_TEXT  ? rect_intersects(text_rect(cache, c), t)
                                               : rect_intersects(draw_cmd_bounds(c, NULL, NULL), t);
        if (!touches) {
            continue;
        }
        if (c->kind == DRAW_FILL && c->color.a == 255 && closed == 0 && rect_contains(c->rect, t)) {
            *bg = c->color;
            return true;
        }
        return false;
    }
    return false;
}

static bool same_rgb(Color a, Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* A text's texture: composed on its background when the list shows that to be one opaque
 * colour (a copy instead of a blend), else the blended one. */
static SDL_Texture *text_texture(const GuiExec *x, const DrawList *dl, size_t i, int *w, int *h)
{
    GuiTextCache *cache = x->cache;
    const DrawCmd *c = &dl->v[i];
    Rect guess = text_rect(cache, c);
    Color bg, bg_real;
    if (!x->blend_text && c->color.a == 255 && solid_under(dl, i, guess, cache, &bg)) {
        SDL_Texture *tex =
            gui_text_cache_get_on(cache, c->text, c->size, c->style, c->color, bg, w, h);
        /* A line rendered just now may be larger than its measured box: look again then. */
        Rect real = {c->rect.x, c->rect.y, *w, *h};
        bool same_box = real.w == guess.w && real.h == guess.h;
        if (tex &&
            (same_box || (solid_under(dl, i, real, cache, &bg_real) && same_rgb(bg, bg_real)))) {
            return tex;
        }
    }
    return gui_text_cache_get(cache, c->text, c->size, c->style, c->color, w, h);
}

static void exec_text(const GuiExec *x, const DrawList *dl, size_t i)
{
    const DrawCmd *c = &dl->v[i];
    int w, h;
    SDL_Texture *tex = text_texture(x, dl, i, &w, &h);
    if (!tex) {
        return;
    }
    SDL_SetTextureAlphaMod(tex, c->color.a);
    /* At the texture's own size: the measured width is the rendered one (same TTF_Font). */
    SDL_RenderCopy(x->renderer, tex, NULL, &(SDL_Rect){c->rect.x, c->rect.y, w, h});
}

static const SDL_Rect *current_clip(const ClipStack *cs)
{
    return cs->depth > 0 ? &cs->v[cs->depth - 1] : &cs->base;
}

static void apply_clip(SDL_Renderer *r, const ClipStack *cs)
{
    SDL_RenderSetClipRect(r, cs->depth > 0 || cs->has_region ? current_clip(cs) : NULL);
}

static void clip_push(SDL_Renderer *r, ClipStack *cs, Rect rect)
{
    if (cs->depth == GUI_EXEC_MAX_CLIP) {
        cs->overflow++;
        return;
    }
    SDL_Rect want = {rect.x, rect.y, rect.w > 0 ? rect.w : 0, rect.h > 0 ? rect.h : 0};
    if (!SDL_IntersectRect(current_clip(cs), &want, &want)) {
        want.w = want.h = 0;
    }
    cs->v[cs->depth++] = want;
    apply_clip(r, cs);
}

static void clip_pop(SDL_Renderer *r, ClipStack *cs)
{
    if (cs->overflow > 0) {
        cs->overflow--;
    } else if (cs->depth > 0) {
        cs->depth--;
        apply_clip(r, cs);
    }
}

/* An empty clip: SDL treats a zero-sized clip rectangle unevenly across renderers, so commands
 * under it are skipped instead of drawn into it. */
static bool clipped_away(const ClipStack *cs)
{
    return current_clip(cs)->w <= 0 || current_clip(cs)->h <= 0;
}

/* Whether a command other than text can touch the current clip (text is clipped by SDL as it
 * blits, and its size is known only from its texture). */
static bool reaches_clip(const ClipStack *cs, const DrawCmd *c)
{
    if (c->kind == DRAW_TEXT) {
        return true;
    }
    Rect b = draw_cmd_bounds(c, NULL, NULL);
    const SDL_Rect *k = current_clip(cs);
    return rect_intersects(b, (Rect){k->x, k->y, k->w, k->h});
}

void gui_exec_in(const GuiExec *x, const DrawList *dl, const SDL_Rect *region)
{
    SDL_Renderer *r = x->renderer;
    ClipStack cs = {.depth = 0, .overflow = 0, .has_region = region != NULL};
    /* Without a region: the whole target, whatever size the list thinks it has. */
    cs.base = region ? *region : (SDL_Rect){INT_MIN / 4, INT_MIN / 4, INT_MAX / 2, INT_MAX / 2};
    apply_clip(r, &cs);
    for (size_t i = 0; i < dl->n; i++) {
        const DrawCmd *c = &dl->v[i];
        if (c->kind == DRAW_CLIP_PUSH) {
            clip_push(r, &cs, c->rect);
            continue;
        }
        if (c->kind == DRAW_CLIP_POP) {
            clip_pop(r, &cs);
            continue;
        }
        if (clipped_away(&cs) || c->color.a == 0 || (region && !reaches_clip(&cs, c))) {
            continue;
        }
        switch (c->kind) {
        case DRAW_FILL:
            set_color(r, c->color);
            fill(r, c->rect.x, c->rect.y, c->rect.w, c->rect.h);
            break;
        case DRAW_FRAME:
            set_color(r, c->color);
            exec_frame(r, c);
            break;
        case DRAW_LINE:
            set_color(r, c->color);
            exec_line(r, c);
            break;
        case DRAW_TEXT:
            exec_text(x, dl, i);
            break;
        default:
            break;
        }
    }
    SDL_RenderSetClipRect(r, NULL);
}

void gui_exec(const GuiExec *x, const DrawList *dl)
{
    gui_exec_in(x, dl, NULL);
}

uint8_t *gui_exec_read_back(SDL_Renderer *r, int width, int height)
{
    uint8_t *px = ttx_malloc((size_t)width * (size_t)height * 4);
    if (SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_RGBA32, px, width * 4) != 0) {
        free(px);
        return NULL;
    }
    return px;
}
