/* Writing YAML that people will edit and ttx will read back exactly (`ttx plan` writes the
 * improvement plan, `ttx msel import` writes scenarios): thin helpers over libyaml's emitter.
 * Block style throughout, UTF-8 written as it is (not escaped), no line folding, two-space
 * indentation. Each text scalar gets the plainest style that reads back as the same string:
 *   plain          感染兆候の検知          (most Japanese text)
 *   double-quoted  "0:30", "true", "a: b"  (anything YAML would read as another type or syntax)
 *   literal block  |, |- or |+             (multi-line text, libyaml picks the chomping)
 * libyaml writes a block sequence that is a mapping's value at the key's own column ("key:\n- a"),
 * it has no comments (the writers put theirs in a prologue before the document), and 0.2.5 counts
 * every character beyond U+FFFF (emoji, 𠮷) as unprintable: text holding one is double-quoted with
 * a \U escape.
 * Keys are the formats' own ASCII keys or ids. Nothing outside engine/io sees libyaml. */
#ifndef TTX_YAML_EMIT_H
#define TTX_YAML_EMIT_H

#include <stddef.h>

typedef struct YamlEmit YamlEmit;

/* Starts a document (no "---"). prologue (may be NULL) is copied verbatim before it: whole
 * comment lines, each ending in "\n". Free with yaml_emit_destroy. */
YamlEmit *yaml_emit_create(const char *prologue);
/* Ends the document and returns its text (malloc'd, the caller frees), or NULL with the first
 * error of any call since yaml_emit_create in err: after an error every call does nothing. */
char *yaml_emit_finish(YamlEmit *e, char *err, size_t err_size);
void yaml_emit_destroy(YamlEmit *e);

/* Block collections (an empty sequence or mapping is written "[]" or "{}"). */
void yaml_emit_map_begin(YamlEmit *e);
void yaml_emit_map_end(YamlEmit *e);
void yaml_emit_seq_begin(YamlEmit *e);
void yaml_emit_seq_end(YamlEmit *e);

/* A mapping key: plain when it reads back as the same string, else double-quoted (ids could
 * read as numbers or booleans). */
void yaml_emit_key(YamlEmit *e, const char *key);
/* A text scalar in the plainest style that reads back the same (see above); NULL writes null
 * (nothing after "key:"). s must be valid UTF-8. */
void yaml_emit_text(YamlEmit *e, const char *s);
/* An integer, plain. */
void yaml_emit_int(YamlEmit *e, long v);
/* yaml_emit_key then yaml_emit_text. */
void yaml_emit_field(YamlEmit *e, const char *key, const char *value);

#endif
