/* The bytes of a CSV file as UTF-8 text for the parser (csv_read.c), and the row a byte is in.
 * Not for use outside engine/io/csv. */
#ifndef TTX_CSV_DECODE_H
#define TTX_CSV_DECODE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Counts spreadsheet rows over the text, one byte at a time: every line break outside quotes
 * (CR LF once) starts the next row. A doubled quote inside a quoted cell toggles twice, so the
 * count stays right for every well-formed file. Bytes of CP932 characters never look like a
 * quote or a line break (their second byte is 0x40 or more), so this works before decoding too. */
typedef struct CsvRowCount {
    int row; /* of the byte about to be stepped over; starts at 1 */
    bool quoted;
    char prev;
} CsvRowCount;

static inline void csv_row_count_step(CsvRowCount *c, char b)
{
    if (b == '"') {
        c->quoted = !c->quoted;
    } else if (!c->quoted && (b == '\r' || (b == '\n' && c->prev != '\r'))) {
        c->row++;
    }
    c->prev = b;
}

/* data (len bytes, read from path) as UTF-8 text without a byte-order mark: UTF-8 as it is, or
 * else Shift_JIS (CP932) converted. *text points into data, or into *converted (malloc'd; the
 * caller frees it, NULL when nothing was converted). False, with the error and its row in diags,
 * for UTF-16, for bytes that are neither UTF-8 nor CP932, and for a NUL byte. */
bool csv_decode(const char *path, const char *data, size_t len, char **converted, const char **text,
                size_t *text_len, Diags *diags);

#endif
