/* The printable report's text layer (textbuf): sanitising file text and wrapping to 80 display
 * columns with Japanese line-breaking rules, on hand-picked cases and on a few thousand generated
 * ones. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report_lines.h"
#include "textbuf.h"

static char *wrap(const char *prefix, size_t hang, const char *text)
{
    TextBuf b;
    textbuf_init(&b);
    textbuf_wrap(&b, prefix, hang, text);
    return textbuf_take(&b);
}

static void test_sanitize(void)
{
    char *s = textbuf_sanitize("  a\x1b[31mb\x7f\xc2\x85"
                               "c\td\r\ne\rf\xe2\x80\xa8g\n\n ");
    CHECK_STR(s, "a[31mbc d\ne\nf\ng");
    free(s);
    s = textbuf_sanitize("\xef\xbb\xbf\xe2\x80\xae"
                         "abc\xe2\x80\xac\xe2\x81\xa6x\xe2\x81\xa9");
    CHECK_STR(s, "abcx");
    free(s);
    s = textbuf_sanitize("ok\xff\xfe!");
    CHECK_STR(s, "ok\xef\xbf\xbd\xef\xbf\xbd!");
    free(s);
    s = textbuf_sanitize(" \t\r\n ");
    CHECK_STR(s, "");
    free(s);
    s = textbuf_sanitize("日本語 e\xcc\x81 🔥");
    CHECK_STR(s, "日本語 e\xcc\x81 🔥");
    free(s);
}

static void test_wrap_basics(void)
{
    char *s = wrap("社名: ", 6, NULL);
    CHECK_STR(s, "社名:\n");
    free(s);
    s = wrap("", 0, "短い文。");
    CHECK_STR(s, "短い文。\n");
    free(s);
    /* 45 wide characters: 40 on the first line (80 columns), 5 on the next, after the hang */
    s = wrap("", 4,
             "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらり"
             "るれろわを");
    CHECK_STR(s,
              "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらり\n"
              "    るれろわを\n");
    free(s);
    /* Latin text breaks at spaces only, and a line never ends with the space */
    s = wrap("- ", 2,
             "The quick brown fox jumps over the lazy dog, and the quick brown fox jumps "
             "over the lazy dog again.");
    CHECK_STR(s, "- The quick brown fox jumps over the lazy dog, and the quick brown fox jumps\n"
                 "  over the lazy dog again.\n");
    free(s);
}

static void test_wrap_kinsoku(void)
{
    /* 、 would be the 41st wide character: it takes the character before it along */
    char *s =
        wrap("", 0,
             "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらり"
             "、るれろ。");
    CHECK_STR(s, "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよら\n"
                 "り、るれろ。\n");
    free(s);
    /* （「 stay with what follows; 」） with what precedes */
    s = wrap("", 0,
             "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよら"
             "（「るれろ」）");
    CHECK_STR(s, "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよら\n"
                 "（「るれろ」）\n");
    free(s);
    /* a number stays with its unit, and "T+52:00" stays whole */
    s = wrap("", 0,
             "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆ 32点 "
             "期限 T+48:00 に対して T+52:00");
    CHECK_STR(s, "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆ 32点\n"
                 "期限 T+48:00 に対して T+52:00\n");
    free(s);
}

static void test_wrap_breaks(void)
{
    /* a hand-wrapped Japanese sentence is joined; a line ending with 。 and Latin lines are kept */
    char *s = wrap("", 2, "記録係を\n明確にする。\n次回は記録を確認する。\nNext time\na scribe.");
    CHECK_STR(s, "記録係を明確にする。\n  次回は記録を確認する。\n  Next time\n  a scribe.\n");
    free(s);
    /* a list that starts with ・ is kept as a list */
    s = wrap("", 0, "準備物：\n・連絡先リスト\n・チェックリスト");
    CHECK_STR(s, "準備物：\n・連絡先リスト\n・チェックリスト\n");
    free(s);
    /* an unbreakable token longer than a line is cut at the margin */
    char url[301] = "https://example.com/";
    while (strlen(url) < 300) {
        strcat(url, "x");
    }
    s = wrap("URL: ", 5, url);
    lines_check(s, "long url");
    /* UAX #14 breaks after the slash; the x run is then cut at the margin, under the hang */
    CHECK(strncmp(s, "URL: https://example.com/\n     xxxxx", 36) == 0);
    const char *second = strchr(s, '\n') + 1;
    CHECK(strchr(second, '\n') - second == 80);
    free(s);
}

/* Text made of pieces that stress the wrapper: words, CJK runs, punctuation, numbers with
 * units, newlines, control characters and long tokens. */
static char *random_text(uint32_t *seed)
{
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
        " ",
        "The",
        "quick",
        "brown",
        "fox-jumps",
        "over",
        "T+52:00",
        "32点",
        "3日目",
        "\n対応",
        "\x1b",
        "\t",
        "\x7f",
        "\xc2\x85",
        "🔥",
        "e\xcc\x81",
        "※",
        "https://example.com/a/very/long/path/without/any/space/at/all/0123456789abcdef",
        "ＡＢＣ",
        "ｱｲｳ",
        "――",
        "…",
    };
    size_t n = 1 + (*seed >> 8) % 120;
    char *s = calloc(1, n * 96 + 8);
    strcpy(s, "あ"); /* a paragraph may begin with a closing mark; generated ones do not */
    int closers = 0;
    for (size_t i = 0; i < n; i++) {
        *seed = *seed * 1103515245u + 12345u;
        const char *p = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
        /* never more than three closing marks in a row: a longer run can fit on no line */
        bool closer = lines_no_start(p);
        if (closer && ++closers > 3) {
            continue;
        }
        closers = closer ? closers : 0;
        strcat(s, p);
    }
    return s;
}

static void test_wrap_generated(void)
{
    static const char *const prefixes[] = {"", "・", "   評価: ", "インシデントの種類  "};
    uint32_t seed = 20261201;
    int bad = 0;
    for (int i = 0; i < 3000 && bad < 5; i++) {
        char *text = random_text(&seed);
        const char *prefix = prefixes[i % 4];
        size_t hang = (size_t)(i % 4) * 6;
        char *out = wrap(prefix, hang, text);
        int before = check_failed;
        lines_check(out, "generated");
        if (check_failed != before) {
            fprintf(stderr, "input: %s\n", text);
            bad++;
        }
        free(out);
        free(text);
    }
}

int main(void)
{
    test_sanitize();
    test_wrap_basics();
    test_wrap_kinsoku();
    test_wrap_breaks();
    test_wrap_generated();
    return check_done();
}
