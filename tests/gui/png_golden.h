/* PNG goldens for the GUI tests (STYLE.md layer 5): compare a canvas with a committed PNG within
 * a small per-channel tolerance, write NAME-actual.png and NAME-diff.png on failure, rewrite the
 * goldens with TTX_REBASELINE=1, and skip (exit 77) when SDL, SDL_ttf, FreeType, HarfBuzz or the
 * font differ from the versions recorded beside the goldens. */
#ifndef TTX_PNG_GOLDEN_H
#define TTX_PNG_GOLDEN_H

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "gui_canvas.h"
#include "gui_png.h"
#include "gui_test.h"

/* Per channel; the software renderer's SIMD blending may differ by a step or two across CPUs. */
enum { PNG_GOLDEN_TOLERANCE = 16 };

static inline bool png_golden_rebaselining(void)
{
    const char *rb = getenv("TTX_REBASELINE");
    return rb && strcmp(rb, "1") == 0;
}

static inline void png_golden_write_failure(const char *dir, const char *name, const char *kind,
                                            const uint8_t *px, int w, int h)
{
    char path[4096], err[512];
    snprintf(path, sizeof path, "%s/%s-%s.png", dir, name, kind);
    if (!gui_png_write(path, px, w, h, err, sizeof err)) {
        fprintf(stderr, "  %s\n", err);
        return;
    }
    fprintf(stderr, "  wrote %s\n", path);
}

static inline void png_golden_check(const char *name, GuiCanvas *c, const char *golden_dir,
                                    const char *fail_dir)
{
    char path[4096], err[512];
    snprintf(path, sizeof path, "%s/%s.png", golden_dir, name);
    if (png_golden_rebaselining()) {
        CHECK(gui_canvas_save_png(c, path, err, sizeof err));
        printf("rebaselined %s\n", path);
        return;
    }
    int w, h, gw, gh;
    uint8_t *px = gui_canvas_pixels(c, &w, &h);
    uint8_t *golden = gui_png_read(path, &gw, &gh, err, sizeof err);
    CHECK(px != NULL);
    if (!golden) {
        fprintf(stderr, "%s (make it with TTX_REBASELINE=1)\n", err);
        CHECK(golden != NULL);
    } else if (gw != w || gh != h) {
        fprintf(stderr, "%s: golden is %d×%d, frame is %d×%d\n", name, gw, gh, w, h);
        CHECK(gw == w && gh == h);
    } else {
        uint8_t *diff;
        GuiPixelDiff d = gui_pixels_compare(px, golden, w, h, PNG_GOLDEN_TOLERANCE, &diff);
        long allowed = (long)w * h / 1000; /* antialiasing noise, never a missing shape */
        if (d.differing > allowed) {
            fprintf(stderr, "%s: %ld pixels differ (max delta %d, allowed %ld)\n", name,
                    d.differing, d.max_delta, allowed);
            mkdir(fail_dir, 0777);
            png_golden_write_failure(fail_dir, name, "actual", px, w, h);
            png_golden_write_failure(fail_dir, name, "diff", diff, w, h);
        }
        CHECK(d.differing <= allowed);
        free(diff);
    }
    free(golden);
    free(px);
}

/* Exits 77 when the goldens were made with other versions (or records them when rebaselining). */
static inline void png_golden_versions(const GuiFontFile *font, const char *golden_dir)
{
    char now[1024], path[4096], then[4096] = "";
    gui_canvas_versions(font, now, sizeof now);
    snprintf(path, sizeof path, "%s/versions.txt", golden_dir);
    if (png_golden_rebaselining()) {
        FILE *f = fopen(path, "w");
        if (!f || fputs(now, f) < 0 || fclose(f) != 0) {
            fprintf(stderr, "cannot write %s: %s\n", path, strerror(errno));
            exit(1);
        }
        return;
    }
    FILE *f = fopen(path, "rb");
    if (f) {
        size_t n = fread(then, 1, sizeof then - 1, f);
        then[n] = '\0';
        fclose(f);
    }
    if (strcmp(then, now) != 0) {
        printf("skipped: the goldens were made with\n%sbut this machine has\n%s",
               then[0] ? then : "(no versions.txt)\n", now);
        exit(GUI_TEST_SKIP);
    }
}

#endif
