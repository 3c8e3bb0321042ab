/* Input scripts: every step kind parses into what the loop needs (keys as the SDL key a person
 * presses, with shift for capitals and '?'), comments and blank lines are skipped, and a bad
 * step or a missing file fails before anything runs, with FILE:LINE and exit status 65 / 66. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "gui_script.h"

static const char *write_file(const char *name, const char *text)
{
    FILE *f = fopen(name, "w");
    if (!f) {
        perror(name);
        exit(1);
    }
    fputs(text, f);
    fclose(f);
    return name;
}

static void test_good(void)
{
    const char *path = write_file("gui-script-good.txt", "# a comment\n"
                                                         "\n"
                                                         "key right\n"
                                                         "key ctrl+shift+tab\n"
                                                         "char 1\n"
                                                         "char N\n"
                                                         "char ?\n"
                                                         "  text 山田が対応  しました\n"
                                                         "edit 2 やまだ\n"
                                                         "edit 0\n"
                                                         "click 100 200\n"
                                                         "wheel -3\n"
                                                         "resize 1280 720\n"
                                                         "wait 60000\n"
                                                         "screenshot out/a.png\n"
                                                         "window console\n"
                                                         "key space\n"
                                                         "quit\n");
    int status = -1;
    char err[512];
    GuiScript *s = gui_script_load(path, &status, err, sizeof err);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "%s\n", err);
        return;
    }
    CHECK(s->n == 16);
    const GuiStep *st = s->steps;
    CHECK(st[0].kind == GUI_STEP_KEY && st[0].sym == SDLK_RIGHT && st[0].line == 3);
    CHECK(!st[0].printable);
    CHECK(st[1].sym == SDLK_TAB && (st[1].mod & KMOD_CTRL) && (st[1].mod & KMOD_SHIFT));
    CHECK(st[2].sym == '1' && st[2].printable && st[2].ch == '1' && st[2].mod == 0);
    CHECK(st[3].sym == 'n' && (st[3].mod & KMOD_SHIFT) && st[3].ch == 'N');
    CHECK(st[4].sym == '/' && (st[4].mod & KMOD_SHIFT) && st[4].ch == '?');
    CHECK(st[5].kind == GUI_STEP_TEXT);
    CHECK_STR(st[5].text, "山田が対応  しました");
    CHECK(st[6].kind == GUI_STEP_EDIT && st[6].a == 2);
    CHECK_STR(st[6].text, "やまだ");
    CHECK(st[7].kind == GUI_STEP_EDIT && st[7].a == 0);
    CHECK_STR(st[7].text, "");
    CHECK(st[8].kind == GUI_STEP_CLICK && st[8].a == 100 && st[8].b == 200);
    CHECK(st[9].kind == GUI_STEP_WHEEL && st[9].a == -3);
    CHECK(st[10].kind == GUI_STEP_RESIZE && st[10].a == 1280 && st[10].b == 720);
    CHECK(st[11].kind == GUI_STEP_WAIT && st[11].a == 60000);
    CHECK(st[12].kind == GUI_STEP_SCREENSHOT);
    CHECK_STR(st[12].text, "out/a.png");
    CHECK(st[13].kind == GUI_STEP_WINDOW && st[13].a == 1);
    CHECK(st[14].sym == SDLK_SPACE && st[14].printable && st[14].ch == ' ');
    CHECK(st[15].kind == GUI_STEP_QUIT && st[15].line == 18);
    gui_script_free(s);
    unlink(path);
}

static void expect_error(const char *text, const char *want)
{
    const char *path = write_file("gui-script-bad.txt", text);
    int status = -1;
    char err[512] = "";
    GuiScript *s = gui_script_load(path, &status, err, sizeof err);
    CHECK(s == NULL && status == 65);
    CHECK(strstr(err, want) != NULL);
    if (!strstr(err, want)) {
        fprintf(stderr, "  got:  %s\n  want: %s\n", err, want);
    }
    gui_script_free(s);
    unlink(path);
}

static void test_bad(void)
{
    expect_error("key right\nfrobnicate 3\n", "gui-script-bad.txt:2: error: unknown step: "
                                              "'frobnicate 3'");
    expect_error("key hyper\n", ":1: error: unknown key");
    expect_error("char ab\n", ":1: error: char takes one printable ASCII character");
    expect_error("char\n", ":1: error: char takes one");
    expect_error("click 10\n", ":1: error: this step takes two numbers");
    expect_error("click 10 20 30\n", ":1: error: this step takes two numbers");
    expect_error("wait soon\n", ":1: error: this step takes a number");
    expect_error("wait -5\n", "out of range");
    expect_error("resize 0 720\n", "out of range");
    expect_error("text\n", "needs an argument");
    expect_error("window projector\n", "window takes main or console");
    expect_error("quit now\n", "quit takes no argument");
    int status = -1;
    char err[512];
    CHECK(gui_script_load("no-such-script.txt", &status, err, sizeof err) == NULL);
    CHECK(status == 66 && strstr(err, "no-such-script.txt: error: cannot read the script"));
}

int main(void)
{
    test_good();
    test_bad();
    return check_done();
}
