/* Shared pieces of the three loaders: turning YAML nodes into model values with the checks every
 * field needs (type, required, allowed keys, id syntax, time formats, vocabularies), each failure
 * reported once at the node's FILE:LINE:COL in words a facilitator can act on. Loaders keep going
 * after an error so that one run reports every problem in the file. */
#ifndef TTX_LOAD_COMMON_H
#define TTX_LOAD_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "yaml_tree.h"

typedef struct Loader {
    const char *path;
    Arena *arena; /* the model's arena: every string copied here */
    Diags *diags;
} Loader;

typedef struct FieldSpec {
    const char *key;
    bool required;
} FieldSpec;

/* Checks that node is a mapping with only the keys in specs (unknown keys are reported with a
 * suggestion and the allowed list) and all the required ones (reported at the mapping, naming
 * `what`, e.g. "inject 'detect-1'"). values[i] gets the value node of specs[i] or NULL.
 * Returns false only when node is not a mapping at all. */
bool ld_mapping(Loader *L, const YNode *node, const char *what, const FieldSpec *specs,
                size_t n_specs, YNode **values);

/* Text: a scalar copied to the arena. A null or absent optional value leaves out->s NULL.
 * `key` names the field in messages. Returns false (after reporting) on a type error. */
bool ld_text(Loader *L, const YNode *node, const char *key, Text *out);
/* Like ld_text, and the value must be a short identifier: letters, digits, '-', '_', '.'. */
bool ld_id(Loader *L, const YNode *node, const char *key, Text *out);
/* A document id: lowercase letters, digits and '-' ([a-z0-9-]+). */
bool ld_doc_id(Loader *L, const YNode *node, const char *key, Text *out);
/* A list of texts; a null or absent value is the empty list. With ids true, each is an id. */
bool ld_text_list(Loader *L, const YNode *node, const char *key, bool ids, TextList *out,
                  SrcPos key_pos);

bool ld_bool(Loader *L, const YNode *node, const char *key, bool *out);
bool ld_long(Loader *L, const YNode *node, const char *key, long *out);
bool ld_simtime(Loader *L, const YNode *node, const char *key, int *minutes);
bool ld_duration(Loader *L, const YNode *node, const char *key, int *seconds);
bool ld_date(Loader *L, const YNode *node, const char *key, Date *out);
/* A value of vocabulary v, e.g. a phase; messages list the allowed ids. */
bool ld_enum(Loader *L, const YNode *node, const char *key, const Vocab *v, const char *noun,
             int *out);
/* The node must be a list (a null value is the empty list); returns its items and count. */
bool ld_sequence(Loader *L, const YNode *node, const char *key, YNode *const **items,
                 size_t *n);
/* A `name: integer` mapping (set:, when:). */
bool ld_counters(Loader *L, const YNode *node, const char *key, Counter **out, size_t *n);

/* Checks the `ttx…: 1` version value. */
bool ld_version(Loader *L, const YNode *node, const char *key);

/* Position of a possibly absent node: the node's, else the fallback. */
SrcPos ld_pos(const YNode *node, SrcPos fallback);

/* "inject 'detect-1'" or "inject #3" when the id is missing; written into buf. */
const char *ld_describe(char *buf, size_t size, const char *noun, const YNode *map, size_t index);

#endif
