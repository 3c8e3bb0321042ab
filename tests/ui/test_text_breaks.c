/* The screen and the printed sheet break a sentence at the same places: the screen's text_wrap
 * (engine/ui/draw/textlayout.c) with a measurer whose font is exactly ten pixels a display column,
 * and paper's textbuf_wrap (engine/io/text/textbuf_wrap.c) at the same width in columns, must give
 * the same lines, for sentences with each 禁則 class, Latin words, numbers with units and long
 * runs, and for generated ones. Both use the core's line breaker; this keeps either from growing
 * a rule of its own again. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "display_width.h"
#include "textbuf.h"
#include "textlayout.h"

/* A "Japanese monospace font": ten pixels a display column (wide and ambiguous characters two). */
static int column_font_width(void *ctx, const char *s, size_t len, int size, FontStyle st)
{
    (void)ctx;
    (void)size;
    (void)st;
    return 10 * (int)display_columns_n(s, len);
}

static int column_font_height(void *ctx, int size, FontStyle st)
{
    (void)ctx;
    (void)st;
    return size;
}

static const Measurer COLUMN_FONT = {NULL, column_font_width, column_font_height};

/* The screen's lines at `columns` columns, each followed by a newline (malloc'd). */
static char *screen_lines(const char *text, int columns)
{
    Arena a;
    arena_init(&a);
    TextLines lines = text_wrap(&a, &COLUMN_FONT, text, 20, FONT_REGULAR, columns * 10, 0);
    TextBuf b;
    textbuf_init(&b);
    for (size_t i = 0; i < lines.n; i++) {
        textbuf_putn(&b, lines.v[i].text, lines.v[i].len);
        textbuf_put(&b, "\n");
    }
    arena_deinit(&a);
    return textbuf_take(&b);
}

/* Paper's lines at `columns` (40 to 80) columns: the sheet's 80 less an indent of spaces on
 * every line, which is then taken off again (malloc'd). */
static char *paper_lines(const char *text, int columns)
{
    size_t indent = (size_t)(TEXTBUF_COLUMNS - columns);
    char prefix[TEXTBUF_COLUMNS + 1];
    memset(prefix, ' ', indent);
    prefix[indent] = '\0';
    TextBuf b;
    textbuf_init(&b);
    textbuf_wrap(&b, prefix, indent, text);
    char *wrapped = textbuf_take(&b);
    textbuf_init(&b);
    for (const char *p = wrapped; *p;) {
        const char *nl = strchr(p, '\n');
        size_t skip = 0;
        while (skip < indent && p + skip < nl && p[skip] == ' ') {
            skip++;
        }
        textbuf_putn(&b, p + skip, (size_t)(nl - p) - skip + 1);
        p = nl + 1;
    }
    free(wrapped);
    return textbuf_take(&b);
}

static bool same_breaks(const char *text, int columns)
{
    char *screen = screen_lines(text, columns), *paper = paper_lines(text, columns);
    bool same = strcmp(screen, paper) == 0;
    if (!same) {
        fprintf(stderr, "at %d columns: %s\n--- screen:\n%s--- paper:\n%s", columns, text, screen,
                paper);
    }
    free(screen);
    free(paper);
    return same;
}

static void test_sentences(void)
{
    static const char *const sentences[] = {
        /* the screen once began a line with ー (サ|ーバー) and ょ (しまいま|しょう) here */
        "報告を受けた経営管理部長が、会議室にインシデント対応会議を招集した。社長は名古屋への出張で"
        "新幹線の中にいて、電話で参加している。IT管理担当者の報告では、感染したPCは5台、ファイルサ"
        "ーバーは切り離し済みだが、設計フォルダの図面データ（中央機工から預かっている新型部品の図面"
        "を含む）は大半が暗号化されている。",
        "ベンダーの技術者が「明日の朝から仕事ができるよう、今夜のうちに感染PCを初期化してしまいまし"
        "ょう」と提案した。製造管理部門主任は早く再開したいと言っている。",
        /* each 禁則 class where a line ends */
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよら、りるれろ"
        "。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらコーヒー。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらきっと。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ時々ある。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ・らりる。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ…らりる。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ「らりる」。",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもや（ゆよらり）。",
        /* ambiguous symbols count two columns on both */
        "※ 重要: ①から⑤までの手順を、○印の付いた担当者が確認する。→ 次の手順へ進む前に、─ 必ず ─ "
        "記録係に伝えること。",
        /* Latin words, a time that stays whole, numbers with their units */
        "The quick brown fox jumps over the lazy dog, and the quick brown fox jumps over the lazy "
        "dog again.",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆ 32点 期限 "
        "T+48:00"
        " に対して T+52:00 で3日目に報告した。",
        /* a run longer than a line */
        "詳しくは https://example.com/incident/2026/12/01/report-of-the-ransomware-attack-on-the-"
        "factory-network-and-its-recovery.html を参照。",
    };
    static const int widths[] = {80, 61, 40};
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
        for (size_t k = 0; k < sizeof widths / sizeof widths[0]; k++) {
            CHECK(same_breaks(sentences[i], widths[k]));
        }
    }
}

static void test_generated(void)
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
        "ょ",
        "・",
        "々",
        "…",
        " ",
        "The",
        "quick",
        "fox-jumps",
        "T+52:00",
        "32点",
        "3日目",
        "🔥",
        "※",
        "①",
        "ＡＢＣ",
        "ｱｲｳ",
        "https://example.com/a/very/long/path/without/any/space/at/all/0123456789abcdef",
    };
    uint32_t seed = 20261201;
    int bad = 0;
    for (int i = 0; i < 600 && bad < 3; i++) {
        char text[8192] = "あ";
        size_t count = 1 + (seed >> 8) % 100;
        for (size_t k = 0; k < count; k++) {
            seed = seed * 1103515245u + 12345u;
            strcat(text, pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])]);
        }
        if (!same_breaks(text, 40 + i % 41)) {
            bad++;
        }
    }
    CHECK(bad == 0);
}

int main(void)
{
    test_sentences();
    test_generated();
    return check_done();
}
