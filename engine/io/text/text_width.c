/* Display widths with utf8proc. */
#include "text_width.h"

#include <string.h>
#include <utf8proc.h>

size_t text_width(const char *s)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(s);
    size_t width = 0;
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n < 0) {
            width++;
            n = 1;
        } else {
            int w = utf8proc_charwidth(cp);
            width += w > 0 ? (size_t)w : 0;
        }
        p += n;
        left -= n;
    }
    return width;
}

void text_print_padded(FILE *out, const char *s, size_t columns)
{
    fputs(s, out);
    for (size_t w = text_width(s); w < columns; w++) {
        fputc(' ', out);
    }
}
