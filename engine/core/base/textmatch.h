/* Recognising words in free Japanese text: the heuristics of the 手順書 gap check and the plan's
 * element defaults look for the guide's terms (IPA, 警察, 電源を切らず, バックアップ …) in item
 * names and details. Japanese terms are matched as UTF-8 substrings (no word boundaries exist in
 * Japanese); ASCII terms are matched case-insensitively and only as whole words, so "ipa" is
 * found in "notify: [ipa]" but not in "municipal". Pure C11. */
#ifndef TTX_TEXTMATCH_H
#define TTX_TEXTMATCH_H

#include <stdbool.h>

/* True when text (may be NULL) contains needle. A needle made only of ASCII letters and digits is
 * matched case-insensitively as a whole word; any other needle as a plain substring. */
bool text_has(const char *text, const char *needle);

/* True when text contains any of the NULL-terminated list of needles. */
bool text_has_any(const char *text, const char *const *needles);

#endif
