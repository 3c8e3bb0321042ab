/* Where lines of text end, for the screens and for paper alike: one UAX #14 line breaker with one
 * list of Japanese line-breaking rules (禁則), so that a sentence breaks at the same places on the
 * facilitator's screen and on the printed sheet. libunibreak finds the break opportunities
 * (between CJK characters, after spaces in Latin text, never before 、。）」 nor after （「), and
 * the rules here take some of them away:
 *   - 行頭禁則: no break before a character that must not start a line, which UAX #14 allows for
 *     prolonged sound marks, small kana, the middle dot and iteration marks (ー っ ・ 々 …);
 *   - 行末禁則: no break after an opening bracket (（「『【〔〈《［｛);
 *   - no break inside an ASCII word except after - and / (UAX #14 splits "T+0:05" as "T"
 *     "+0:05"), nor after a digit, so that a number stays with its unit ("32点", "3日目").
 * Lines are filled greedily, each candidate line measured whole by the caller's measure: pixels
 * of the font on the screens (engine/ui/draw/textlayout.c), display columns on paper
 * (engine/io/text/textbuf_wrap.c). A run that fits on no line (a long URL) is cut between
 * characters, and not before a character that must not start a line.
 * Pure C11 + libunibreak: must not depend on utf8proc, SDL or any file format. */
#ifndef TTX_LINE_BREAKER_H
#define TTX_LINE_BREAKER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The width of s[0, len) laid out as one line, in the caller's unit; must not shrink as len
 * grows. */
typedef int (*LineMeasure)(void *ctx, const char *s, size_t len);

typedef struct LineBreakEnd {
    size_t at;  /* a line may end before byte `at` */
    size_t cap; /* index of the first end at or after this one that a line must not pass */
} LineBreakEnd;

/* Breaks one paragraph into lines; the caller owns the struct, the breaker its arrays. */
typedef struct LineBreaker {
    const char *s; /* the paragraph (not copied: it must outlive the breaker) */
    size_t n;
    LineBreakEnd *ends; /* where lines may end, ascending; n itself last */
    size_t n_ends;
    size_t k;   /* the first end after pos */
    size_t pos; /* where the next line starts */
    LineMeasure measure;
    void *ctx;
} LineBreaker;

/* Prepares s[0, n): UTF-8 text without newlines (invalid bytes are taken one by one). Line and
 * paragraph separators (U+2028, U+2029) end a line where they stand. */
void line_breaker_init(LineBreaker *lb, const char *s, size_t n, LineMeasure measure, void *ctx);
void line_breaker_deinit(LineBreaker *lb);

/* True while text is left (spaces at a line's start are skipped and never make a line). */
bool line_breaker_more(LineBreaker *lb);

/* The next line, at most max_width wide: s[*start, *end), without the spaces around it. It holds
 * at least one character (a character wider than max_width stands alone), unless keep_empty:
 * then, when not even the first piece fits, the line stays empty (*start == *end) and the text
 * waits for the next line. keep_empty is for a line that already holds something of the caller's
 * own, such as a label. Call only while line_breaker_more(). */
void line_breaker_next(LineBreaker *lb, int max_width, bool keep_empty, size_t *start, size_t *end);

/* The 禁則 lists: cp must not start a line (、。）」ー っ …); cp must not end one (（「 …). */
bool line_break_no_start(int32_t cp);
bool line_break_no_end(int32_t cp);

#endif
