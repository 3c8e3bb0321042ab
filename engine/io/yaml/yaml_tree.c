/* YAML event stream → node tree. libyaml does the tokenising; this file adds what a scenario
 * loader needs and libyaml 0.2.5 lacks: node positions kept after parsing, a nesting limit (0.2.5
 * has no yaml_set_max_nest_level), aliases resolved by sharing with a cap on their expansion
 * (billion laughs), duplicate-key and non-scalar-key detection, and UTF-8 checked up front so the
 * error names the exact line and column of the bad byte. */
#include "yaml_tree.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <yaml.h>

#include "base.h"
#include "controls.h"

typedef struct Frame {
    YNode *node;
    YNode **kids; /* for a mapping: key, value, key, value, … */
    size_t n, cap;
} Frame;

typedef struct Anchor {
    char *name;
    YNode *node;
} Anchor;

typedef struct Builder {
    YDoc *doc;
    Diags *diags;
    Frame stack[YAML_MAX_DEPTH];
    int depth;
    Anchor *anchors;
    size_t n_anchors, cap_anchors;
    size_t alias_expansion;
    int documents;
    /* Errors that leave the tree whole (a control character in a value): the loaders still
     * build the model, so `ttx list` can show the file as having errors. */
    size_t value_errors;
    bool failed; /* a fatal problem: stop reading */
} Builder;

static SrcPos mark_pos(yaml_mark_t m)
{
    SrcPos p = {(int)m.line + 1, (int)m.column + 1};
    return p;
}

static size_t add_sat(size_t a, size_t b)
{
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

/* ---- UTF-8 check ------------------------------------------------------------------------ */

static bool check_utf8(const char *path, const char *data, size_t len, Diags *diags)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)data;
    size_t i = 0;
    int line = 1, col = 1;
    if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        diags_error(diags, path, (SrcPos){1, 1},
                    "the file is UTF-16 encoded; ttx reads UTF-8 only (save it as UTF-8)");
        return false;
    }
    while (i < len) {
        if (p[i] == 0) {
            diags_error(diags, path, (SrcPos){line, col},
                        "the file contains a NUL byte; it looks like a binary file, not YAML "
                        "text");
            return false;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 0) {
            diags_error(diags, path, (SrcPos){line, col},
                        "invalid UTF-8 byte 0x%02X; ttx reads UTF-8 text only (save the file "
                        "as UTF-8, not Shift_JIS)",
                        p[i]);
            return false;
        }
        if (cp == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i += (size_t)n;
    }
    return true;
}

/* ---- tree building ---------------------------------------------------------------------- */

static YNode *new_node(Builder *b, YNodeKind kind, yaml_mark_t mark)
{
    YNode *n = arena_alloc(&b->doc->arena, sizeof(YNode));
    n->kind = kind;
    n->pos = mark_pos(mark);
    n->weight = 1;
    return n;
}

static void remember_anchor(Builder *b, const yaml_char_t *name, YNode *node)
{
    if (!name) {
        return;
    }
    if (b->n_anchors == b->cap_anchors) {
        b->cap_anchors = b->cap_anchors ? b->cap_anchors * 2 : 8;
        b->anchors = ttx_realloc(b->anchors, b->cap_anchors * sizeof(Anchor));
    }
    b->anchors[b->n_anchors].name = ttx_strdup((const char *)name);
    b->anchors[b->n_anchors].node = node;
    b->n_anchors++;
}

static YNode *find_anchor(Builder *b, const char *name)
{
    /* A redefined anchor replaces the earlier one from that point on: search backwards. */
    for (size_t i = b->n_anchors; i-- > 0;) {
        if (strcmp(b->anchors[i].name, name) == 0) {
            return b->anchors[i].node;
        }
    }
    return NULL;
}

static void add_child(Builder *b, YNode *child)
{
    if (b->depth == 0) {
        b->doc->root = child;
        return;
    }
    Frame *f = &b->stack[b->depth - 1];
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 8;
        f->kids = ttx_realloc(f->kids, f->cap * sizeof(YNode *));
    }
    f->kids[f->n++] = child;
    f->node->weight = add_sat(f->node->weight, child->weight);
}

/* No text in a ttx file may carry a control character (controls.h): the loaders then never
 * hand one to a screen, a terminal or a page. Escapes in double quotes ("\e") make them. */
static void check_controls(Builder *b, const yaml_event_t *ev)
{
    uint32_t cp;
    size_t at;
    if (text_find_control((const char *)ev->data.scalar.value, ev->data.scalar.length, &cp, &at)) {
        char name[16];
        diags_error(b->diags, b->doc->path, mark_pos(ev->start_mark),
                    "the text contains the control character %s (character %zu); control "
                    "characters are not allowed in text (they could rewrite a terminal or a "
                    "page): remove it",
                    text_control_name(cp, name), at + 1);
        b->value_errors++;
    }
}

static void on_scalar(Builder *b, const yaml_event_t *ev)
{
    check_controls(b, ev);
    YNode *n = new_node(b, YNODE_SCALAR, ev->start_mark);
    n->len = ev->data.scalar.length;
    n->text = arena_strndup(&b->doc->arena, (const char *)ev->data.scalar.value, n->len);
    n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !ev->data.scalar.tag;
    n->complete = true;
    remember_anchor(b, ev->data.scalar.anchor, n);
    add_child(b, n);
}

static void on_alias(Builder *b, const yaml_event_t *ev)
{
    const char *name = (const char *)ev->data.alias.anchor;
    YNode *target = find_anchor(b, name);
    SrcPos pos = mark_pos(ev->start_mark);
    if (!target) {
        diags_error(b->diags, b->doc->path, pos, "alias '*%s' refers to no anchor '&%s' above it",
                    name, name);
        b->failed = true;
        return;
    }
    if (!target->complete) {
        diags_error(b->diags, b->doc->path, pos,
                    "alias '*%s' refers to a node that contains it; a scenario cannot be "
                    "recursive",
                    name);
        b->failed = true;
        return;
    }
    b->alias_expansion = add_sat(b->alias_expansion, target->weight);
    if (b->alias_expansion > YAML_MAX_ALIAS_EXPANSION) {
        diags_error(b->diags, b->doc->path, pos,
                    "aliases expand to more than %d nodes; remove the repeated aliases (this "
                    "looks like an alias bomb)",
                    YAML_MAX_ALIAS_EXPANSION);
        b->failed = true;
        return;
    }
    add_child(b, target);
}

static void on_start(Builder *b, const yaml_event_t *ev, YNodeKind kind)
{
    if (b->depth == YAML_MAX_DEPTH) {
        diags_error(b->diags, b->doc->path, mark_pos(ev->start_mark),
                    "nesting is deeper than %d levels; a scenario needs far fewer", YAML_MAX_DEPTH);
        b->failed = true;
        return;
    }
    YNode *n = new_node(b, kind, ev->start_mark);
    const yaml_char_t *anchor =
        kind == YNODE_SEQUENCE ? ev->data.sequence_start.anchor : ev->data.mapping_start.anchor;
    remember_anchor(b, anchor, n);
    Frame *f = &b->stack[b->depth++];
    memset(f, 0, sizeof(*f));
    f->node = n;
}

static int key_cmp(const void *a, const void *b)
{
    const YPair *x = *(const YPair *const *)a, *y = *(const YPair *const *)b;
    size_t n = x->key->len < y->key->len ? x->key->len : y->key->len;
    int c = memcmp(x->key->text, y->key->text, n);
    if (c) {
        return c;
    }
    if (x->key->len != y->key->len) {
        return x->key->len < y->key->len ? -1 : 1;
    }
    return x < y ? -1 : (x > y); /* pairs are in file order in one array */
}

static void report_duplicate(Builder *b, const YPair *first, const YPair *again)
{
    diags_error(b->diags, b->doc->path, again->key->pos,
                "duplicate key '%s'; it is already set at line %d (keep one of them)",
                again->key->text, first->key->pos.line);
}

static void check_duplicate_keys(Builder *b, YNode *map)
{
    if (map->n_pairs < 2) {
        return;
    }
    if (map->n_pairs <= 16) {
        for (size_t i = 1; i < map->n_pairs; i++) {
            for (size_t j = 0; j < i; j++) {
                const YNode *x = map->pairs[i].key, *y = map->pairs[j].key;
                if (x->len == y->len && memcmp(x->text, y->text, x->len) == 0) {
                    report_duplicate(b, &map->pairs[j], &map->pairs[i]);
                    break;
                }
            }
        }
        return;
    }
    /* Large mappings: sort pointers so the check stays O(n log n). */
    YPair **sorted = ttx_malloc(map->n_pairs * sizeof(YPair *));
    for (size_t i = 0; i < map->n_pairs; i++) {
        sorted[i] = &map->pairs[i];
    }
    qsort(sorted, map->n_pairs, sizeof(YPair *), key_cmp);
    size_t first = 0;
    for (size_t i = 1; i < map->n_pairs; i++) {
        const YNode *x = sorted[i]->key, *y = sorted[first]->key;
        if (x->len == y->len && memcmp(x->text, y->text, x->len) == 0) {
            report_duplicate(b, sorted[first], sorted[i]);
        } else {
            first = i;
        }
    }
    free(sorted);
}

static void on_end(Builder *b)
{
    TTX_EXPECT(b->depth > 0);
    Frame *f = &b->stack[--b->depth];
    YNode *n = f->node;
    if (n->kind == YNODE_SEQUENCE) {
        n->items = arena_array(&b->doc->arena, f->n, sizeof(YNode *));
        if (f->n) {
            memcpy(n->items, f->kids, f->n * sizeof(YNode *));
        }
        n->n_items = f->n;
    } else {
        TTX_EXPECT(f->n % 2 == 0);
        n->pairs = arena_array(&b->doc->arena, f->n / 2, sizeof(YPair));
        for (size_t i = 0; i < f->n; i += 2) {
            YNode *key = f->kids[i];
            if (key->kind != YNODE_SCALAR) {
                diags_error(b->diags, b->doc->path, key->pos, "a key must be plain text, not %s",
                            ynode_kind_name(key));
                continue;
            }
            n->pairs[n->n_pairs].key = key;
            n->pairs[n->n_pairs].value = f->kids[i + 1];
            n->n_pairs++;
        }
        check_duplicate_keys(b, n);
    }
    free(f->kids);
    n->complete = true;
    add_child(b, n);
}

/* libyaml's wording is terse; add the hint a facilitator editing by hand needs. */
static const char *syntax_hint(const char *problem)
{
    if (!problem) {
        return "";
    }
    if (strstr(problem, "mapping values are not allowed")) {
        return " (text that contains ': ' must be put in quotes)";
    }
    if (strstr(problem, "tab character")) {
        return " (indent with spaces, not tabs)";
    }
    if (strstr(problem, "cannot start any token")) {
        return " (indent with spaces, not tabs; quote text starting with @ or `)";
    }
    if (strstr(problem, "did not find expected key")) {
        return " (check the indentation of this line against the keys above it)";
    }
    if (strstr(problem, "found unexpected end of stream")) {
        return " (a quote or bracket is not closed)";
    }
    return "";
}

static void report_parser_error(Builder *b, const yaml_parser_t *p)
{
    SrcPos pos = mark_pos(p->problem_mark);
    const char *problem = p->problem ? p->problem : "unreadable YAML";
    if (p->context) {
        diags_error(b->diags, b->doc->path, pos, "invalid YAML: %s %s%s", problem, p->context,
                    syntax_hint(problem));
    } else {
        diags_error(b->diags, b->doc->path, pos, "invalid YAML: %s%s", problem,
                    syntax_hint(problem));
    }
}

static bool handle_event(Builder *b, const yaml_event_t *ev)
{
    switch (ev->type) {
    case YAML_DOCUMENT_START_EVENT:
        if (++b->documents > 1) {
            diags_error(b->diags, b->doc->path, mark_pos(ev->start_mark),
                        "a second YAML document starts here; a ttx file holds exactly one "
                        "(remove the '---' line or split the file)");
            b->failed = true;
        }
        break;
    case YAML_SCALAR_EVENT:
        on_scalar(b, ev);
        break;
    case YAML_ALIAS_EVENT:
        on_alias(b, ev);
        break;
    case YAML_SEQUENCE_START_EVENT:
        on_start(b, ev, YNODE_SEQUENCE);
        break;
    case YAML_MAPPING_START_EVENT:
        on_start(b, ev, YNODE_MAPPING);
        break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        on_end(b);
        break;
    case YAML_STREAM_END_EVENT:
        return false;
    default:
        break;
    }
    return !b->failed;
}

static void builder_cleanup(Builder *b)
{
    for (int i = 0; i < b->depth; i++) {
        free(b->stack[i].kids);
    }
    for (size_t i = 0; i < b->n_anchors; i++) {
        free(b->anchors[i].name);
    }
    free(b->anchors);
}

bool ydoc_parse(YDoc *doc, const char *path, const char *data, size_t len, Diags *diags)
{
    memset(doc, 0, sizeof(*doc));
    arena_init(&doc->arena);
    doc->path = arena_strdup(&doc->arena, path);
    size_t errors_before = diags->n_errors;
    if (!check_utf8(path, data, len, diags)) {
        return false;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        ttx_die(__FILE__, __LINE__, "out of memory");
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    Builder b;
    memset(&b, 0, sizeof(b));
    b.doc = doc;
    b.diags = diags;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            report_parser_error(&b, &parser);
            break;
        }
        bool more = handle_event(&b, &ev);
        yaml_event_delete(&ev);
        if (!more) {
            break;
        }
    }
    builder_cleanup(&b);
    yaml_parser_delete(&parser);
    if (diags->n_errors > errors_before + b.value_errors) {
        ydoc_deinit(doc);
        arena_init(&doc->arena);
        return false;
    }
    return true;
}

void ydoc_deinit(YDoc *doc)
{
    arena_deinit(&doc->arena);
    doc->root = NULL;
    doc->path = NULL;
}

const char *ynode_kind_name(const YNode *n)
{
    if (!n) {
        return "nothing";
    }
    switch (n->kind) {
    case YNODE_SCALAR:
        return ynode_is_null(n) ? "nothing" : "text";
    case YNODE_SEQUENCE:
        return "a list";
    case YNODE_MAPPING:
        return "a mapping";
    }
    return "?";
}

YNode *ynode_get(const YNode *map, const char *key)
{
    if (!map || map->kind != YNODE_MAPPING) {
        return NULL;
    }
    size_t len = strlen(key);
    for (size_t i = 0; i < map->n_pairs; i++) {
        const YNode *k = map->pairs[i].key;
        if (k->len == len && memcmp(k->text, key, len) == 0) {
            return map->pairs[i].value;
        }
    }
    return NULL;
}

bool ynode_is_null(const YNode *n)
{
    if (!n || n->kind != YNODE_SCALAR || !n->plain) {
        return false;
    }
    return n->len == 0 || strcmp(n->text, "~") == 0 || strcmp(n->text, "null") == 0 ||
           strcmp(n->text, "Null") == 0 || strcmp(n->text, "NULL") == 0;
}
