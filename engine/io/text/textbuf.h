/* A growing text buffer for printable reports, with the two things a printed Japanese sheet needs:
 * text from scenario and record files made safe to print (no control characters, valid UTF-8),
 * and lines wrapped to TEXTBUF_COLUMNS display columns with UAX #14 line breaking (libunibreak:
 * between CJK characters, at spaces in Latin text, never before 、。）」 nor after （「) and a
 * hanging indent for continuation lines. Widths are display_columns() (display_width.h). Not for
 * the GUI, which wraps with its own measurer. */
#ifndef TTX_TEXTBUF_H
#define TTX_TEXTBUF_H

#include <stddef.h>
#include <stdint.h>

enum { TEXTBUF_COLUMNS = 80 };

typedef struct TextBuf {
    char *s; /* NUL-terminated once anything was added */
    size_t len, cap;
} TextBuf;

void textbuf_init(TextBuf *b);
void textbuf_deinit(TextBuf *b);
/* Hands over the text (malloc'd, never NULL; the caller frees) and leaves b empty. */
char *textbuf_take(TextBuf *b);

/* Appends trusted text as is: only for the report's own fixed labels and numbers. */
void textbuf_put(TextBuf *b, const char *s);
void textbuf_putn(TextBuf *b, const char *s, size_t n);
void textbuf_printf(TextBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends s padded with spaces to `columns` display columns (nothing is cut). */
void textbuf_pad(TextBuf *b, const char *s, size_t columns);

/* Appends one wrapped block ending with a newline. The first line starts with `prefix` (the
 * report's own short label, printed as is), the continuation lines with `hang` spaces. `text`
 * (NULL or "" prints the prefix alone) is sanitised first; its newlines start new lines at the
 * hanging indent. No line gets longer than TEXTBUF_COLUMNS by display_columns(). */
void textbuf_wrap(TextBuf *b, const char *prefix, size_t hang, const char *text);

/* A printable copy of s (malloc'd, the caller frees): C0 controls, DEL, C1 controls, bidi
 * overrides and BOMs removed, tabs turned into spaces, CR LF / CR / U+2028 / U+2029 into LF,
 * invalid UTF-8 into U+FFFD, and leading and trailing blank space trimmed. */
char *textbuf_sanitize(const char *s);

#endif
