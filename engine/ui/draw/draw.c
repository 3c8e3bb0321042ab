/* Draw-list building and the text dump used by layout goldens. */
#include "draw.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"

void drawlist_init(DrawList *dl, int width, int height)
{
    memset(dl, 0, sizeof *dl);
    arena_init(&dl->arena);
    dl->width = width;
    dl->height = height;
}

void drawlist_reset(DrawList *dl, int width, int height)
{
    /* The arena is freed per frame: frames are small and this keeps memory flat over hours. */
    arena_deinit(&dl->arena);
    arena_init(&dl->arena);
    dl->n = 0;
    dl->width = width;
    dl->height = height;
}

void drawlist_deinit(DrawList *dl)
{
    arena_deinit(&dl->arena);
    free(dl->v);
    memset(dl, 0, sizeof *dl);
}

static DrawCmd *push(DrawList *dl, DrawKind kind, Rect r, Color c)
{
    if (dl->n == dl->cap) {
        dl->cap = dl->cap ? dl->cap * 2 : 256;
        dl->v = ttx_realloc(dl->v, dl->cap * sizeof(DrawCmd));
    }
    DrawCmd *cmd = &dl->v[dl->n++];
    memset(cmd, 0, sizeof *cmd);
    cmd->kind = kind;
    cmd->rect = r;
    cmd->color = c;
    return cmd;
}

void draw_fill(DrawList *dl, Rect r, Color c)
{
    if (r.w > 0 && r.h > 0) {
        push(dl, DRAW_FILL, r, c);
    }
}

void draw_frame(DrawList *dl, Rect r, Color c, int thickness)
{
    if (r.w > 0 && r.h > 0 && thickness > 0) {
        push(dl, DRAW_FRAME, r, c)->thickness = thickness;
    }
}

void draw_line(DrawList *dl, int x0, int y0, int x1, int y1, Color c, int thickness)
{
    Rect r = {x0, y0, x1 - x0, y1 - y0};
    push(dl, DRAW_LINE, r, c)->thickness = thickness > 0 ? thickness : 1;
}

void draw_text(DrawList *dl, int x, int y, const char *text, size_t len, int size, FontStyle style,
               Color c, const Measurer *m)
{
    if (len == 0) {
        return; /* SDL_ttf cannot render an empty string; nothing to draw anyway */
    }
    Rect r = {x, y, m->text_width(m->ctx, text, len, size, style),
              m->line_height(m->ctx, size, style)};
    DrawCmd *cmd = push(dl, DRAW_TEXT, r, c);
    cmd->text = arena_strndup(&dl->arena, text, len);
    cmd->size = size;
    cmd->style = style;
}

void draw_clip_push(DrawList *dl, Rect r)
{
    push(dl, DRAW_CLIP_PUSH, r, (Color){0, 0, 0, 0});
}

void draw_clip_pop(DrawList *dl)
{
    push(dl, DRAW_CLIP_POP, (Rect){0, 0, 0, 0}, (Color){0, 0, 0, 0});
}

void drawlist_dump(const DrawList *dl, FILE *out)
{
    static const char *const names[] = {"fill", "frame", "line", "text", "clip", "unclip"};
    fprintf(out, "drawlist %dx%d\n", dl->width, dl->height);
    for (size_t i = 0; i < dl->n; i++) {
        const DrawCmd *c = &dl->v[i];
        fprintf(out, "%s %d,%d %dx%d", names[c->kind], c->rect.x, c->rect.y, c->rect.w, c->rect.h);
        if (c->kind != DRAW_CLIP_PUSH && c->kind != DRAW_CLIP_POP) {
            fprintf(out, " #%02x%02x%02x%02x", c->color.r, c->color.g, c->color.b, c->color.a);
        }
        if (c->kind == DRAW_FRAME || c->kind == DRAW_LINE) {
            fprintf(out, " t%d", c->thickness);
        }
        if (c->kind == DRAW_TEXT) {
            fprintf(out, " s%d%s \"%s\"", c->size, c->style == FONT_BOLD ? "b" : "", c->text);
        }
        fputc('\n', out);
    }
}
