/* Frame time of the facilitator's screen at 1920 × 1080 with SDL's software renderer, offscreen
 * (gui_canvas: the same layout, damage tracking and draw-list executor as the window, without a
 * display): for each bundled exercise and a generated 2,000-inject one, half of the injects
 * presented with their items recorded (so the role lanes hold chips), FRAMES frames of each
 * kind, median and 99th percentile:
 *   full  — everything drawn (the first frame after a resize, a view switch or a lost target);
 *   clock — the clock a second further each frame (what the window draws when nobody types);
 *   keys  — after each of ↓ ↑ ← Home in turn, the clock a second further (selection moves, an
 *           earlier inject shown and back: what the facilitator's keys draw).
 * The baseline is clearing the same canvas. Also the time to the first frame of a freshly
 * loaded exercise (load, app, first layout and draw with a cold text cache) and peak memory.
 * Target: p99 < 8 ms. Exits 77 when no Japanese font is installed.
 *   usage: bench_gui [--smoke] [--frames N] [--only NAME] [--root SOURCE_DIR] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "bench_common.h"
#include "bench_session.h"
#include "exercise_load.h"
#include "gen_exercise.h"
#include "gui_canvas.h"

typedef struct Case {
    const char *name;
    char path[4096]; /* a scenario */
} Case;

static GuiCanvas *canvas;
static double t_main;

static Exercise load(const char *path)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    if (exercise_load(path, FILE_KIND_SCENARIO, &ex, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    return ex;
}

static double frame(App *app, WallTime now)
{
    double t0 = bench_now_ms();
    gui_canvas_render_app(canvas, app, APP_VIEW_SINGLE, now);
    return bench_now_ms() - t0;
}

/* Clearing the canvas: what any frame costs before it draws anything. */
static double clear_ms(int frames)
{
    int w, h;
    gui_canvas_size(canvas, &w, &h);
    double *v = calloc((size_t)frames, sizeof *v);
    for (int i = 0; i < frames; i++) {
        DrawList dl;
        drawlist_init(&dl, w, h);
        double t0 = bench_now_ms();
        gui_canvas_draw(canvas, &dl, (Color){0, 0, 0, 255});
        v[i] = bench_now_ms() - t0;
        drawlist_deinit(&dl);
    }
    BenchStats s = bench_stats(v, (size_t)frames);
    free(v);
    return s.median;
}

typedef enum FrameKind { FRAME_FULL, FRAME_CLOCK, FRAME_KEYS } FrameKind;

static BenchStats series(App *app, WallTime *now, FrameKind kind, int frames, double *worst)
{
    static const UiKey keys[] = {UIK_DOWN, UIK_UP, UIK_LEFT, UIK_HOME};
    double *v = calloc((size_t)frames, sizeof *v);
    frame(app, *now); /* from a frame drawn whole, as every series starts */
    for (int i = 0; i < frames; i++) {
        now->ms += 1000;
        if (kind == FRAME_FULL) {
            gui_canvas_invalidate(canvas);
        } else if (kind == FRAME_KEYS) {
            app_handle(app, &(UiEvent){.type = UI_KEY, .key = keys[i % 4]}, *now);
        }
        v[i] = frame(app, *now);
    }
    BenchStats st = bench_stats(v, (size_t)frames);
    *worst = st.max > *worst ? st.max : *worst;
    free(v);
    return st;
}

static void run_case(const Case *c, int frames, double clear, bool first)
{
    char err[512];
    double t0 = bench_now_ms();
    Exercise ex = load(c->path);
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    AppSetup setup = {.session = &s, .facilitator = "高橋"};
    App *app = app_create(&setup);
    WallTime now = {INT64_C(1796083200000), 540};
    gui_canvas_invalidate(canvas);
    frame(app, now);
    double first_frame = bench_now_ms() - (first ? t_main : t0);
    app_destroy(app);
    if (!bench_play(&s, ex.scenario->n_injects / 2 + 1, 1, &now, err, sizeof err)) {
        fprintf(stderr, "bench_gui: %s: %s\n", c->name, err);
        exit(2);
    }
    app = app_create(&setup); /* the app views the session's current inject */
    double worst = 0;
    BenchStats full = series(app, &now, FRAME_FULL, frames, &worst);
    BenchStats clock = series(app, &now, FRAME_CLOCK, frames, &worst);
    BenchStats keys = series(app, &now, FRAME_KEYS, frames, &worst);
    bench_row("%s | %zu | %.0f%s | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f | %.1f× | %.0f",
              c->name, ex.scenario->n_injects, first_frame, first ? " (from start-up)" : "",
              full.median, full.p99, clock.median, clock.p99, keys.median, keys.p99, worst,
              full.median / clear, bench_peak_rss_mib());
    app_destroy(app);
    session_deinit(&s);
    exercise_free(&ex);
}

int main(int argc, char **argv)
{
    t_main = bench_now_ms();
    bool smoke = bench_smoke(argc, argv);
    int frames = atoi(bench_arg(argc, argv, "frames", smoke ? "3" : "300"));
    const char *root = bench_arg(argc, argv, "root", TTX_SOURCE_DIR);
    GuiFontFile font;
    char err[512];
    if (gui_font_find(NULL, &font, err, sizeof err) != GUI_FONT_OK) {
        printf("skipped: %s\n", err);
        return 77;
    }
    canvas = gui_canvas_create(1920, 1080, &font, err, sizeof err);
    if (!canvas) {
        fprintf(stderr, "bench_gui: %s\n", err);
        return 2;
    }
    char *dir = bench_mkdtemp(NULL);
    char *generated = gen_exercise(dir, smoke ? 40 : 2000);
    Case cases[4] = {
        {"ransomware", ""}, {"data-leak", ""}, {"system-outage", ""}, {"generated", ""}};
    for (int i = 0; i < 3; i++) {
        snprintf(cases[i].path, sizeof cases[i].path, "%s/scenarios/%s.yaml", root, cases[i].name);
    }
    snprintf(cases[3].path, sizeof cases[3].path, "%s", generated);
    double clear = clear_ms(smoke ? 3 : 100);
    bench_row("exercise | injects | first frame ms | full median / p99 ms | clock median / p99 ms "
              "| keys median / p99 ms | max ms | full median ÷ clear | peak RSS MiB");
    bench_row("--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:");
    const char *only = bench_arg(argc, argv, "only", smoke ? "generated" : NULL);
    for (int i = 0, n = 0; i < 4; i++) {
        if (!only || strcmp(only, cases[i].name) == 0) {
            run_case(&cases[i], frames, clear, n++ == 0);
        }
    }
    printf("\nclearing the 1920 × 1080 canvas (the baseline): %.2f ms\n", clear);
    gui_canvas_destroy(canvas);
    free(generated);
    bench_remove_tree(dir);
    free(dir);
    return 0;
}
