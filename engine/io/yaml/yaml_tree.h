/* A YAML document as a tree of nodes that remember where they stand. Built from libyaml's event
 * stream with the limits a hostile or broken file needs: nesting depth, alias expansion, one
 * document per file, scalar keys only, no duplicate keys, UTF-8 only. The loaders of the three
 * file kinds walk this tree; nothing outside engine/io sees libyaml. */
#ifndef TTX_YAML_TREE_H
#define TTX_YAML_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

typedef enum YNodeKind { YNODE_SCALAR, YNODE_SEQUENCE, YNODE_MAPPING } YNodeKind;

typedef struct YNode YNode;

typedef struct YPair {
    YNode *key; /* always a scalar */
    YNode *value;
} YPair;

struct YNode {
    YNodeKind kind;
    SrcPos pos;
    /* scalar */
    const char *text; /* NUL-terminated; may contain NUL bytes only if len says so */
    size_t len;
    bool plain; /* unquoted: may be null, a boolean or a number */
    /* sequence */
    YNode **items;
    size_t n_items;
    /* mapping */
    YPair *pairs;
    size_t n_pairs;
    /* bookkeeping for limits */
    size_t weight; /* nodes in this subtree with aliases expanded (saturating) */
    bool complete; /* false while its children are still being read (alias cycles) */
};

typedef struct YDoc {
    Arena arena;
    const char *path;
    YNode *root; /* NULL when the file had no content */
} YDoc;

/* Limits: deep enough for any scenario (which nests about 6 levels), low enough that a crafted
 * file cannot exhaust the stack of any later recursive walk. */
enum { YAML_MAX_DEPTH = 64, YAML_MAX_ALIAS_EXPANSION = 100000 };

/* Parses data (len bytes) read from path. On success fills doc (free with ydoc_deinit) and
 * returns true; the document may be empty (root NULL). On failure adds errors to diags, leaves
 * doc empty (ydoc_deinit is still safe) and returns false. */
bool ydoc_parse(YDoc *doc, const char *path, const char *data, size_t len, Diags *diags);
void ydoc_deinit(YDoc *doc);

/* "text", "a list", "a mapping": for messages. */
const char *ynode_kind_name(const YNode *n);
/* The value of key in a mapping, or NULL. */
YNode *ynode_get(const YNode *map, const char *key);
/* True for a plain scalar that YAML reads as null: empty, ~, null, Null, NULL. */
bool ynode_is_null(const YNode *n);

#endif
