/* The promises every printed text makes, checked line by line: valid UTF-8; no control
 * character but the newline (no C0, DEL, C1, bidi override or BOM); no line wider than 80
 * display columns (display_columns: ambiguous symbols such as ○ ※ ① count two); no trailing
 * space; no line that starts with a character Japanese typesetting keeps off the start of a line
 * (the 禁則 list of line_breaker.h: 、。）」ー っ …; not ・, which the report uses as its bullet);
 * a final newline. */
#ifndef TTX_REPORT_LINES_H
#define TTX_REPORT_LINES_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "check.h"
#include "display_width.h"
#include "line_breaker.h"
#include "textbuf.h"

static bool lines_forbidden(utf8proc_int32_t cp)
{
    return (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E ||
           cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

/* A line starts with a character of the 禁則 list (line_breaker.h) other than ・, which the
 * report uses as its bullet. */
static bool lines_no_start(const char *line)
{
    while (*line == ' ') {
        line++;
    }
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)line, -1, &cp) <= 0) {
        return false;
    }
    return cp != 0x30FB && line_break_no_start(cp);
}

/* Checks one line (without its newline); prints what is wrong. Returns true when fine. */
static bool lines_check_one(const char *line, const char *what, size_t number)
{
    bool ok = true;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)line;
    utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(line);
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n < 0 || lines_forbidden(cp)) {
            fprintf(stderr, "%s:%zu: invalid or control character\n", what, number);
            ok = false;
            break;
        }
        p += n;
        left -= n;
    }
    size_t w = display_columns(line);
    if (w > TEXTBUF_COLUMNS) {
        fprintf(stderr, "%s:%zu: %zu columns: %s\n", what, number, w, line);
        ok = false;
    }
    size_t len = strlen(line);
    if (len > 0 && line[len - 1] == ' ') {
        fprintf(stderr, "%s:%zu: trailing space: '%s'\n", what, number, line);
        ok = false;
    }
    if (lines_no_start(line)) {
        fprintf(stderr, "%s:%zu: line starts with a closing mark: %s\n", what, number, line);
        ok = false;
    }
    return ok;
}

/* Checks every line of text; counts one CHECK per text. */
static void lines_check(const char *text, const char *what)
{
    bool ok = text[0] != '\0' && text[strlen(text) - 1] == '\n';
    if (!ok) {
        fprintf(stderr, "%s: does not end with a newline\n", what);
    }
    size_t number = 0;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = malloc(n + 1);
        memcpy(line, p, n);
        line[n] = '\0';
        ok = lines_check_one(line, what, ++number) && ok;
        free(line);
        p += n + (nl ? 1 : 0);
    }
    CHECK(ok);
}

#endif
