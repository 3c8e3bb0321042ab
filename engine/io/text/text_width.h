/* Display width of UTF-8 text in a terminal or on paper: East Asian wide and fullwidth
 * characters count two columns, combining marks zero (utf8proc's tables). Used for the printable
 * sheet and aligned CLI listings. */
#ifndef TTX_TEXT_WIDTH_H
#define TTX_TEXT_WIDTH_H

#include <stddef.h>
#include <stdio.h>

/* Columns that s occupies; invalid bytes count one column each. */
size_t text_width(const char *s);
/* Writes s and pads it with spaces to `columns` display columns. */
void text_print_padded(FILE *out, const char *s, size_t columns);

#endif
