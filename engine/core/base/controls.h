/* Control characters in text from files and participants. A scenario title such as "\e[2J" or
 * "\e]0;…\a" would clear or retitle the terminal that `ttx list` prints it to, and a name typed
 * into a phone could do the same to a page; so control characters — C0 except tab and line
 * feed, DEL, and C1 — are an error in any text field, and whatever ttx prints goes through
 * text_escape_controls as a last line of defence. One rule, here, for every reader and printer.
 * Pure C11. */
#ifndef TTX_CONTROLS_H
#define TTX_CONTROLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when code point cp is a control character ttx refuses (tab and line feed are text). */
bool text_is_control(uint32_t cp);

/* The first control character in s[0..len) (UTF-8; bytes that are not valid UTF-8 are skipped):
 * its code point and its character index (0-based, counting code points). False when none. */
bool text_find_control(const char *s, size_t len, uint32_t *cp, size_t *index);

/* A copy of s with every control character written visibly as \xHH (C0, DEL) or \uHHHH (C1);
 * the caller frees it. */
char *text_escape_controls(const char *s);

/* The name of a control character for messages ("ESC", "BEL", "DEL", "U+0085"): static. */
const char *text_control_name(uint32_t cp, char buf[16]);

#endif
