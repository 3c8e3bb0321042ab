/* How many columns UTF-8 text takes in a terminal or a text file read with a Japanese font: the
 * one measure of `ttx list`, the printed sheets, the trainer's printed test, the history text and
 * every wrapped line of them. East Asian wide, fullwidth and ambiguous characters count two
 * columns, combining marks and control characters none (display_width.c says why ambiguous ones
 * are wide). Not the screens' measure: they measure pixels with the font (Measurer.text_width in
 * engine/ui/draw). Depends on utf8proc only. */
#ifndef TTX_DISPLAY_WIDTH_H
#define TTX_DISPLAY_WIDTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Columns of s; an invalid byte counts as the U+FFFD a terminal or the sanitiser shows for it. */
size_t display_columns(const char *s);
/* The same for the first n bytes of s. */
size_t display_columns_n(const char *s, size_t n);
/* Columns of one code point: 0, 1 or 2. */
size_t display_char_columns(int32_t cp);
/* True for East Asian Wide and Fullwidth characters (kanji, kana, fullwidth forms), which are
 * two columns under any convention; false for ambiguous ones (○ ① ※), which only Japanese
 * terminals and fonts make wide. For telling Japanese text from symbols, not for measuring. */
bool display_char_is_wide(int32_t cp);
/* Writes s and pads it with spaces to `columns` display columns (nothing is cut). */
void display_print_padded(FILE *out, const char *s, size_t columns);

#endif
