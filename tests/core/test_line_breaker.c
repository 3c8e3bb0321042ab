/* The one line breaker of the screens and of paper (engine/core/base/line_breaker.c): each 禁則
 * class, Latin words, numbers with units, long unbreakable runs, mandatory breaks and invalid
 * bytes on hand-picked sentences, then the promises on a few thousand generated ones. Widths are
 * columns as a test measure counts them: ASCII one, anything else two. Links ttx_core alone. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "line_breaker.h"

static int columns(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    int w = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            w += 1;
        } else if ((c & 0xC0) != 0x80) {
            w += 2;
        }
    }
    return w;
}

/* The lines of one paragraph at width, each followed by a newline (malloc'd). */
static char *wrap(const char *text, int width)
{
    size_t n = strlen(text);
    char *out = calloc(1, 2 * n + 2);
    LineBreaker lb;
    line_breaker_init(&lb, text, n, columns, NULL);
    while (line_breaker_more(&lb)) {
        size_t start, end;
        line_breaker_next(&lb, width, false, &start, &end);
        strncat(out, text + start, end - start);
        strcat(out, "\n");
    }
    line_breaker_deinit(&lb);
    return out;
}

#define CHECK_WRAP(text, width, want)                                                              \
    do {                                                                                           \
        char *got_ = wrap(text, width);                                                            \
        CHECK_STR(got_, want);                                                                     \
        free(got_);                                                                                \
    } while (0)

static void test_no_start(void)
{
    /* Each class at the margin (10 columns = 5 wide characters): the character before it goes
     * along to the next line. */
    CHECK_WRAP("あいうえお、かきく", 10, "あいうえ\nお、かきく\n"); /* punctuation */
    CHECK_WRAP("あいうえお。かきく", 10, "あいうえ\nお。かきく\n");
    CHECK_WRAP("あいう「えお」かき", 10, "あいう「え\nお」かき\n"); /* closing bracket */
    CHECK_WRAP("あいうえお）かき", 10, "あいうえ\nお）かき\n");
    CHECK_WRAP("あいうえコー", 10, "あいうえ\nコー\n");     /* prolonged sound mark */
    CHECK_WRAP("あいうえきって", 10, "あいうえ\nきって\n"); /* small kana */
    CHECK_WRAP("あいうえシャツ", 10, "あいうえ\nシャツ\n");
    CHECK_WRAP("あいうえお・かき", 10, "あいうえ\nお・かき\n"); /* middle dot */
    CHECK_WRAP("あいうえ時々", 10, "あいうえ\n時々\n");         /* iteration mark */
    CHECK_WRAP("あいうえお…", 10, "あいうえ\nお…\n");           /* ellipsis */
    CHECK_WRAP("あいうえお！かき", 10, "あいうえ\nお！かき\n");
    /* Without a rule at the margin, a line is filled to the last column. */
    CHECK_WRAP("あいうえおかきくけこさ", 10, "あいうえお\nかきくけこ\nさ\n");
}

static void test_no_end(void)
{
    CHECK_WRAP("あいうえ「かき」", 10, "あいうえ\n「かき」\n");
    CHECK_WRAP("あいうえ（かき）", 10, "あいうえ\n（かき）\n");
    CHECK_WRAP("あいうえ『かき』", 10, "あいうえ\n『かき』\n");
    CHECK_WRAP("あいうえ【かき】", 10, "あいうえ\n【かき】\n");
    CHECK(line_break_no_end(0xFF08));  /* （ */
    CHECK(line_break_no_end(0x300C));  /* 「 */
    CHECK(!line_break_no_end(0x300D)); /* 」 */
    CHECK(line_break_no_start(0x300D));
    CHECK(line_break_no_start(0x30FC));  /* ー */
    CHECK(line_break_no_start(0x3063));  /* っ */
    CHECK(!line_break_no_start(0x3042)); /* あ */
    CHECK(!line_break_no_start('.') && !line_break_no_end('('));
}

static void test_latin(void)
{
    /* words break at spaces, and a line's trailing space does not count against the width */
    CHECK_WRAP("The quick brown fox jumps", 10, "The quick\nbrown fox\njumps\n");
    CHECK_WRAP("abcd efgh", 4, "abcd\nefgh\n");
    CHECK_WRAP("   leading and  double  spaces  ", 11, "leading and\ndouble\nspaces\n");
    /* "T+0:05" stays whole; a hyphen or a slash may end a line */
    CHECK_WRAP("xx T+0:05", 7, "xx\nT+0:05\n");
    CHECK_WRAP("well-known", 6, "well-\nknown\n");
    /* a number stays with its unit */
    CHECK_WRAP("あいう32点です", 8, "あいう\n32点です\n");
    CHECK_WRAP("あいうえ3日目", 9, "あいうえ\n3日目\n");
    /* Japanese and Latin mixed */
    CHECK_WRAP("山田がIPAに届け出る", 12, "山田がIPAに\n届け出る\n");
}

static void test_long_runs(void)
{
    CHECK_WRAP("xxxxxxxxxxxxxxxxxxxxxxxxx", 10, "xxxxxxxxxx\nxxxxxxxxxx\nxxxxx\n");
    /* the cut moves back so that 。 does not start a line */
    CHECK_WRAP("aaaaaaaaa。bbb", 10, "aaaaaaaa\na。bbb\n");
    /* a run that fits on no line is cut, then the text goes on after it on the same line */
    CHECK_WRAP("see https://example.com/aaaaaaaaaaaaaaaa next", 12,
               "see https://\nexample.com/\naaaaaaaaaaaa\naaaa next\n");
    /* a character wider than the width stands alone */
    CHECK_WRAP("あい", 1, "あ\nい\n");
    /* a run of closing marks longer than a line is cut all the same */
    CHECK_WRAP("ーーーーーー", 4, "ーー\nーー\nーー\n");
    /* a cut does not leave an opening bracket at a line's end either (a digit keeps what
     * follows it, so this is one run) */
    CHECK_WRAP("12345678（ij）", 10, "12345678\n（ij）\n");
}

static void test_keep_empty(void)
{
    const char *text = "xxxxxxxxxxxx yy";
    LineBreaker lb;
    line_breaker_init(&lb, text, strlen(text), columns, NULL);
    size_t start, end;
    CHECK(line_breaker_more(&lb));
    line_breaker_next(&lb, 5, true, &start, &end); /* a label's line with 5 columns left */
    CHECK(start == 0 && end == 0);
    line_breaker_next(&lb, 10, true, &start, &end); /* a fresh line: still nothing fits */
    CHECK(start == 0 && end == 0);
    line_breaker_next(&lb, 10, false, &start, &end);
    CHECK(start == 0 && end == 10);
    line_breaker_next(&lb, 10, true, &start, &end);
    CHECK(start == 10 && end == 15);
    CHECK(!line_breaker_more(&lb));
    line_breaker_deinit(&lb);
}

static void test_odd_input(void)
{
    CHECK_WRAP("", 10, "");
    CHECK_WRAP("    ", 10, "");
    /* a line separator ends its line even when more would fit */
    CHECK_WRAP("ab\xe2\x80\xa8"
               "cd",
               10, "ab\xe2\x80\xa8\ncd\n");
    /* invalid bytes are characters of their own */
    CHECK_WRAP("ab\xff"
               "cd\xe3\x81",
               10,
               "ab\xff"
               "cd\xe3\x81\n");
    char *s = wrap("\xff\xfe\xfd\xfc", 2);
    CHECK(strlen(s) > 4);
    free(s);
}

/* Generated sentences: every line fits (or is one character), no line starts with a character
 * that must not start one nor ends with one that must not end one (but where a long run had to be
 * cut and no better place was inside it), and the lines hold the whole text but for the spaces
 * at the breaks. */
static const char *const pieces[] = {
    "インシデント",
    "対応",
    "手順書",
    "の",
    "確認",
    "。",
    "、",
    "（",
    "）",
    "「",
    "」",
    "ー",
    "っ",
    "・",
    " ",
    "  ",
    "The",
    "quick",
    "fox-jumps",
    "T+52:00",
    "32点",
    "3日目",
    "🔥",
    "e\xcc\x81",
    "https://example.com/a/very/long/path/without/any/space/0123456789",
    "ＡＢＣ",
    "…",
};

/* The code point at s (the test's texts are valid UTF-8). */
static int32_t cp_at(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) {
        return p[0];
    }
    if (p[0] < 0xE0) {
        return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    return 0x10000; /* an emoji: in neither list */
}

/* The start of the character before byte i (> 0) of s. */
static size_t before(const char *s, size_t i)
{
    do {
        i--;
    } while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

/* True when the rules forbid a break before byte b of text, inside a line that starts at start:
 * between the last character before b and the first after it that are not spaces. */
static bool kinsoku_at(const char *text, size_t start, size_t b)
{
    size_t next = b, last = b;
    while (text[next] == ' ') {
        next++;
    }
    while (last > start && text[last - 1] == ' ') {
        last--;
    }
    if (text[next] == '\0' || last == start) {
        return false;
    }
    return line_break_no_start(cp_at(text + next)) ||
           line_break_no_end(cp_at(text + before(text, last)));
}

/* A break against the rules is allowed only where a run longer than a line had to be cut and no
 * place inside the line was any better. */
static bool break_ok(const char *text, size_t start, size_t end)
{
    if (!kinsoku_at(text, start, end)) {
        return true;
    }
    for (size_t b = before(text, end); b > start; b = before(text, b)) {
        if (!kinsoku_at(text, start, b)) {
            return false;
        }
    }
    return true;
}

static bool check_generated(const char *text, int width)
{
    size_t n = strlen(text);
    LineBreaker lb;
    line_breaker_init(&lb, text, n, columns, NULL);
    bool ok = true;
    size_t covered = 0, prev_start = 0, prev_end = 0;
    while (line_breaker_more(&lb)) {
        size_t start, end;
        line_breaker_next(&lb, width, false, &start, &end);
        const char *l = text + start;
        size_t len = end - start;
        bool one_char = len <= 4 && columns(NULL, l, len) <= 2;
        ok = ok && len > 0 && (columns(NULL, l, len) <= width || one_char);
        for (size_t i = covered; i < start; i++) {
            ok = ok && text[i] == ' '; /* only spaces are dropped */
        }
        if (covered > 0) {
            ok = ok && break_ok(text, prev_start, prev_end);
        }
        covered = prev_end = end;
        prev_start = start;
    }
    for (size_t i = covered; i < n; i++) {
        ok = ok && text[i] == ' ';
    }
    line_breaker_deinit(&lb);
    return ok;
}

static void test_generated(void)
{
    uint32_t seed = 20261201;
    int bad = 0;
    for (int i = 0; i < 3000 && bad < 5; i++) {
        char text[4096] = "";
        size_t count = 1 + (seed >> 8) % 60;
        for (size_t k = 0; k < count; k++) {
            seed = seed * 1103515245u + 12345u;
            strcat(text, pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])]);
        }
        int width = 4 + i % 60;
        if (!check_generated(text, width)) {
            fprintf(stderr, "width %d: %s\n", width, text);
            bad++;
        }
    }
    CHECK(bad == 0);
}

int main(void)
{
    test_no_start();
    test_no_end();
    test_latin();
    test_long_runs();
    test_keep_empty();
    test_odd_input();
    test_generated();
    return check_done();
}
