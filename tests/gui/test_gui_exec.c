/* Pixel goldens of the draw-list executor (STYLE.md layer 5): hand-made draw lists — fills,
 * translucent fills, frames, thin and thick lines, Latin and Japanese text in both styles,
 * nested and empty clips, unbalanced pops — executed by SDL's software renderer on an offscreen
 * canvas and compared with the PNGs in tests/gui/golden within a small tolerance.
 *
 * usage: test_gui_exec GOLDEN_DIR FAILURE_DIR
 * TTX_REBASELINE=1 rewrites the goldens and GOLDEN_DIR/versions.txt. Without it, the test is
 * skipped (exit 77) when SDL, SDL_ttf, FreeType, HarfBuzz or the font differ from versions.txt,
 * and a failure writes NAME-actual.png and NAME-diff.png (differing pixels red) to FAILURE_DIR. */
#include <SDL.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "gui_canvas.h"
#include "gui_png.h"
#include "gui_test.h"
#include "png_golden.h"


static const Color white = {255, 255, 255, 255}, black = {0, 0, 0, 255};

static void build_shapes(DrawList *dl)
{
    draw_fill(dl, (Rect){0, 0, 320, 200}, white);
    draw_fill(dl, (Rect){10, 10, 80, 60}, (Color){220, 40, 40, 255});
    draw_fill(dl, (Rect){50, 40, 80, 60}, (Color){40, 40, 220, 128}); /* blends over red */
    draw_fill(dl, (Rect){0, 0, 320, 200}, (Color){0, 0, 0, 0});       /* invisible */
    draw_frame(dl, (Rect){10, 110, 60, 40}, black, 1);
    draw_frame(dl, (Rect){80, 110, 60, 40}, (Color){0, 128, 0, 255}, 4);
    /* Translucent and thick: corners must not be darker than the sides. */
    draw_frame(dl, (Rect){150, 110, 60, 40}, (Color){128, 0, 128, 128}, 8);
    draw_frame(dl, (Rect){220, 110, 20, 12}, black, 7); /* thicker than half: a filled box */
    draw_line(dl, 10, 170, 140, 195, black, 1);
    draw_line(dl, 10, 160, 140, 160, (Color){200, 100, 0, 255}, 3);
    draw_line(dl, 150, 160, 150, 195, (Color){0, 100, 200, 255}, 4);
    draw_line(dl, 160, 195, 300, 160, (Color){0, 0, 0, 255}, 5);
    draw_line(dl, 160, 160, 300, 195, (Color){220, 0, 0, 128}, 6);
    /* Nested clips: the green fill shows only inside the outer clip, the black one only in
     * the intersection. */
    draw_clip_push(dl, (Rect){200, 20, 60, 60});
    draw_fill(dl, (Rect){180, 0, 200, 200}, (Color){0, 180, 0, 255});
    draw_clip_push(dl, (Rect){230, 50, 100, 100});
    draw_fill(dl, (Rect){0, 0, 320, 200}, black);
    draw_clip_pop(dl);
    draw_line(dl, 190, 10, 270, 90, (Color){255, 255, 0, 255}, 3);
    draw_clip_pop(dl);
    /* An empty clip hides everything under it; a pop too many is ignored. */
    draw_clip_push(dl, (Rect){270, 10, 0, 40});
    draw_fill(dl, (Rect){0, 0, 320, 200}, (Color){255, 0, 0, 255});
    draw_clip_pop(dl);
    draw_clip_pop(dl);
    draw_fill(dl, (Rect){280, 20, 30, 30}, (Color){0, 0, 0, 255});
}

static void text(DrawList *dl, const Measurer *m, int x, int y, const char *s, int size,
                 FontStyle style, Color c)
{
    draw_text(dl, x, y, s, strlen(s), size, style, c, m);
}

static void build_text(DrawList *dl, const Measurer *m)
{
    draw_fill(dl, (Rect){0, 0, 600, 260}, white);
    text(dl, m, 10, 8, "The quick brown fox 0123456789 (T+0:10)", 14, FONT_REGULAR, black);
    text(dl, m, 10, 30, "インシデント対応机上演習：初動対応（検知）", 24, FONT_REGULAR, black);
    text(dl, m, 10, 62, "インシデント対応机上演習：初動対応（検知）", 24, FONT_BOLD, black);
    text(dl, m, 10, 96, "T+0:10 山田が対応", 32, FONT_BOLD, (Color){20, 60, 160, 255});
    draw_fill(dl, (Rect){10, 140, 300, 30}, (Color){250, 200, 60, 255});
    text(dl, m, 14, 142, "半透明の文字 translucent", 22, FONT_REGULAR, (Color){0, 0, 0, 128});
    /* A frame drawn around the measured box: the text must sit inside it exactly. */
    const char *boxed = "測った幅 = 描いた幅";
    int w = m->text_width(m->ctx, boxed, strlen(boxed), 20, FONT_REGULAR);
    int h = m->line_height(m->ctx, 20, FONT_REGULAR);
    text(dl, m, 340, 144, boxed, 20, FONT_REGULAR, black);
    draw_frame(dl, (Rect){339, 143, w + 2, h + 2}, (Color){200, 0, 0, 255}, 1);
    draw_clip_push(dl, (Rect){20, 180, 150, 30});
    draw_fill(dl, (Rect){0, 176, 600, 40}, (Color){230, 230, 250, 255});
    text(dl, m, 10, 182, "クリップされる長い文章の例です", 24, FONT_REGULAR, black);
    draw_clip_pop(dl);
    text(dl, m, 10, 220, "", 24, FONT_REGULAR, black); /* draws nothing */
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_gui_exec GOLDEN_DIR FAILURE_DIR\n");
        return 2;
    }
    GuiFontFile font = gui_test_font();
    png_golden_versions(&font, argv[1]);
    char err[512];
    GuiCanvas *c = gui_canvas_create(320, 200, &font, err, sizeof err);
    if (!c) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    DrawList dl;
    drawlist_init(&dl, 320, 200);
    build_shapes(&dl);
    gui_canvas_draw(c, &dl, black);
    png_golden_check("exec-shapes", c, argv[1], argv[2]);

    CHECK(gui_canvas_resize(c, 600, 260, err, sizeof err));
    drawlist_reset(&dl, 600, 260);
    build_text(&dl, gui_canvas_measurer(c));
    gui_canvas_draw(c, &dl, black);
    png_golden_check("exec-text", c, argv[1], argv[2]);

    drawlist_deinit(&dl);
    gui_canvas_destroy(c);
    SDL_Quit(); /* frees SDL's error and hint state, for the leak checker */
    return check_done();
}
