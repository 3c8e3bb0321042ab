/* Control characters (see controls.h). Decodes just enough UTF-8 to see C1 characters, which
 * are two bytes (C2 80 … C2 9F); anything else that is not valid UTF-8 is the readers' concern. */
#include "controls.h"

#include <stdio.h>
#include <string.h>

#include "base.h"

bool text_is_control(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

/* The code point at s[i] and its length in bytes; a stray byte is taken as itself, length 1. */
static uint32_t decode(const unsigned char *s, size_t len, size_t i, size_t *n)
{
    unsigned char c = s[i];
    if (c < 0x80 || i + 1 >= len || (s[i + 1] & 0xC0) != 0x80) {
        *n = 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0) {
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    }
    /* Three- and four-byte sequences are never control characters: skip them whole. */
    size_t want = (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    *n = i + want <= len ? want : 1;
    return 0xFFFD;
}

bool text_find_control(const char *s, size_t len, uint32_t *cp, size_t *index)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t chars = 0;
    for (size_t i = 0; i < len;) {
        size_t n;
        uint32_t c = decode(u, len, i, &n);
        if (text_is_control(c)) {
            *cp = c;
            *index = chars;
            return true;
        }
        i += n;
        chars++;
    }
    return false;
}

char *text_escape_controls(const char *s)
{
    size_t len = strlen(s);
    /* At most six bytes (\uHHHH) for every two-byte C1 or four (\xHH) for every one-byte C0. */
    char *out = ttx_malloc(len * 4 + 1);
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t n;
        uint32_t c = decode(u, len, i, &n);
        if (text_is_control(c)) {
            o += (size_t)sprintf(out + o, c < 0x80 ? "\\x%02X" : "\\u%04X", (unsigned)c);
        } else {
            memcpy(out + o, s + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
    return out;
}

const char *text_control_name(uint32_t cp, char buf[16])
{
    static const char *const c0[32] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                       "BS",  "HT",  "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                       "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                       "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    if (cp < 0x20) {
        snprintf(buf, 16, "U+%04X %s", (unsigned)cp, c0[cp]);
    } else if (cp == 0x7F) {
        snprintf(buf, 16, "U+007F DEL");
    } else {
        snprintf(buf, 16, "U+%04X", (unsigned)cp);
    }
    return buf;
}
