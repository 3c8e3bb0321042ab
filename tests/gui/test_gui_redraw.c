/* Redrawing only what changed (engine/gui/gui_redraw.c) gives, pixel for pixel, the frame a
 * full redraw gives. Two canvases follow the same frames: one keeps its frame and redraws the
 * damage, the other clears and draws everything; after every frame they must be identical.
 *   1. Random draw lists, mutated frame by frame: texts edited, rectangles moved, colours
 *      changed, commands inserted and removed, clips moved, slanted and thick lines.
 *   2. The facilitator app on each bundled exercise, driven by a long random sequence of keys,
 *      clicks, wheel turns, typed text and clock ticks, on both audiences' views.
 * And texts composed on their background beforehand (gui_exec) look, within rounding, as the
 * same texts blended as they are drawn.
 * usage: test_gui_redraw FAILURE_DIR (run from tests/). On a mismatch both frames are written
 * there as PNG. Exit 77 without a Japanese font. */
#include <SDL.h>
#include <stdint.h>
#include <sys/stat.h>

#include "app.h"
#include "check.h"
#include "fixture.h"
#include "gui_canvas.h"
#include "gui_test.h"

static const char *fail_dir;
static char err[512];
static uint64_t rng = 0x9e3779b97f4a7c15u;

static int rnd(int n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (int)(rng % (uint64_t)n);
}

/* Compares the two canvases; on a difference says where and writes both frames. */
static bool same_pixels(GuiCanvas *inc, GuiCanvas *full, const char *what, int frame)
{
    int w, h, w2, h2;
    uint8_t *a = gui_canvas_pixels(inc, &w, &h), *b = gui_canvas_pixels(full, &w2, &h2);
    bool same = a && b && w == w2 && h == h2;
    long differ = 0, first = -1;
    for (long i = 0; same && i < (long)w * h; i++) {
        if (memcmp(a + 4 * i, b + 4 * i, 4) != 0) {
            differ++;
            first = first < 0 ? i : first;
        }
    }
    if (differ) {
        fprintf(stderr, "%s frame %d: %ld pixels differ, the first at (%ld, %ld)\n", what, frame,
                differ, first % w, first / w);
        char path[4096];
        mkdir(fail_dir, 0777);
        snprintf(path, sizeof path, "%s/redraw-%s-%d-incremental.png", fail_dir, what, frame);
        gui_canvas_save_png(inc, path, err, sizeof err);
        snprintf(path, sizeof path, "%s/redraw-%s-%d-full.png", fail_dir, what, frame);
        gui_canvas_save_png(full, path, err, sizeof err);
    }
    free(a);
    free(b);
    return same && differ == 0;
}

/* ---- 1. random draw lists ---- */

enum { N_SHAPES = 70 };

typedef struct Shape {
    DrawKind kind; /* DRAW_CLIP_PUSH stands for a clipped group: push, the next shape, pop */
    Rect r;
    Color c;
    int thickness, size;
    FontStyle style;
    const char *text;
} Shape;

static const char *const texts[] = {
    "10:00", "10:01", "初動対応",        "検知・初動対応 → 報告・公表", "ランサムウェア感染の疑い",
    "OK",    "Wg|jy", "情報システム担当"};

static Shape random_shape(void)
{
    Shape s = {0};
    static const DrawKind kinds[] = {DRAW_FILL, DRAW_FILL, DRAW_FRAME, DRAW_LINE,
                                     DRAW_LINE, DRAW_TEXT, DRAW_TEXT,  DRAW_CLIP_PUSH};
    s.kind = kinds[rnd(8)];
    s.r = (Rect){rnd(700) - 40, rnd(460) - 30, rnd(300) - (s.kind == DRAW_LINE ? 150 : 0),
                 rnd(200) - (s.kind == DRAW_LINE ? 100 : 0)};
    if (s.kind == DRAW_LINE && rnd(3) == 0) {
        s.r.h = 0; /* horizontal */
    }
    s.c = (Color){(uint8_t)rnd(256), (uint8_t)rnd(256), (uint8_t)rnd(256),
                  (uint8_t)(rnd(3) ? 255 : 40 + rnd(200))};
    s.thickness = 1 + rnd(4) * rnd(2);
    s.size = 12 + rnd(24);
    s.style = rnd(2) ? FONT_BOLD : FONT_REGULAR;
    s.text = texts[rnd(8)];
    return s;
}

static void emit(DrawList *dl, const Shape *s, const Measurer *m)
{
    switch (s->kind) {
    case DRAW_FILL:
        draw_fill(dl, s->r, s->c);
        break;
    case DRAW_FRAME:
        draw_frame(dl, s->r, s->c, s->thickness);
        break;
    case DRAW_LINE:
        draw_line(dl, s->r.x, s->r.y, s->r.x + s->r.w, s->r.y + s->r.h, s->c, s->thickness);
        break;
    case DRAW_TEXT:
        draw_text(dl, s->r.x, s->r.y, s->text, strlen(s->text), s->size, s->style, s->c, m);
        break;
    default:
        break;
    }
}

static void build(DrawList *dl, const Shape *v, int n, const Measurer *m)
{
    draw_fill(dl, (Rect){0, 0, 640, 400}, (Color){250, 250, 245, 255});
    for (int i = 0; i < n; i++) {
        if (v[i].kind == DRAW_CLIP_PUSH) { /* a group of the next two shapes */
            draw_clip_push(dl, v[i].r);
            for (int k = 0; k < 2 && i + 1 < n && v[i + 1].kind != DRAW_CLIP_PUSH; k++) {
                emit(dl, &v[++i], m);
            }
            draw_clip_pop(dl);
        } else if (v[i].kind == DRAW_TEXT && v[i].thickness > 2) {
            /* a label on its own panel, as the screens draw them */
            Rect panel = {v[i].r.x - 4, v[i].r.y - 2, 220 + v[i].size * 4, v[i].size * 2};
            draw_fill(dl, panel, (Color){v[i].c.b, v[i].c.r, v[i].c.g, 255});
            emit(dl, &v[i], m);
        } else {
            emit(dl, &v[i], m);
        }
    }
}

static void mutate(Shape *v, int *n)
{
    int i = rnd(*n);
    switch (rnd(7)) {
    case 0:
        v[i].text = texts[rnd(8)];
        break;
    case 1:
        v[i].r.x += rnd(41) - 20;
        v[i].r.y += rnd(41) - 20;
        break;
    case 2:
        v[i].c.r = (uint8_t)rnd(256);
        v[i].c.a = (uint8_t)(rnd(2) ? 255 : rnd(256));
        break;
    case 3: /* insert */
        if (*n < N_SHAPES) {
            memmove(&v[i + 1], &v[i], (size_t)(*n - i) * sizeof *v);
            v[i] = random_shape();
            (*n)++;
        }
        break;
    case 4: /* remove */
        if (*n > 1) {
            memmove(&v[i], &v[i + 1], (size_t)(*n - i - 1) * sizeof *v);
            (*n)--;
        }
        break;
    case 5:
        v[i].r.w += rnd(21) - 10;
        v[i].r.h += rnd(21) - 10;
        break;
    default: /* nothing: a frame the same as the last */
        break;
    }
}

/* The largest difference of any channel between the canvases. */
static int max_delta(GuiCanvas *a, GuiCanvas *b)
{
    int w, h, w2, h2, worst = 0;
    uint8_t *pa = gui_canvas_pixels(a, &w, &h), *pb = gui_canvas_pixels(b, &w2, &h2);
    for (long i = 0; pa && pb && i < (long)w * h * 4; i++) {
        int d = abs(pa[i] - pb[i]);
        worst = d > worst ? d : worst;
    }
    free(pa);
    free(pb);
    return pa && pb && w == w2 && h == h2 ? worst : 256;
}

static void test_random_lists(GuiCanvas *inc, GuiCanvas *full, GuiCanvas *blended)
{
    Shape v[N_SHAPES];
    int n = 40;
    for (int i = 0; i < n; i++) {
        v[i] = random_shape();
    }
    const Measurer *m = gui_canvas_measurer(inc);
    DrawList dl;
    drawlist_init(&dl, 640, 400);
    long redrawn = 0, frames = 300, failures = 0;
    int worst_delta = 0;
    for (int f = 0; f < frames; f++) {
        for (int k = rnd(3) + (f % 50 == 0 ? 8 : 0); k > 0; k--) {
            mutate(v, &n);
        }
        build(gui_canvas_begin(inc), v, n, m);
        gui_canvas_finish(inc, (Color){0, 0, 0, 255});
        redrawn += gui_canvas_redrawn_pixels(inc);
        drawlist_reset(&dl, 640, 400);
        build(&dl, v, n, m);
        gui_canvas_draw(full, &dl, (Color){0, 0, 0, 255});
        if (!same_pixels(inc, full, "lists", f) && ++failures > 3) {
            break;
        }
        /* Texts composed on their background look as texts blended as they are drawn: a
         * wrong background would show as a box of another colour, far beyond rounding. */
        gui_canvas_draw(blended, &dl, (Color){0, 0, 0, 255});
        worst_delta =
            max_delta(full, blended) > worst_delta ? max_delta(full, blended) : worst_delta;
    }
    CHECK(failures == 0);
    CHECK(worst_delta <= 4); /* SDL blends with a shift (÷ 256), composing divides by 255 */
    CHECK(worst_delta > 0);  /* the blended canvas did blend: it is not the same drawing */
    printf("random lists: composed texts differ from blended ones by at most %d\n", worst_delta);
    /* It did redraw less than everything (else the test would prove nothing). */
    CHECK(redrawn < frames * 640L * 400 / 2);
    printf("random lists: %ld frames, %.0f %% of the pixels redrawn\n", frames,
           100.0 * (double)redrawn / ((double)frames * 640 * 400));
    drawlist_deinit(&dl);
}

/* ---- 2. the app ---- */

static UiEvent random_event(void)
{
    static const UiKey keys[] = {UIK_RIGHT, UIK_RIGHT,     UIK_LEFT,      UIK_HOME,  UIK_UP,
                                 UIK_DOWN,  UIK_DOWN,      UIK_SPACE,     UIK_ENTER, UIK_ESCAPE,
                                 UIK_TAB,   UIK_BACKSPACE, UIK_PAGE_DOWN, UIK_F1};
    static const char chars[] = "rmc+-123pi?nhaz";
    UiEvent e = {0};
    int pick = rnd(20);
    if (pick < 10) {
        e.type = UI_KEY;
        e.key = keys[rnd((int)(sizeof keys / sizeof keys[0]))];
    } else if (pick < 15) {
        e.type = UI_KEY;
        e.key = UIK_CHAR;
        e.ch = chars[rnd((int)sizeof chars - 1)];
    } else if (pick < 17) {
        e.type = UI_MOUSE_DOWN;
        e.x = rnd(1920);
        e.y = rnd(1080);
    } else if (pick < 18) {
        e.type = UI_WHEEL;
        e.x = rnd(1920);
        e.y = rnd(1080);
        e.dy = rnd(2) ? 1 : -1;
    } else if (pick < 19) {
        e.type = UI_TEXT;
        snprintf(e.text, sizeof e.text, "%s", rnd(2) ? "情シス" : "backup");
    } else {
        e.type = UI_TICK;
    }
    return e;
}

static void test_app(GuiCanvas *inc, GuiCanvas *full, const char *name, int events)
{
    char path[256];
    snprintf(path, sizeof path, "../scenarios/%s.yaml", name);
    Exercise ex = fixture_load(path);
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    AppSetup setup = {.session = &s, .facilitator = "高橋"};
    App *app = app_create(&setup);
    WallTime now = wall_at(0);
    long redrawn = 0;
    int failures = 0;
    for (int f = 0; f < events; f++) {
        UiEvent e = f == 0 ? (UiEvent){.type = UI_KEY, .key = UIK_ENTER} : random_event();
        if (e.key == UIK_CHAR && e.ch == 'z') { /* 'z' stands for the end: E, E */
            e.ch = 'e';
            app_handle(app, &e, now);
        }
        now.ms += rnd(4) ? 1000 : 61000;
        app_handle(app, &e, now);
        AppView view = f % 37 < 3 ? APP_VIEW_PARTICIPANTS : APP_VIEW_SINGLE;
        gui_canvas_render_app(inc, app, view, now);
        redrawn += gui_canvas_redrawn_pixels(inc);
        gui_canvas_invalidate(full);
        gui_canvas_render_app(full, app, view, now);
        if (!same_pixels(inc, full, name, f) && ++failures > 3) {
            break;
        }
    }
    CHECK(failures == 0);
    CHECK(redrawn < (long)events * 1920 * 1080 / 2);
    printf("%s: %d events, %.0f %% of the pixels redrawn\n", name, events,
           100.0 * (double)redrawn / ((double)events * 1920 * 1080));
    app_destroy(app);
    session_deinit(&s);
    exercise_free(&ex);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_gui_redraw FAILURE_DIR (run from tests/)\n");
        return 2;
    }
    fail_dir = argv[1];
    GuiFontFile font = gui_test_font();
    GuiCanvas *inc = gui_canvas_create(640, 400, &font, err, sizeof err);
    GuiCanvas *full = gui_canvas_create(640, 400, &font, err, sizeof err);
    GuiCanvas *blended = gui_canvas_create(640, 400, &font, err, sizeof err);
    if (!inc || !full || !blended) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    gui_canvas_blend_text(blended, true);
    test_random_lists(inc, full, blended);
    gui_canvas_destroy(blended);
    CHECK(gui_canvas_resize(inc, 1920, 1080, err, sizeof err));
    CHECK(gui_canvas_resize(full, 1920, 1080, err, sizeof err));
    const char *names[] = {"ransomware", "data-leak", "system-outage"};
    for (int i = 0; i < 3; i++) {
        test_app(inc, full, names[i], 150);
    }
    gui_canvas_destroy(inc);
    gui_canvas_destroy(full);
    return check_done();
}
