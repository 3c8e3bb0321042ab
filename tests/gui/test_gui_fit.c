/* Fitting the window to its screen (engine/gui/gui_fit.c): the default 1600×900 on the screens
 * drills really run on — an XGA projector, a 1366×768 laptop, full HD — with and without a
 * task bar and window borders. */
#include "check.h"
#include "gui_fit.h"

static void check_rect(GuiFitRect got, int x, int y, int w, int h)
{
    CHECK(got.x == x && got.y == y && got.w == w && got.h == h);
    if (got.x != x || got.y != y || got.w != w || got.h != h) {
        fprintf(stderr, "  got %d,%d %d×%d, want %d,%d %d×%d\n", got.x, got.y, got.w, got.h, x, y,
                w, h);
    }
}

int main(void)
{
    GuiFitBorders none = {0, 0, 0, 0};
    GuiFitBorders title = {30, 1, 1, 1};
    /* Full HD: 1600×900 fits and is centred. */
    check_rect(gui_fit_window(1600, 900, (GuiFitRect){0, 0, 1920, 1080}, none), 160, 90, 1600, 900);
    /* XGA projector, no task bar: the whole screen. */
    check_rect(gui_fit_window(1600, 900, (GuiFitRect){0, 0, 1024, 768}, none), 0, 0, 1024, 768);
    /* XGA with a 40-pixel task bar at the bottom and a title bar: frame and all fit. */
    check_rect(gui_fit_window(1600, 900, (GuiFitRect){0, 0, 1024, 728}, title), 1, 30, 1022, 697);
    /* A 1366×768 laptop: narrower and shorter. */
    check_rect(gui_fit_window(1600, 900, (GuiFitRect){0, 0, 1366, 728}, title), 1, 30, 1364, 697);
    /* A second screen to the right, a task bar on top. */
    check_rect(gui_fit_window(1600, 900, (GuiFitRect){1920, 30, 1024, 738}, none), 1920, 30, 1024,
               738);
    /* Smaller than the screen: kept. */
    check_rect(gui_fit_window(800, 600, (GuiFitRect){0, 0, 1024, 768}, none), 112, 84, 800, 600);
    /* What gui_fit_window gives fits; the default 1600×900 on XGA does not, nor a frame
     * whose title bar is off the top. */
    GuiFitRect xga = {0, 0, 1024, 728};
    CHECK(gui_fit_inside(gui_fit_window(1600, 900, xga, title), xga, title));
    CHECK(!gui_fit_inside((GuiFitRect){-288, -66, 1600, 900}, xga, title));
    CHECK(!gui_fit_inside((GuiFitRect){1, 10, 1000, 600}, xga, title));
    CHECK(gui_fit_inside((GuiFitRect){1, 30, 1000, 600}, xga, title));
    /* Nonsense usable areas never give an empty window. */
    GuiFitRect tiny = gui_fit_window(1600, 900, (GuiFitRect){0, 0, 0, 0}, title);
    CHECK(tiny.w >= 1 && tiny.h >= 1);
    return check_done();
}
