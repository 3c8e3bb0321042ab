/* Greedy line filling over the break opportunities of UAX #14 less the 禁則 rules (see
 * line_breaker.h). Each line takes the longest prefix ending at an opportunity that fits: widths
 * grow with the prefix, so a binary search over the opportunities needs O(log n) measurements per
 * line instead of one per opportunity (in Japanese text every character is one). */
#include "line_breaker.h"

#include <linebreak.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

/* Characters that must not begin a line (行頭禁則): closing brackets and punctuation, which UAX
 * #14 already keeps off a line's start, and the prolonged sound mark, small kana, the middle
 * dot, iteration marks and ellipses, which it does not. */
static const char NO_START[] = "、。，．）」』】〕〉》］｝ー・：；？！々ゝゞヽヾ〜～…‥"
                               "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ";
/* Characters that must not end a line (行末禁則): opening brackets. */
static const char NO_END[] = "（「『【〔〈《［｛";

/* The length of the UTF-8 sequence that lead byte c starts; 0 when c cannot start one. */
static size_t sequence_length(unsigned char c)
{
    if (c < 0x80) {
        return 1;
    }
    if (c >= 0xC2 && c < 0xE0) {
        return 2;
    }
    if (c >= 0xE0 && c < 0xF0) {
        return 3;
    }
    return c >= 0xF0 && c < 0xF5 ? 4 : 0;
}

/* The code point at s (n > 0 bytes left) and its length; an invalid byte is U+FFFD, one byte. */
static int32_t decode(const char *s, size_t n, size_t *len)
{
    static const int32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
    const unsigned char *p = (const unsigned char *)s;
    size_t k = sequence_length(p[0]);
    *len = 1;
    if (k == 1) {
        return p[0];
    }
    if (k == 0 || k > n) {
        return 0xFFFD;
    }
    int32_t cp = p[0] & (0x7F >> k);
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < least[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
        return 0xFFFD; /* overlong, beyond Unicode, or a surrogate */
    }
    *len = k;
    return cp;
}

/* True when cp is one of the characters of the UTF-8 list. A complete character's bytes can only
 * match a whole character of valid UTF-8, so a substring search is exact. */
static bool in_list(const char *list, int32_t cp)
{
    if (cp < 0x80 || cp > 0xFFFF) {
        return false; /* both lists hold BMP characters beyond ASCII only */
    }
    char u[4];
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        u[2] = '\0';
    } else {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        u[3] = '\0';
    }
    return strstr(list, u) != NULL;
}

bool line_break_no_start(int32_t cp)
{
    return in_list(NO_START, cp);
}

bool line_break_no_end(int32_t cp)
{
    return in_list(NO_END, cp);
}

static bool graphic_ascii(int32_t cp)
{
    return cp > 0x20 && cp < 0x7F;
}

/* Whether a break that UAX #14 allows between prev and next is taken away (line_breaker.h). */
static bool keep_together(int32_t prev, int32_t next)
{
    if (graphic_ascii(prev) && graphic_ascii(next) && prev != '-' && prev != '/') {
        return true;
    }
    if (prev >= '0' && prev <= '9' && next != ' ') {
        return true;
    }
    return line_break_no_start(next) || line_break_no_end(prev);
}

/* libunibreak's verdict after each byte of s, with the rules applied (malloc'd). libunibreak
 * leaves the verdicts around an invalid UTF-8 sequence unset and may swallow the bytes after it,
 * so it reads a copy in which each invalid byte is an 'x' (U+FFFD, which a reader sees there, is
 * a letter to UAX #14 as well); the rules still see U+FFFD. */
static char *find_breaks(const char *s, size_t n)
{
    static bool index_ready = false;
    if (!index_ready) {
        /* libunibreak 1.x builds its property index once; without it every lookup is a slow
         * search. Idempotent. */
        init_linebreak();
        index_ready = true;
    }
    char *valid = NULL;
    size_t len;
    for (size_t i = 0; i < n; i += len) {
        if (decode(s + i, n - i, &len) == 0xFFFD && len == 1) {
            valid = valid ? valid : memcpy(ttx_malloc(n), s, n);
            valid[i] = 'x';
        }
    }
    char *brks = ttx_malloc(n);
    set_linebreaks_utf8((const utf8_t *)(valid ? valid : s), n, "ja", brks);
    free(valid);
    int32_t prev = decode(s, n, &len);
    for (size_t i = len; i < n; i += len) {
        int32_t next = decode(s + i, n - i, &len);
        if (brks[i - 1] == LINEBREAK_ALLOWBREAK && keep_together(prev, next)) {
            brks[i - 1] = LINEBREAK_NOBREAK;
        }
        prev = next;
    }
    return brks;
}

void line_breaker_init(LineBreaker *lb, const char *s, size_t n, LineMeasure measure, void *ctx)
{
    TTX_EXPECT(memchr(s, '\n', n) == NULL);
    *lb = (LineBreaker){s, n, NULL, 0, 0, 0, measure, ctx};
    if (n == 0) {
        return;
    }
    char *brks = find_breaks(s, n);
    lb->ends = ttx_malloc(n * sizeof(LineBreakEnd));
    for (size_t i = 0; i < n; i++) {
        if (brks[i] == LINEBREAK_ALLOWBREAK || brks[i] == LINEBREAK_MUSTBREAK || i + 1 == n) {
            lb->ends[lb->n_ends++] = (LineBreakEnd){i + 1, 0};
        }
    }
    /* Each end's cap: the next mandatory break (after U+2028), else the paragraph's end. */
    size_t cap = lb->n_ends - 1;
    for (size_t j = lb->n_ends; j-- > 0;) {
        if (brks[lb->ends[j].at - 1] == LINEBREAK_MUSTBREAK) {
            cap = j;
        }
        lb->ends[j].cap = cap;
    }
    free(brks);
}

void line_breaker_deinit(LineBreaker *lb)
{
    free(lb->ends);
    *lb = (LineBreaker){0};
}

bool line_breaker_more(LineBreaker *lb)
{
    while (lb->pos < lb->n && lb->s[lb->pos] == ' ') {
        lb->pos++;
    }
    return lb->pos < lb->n;
}

/* The end of s[start, at) without its trailing spaces. */
static size_t trimmed(const LineBreaker *lb, size_t start, size_t at)
{
    while (at > start && lb->s[at - 1] == ' ') {
        at--;
    }
    return at;
}

static bool fits(const LineBreaker *lb, size_t start, size_t end, int max_width)
{
    return lb->measure(lb->ctx, lb->s + start, end - start) <= max_width;
}

/* True when a line must not end before byte c of s (start < c < n): the first character of the
 * next line must not start a line or the last one of this line must not end one (spaces at the
 * break are not on either line). */
static bool kinsoku_at(const LineBreaker *lb, size_t start, size_t c)
{
    size_t next = c, last = c, len;
    while (next < lb->n && lb->s[next] == ' ') {
        next++;
    }
    while (last > start && lb->s[last - 1] == ' ') {
        last--;
    }
    if (next == lb->n || last == start) {
        return false;
    }
    size_t end = last;
    do {
        last--; /* back to the start of the line's last character */
    } while (last > start && ((unsigned char)lb->s[last] & 0xC0) == 0x80);
    return line_break_no_start(decode(lb->s + next, lb->n - next, &len)) ||
           line_break_no_end(decode(lb->s + last, end - last, &len));
}

/* Where a run that fits on no line is cut: as many characters as fit (at least one), then back
 * to a place where the 禁則 rules let the line end, unless there is none in the piece. */
static size_t cut_run(const LineBreaker *lb, size_t start, size_t limit, int max_width)
{
    size_t len;
    decode(lb->s + start, lb->n - start, &len);
    size_t cut = start + len;
    while (cut < limit) {
        decode(lb->s + cut, lb->n - cut, &len);
        if (!fits(lb, start, cut + len, max_width)) {
            break;
        }
        cut += len;
    }
    size_t c = cut;
    while (c > start && c < lb->n && kinsoku_at(lb, start, c)) {
        do {
            c--;
        } while (c > start && ((unsigned char)lb->s[c] & 0xC0) == 0x80);
    }
    return c > start ? c : cut;
}

void line_breaker_next(LineBreaker *lb, int max_width, bool keep_empty, size_t *start, size_t *end)
{
    TTX_EXPECT(line_breaker_more(lb));
    size_t from = lb->pos;
    while (lb->ends[lb->k].at <= from) {
        lb->k++;
    }
    /* The last end in [k, cap] whose line fits. */
    size_t lo = lb->k, hi = lb->ends[lb->k].cap + 1, fit = 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (fits(lb, from, trimmed(lb, from, lb->ends[mid].at), max_width)) {
            fit = lb->ends[mid].at;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (fit == 0 && keep_empty) {
        *start = *end = from;
        return;
    }
    if (fit == 0) {
        fit = cut_run(lb, from, lb->ends[lb->k].at, max_width);
    }
    *start = from;
    *end = trimmed(lb, from, fit);
    lb->pos = fit;
}
