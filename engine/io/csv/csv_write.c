/* CSV cells for Excel: RFC 4180 quoting plus the formula guard described in csv_write.h. */
#include "csv_write.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

static const char BOM[] = "\xEF\xBB\xBF";

void csv_begin(CsvWriter *w, TextBuf *b)
{
    w->b = b;
    w->cells = 0;
    textbuf_put(b, BOM);
}

static bool formula_start(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
}

static bool needs_quotes(const char *s, size_t n)
{
    /* readers (libcsv, Excel) trim blanks around an unquoted cell */
    if (n > 0 && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')) {
        return true;
    }
    return strpbrk(s, ",\"\r\n") != NULL;
}

void csv_cell(CsvWriter *w, const char *s)
{
    if (w->cells++ > 0) {
        textbuf_put(w->b, ",");
    }
    if (!s || !*s) {
        return;
    }
    bool guard = formula_start(s[0]);
    size_t n = strlen(s);
    if (!needs_quotes(s, n)) {
        textbuf_printf(w->b, "%s%s", guard ? "'" : "", s);
        return;
    }
    textbuf_put(w->b, guard ? "\"'" : "\"");
    for (const char *p = s; *p;) {
        const char *q = strchr(p, '"');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        textbuf_putn(w->b, p, len);
        if (!q) {
            break;
        }
        textbuf_put(w->b, "\"\"");
        p = q + 1;
    }
    textbuf_put(w->b, "\"");
}

void csv_cell_long(CsvWriter *w, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    csv_cell(w, buf);
}

void csv_cell_fmt(CsvWriter *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    csv_cell(w, s);
    free(s);
}

void csv_end_row(CsvWriter *w)
{
    textbuf_put(w->b, "\r\n");
    w->cells = 0;
}

bool csv_guarded(const char *cell)
{
    return cell && cell[0] == '\'' && formula_start(cell[1]);
}
