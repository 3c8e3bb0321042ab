/* Typed reading of cJSON values: whole numbers checked against a range (a double that is not
 * whole is refused), texts copied into the caller's arena. */
#include "json_read.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

bool json_collect(const cJSON *obj, const char *const *keys, size_t n_keys, const cJSON **found,
                  char *err, size_t err_size)
{
    for (size_t i = 0; i < n_keys; i++) {
        found[i] = NULL;
    }
    for (const cJSON *c = obj->child; c; c = c->next) {
        size_t k = 0;
        while (k < n_keys && strcmp(keys[k], c->string) != 0) {
            k++;
        }
        if (k == n_keys) {
            snprintf(err, err_size, "unknown key '%s'", c->string);
            return false;
        }
        if (found[k]) {
            snprintf(err, err_size, "the key '%s' appears twice", c->string);
            return false;
        }
        found[k] = c;
    }
    return true;
}

bool json_get_int(const cJSON *v, const char *key, int64_t min, int64_t max, int64_t *out,
                  char *err, size_t err_size)
{
    if (!cJSON_IsNumber(v)) {
        snprintf(err, err_size, "'%s' must be a whole number", key);
        return false;
    }
    double d = v->valuedouble;
    if (!(d >= (double)min && d <= (double)max) || d != floor(d)) {
        snprintf(err, err_size, "'%s' must be a whole number from %" PRId64 " to %" PRId64, key,
                 min, max);
        return false;
    }
    *out = (int64_t)d;
    return true;
}

bool json_get_text(const cJSON *v, const char *key, bool nullable, Arena *arena, const char **out,
                   char *err, size_t err_size)
{
    if (nullable && cJSON_IsNull(v)) {
        *out = NULL;
        return true;
    }
    if (!cJSON_IsString(v)) {
        snprintf(err, err_size, "'%s' must be a text in double quotes%s", key,
                 nullable ? " or null" : "");
        return false;
    }
    *out = arena_strdup(arena, v->valuestring);
    return true;
}

bool json_get_bool(const cJSON *v, const char *key, bool *out, char *err, size_t err_size)
{
    if (!cJSON_IsBool(v)) {
        snprintf(err, err_size, "'%s' must be true or false", key);
        return false;
    }
    *out = cJSON_IsTrue(v);
    return true;
}

bool json_get_id(const cJSON *v, const char *key, const Vocab *voc, int *out, char *err,
                 size_t err_size)
{
    int found = cJSON_IsString(v) ? vocab_find(voc, v->valuestring) : -1;
    if (found < 0) {
        snprintf(err, err_size, "'%s' must be one of %s", key, voc->allowed);
        return false;
    }
    *out = found;
    return true;
}

bool json_get_text_array(const cJSON *v, const char *key, Arena *arena, const char ***out,
                         size_t *n, char *err, size_t err_size)
{
    if (!cJSON_IsArray(v)) {
        snprintf(err, err_size, "'%s' must be a list of texts like [\"a\", \"b\"]", key);
        return false;
    }
    size_t count = (size_t)cJSON_GetArraySize(v);
    const char **list = arena_array(arena, count, sizeof(char *));
    size_t i = 0;
    for (const cJSON *c = v->child; c; c = c->next) {
        if (!cJSON_IsString(c)) {
            snprintf(err, err_size, "entry %zu of '%s' must be a text in double quotes", i + 1,
                     key);
            return false;
        }
        list[i++] = arena_strdup(arena, c->valuestring);
    }
    *out = list;
    *n = i;
    return true;
}
