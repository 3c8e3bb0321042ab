/* Redrawing the damage between two frames (see gui_redraw.h). Must not depend on the app. */
#include "gui_redraw.h"

/* A text's pixels: its texture's size when the cache holds it, else its measured box with a
 * margin of a whole font size around (a line's rendering never strays that far). */
static Rect text_bounds(void *ctx, const DrawCmd *c)
{
    int w, h;
    if (gui_text_cache_peek(ctx, c->text, c->size, c->style, c->color, &w, &h)) {
        return (Rect){c->rect.x, c->rect.y, w, h};
    }
    return (Rect){c->rect.x - c->size, c->rect.y - c->size, c->rect.w + 2 * c->size,
                  c->rect.h + 2 * c->size};
}

/* Whether the list's first command paints all of r opaquely anyway (the screens begin with
 * their background), so clearing r first would only be overwritten. */
static bool first_covers(const DrawList *dl, Rect r)
{
    const DrawCmd *c = dl->n ? &dl->v[0] : NULL;
    return c && c->kind == DRAW_FILL && c->color.a == 255 && rect_contains(c->rect, r);
}

void gui_redraw(const GuiExec *x, const DrawList *prev, const DrawList *cur, Color background,
                DrawDamage *damage)
{
    SDL_Renderer *r = x->renderer;
    DrawDamage d;
    draw_damage(prev, cur, text_bounds, x->cache, &d);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(r, background.r, background.g, background.b, 255);
    if (d.full) {
        SDL_RenderSetClipRect(r, NULL);
        if (!first_covers(cur, (Rect){0, 0, cur->width, cur->height})) {
            SDL_RenderClear(r);
        }
        gui_exec(x, cur);
    } else {
        for (int i = 0; i < d.n; i++) {
            SDL_Rect region = {d.v[i].x, d.v[i].y, d.v[i].w, d.v[i].h};
            SDL_RenderSetClipRect(r, NULL);
            if (!first_covers(cur, d.v[i])) {
                SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
                SDL_SetRenderDrawColor(r, background.r, background.g, background.b, 255);
                SDL_RenderFillRect(r, &region);
            }
            gui_exec_in(x, cur, &region);
        }
    }
    if (damage) {
        *damage = d;
    }
}
