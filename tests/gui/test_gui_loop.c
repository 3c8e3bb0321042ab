/* The GUI's main loop with a stand-in app (stub_app.c) under SDL's dummy driver: scripted steps
 * pushed as real SDL events come out as the right UiEvents (typing goes as keys or as text
 * depending on APP_TEXT_INPUT_ON/OFF, compositions hold keys back, clicks and sizes in pixels),
 * `wait` drives a deterministic clock, APP_SCREENSHOT saves ttx-YYYYMMDD-HHMMSS.png beside the
 * journal and reports it on the status line, APP_ENDED calls on_ended, both windows are kept in
 * step, and failures to open give the documented exit statuses. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "gui.h"
#include "gui_png.h"
#include "gui_test.h"
#include "stub_app.h"

#define OUT "gui-loop-out"

static const char script[] = "key right\n"
                             "char n\n"
                             "char N\n"
                             "char ?\n"
                             "key ctrl+s\n"
                             "char t\n" /* the stub focuses a text field: text input on */
                             "char a\n"
                             "key space\n"
                             "text 山田が対応\n"
                             "edit 2,1 やまだ\n"
                             "key enter\n" /* the IME's while it composes */
                             "edit 0\n"
                             "key enter\n"
                             "key ctrl+a\n"
                             "edit 3 あいうえおかきくけこさしすせそたちつてとなにぬねの\n"
                             "text 確定\n"
                             "key escape\n" /* text input off */
                             "text ignored\n"
                             "char a\n"
                             "click 100 50\n"
                             "wheel 2\n"
                             "resize 1400 800\n"
                             "wait 1500\n"
                             "char s\n"
                             "char e\n"
                             "screenshot " OUT "/step.png\n"
                             "quit\n"
                             "char x\n"; /* after quit: never played */

static const char want_log[] = "key right mods 0 view 0\n"
                               "key char n mods 0 view 0\n"
                               "key char n mods 1 view 0\n"
                               "key char ? mods 1 view 0\n"
                               "key char s mods 2 view 0\n"
                               "key char t mods 0 view 0\n"
                               "text a\n"
                               "text  \n"
                               "text 山田が対応\n"
                               "editing 'やまだ' cursor 2 length 1\n"
                               "editing '' cursor 0 length 0\n"
                               "key enter mods 0 view 0\n"
                               "key char a mods 2 view 0\n"
                               "editing 'あいうえおかきくけこさしすせそたちつてとなにぬねの' cursor 3 length 0\n"
                               "text 確定\n"
                               "key escape mods 0 view 0\n"
                               "key char a mods 0 view 0\n"
                               "click 100 50 view 0\n"
                               "wheel 2\n"
                               "resize 1400 800\n"
                               "tick 1500\n"
                               "key char s mods 0 view 0\n"
                               "status 画面を保存しました: " OUT "/ttx-20261201-090001.png\n"
                               "key char e mods 0 view 0\n"
                               "status the sheet is written\n"
                               "quit\n";

static int ended_calls;

static bool on_ended(void *ctx, App *app, char *msg, size_t size)
{
    (void)app;
    CHECK(strcmp(ctx, "ctx") == 0);
    ended_calls++;
    snprintf(msg, size, "the sheet is written");
    return true;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void check_png(const char *path, int want_w, int want_h)
{
    int w = 0, h = 0;
    char err[512];
    uint8_t *px = gui_png_read(path, &w, &h, err, sizeof err);
    CHECK(px != NULL);
    if (!px) {
        fprintf(stderr, "  %s\n", err);
        return;
    }
    CHECK(w == want_w && h == want_h);
    if (w != want_w || h != want_h) {
        fprintf(stderr, "  %s is %d×%d, want %d×%d\n", path, w, h, want_w, want_h);
    }
    free(px);
}

static GuiOptions options(const char *script_path)
{
    GuiOptions o;
    memset(&o, 0, sizeof o);
    o.script_path = script_path;
    o.journal_path = OUT "/exercise.ttxj";
    o.on_ended = on_ended;
    o.ctx = "ctx";
    o.start = (WallTime){1796083200000, 540}; /* 2026-12-01T09:00:00+09:00 */
    /* The script's clicks are placed for this size; asked for, so it is kept as it is. */
    o.width = 1600;
    o.height = 900;
    return o;
}

static void test_default_size_fits_the_screen(void)
{
    /* The dummy driver's desktop is 1024×768, like an XGA projector: the default 1600×900
     * window must open at what fits, not past the screen's edges. */
    write_file(OUT "/fit.script", "wait 10\n");
    GuiOptions o = options(OUT "/fit.script");
    o.width = 0;
    o.height = 0;
    o.screenshot_path = OUT "/fit.png";
    App *app = app_create(NULL);
    CHECK(gui_run(app, &o) == GUI_EXIT_OK);
    int w = 0, h = 0;
    char err[512];
    uint8_t *px = gui_png_read(OUT "/fit.png", &w, &h, err, sizeof err);
    CHECK(px != NULL);
    CHECK(w <= 1024 && h <= 768 && w >= 1000 && h >= 700);
    if (w > 1024 || h > 768 || w < 1000 || h < 700) {
        fprintf(stderr, "  fit.png is %d×%d, want it inside 1024×768 and nearly as large\n", w, h);
    }
    free(px);
    app_destroy(app);
}

static void test_single_window(void)
{
    write_file(OUT "/single.script", script);
    GuiOptions o = options(OUT "/single.script");
    o.screenshot_path = OUT "/final.png";
    App *app = app_create(NULL);
    CHECK(gui_run(app, &o) == GUI_EXIT_OK);
    CHECK_STR(stub_app_log(), want_log);
    CHECK(ended_calls == 1);
    CHECK(stub_app_layouts(APP_VIEW_SINGLE) > 0);
    CHECK(stub_app_layouts(APP_VIEW_PARTICIPANTS) == 0);
    check_png(OUT "/ttx-20261201-090001.png", 1400, 800);
    check_png(OUT "/step.png", 1400, 800);
    check_png(OUT "/final.png", 1400, 800);
    app_destroy(app);
}

static void test_two_windows(void)
{
    /* F11 on the console makes it fullscreen: the dummy driver's desktop is 1024×768. */
    write_file(OUT "/two.script", "click 10 20\n"
                                  "window console\n"
                                  "click 30 40\n"
                                  "key f11\n"
                                  "wait 10\n"
                                  "char q\n");
    GuiOptions o = options(OUT "/two.script");
    o.two_windows = true;
    o.width = 1280;
    o.height = 720;
    o.screenshot_path = OUT "/two.png";
    App *app = app_create(NULL);
    CHECK(gui_run(app, &o) == GUI_EXIT_OK);
    const char *log = stub_app_log();
    CHECK(strstr(log, "click 10 20 view 1\nclick 30 40 view 2\nkey f11 mods 0 view 2\n"));
    CHECK(strstr(log, "key char q mods 0 view 2\n"));
    /* Every redraw draws both audiences. */
    CHECK(stub_app_layouts(APP_VIEW_PARTICIPANTS) > 1);
    CHECK(stub_app_layouts(APP_VIEW_PARTICIPANTS) == stub_app_layouts(APP_VIEW_FACILITATOR));
    CHECK(stub_app_layouts(APP_VIEW_SINGLE) == 0);
    check_png(OUT "/two.png", 1280, 720);
    check_png(OUT "/two-console.png", 1024, 768);
    app_destroy(app);
}

static void test_failures(void)
{
    /* A console step without a console, and a screenshot into a missing folder. */
    write_file(OUT "/bad.script", "window console\n");
    GuiOptions o = options(OUT "/bad.script");
    App *app = app_create(NULL);
    CHECK(gui_run(app, &o) == GUI_EXIT_DATAERR);
    app_destroy(app);
    write_file(OUT "/shot.script", "screenshot " OUT "/no/such/folder/x.png\n");
    o = options(OUT "/shot.script");
    app = app_create(NULL);
    CHECK(gui_run(app, &o) == GUI_EXIT_CANTCREAT);
    app_destroy(app);

    int status;
    char err[1024];
    o = options(NULL);
    o.font_path = OUT "/no-such-font.ttf";
    CHECK(gui_open(&o, &status, err, sizeof err) == NULL && status == GUI_EXIT_NOINPUT);
    CHECK(strstr(err, "cannot read the font file") != NULL);
    o = options(OUT "/missing.script");
    CHECK(gui_open(&o, &status, err, sizeof err) == NULL && status == GUI_EXIT_NOINPUT);

    /* No display: X11 without DISPLAY. */
    setenv("SDL_VIDEODRIVER", "x11", 1);
    unsetenv("DISPLAY");
    o = options(NULL);
    CHECK(gui_open(&o, &status, err, sizeof err) == NULL && status == GUI_EXIT_UNAVAILABLE);
    CHECK(strstr(err, "cannot open a display") != NULL);
    setenv("SDL_VIDEODRIVER", "dummy", 1);
}

int main(void)
{
    gui_test_font(); /* skip without a Japanese font */
    if (!getenv("SDL_VIDEODRIVER")) {
        setenv("SDL_VIDEODRIVER", "dummy", 1);
    }
    mkdir(OUT, 0777);
    unlink(OUT "/ttx-20261201-090001.png");
    test_single_window();
    test_two_windows();
    test_failures();
    test_default_size_fits_the_screen();
    return check_done();
}
