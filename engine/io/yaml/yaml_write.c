/* Scalar styles for the YAML writers. The rules are conservative: whenever a plain or block
 * scalar might be read differently (by YAML 1.1 or 1.2 resolvers, or by an editor that strips
 * trailing spaces), the double-quoted style with escapes is used, which is always exact. */
#include "yaml_write.h"

#include <stdint.h>
#include <string.h>

#include "base.h"

/* The length of the UTF-8 sequence at s and its code point, or 0 for an invalid sequence. */
static size_t utf8_next(const unsigned char *s, int32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t n = s[0] >= 0xF0 && s[0] < 0xF5 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    if (n == 0 || (n == 4 && s[0] >= 0xF5)) {
        return 0;
    }
    int32_t v = s[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    bool overlong = (n == 3 && v < 0x800) || (n == 4 && v < 0x10000);
    if (overlong || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
    }
    *cp = v;
    return n;
}

/* Characters that YAML treats as line breaks or byte-order marks, or that are not printable:
 * they only survive in the double-quoted style, as escapes. */
static bool special_char(int32_t cp)
{
    return cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
           (cp >= 0x80 && cp < 0xA0);
}

static bool all_printable(const char *s, bool allow_newline)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int32_t cp;
        size_t n = utf8_next(p, &cp);
        if (n == 0 || (special_char(cp) && !(allow_newline && cp == '\n'))) {
            return false;
        }
        p += n;
    }
    return true;
}

/* Words that a YAML 1.1 or 1.2 reader resolves to null or a boolean. */
static bool reserved_word(const char *s)
{
    static const char *const words[] = {"null", "~",  "true", "false", "yes",
                                        "no",   "on", "off",  "y",     "n"};
    char low[8];
    size_t n = strlen(s);
    if (n >= sizeof low) {
        return false;
    }
    for (size_t i = 0; i <= n; i++) {
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
    }
    for (size_t i = 0; i < TTX_ARRAY_LEN(words); i++) {
        if (strcmp(low, words[i]) == 0) {
            return true;
        }
    }
    return false;
}

bool yaml_plain_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || !all_printable(s, false) || reserved_word(s)) {
        return false;
    }
    /* Indicators at the start, and anything that looks like a number, a time or a date. */
    if (strchr("-?:,[]{}#&*!|>'\"%@`. \t", s[0]) || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    if ((s[0] == '+') || s[n - 1] == ' ' || s[n - 1] == ':') {
        return false;
    }
    return !strstr(s, ": ") && !strstr(s, " #");
}

/* A literal block keeps the text exactly when no line has leading or trailing blanks that the
 * indentation rules or an editor would change, and the text does not start with a line break. */
static bool literal_ok(const char *s)
{
    if (!strchr(s, '\n') || s[0] == '\n' || s[0] == ' ' || !all_printable(s, true)) {
        return false;
    }
    for (const char *p = s; *p; p++) {
        if (*p == '\n' && p > s && p[-1] == ' ') {
            return false;
        }
    }
    return s[strlen(s) - 1] != ' ';
}

static void put_indent(TextBuf *b, int indent)
{
    for (int i = 0; i < indent; i++) {
        textbuf_put(b, " ");
    }
}

static void write_literal(TextBuf *b, int indent, const char *s)
{
    size_t n = strlen(s), trailing = 0;
    while (trailing < n && s[n - 1 - trailing] == '\n') {
        trailing++;
    }
    textbuf_put(b, trailing == 0 ? "|-\n" : trailing == 1 ? "|\n" : "|+\n");
    const char *line = s;
    const char *end = s + n - trailing;
    while (line < end) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t len = nl ? (size_t)(nl - line) : (size_t)(end - line);
        if (len > 0) {
            put_indent(b, indent + 2);
            textbuf_putn(b, line, len);
        }
        textbuf_put(b, "\n");
        line += len + 1;
    }
    for (size_t i = 1; i < trailing; i++) {
        textbuf_put(b, "\n");
    }
}

static void write_quoted(TextBuf *b, const char *s)
{
    textbuf_put(b, "\"");
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int32_t cp;
        size_t n = utf8_next(p, &cp);
        if (n == 0) {
            textbuf_put(b, "\\uFFFD");
            p++;
            continue;
        }
        switch (cp) {
        case '"':
            textbuf_put(b, "\\\"");
            break;
        case '\\':
            textbuf_put(b, "\\\\");
            break;
        case '\n':
            textbuf_put(b, "\\n");
            break;
        case '\t':
            textbuf_put(b, "\\t");
            break;
        case '\r':
            textbuf_put(b, "\\r");
            break;
        case 0x85:
            textbuf_put(b, "\\N");
            break;
        case 0x2028:
            textbuf_put(b, "\\L");
            break;
        case 0x2029:
            textbuf_put(b, "\\P");
            break;
        default:
            if (special_char(cp)) {
                textbuf_printf(b, cp < 0x100 ? "\\x%02X" : "\\u%04X", (unsigned)cp);
            } else {
                textbuf_putn(b, (const char *)p, n);
            }
        }
        p += n;
    }
    textbuf_put(b, "\"");
}

void yaml_write_scalar(TextBuf *b, int indent, const char *s)
{
    if (!s) {
        textbuf_put(b, "\n");
    } else if (yaml_plain_ok(s)) {
        textbuf_printf(b, "%s\n", s);
    } else if (literal_ok(s)) {
        write_literal(b, indent, s);
    } else {
        write_quoted(b, s);
        textbuf_put(b, "\n");
    }
}

void yaml_write_field(TextBuf *b, int indent, const char *key, const char *value)
{
    put_indent(b, indent);
    textbuf_printf(b, "%s:%s", key, value ? " " : "");
    yaml_write_scalar(b, indent, value);
}

void yaml_write_item(TextBuf *b, int indent, const char *value)
{
    put_indent(b, indent);
    textbuf_put(b, "- ");
    yaml_write_scalar(b, indent, value);
}

void yaml_write_key(TextBuf *b, int indent, const char *key)
{
    put_indent(b, indent);
    textbuf_printf(b, "%s:\n", key);
}
