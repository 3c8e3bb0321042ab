/* The one display-width rule of terminals and text files (engine/io/text/display_width.c):
 * ambiguous, wide, combining, emoji, control characters and invalid bytes, and the padding of
 * `ttx list`. With --dump FILE it writes the width of every code point (one digit each, U+0000
 * first) for tests/support/display_width.py --compare, which checks that the Python rule of the
 * report tests is the same rule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "display_width.h"

static void test_ambiguous(void)
{
    /* UAX #11 class A: wide for Japanese readers, one character at a time */
    static const char *const wide_here[] = {"○", "※", "①", "─", "…", "→", "“", "”",
                                            "α", "Д", "■", "☆", "×", "°", "é", "\xef\xbf\xbd"};
    for (size_t i = 0; i < sizeof wide_here / sizeof wide_here[0]; i++) {
        if (display_columns(wide_here[i]) != 2) {
            fprintf(stderr, "ambiguous %s: %zu columns\n", wide_here[i],
                    display_columns(wide_here[i]));
        }
        CHECK(display_columns(wide_here[i]) == 2);
    }
    CHECK(display_columns("※ 注意: ①から③まで") == 2 + 1 + 4 + 1 + 1 + 2 + 4 + 2 + 4);
    /* narrow under every convention: ASCII, the minus sign, the en quad */
    CHECK(display_columns("a-b") == 3);
    CHECK(display_char_columns(0x2212) == 1);
    CHECK(display_char_columns(0x2000) == 1);
}

static void test_wide(void)
{
    CHECK(display_columns("") == 0);
    CHECK(display_columns("日本語") == 6);
    CHECK(display_columns("インシデント対応") == 16);
    CHECK(display_columns("ＡＢＣ") == 6);       /* fullwidth forms */
    CHECK(display_columns("ｱｲｳ") == 3);          /* halfwidth katakana */
    CHECK(display_columns("\xe3\x80\x80") == 2); /* ideographic space */
    CHECK(display_columns("、。「」（）") == 12);
    CHECK(display_char_is_wide(0x3042)); /* あ */
    CHECK(display_char_is_wide(0xFF21)); /* Ａ */
    CHECK(!display_char_is_wide('a'));
    CHECK(!display_char_is_wide(0x2460)); /* ① is ambiguous, not wide */
}

static void test_combining(void)
{
    CHECK(display_columns("e\xcc\x81") == 1);      /* e + combining acute */
    CHECK(display_columns("か\xe3\x82\x99") == 2); /* か + combining dakuten */
    CHECK(display_columns("\xcc\x81") == 0);       /* a mark alone */
    CHECK(display_columns("a\xe2\x80\x8b"
                          "b") == 2); /* zero width space */
}

static void test_emoji(void)
{
    CHECK(display_columns("🔥") == 2);
    CHECK(display_columns("👍") == 2);
    CHECK(display_columns("対応🔥完了") == 10);
}

static void test_control(void)
{
    CHECK(display_columns("a\tb") == 2);
    CHECK(display_columns("\x1b[31m") == 4); /* the escape itself takes no column */
    CHECK(display_columns("\x7f") == 0);
    CHECK(display_columns("\xc2\x85") == 0); /* NEL, a C1 control */
    CHECK(display_columns("a\nb") == 2);
}

static void test_invalid_and_spans(void)
{
    /* an invalid byte shows as U+FFFD, itself ambiguous */
    CHECK(display_columns("ok\xff!") == 2 + 2 + 1);
    CHECK(display_columns("\xe3\x81") == 4); /* a cut-off character: one U+FFFD per byte */
    CHECK(display_columns_n("日本語", 6) == 4);
    CHECK(display_columns_n("abc", 0) == 0);
}

static void test_padding(void)
{
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (!f) {
        return;
    }
    display_print_padded(f, "○対応", 8);
    display_print_padded(f, "toolongtext", 4);
    fputc('|', f);
    rewind(f);
    char buf[64] = "";
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    CHECK_STR(buf, "○対応  toolongtext|");
}

static int dump(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return 1;
    }
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        fputc('0' + (int)display_char_columns(cp), f);
    }
    return fclose(f) == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--dump") == 0) {
        return dump(argv[2]);
    }
    test_ambiguous();
    test_wide();
    test_combining();
    test_emoji();
    test_control();
    test_invalid_and_spans();
    test_padding();
    return check_done();
}
