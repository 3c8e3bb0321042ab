/* Field conversion helpers for the loaders. Every message says what was found, what was
 * expected, and the allowed values where there is a fixed set. */
#include "load_common.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

SrcPos ld_pos(const YNode *node, SrcPos fallback)
{
    return node ? node->pos : fallback;
}

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40) {
        return SIZE_MAX;
    }
    size_t row[41];
    for (size_t j = 0; j <= lb; j++) {
        row[j] = j;
    }
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) {
                best = up + 1;
            }
            if (row[j - 1] + 1 < best) {
                best = row[j - 1] + 1;
            }
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static void allowed_keys(const FieldSpec *specs, size_t n, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && used < size; i++) {
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "", specs[i].key);
    }
}

/* Keys are shown as found; a key with control characters is shown escaped so the message stays
 * one line. */
static void printable(const char *s, char *buf, size_t size)
{
    size_t o = 0;
    for (; *s && o + 5 < size; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c == 0x7f) {
            o += (size_t)snprintf(buf + o, size - o, "\\x%02X", c);
        } else {
            buf[o++] = (char)c;
        }
    }
    buf[o] = '\0';
}

bool ld_mapping(Loader *L, const YNode *node, const char *what, const FieldSpec *specs,
                size_t n_specs, YNode **values)
{
    for (size_t i = 0; i < n_specs; i++) {
        values[i] = NULL;
    }
    if (!node || node->kind != YNODE_MAPPING) {
        diags_error(L->diags, L->path, ld_pos(node, (SrcPos){1, 1}),
                    "%s must be a mapping of keys (like 'id: …'), found %s", what,
                    ynode_kind_name(node));
        return false;
    }
    for (size_t p = 0; p < node->n_pairs; p++) {
        const YNode *key = node->pairs[p].key;
        size_t k = 0;
        while (k < n_specs && strcmp(specs[k].key, key->text) != 0) {
            k++;
        }
        if (k < n_specs) {
            if (!values[k]) { /* a duplicate was reported by the parser; the first one counts */
                values[k] = node->pairs[p].value;
            }
            continue;
        }
        char allowed[512], shown[256];
        allowed_keys(specs, n_specs, allowed, sizeof(allowed));
        printable(key->text, shown, sizeof(shown));
        const char *best = NULL;
        size_t best_d = SIZE_MAX;
        for (size_t s = 0; s < n_specs; s++) {
            size_t d = edit_distance(key->text, specs[s].key);
            if (d < best_d) {
                best_d = d;
                best = specs[s].key;
            }
        }
        if (best && best_d <= 2 && best_d < strlen(key->text)) {
            diags_error(L->diags, L->path, key->pos,
                        "unknown key '%s' in %s; did you mean '%s'? (allowed: %s)", shown, what,
                        best, allowed);
        } else {
            diags_error(L->diags, L->path, key->pos, "unknown key '%s' in %s; allowed: %s",
                        shown, what, allowed);
        }
    }
    for (size_t k = 0; k < n_specs; k++) {
        if (specs[k].required && !values[k]) {
            diags_error(L->diags, L->path, node->pos, "%s is missing the required key '%s'",
                        what, specs[k].key);
        } else if (specs[k].required && ynode_is_null(values[k])) {
            diags_error(L->diags, L->path, values[k]->pos, "'%s' of %s is empty; give it a value",
                        specs[k].key, what);
        }
    }
    return true;
}

static bool scalar_or_report(Loader *L, const YNode *node, const char *key, const char *expected)
{
    if (node->kind == YNODE_SCALAR) {
        return true;
    }
    diags_error(L->diags, L->path, node->pos, "'%s' must be %s, found %s", key, expected,
                ynode_kind_name(node));
    return false;
}

bool ld_text(Loader *L, const YNode *node, const char *key, Text *out)
{
    out->s = NULL;
    out->pos = ld_pos(node, (SrcPos){0, 0});
    if (!node || ynode_is_null(node)) {
        return true;
    }
    if (!scalar_or_report(L, node, key, "text")) {
        return false;
    }
    if (strlen(node->text) != node->len) {
        diags_error(L->diags, L->path, node->pos,
                    "'%s' contains a NUL character (\\0); remove it", key);
        return false;
    }
    out->s = arena_strndup(L->arena, node->text, node->len);
    return true;
}

static bool id_char(char c, bool doc)
{
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        return true;
    }
    return !doc && ((c >= 'A' && c <= 'Z') || c == '_' || c == '.');
}

static bool ld_id_kind(Loader *L, const YNode *node, const char *key, Text *out, bool doc)
{
    if (!ld_text(L, node, key, out)) {
        return false;
    }
    if (!out->s) {
        return true; /* absent: the caller decides whether that is allowed */
    }
    const char *s = out->s;
    bool ok = *s != '\0' && strlen(s) <= 64;
    for (; ok && *s; s++) {
        ok = id_char(*s, doc);
    }
    if (!ok) {
        char shown[128];
        printable(out->s, shown, sizeof(shown));
        diags_error(L->diags, L->path, node->pos,
                    doc ? "'%s' value '%s' is not a valid id; use lowercase letters, digits and "
                          "'-' (like ransomware-sales-mail)"
                        : "'%s' value '%s' is not a valid id; use up to 64 letters, digits, '-', "
                          "'_' or '.' with no spaces (like P01 or detect-1)",
                    key, shown);
        out->s = NULL;
        return false;
    }
    return true;
}

bool ld_id(Loader *L, const YNode *node, const char *key, Text *out)
{
    return ld_id_kind(L, node, key, out, false);
}

bool ld_doc_id(Loader *L, const YNode *node, const char *key, Text *out)
{
    return ld_id_kind(L, node, key, out, true);
}

bool ld_sequence(Loader *L, const YNode *node, const char *key, YNode *const **items, size_t *n)
{
    *items = NULL;
    *n = 0;
    if (!node || ynode_is_null(node)) {
        return true;
    }
    if (node->kind != YNODE_SEQUENCE) {
        diags_error(L->diags, L->path, node->pos, "'%s' must be a list (like [a, b]), found %s",
                    key, ynode_kind_name(node));
        return false;
    }
    *items = node->items;
    *n = node->n_items;
    return true;
}

bool ld_text_list(Loader *L, const YNode *node, const char *key, bool ids, TextList *out,
                  SrcPos key_pos)
{
    YNode *const *items;
    size_t n;
    out->v = NULL;
    out->n = 0;
    out->pos = ld_pos(node, key_pos);
    if (!ld_sequence(L, node, key, &items, &n)) {
        return false;
    }
    out->v = arena_array(L->arena, n, sizeof(Text));
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        Text t;
        if (ynode_is_null(items[i])) {
            diags_error(L->diags, L->path, items[i]->pos, "an entry of '%s' is empty", key);
            ok = false;
            continue;
        }
        bool good = ids ? ld_id(L, items[i], key, &t) : ld_text(L, items[i], key, &t);
        if (good && t.s) {
            out->v[out->n++] = t;
        } else {
            ok = false;
        }
    }
    return ok;
}

bool ld_bool(Loader *L, const YNode *node, const char *key, bool *out)
{
    static const char *const yes[] = {"true", "True", "TRUE"};
    static const char *const no[] = {"false", "False", "FALSE"};
    if (!node || ynode_is_null(node)) {
        return true;
    }
    if (node->kind == YNODE_SCALAR && node->plain) {
        for (size_t i = 0; i < 3; i++) {
            if (strcmp(node->text, yes[i]) == 0) {
                *out = true;
                return true;
            }
            if (strcmp(node->text, no[i]) == 0) {
                *out = false;
                return true;
            }
        }
    }
    diags_error(L->diags, L->path, node->pos, "'%s' must be true or false, found %s", key,
                node->kind == YNODE_SCALAR ? "other text" : ynode_kind_name(node));
    return false;
}

bool ld_long(Loader *L, const YNode *node, const char *key, long *out)
{
    if (node && node->kind == YNODE_SCALAR && node->plain && node->len > 0) {
        char *end;
        errno = 0;
        long v = strtol(node->text, &end, 10);
        bool digits_only = node->text[0] == '-' || node->text[0] == '+' ||
                           (node->text[0] >= '0' && node->text[0] <= '9');
        if (digits_only && *end == '\0' && errno == 0 && v > -1000000000L && v < 1000000000L) {
            *out = v;
            return true;
        }
    }
    diags_error(L->diags, L->path, ld_pos(node, (SrcPos){0, 0}),
                "'%s' must be a whole number (like 1), found %s", key,
                node && node->kind == YNODE_SCALAR && !ynode_is_null(node) ? "other text"
                                                                           : ynode_kind_name(node));
    return false;
}

static bool scalar_text(Loader *L, const YNode *node, const char *key, const char *expected)
{
    if (!node || ynode_is_null(node)) {
        diags_error(L->diags, L->path, ld_pos(node, (SrcPos){0, 0}), "'%s' is empty; expected %s",
                    key, expected);
        return false;
    }
    return scalar_or_report(L, node, key, expected);
}

bool ld_simtime(Loader *L, const YNode *node, const char *key, int *minutes)
{
    static const char *expected = "a time like \"0:05\" or \"72:00\" (hours:minutes after the "
                                  "start, minutes 00-59)";
    if (!scalar_text(L, node, key, expected)) {
        return false;
    }
    if (!simtime_parse(node->text, minutes)) {
        char shown[64];
        printable(node->text, shown, sizeof(shown));
        diags_error(L->diags, L->path, node->pos, "bad time '%s' for '%s'; expected %s", shown,
                    key, expected);
        return false;
    }
    return true;
}

bool ld_duration(Loader *L, const YNode *node, const char *key, int *seconds)
{
    static const char *expected = "a duration like 90s, 10m or 1h30m (at most 24h)";
    if (!scalar_text(L, node, key, expected)) {
        return false;
    }
    if (!duration_parse(node->text, seconds)) {
        char shown[64];
        printable(node->text, shown, sizeof(shown));
        diags_error(L->diags, L->path, node->pos, "bad duration '%s' for '%s'; expected %s",
                    shown, key, expected);
        return false;
    }
    return true;
}

bool ld_date(Loader *L, const YNode *node, const char *key, Date *out)
{
    static const char *expected = "a date like 2026-12-01 (YYYY-MM-DD)";
    if (!scalar_text(L, node, key, expected)) {
        return false;
    }
    if (!date_parse(node->text, out)) {
        char shown[64];
        printable(node->text, shown, sizeof(shown));
        diags_error(L->diags, L->path, node->pos, "bad date '%s' for '%s'; expected %s", shown,
                    key, expected);
        return false;
    }
    return true;
}

bool ld_enum(Loader *L, const YNode *node, const char *key, const Vocab *v, const char *noun,
             int *out)
{
    char expected[256];
    snprintf(expected, sizeof(expected), "one of %s", v->allowed);
    if (!scalar_text(L, node, key, expected)) {
        return false;
    }
    int found = vocab_find(v, node->text);
    if (found < 0) {
        char shown[128];
        printable(node->text, shown, sizeof(shown));
        diags_error(L->diags, L->path, node->pos, "unknown %s '%s'; expected %s", noun, shown,
                    expected);
        return false;
    }
    *out = found;
    return true;
}

bool ld_counters(Loader *L, const YNode *node, const char *key, Counter **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!node || ynode_is_null(node)) {
        return true;
    }
    if (node->kind != YNODE_MAPPING) {
        diags_error(L->diags, L->path, node->pos,
                    "'%s' must be a mapping of counter names to whole numbers (like {paid: 1}), "
                    "found %s",
                    key, ynode_kind_name(node));
        return false;
    }
    *out = arena_array(L->arena, node->n_pairs, sizeof(Counter));
    bool ok = true;
    for (size_t i = 0; i < node->n_pairs; i++) {
        Counter c;
        memset(&c, 0, sizeof(c));
        c.pos = node->pairs[i].key->pos;
        if (!ld_id(L, node->pairs[i].key, "counter name", &c.name) || !c.name.s ||
            !ld_long(L, node->pairs[i].value, c.name.s, &c.value)) {
            ok = false;
            continue;
        }
        (*out)[(*n)++] = c;
    }
    return ok;
}

bool ld_version(Loader *L, const YNode *node, const char *key)
{
    long v = 0;
    if (node && node->kind == YNODE_SCALAR && !node->plain) {
        diags_error(L->diags, L->path, node->pos, "'%s' must be the number 1, without quotes",
                    key);
        return false;
    }
    if (!ld_long(L, node, key, &v)) {
        return false;
    }
    if (v != 1) {
        diags_error(L->diags, L->path, node->pos,
                    "unsupported version %s: %ld; this ttx reads version 1", key, v);
        return false;
    }
    return true;
}

const char *ld_describe(char *buf, size_t size, const char *noun, const YNode *map, size_t index)
{
    const YNode *id = ynode_get(map, "id");
    if (id && id->kind == YNODE_SCALAR && !ynode_is_null(id) && id->len < 80 &&
        strlen(id->text) == id->len) {
        char shown[100];
        printable(id->text, shown, sizeof(shown));
        snprintf(buf, size, "%s '%s'", noun, shown);
    } else {
        snprintf(buf, size, "%s #%zu", noun, index + 1);
    }
    return buf;
}
