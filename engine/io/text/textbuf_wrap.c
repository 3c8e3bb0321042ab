/* Line wrapping of printable reports. libunibreak (UAX #14) finds where a line may end: between
 * CJK characters, after spaces in Latin text, never before 、。）」 nor after （「. On top of it a
 * small 行頭禁則 list also keeps prolonged sound marks, small kana and the middle dot off the start
 * of a line, which UAX #14 allows but Japanese typesetting avoids. Lines are filled greedily; a
 * run that cannot break (a long URL) is cut between characters as a last resort. */
#include <linebreak.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"
#include "display_width.h"
#include "textbuf.h"

typedef struct Wrap {
    TextBuf *b;
    size_t hang;       /* indent of continuation lines */
    size_t col;        /* display column after what the current line holds */
    size_t line_start; /* offset of the current line in b */
    bool fresh;        /* nothing of the text on this line yet: leading spaces are dropped */
} Wrap;

static int32_t decode(const char *s, size_t n, size_t *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    TTX_EXPECT(k > 0); /* the text was sanitised */
    *len = (size_t)k;
    return cp;
}

/* True when cp is in the UTF-8 string set. */
static bool in_set(const char *set, int32_t cp)
{
    size_t n = strlen(set);
    for (size_t i = 0, len; i < n; i += len) {
        if (decode(set + i, n - i, &len) == cp) {
            return true;
        }
    }
    return false;
}

/* Characters that must not begin a line (行頭禁則) although UAX #14 lets them. */
static bool no_line_start(int32_t cp)
{
    return cp >= 0x80 && in_set("、。，．）」』】〕〉》］｝ー・：；？！々ゝゞヽヾ〜～…‥"
                                "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ",
                                cp);
}

/* Authors of YAML block scalars wrap long Japanese sentences by hand, and those line ends are not
 * meant as breaks: printed at the sheet's own width they would leave ragged half-empty lines. A
 * newline between two East Asian wide characters, where the line does not end a sentence and the
 * next line does not start a list entry, is therefore joined (without a space, as Japanese
 * needs). Newlines anywhere else — after 。, in Latin text, before "0:00 …" — stay. */
static bool soft_break(const char *before, size_t n_before, const char *after)
{
    size_t j = n_before - 1, len;
    while (j > 0 && ((unsigned char)before[j] & 0xC0) == 0x80) {
        j--;
    }
    int32_t prev = decode(before + j, n_before - j, &len);
    int32_t next = decode(after, strlen(after), &len);
    return display_char_is_wide(prev) && display_char_is_wide(next) && !in_set("。！？", prev) &&
           !in_set("・※＊●○◎■□◆◇★☆【〔", next);
}

static void join_soft_breaks(char *s)
{
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '\n' && o > 0 && s[i + 1] && s[i + 1] != '\n' && soft_break(s, o, s + i + 1)) {
            continue;
        }
        s[o++] = s[i];
    }
    s[o] = '\0';
}

static size_t span_columns(const char *s, size_t n)
{
    size_t width = 0;
    for (size_t i = 0, len; i < n; i += len) {
        width += display_char_columns(decode(s + i, n - i, &len));
    }
    return width;
}

static void end_line(Wrap *w)
{
    TextBuf *b = w->b;
    while (b->len > w->line_start && b->s[b->len - 1] == ' ') {
        b->s[--b->len] = '\0';
    }
    textbuf_put(b, "\n");
    w->line_start = b->len;
}

static void new_line(Wrap *w)
{
    end_line(w);
    textbuf_printf(w->b, "%*s", (int)w->hang, "");
    w->col = w->hang;
    w->fresh = true;
}

static void put_span(Wrap *w, const char *s, size_t n, size_t columns)
{
    textbuf_putn(w->b, s, n);
    w->col += columns;
    w->fresh = false;
}

/* The offset of the character before offset i (> 0) of s. */
static size_t prev_char(const char *s, size_t i)
{
    do {
        i--;
    } while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

/* Where the part of s[start, n) that fits on the current line ends (n when all of it fits). */
static size_t fitting_end(const Wrap *w, const char *s, size_t start, size_t n)
{
    size_t col = w->col;
    for (size_t i = start, len; i < n; i += len) {
        col += display_char_columns(decode(s + i, n - i, &len));
        if (col > TEXTBUF_COLUMNS) {
            return i;
        }
    }
    return n;
}

/* Cuts a run that fits on no line between characters. The cut moves back over characters that
 * must not start a line, unless the whole piece is made of them. */
static void split_run(Wrap *w, const char *s, size_t n)
{
    size_t start = 0;
    while (start < n) {
        while (w->fresh && start < n && s[start] == ' ') {
            start++;
        }
        size_t cut = fitting_end(w, s, start, n);
        if (cut == start) {
            new_line(w);
            continue;
        }
        size_t len, c = cut;
        while (c > start && c < n && no_line_start(decode(s + c, n - c, &len))) {
            c = prev_char(s, c);
        }
        if (c > start) {
            cut = c;
        }
        put_span(w, s + start, cut - start, span_columns(s + start, cut - start));
        if (cut < n) {
            new_line(w);
        }
        start = cut;
    }
}

/* Places one unbreakable segment (it may end with spaces, where UAX #14 puts the break). */
static void place_segment(Wrap *w, const char *s, size_t n)
{
    if (w->fresh) {
        while (n > 0 && *s == ' ') {
            s++;
            n--;
        }
    }
    if (n == 0) {
        return;
    }
    size_t trailing = 0;
    while (trailing < n && s[n - 1 - trailing] == ' ') {
        trailing++;
    }
    size_t full = span_columns(s, n);
    size_t bare = full - trailing;
    if (w->col + bare > TEXTBUF_COLUMNS && w->col > w->hang) {
        new_line(w);
        place_segment(w, s, n);
        return;
    }
    if (w->col + bare <= TEXTBUF_COLUMNS) {
        put_span(w, s, n, full);
        return;
    }
    split_run(w, s, n);
}

/* Whether UAX #14's break between prev (an ASCII byte, or a byte ≥ 0x80 of a wider character)
 * and the character next should be dropped: 行頭禁則; inside ASCII words except after - and /
 * (UAX #14 would split "T+0:05" as "T" "+0:05"); and after a digit, so that a number stays with
 * its unit ("32点", "3日目"). */
static bool keep_together(unsigned char prev, int32_t next)
{
    bool graphic_prev = prev > 0x20 && prev < 0x7F;
    bool graphic_next = next > 0x20 && next < 0x7F;
    if (graphic_prev && graphic_next && prev != '-' && prev != '/') {
        return true;
    }
    if (prev >= '0' && prev <= '9' && next != ' ') {
        return true;
    }
    return no_line_start(next);
}

/* Break opportunities after each byte (LINEBREAK_*), with the rules above applied. */
static char *find_breaks(const char *p, size_t n)
{
    char *brks = ttx_malloc(n);
    set_linebreaks_utf8((const utf8_t *)p, n, "ja", brks);
    for (size_t i = 0; i + 1 < n; i++) {
        if (brks[i] == LINEBREAK_ALLOWBREAK) {
            size_t len;
            if (keep_together((unsigned char)p[i], decode(p + i + 1, n - i - 1, &len))) {
                brks[i] = LINEBREAK_NOBREAK;
            }
        }
    }
    return brks;
}

static void wrap_paragraph(Wrap *w, const char *p, size_t n)
{
    if (n == 0) {
        return;
    }
    char *brks = find_breaks(p, n);
    size_t seg = 0;
    for (size_t i = 0; i < n; i++) {
        if (brks[i] == LINEBREAK_ALLOWBREAK || brks[i] == LINEBREAK_MUSTBREAK || i + 1 == n) {
            place_segment(w, p + seg, i + 1 - seg);
            seg = i + 1;
        }
    }
    free(brks);
}

void textbuf_wrap(TextBuf *b, const char *prefix, size_t hang, const char *text)
{
    size_t pw = display_columns(prefix);
    /* Both are the report's own layout; a wide one would leave no room for the text. */
    TTX_EXPECT(pw <= TEXTBUF_COLUMNS / 2 && hang <= TEXTBUF_COLUMNS / 2);
    Wrap w = {b, hang, pw, b->len, true};
    textbuf_put(b, prefix);
    char *clean = textbuf_sanitize(text ? text : "");
    join_soft_breaks(clean);
    const char *p = clean;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        wrap_paragraph(&w, p, n);
        if (!nl) {
            break;
        }
        new_line(&w);
        p = nl + 1;
    }
    end_line(&w);
    free(clean);
}
