/* Building and printing JSON documents with cJSON, for every JSON file ttx writes (the sheet,
 * the journal, the training record, the history). Each json_put_* adds one value under a key of
 * an object (key != NULL) or at the end of an array (key == NULL), and aborts with file:line when
 * memory runs out, as STYLE.md asks, so writers need not check every call. Strings that are not
 * valid UTF-8 are stored with U+FFFD in place of the bad bytes, so the printed text is always
 * valid JSON. Both printers are ttx's own, not cJSON's, so that integers always print as
 * integers ("1000000000000000", never "1e+15") and the bytes never depend on cJSON's version.
 * Reading typed values back is json_read.h. Depends on cJSON and utf8proc; no model types. */
#ifndef TTX_JSON_BUILD_H
#define TTX_JSON_BUILD_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The largest integer a JSON number carries exactly through cJSON's double: 2^53. */
#define JSON_INT_MAX INT64_C(9007199254740992)

/* A new empty object to build a document in; the caller deletes it with cJSON_Delete. */
cJSON *json_new_object(void);

/* A new empty object or array added to parent; it belongs to parent. */
cJSON *json_put_object(cJSON *parent, const char *key);
cJSON *json_put_array(cJSON *parent, const char *key);

/* s == NULL adds null. */
void json_put_string(cJSON *parent, const char *key, const char *s);
/* An integer with |v| <= JSON_INT_MAX (larger is a programmer error and aborts); printed without
 * fraction or exponent. */
void json_put_int(cJSON *parent, const char *key, int64_t v);
void json_put_bool(cJSON *parent, const char *key, bool v);
void json_put_null(cJSON *parent, const char *key);
/* An array of the n strings of v (a NULL entry becomes null). */
void json_put_strings(cJSON *parent, const char *key, const char *const *v, size_t n);

/* The document as text for files people read and diff (malloc'd, the caller frees; doc stays
 * the caller's): each member and element on its own line, indented by two spaces per level,
 * ": " after keys, "[]" and "{}" when empty, a final newline (the layout of Python's
 * json.dumps(indent=2, ensure_ascii=False)). */
char *json_print_stable(const cJSON *doc);
/* The document on one line without spaces or a final newline, as a journal line (malloc'd, the
 * caller frees; doc stays the caller's). The same bytes as cJSON_PrintUnformatted, except that
 * integers never take an exponent. */
char *json_print_line(const cJSON *doc);

#endif
