/* Writing YAML that people will edit and ttx will read back exactly: `ttx plan` writes the
 * improvement plan and `ttx msel import` writes scenarios. libyaml's emitter is not used: it
 * decides quoting and line folding on its own, and the files should look like the hand-written
 * ones (block style, long Japanese lines unfolded). Here each scalar gets the plainest style
 * that reads back as the same string:
 *   plain          感染兆候の検知          (most Japanese text)
 *   double-quoted  "0:30", "true", "a: b"  (anything YAML would read as another type or syntax)
 *   literal block  |, |- or |+             (multi-line text, chomping chosen to keep the ending)
 * Strings must be valid UTF-8 (the loaders guarantee it); an invalid byte is written as U+FFFD.
 * Keys are the formats' own ASCII keys and are written as they are. */
#ifndef TTX_YAML_WRITE_H
#define TTX_YAML_WRITE_H

#include <stdbool.h>

#include "textbuf.h"

/* Appends s as a scalar value that follows "key: " or "- " on the current line, then a newline.
 * indent is the column of the key (or of the "-"): a literal block's lines are indented two
 * more. s == NULL writes null ("~" is never used: an empty value reads as null). */
void yaml_write_scalar(TextBuf *b, int indent, const char *s);

/* "key: value\n" at indent. */
void yaml_write_field(TextBuf *b, int indent, const char *key, const char *value);
/* "- value\n" at indent. */
void yaml_write_item(TextBuf *b, int indent, const char *value);
/* "key:\n" at indent (a mapping or a list follows). */
void yaml_write_key(TextBuf *b, int indent, const char *key);

/* True when s can be written as a plain scalar and read back as the same text. */
bool yaml_plain_ok(const char *s);

#endif
