/* Which encoding a CSV file is in, decided from its bytes: Excel gives no label. A file that is
 * valid UTF-8 is UTF-8 (with or without a BOM): Shift_JIS text of any length is almost never
 * valid UTF-8 by chance, while ASCII is both and reads the same either way. Anything else is
 * tried as CP932, the Shift_JIS of Japanese Windows (with its NEC and IBM extensions, which
 * plain SHIFT_JIS lacks), through glibc's iconv. When both fail, the row reported is where the
 * likelier encoding (the one that read further) broke down. */
#include "csv_decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"

/* The offset of the first byte that is not UTF-8, or len. */
static size_t utf8_prefix(const char *data, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)data[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)data + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            return i;
        }
        i += (size_t)n;
    }
    return len;
}

/* data read as CP932 into *out (malloc'd, NUL-terminated, *out_len bytes). Returns the offset of
 * the first byte that is not CP932, or len when all of it is. */
static size_t from_cp932(const char *data, size_t len, char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    iconv_t cd = iconv_open("UTF-8", "CP932");
    if (cd == (iconv_t)-1) {
        return 0; /* no converter installed: nothing reads as CP932 */
    }
    size_t cap = 2 * len + 16; /* a CP932 character is 1 or 2 bytes, its UTF-8 at most 3 */
    char *buf = ttx_malloc(cap);
    char *in = (char *)data, *o = buf;
    size_t in_left = len, o_left = cap - 1;
    while (in_left > 0 && iconv(cd, &in, &in_left, &o, &o_left) == (size_t)-1 && errno == E2BIG) {
        size_t used = (size_t)(o - buf);
        cap *= 2;
        buf = ttx_realloc(buf, cap);
        o = buf + used;
        o_left = cap - 1 - used;
    }
    iconv_close(cd);
    *o = '\0';
    *out = buf;
    *out_len = (size_t)(o - buf);
    return len - in_left;
}

static int row_of(const char *data, size_t offset)
{
    CsvRowCount c = {1, false, '\0'};
    for (size_t i = 0; i < offset; i++) {
        csv_row_count_step(&c, data[i]);
    }
    return c.row;
}

bool csv_decode(const char *path, const char *data, size_t len, char **converted, const char **text,
                size_t *text_len, Diags *diags)
{
    const unsigned char *u = (const unsigned char *)data;
    *converted = NULL;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        diags_error(diags, path, (SrcPos){1, 0},
                    "this file is UTF-16 (Excel's \"Unicode テキスト\"); save it as \"CSV UTF-8 "
                    "(コンマ区切り)\"");
        return false;
    }
    bool bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        data += 3;
        len -= 3;
    }
    size_t bad = utf8_prefix(data, len);
    if (bad < len && !bom) { /* a BOM says UTF-8: no second guess then */
        size_t out_len;
        size_t bad_cp932 = from_cp932(data, len, converted, &out_len);
        if (bad_cp932 == len) {
            data = *converted;
            len = out_len;
            bad = len;
        } else {
            free(*converted);
            *converted = NULL;
            bad = bad_cp932 > bad ? bad_cp932 : bad;
        }
    }
    if (bad < len) {
        diags_error(diags, path, (SrcPos){row_of(data, bad), 0},
                    "the text here is neither UTF-8 nor Shift_JIS; save the file from Excel as "
                    "\"CSV UTF-8 (コンマ区切り)\"");
        return false;
    }
    const char *nul = memchr(data, '\0', len);
    if (nul) {
        diags_error(diags, path, (SrcPos){row_of(data, (size_t)(nul - data)), 0},
                    "the file contains a NUL byte; it is not a text file");
        free(*converted);
        *converted = NULL;
        return false;
    }
    *text = data;
    *text_len = len;
    return true;
}
