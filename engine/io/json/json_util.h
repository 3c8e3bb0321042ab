/* Small cJSON helpers for the journal (and any JSON writer): building objects that print integers
 * as integers — cJSON keeps every number as a double, and printing through it could one day give
 * "1e+12" — and reading typed fields with messages that say which key was wrong and what was
 * expected. Out of memory aborts with file:line, as everywhere in ttx. */
#ifndef TTX_JSON_UTIL_H
#define TTX_JSON_UTIL_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "vocab.h"

/* Integers that survive a trip through a double exactly: |v| ≤ 2^53. */
#define JSON_INT_MAX INT64_C(9007199254740992)

/* ---- building (each aborts on out-of-memory) ---------------------------------------------- */

cJSON *json_new_object(void);
void json_add_int(cJSON *o, const char *key, int64_t v);
void json_add_text(cJSON *o, const char *key, const char *s); /* NULL → null */
void json_add_bool(cJSON *o, const char *key, bool v);
void json_add_text_array(cJSON *o, const char *key, const char *const *v, size_t n);
/* Adds and returns a new empty object under key. */
cJSON *json_add_object(cJSON *o, const char *key);
/* The value as one line without a newline, then deletes it (caller frees the text). */
char *json_print_line(cJSON *root);

/* ---- reading: each returns false with a message in err ------------------------------------ */

/* Finds each child of obj among keys[0..n_keys) (found[i], NULL when absent). An unknown or a
 * repeated key is an error. */
bool json_collect(const cJSON *obj, const char *const *keys, size_t n_keys, const cJSON **found,
                  char *err, size_t err_size);
bool json_get_int(const cJSON *v, const char *key, int64_t min, int64_t max, int64_t *out,
                  char *err, size_t err_size);
/* A string copied into arena; with nullable, JSON null gives NULL. */
bool json_get_text(const cJSON *v, const char *key, bool nullable, Arena *arena, const char **out,
                   char *err, size_t err_size);
bool json_get_bool(const cJSON *v, const char *key, bool *out, char *err, size_t err_size);
/* A string that must be one of the vocabulary's ids. */
bool json_get_id(const cJSON *v, const char *key, const Vocab *voc, int *out, char *err,
                 size_t err_size);
/* An array of strings copied into arena. */
bool json_get_text_array(const cJSON *v, const char *key, Arena *arena, const char ***out,
                         size_t *n, char *err, size_t err_size);

#endif
