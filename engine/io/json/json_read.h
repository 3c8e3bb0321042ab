/* Reading typed values out of parsed cJSON documents (the journal's lines), with messages that
 * say which key was wrong and what was expected. A number is accepted only when it is whole and
 * within the range asked for, so a journal damaged into "1.5" or "1e300" is caught rather than
 * silently rounded. Building documents is json_build.h. */
#ifndef TTX_JSON_READ_H
#define TTX_JSON_READ_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "json_build.h"
#include "vocab.h"

/* Each returns false with a message in err. */

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
