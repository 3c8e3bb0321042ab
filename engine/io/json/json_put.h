/* Building JSON documents with cJSON without checking every call: each json_put_* adds one value
 * under a key of an object (key != NULL) or at the end of an array (key == NULL), and aborts with
 * file:line when memory runs out, as STYLE.md asks. Strings that are not valid UTF-8 are stored
 * with U+FFFD in place of the bad bytes, so the printed document is always valid JSON.
 * json_print_stable gives byte-stable text: 2-space indentation, one value per line, integers
 * without a fraction. */
#ifndef TTX_JSON_PUT_H
#define TTX_JSON_PUT_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

/* A new empty object or array added to parent; it belongs to parent. */
cJSON *json_put_object(cJSON *parent, const char *key);
cJSON *json_put_array(cJSON *parent, const char *key);

/* s == NULL adds null. */
void json_put_string(cJSON *parent, const char *key, const char *s);
/* Integers only (|v| < 2^53, exact in cJSON's double); printed without fraction or exponent. */
void json_put_int(cJSON *parent, const char *key, long v);
void json_put_bool(cJSON *parent, const char *key, bool v);
void json_put_null(cJSON *parent, const char *key);
/* An array of the n strings of v. */
void json_put_strings(cJSON *parent, const char *key, const char *const *v, size_t n);

/* The document as text (malloc'd, the caller frees): each member and element on its own line,
 * indented by two spaces per level, ": " after keys, "[]" and "{}" when empty, a final newline
 * (the layout of Python's json.dumps(indent=2, ensure_ascii=False)). */
char *json_print_stable(const cJSON *doc);

#endif
