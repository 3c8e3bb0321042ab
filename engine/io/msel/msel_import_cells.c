/* Cell formats of the MSEL reader: values with the formula guard removed, id lists, lines,
 * counters, vocabularies, durations. Each bad cell is reported once, at its cell. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "csv_write.h"
#include "msel_import_internal.h"

const char *imp_value(const CsvCell *c)
{
    const char *s = csv_guarded(c->text) ? c->text + 1 : c->text;
    return s[0] ? s : NULL;
}

Text imp_text(Importer *im, const CsvCell *c)
{
    const char *v = imp_value(c);
    Text t = {v ? arena_strdup(&im->s->arena, v) : NULL, c->pos};
    return t;
}

bool imp_check_id(Importer *im, const char *s, SrcPos pos, const char *what, bool doc)
{
    size_t n = strlen(s);
    bool ok = n > 0 && n <= 64;
    for (const char *p = s; ok && *p; p++) {
        char c = *p;
        ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
             (!doc && ((c >= 'A' && c <= 'Z') || c == '_' || c == '.'));
    }
    if (!ok) {
        diags_error(im->diags, im->path, pos,
                    doc ? "%s '%s' is not a valid id; use lowercase letters, digits and '-'"
                        : "%s '%s' is not a valid id; use up to 64 letters, digits, '-', '_' or "
                          "'.' with no spaces (like P01 or detect-1)",
                    what, s);
    }
    return ok;
}

/* Splits s at any of the separators (ASCII blanks, commas, line breaks and the Japanese comma
 * 、); calls fn for each non-empty part. Returns the number of parts. */
static size_t split(const char *s, bool lines_only, void (*fn)(void *, const char *, size_t),
                    void *ctx)
{
    static const char ideographic_comma[] = "、";
    size_t count = 0;
    while (s && *s) {
        size_t skip = 0;
        if (lines_only ? (*s == '\n' || *s == '\r') : (isspace((unsigned char)*s) || *s == ',')) {
            skip = 1;
        } else if (!lines_only && strncmp(s, ideographic_comma, 3) == 0) {
            skip = 3;
        }
        if (skip) {
            s += skip;
            continue;
        }
        size_t n = 0;
        while (s[n] && !(lines_only ? (s[n] == '\n' || s[n] == '\r')
                                    : (isspace((unsigned char)s[n]) || s[n] == ',' ||
                                       strncmp(s + n, ideographic_comma, 3) == 0))) {
            n++;
        }
        if (fn) {
            fn(ctx, s, n);
        }
        count++;
        s += n;
    }
    return count;
}

typedef struct ListCtx {
    Importer *im;
    TextList *l;
    SrcPos pos;
    const char *what;
    bool ids;
} ListCtx;

static void add_part(void *ctx, const char *s, size_t n)
{
    ListCtx *c = ctx;
    char *v = arena_strndup(&c->im->s->arena, s, n);
    if (c->ids && !imp_check_id(c->im, v, c->pos, c->what, false)) {
        return;
    }
    c->l->v[c->l->n++] = (Text){v, c->pos};
}

static TextList list_of(Importer *im, const CsvCell *c, const char *what, bool ids)
{
    TextList l = {NULL, 0, c->pos};
    const char *v = imp_value(c);
    size_t n = split(v, !ids, NULL, NULL);
    l.v = arena_array(&im->s->arena, n, sizeof(Text));
    ListCtx ctx = {im, &l, c->pos, what, ids};
    split(v, !ids, add_part, &ctx);
    return l;
}

TextList imp_ids(Importer *im, const CsvCell *c, const char *what)
{
    return list_of(im, c, what, true);
}

TextList imp_lines(Importer *im, const CsvCell *c)
{
    return list_of(im, c, "", false);
}

bool imp_counters(Importer *im, const CsvCell *c, const char *what, Counter **out, size_t *n)
{
    const char *v = imp_value(c);
    size_t cap = split(v, false, NULL, NULL);
    *out = arena_array(&im->s->arena, cap, sizeof(Counter));
    *n = 0;
    bool ok = true;
    for (const char *s = v; s && *s;) {
        while (*s && (isspace((unsigned char)*s) || *s == ',')) {
            s++;
        }
        size_t len = strcspn(s, " \t\r\n,");
        if (len == 0) {
            break;
        }
        char *pair = arena_strndup(&im->s->arena, s, len);
        s += len;
        char *eq = strchr(pair, '=');
        char *end = NULL;
        long value = eq ? strtol(eq + 1, &end, 10) : 0;
        if (!eq || eq == pair || end == eq + 1 || *end != '\0' || value <= -1000000000L ||
            value >= 1000000000L) {
            diags_error(im->diags, im->path, c->pos,
                        "'%s' in %s is not a counter; write name=value with a whole number "
                        "(like paid=1), several separated by spaces",
                        pair, what);
            ok = false;
            continue;
        }
        *eq = '\0';
        if (!imp_check_id(im, pair, c->pos, "counter name", false)) {
            ok = false;
            continue;
        }
        (*out)[(*n)++] = (Counter){{pair, c->pos}, value, c->pos};
    }
    return ok;
}

int imp_enum(Importer *im, const CsvCell *c, const Vocab *v, const char *what)
{
    const char *s = imp_value(c);
    int k = s ? vocab_find(v, s) : -1;
    if (k < 0) {
        diags_error(im->diags, im->path, c->pos, "%s '%s' is not one of %s", what, s ? s : "",
                    v->allowed);
    }
    return k;
}

bool imp_duration(Importer *im, const CsvCell *c, const char *what, int *seconds)
{
    const char *s = imp_value(c);
    if (!s || !duration_parse(s, seconds)) {
        diags_error(im->diags, im->path, c->pos,
                    "bad duration '%s' for %s; expected a duration like 90s, 10m or 1h30m",
                    s ? s : "", what);
        return false;
    }
    return true;
}
