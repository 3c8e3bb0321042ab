/* Diagnostics list. Messages are formatted once, owned by the list. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "controls.h"

void diags_init(Diags *d)
{
    memset(d, 0, sizeof(*d));
}

void diags_deinit(Diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->v[i].path);
        free(d->v[i].place);
        free(d->v[i].message);
    }
    free(d->v);
    memset(d, 0, sizeof(*d));
}

static void diags_push(Diags *d, const char *path, SrcPos pos, DiagSeverity sev, char *message)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = ttx_realloc(d->v, d->cap * sizeof(Diag));
    }
    Diag *g = &d->v[d->n];
    g->path = ttx_strdup(path ? path : "-");
    g->pos = pos;
    g->place = NULL;
    g->severity = sev;
    g->message = message;
    g->order = d->n;
    d->n++;
    if (sev == DIAG_ERROR) {
        d->n_errors++;
    } else {
        d->n_warnings++;
    }
}

void diags_add(Diags *d, const char *path, SrcPos pos, DiagSeverity sev, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diags_push(d, path, pos, sev, ttx_vformat(fmt, ap));
    va_end(ap);
}

void diags_error(Diags *d, const char *path, SrcPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diags_push(d, path, pos, DIAG_ERROR, ttx_vformat(fmt, ap));
    va_end(ap);
}

void diags_warning(Diags *d, const char *path, SrcPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diags_push(d, path, pos, DIAG_WARNING, ttx_vformat(fmt, ap));
    va_end(ap);
}

void diag_set_place(Diag *g, const char *place)
{
    free(g->place);
    g->place = ttx_strdup(place);
}

/* Rank of each diagnostic's file by first appearance, filled before sorting. */
typedef struct SortKey {
    size_t file_rank;
    Diag diag;
} SortKey;

static int sort_key_cmp(const void *a, const void *b)
{
    const SortKey *x = a, *y = b;
    if (x->file_rank != y->file_rank) {
        return x->file_rank < y->file_rank ? -1 : 1;
    }
    if (x->diag.pos.line != y->diag.pos.line) {
        return x->diag.pos.line < y->diag.pos.line ? -1 : 1;
    }
    if (x->diag.pos.col != y->diag.pos.col) {
        return x->diag.pos.col < y->diag.pos.col ? -1 : 1;
    }
    return x->diag.order < y->diag.order ? -1 : (x->diag.order > y->diag.order);
}

void diags_sort(Diags *d)
{
    if (d->n < 2) {
        return;
    }
    SortKey *keys = ttx_malloc(d->n * sizeof(SortKey));
    for (size_t i = 0; i < d->n; i++) {
        size_t rank = i;
        for (size_t j = 0; j < i; j++) {
            if (strcmp(d->v[j].path, d->v[i].path) == 0) {
                rank = keys[j].file_rank;
                break;
            }
        }
        keys[i].file_rank = rank;
        keys[i].diag = d->v[i];
    }
    qsort(keys, d->n, sizeof(SortKey), sort_key_cmp);
    for (size_t i = 0; i < d->n; i++) {
        d->v[i] = keys[i].diag;
        d->v[i].order = i;
    }
    free(keys);
}

char *diag_format(const Diag *g)
{
    const char *sev = g->severity == DIAG_ERROR ? "error" : "warning";
    if (g->place) {
        return ttx_format("%s: %s: %s: %s", g->path, g->place, sev, g->message);
    }
    /* Position 0 means "somewhere in the file": point at its start, which editors can open. */
    int line = g->pos.line > 0 ? g->pos.line : 1, col = g->pos.col > 0 ? g->pos.col : 1;
    int n = snprintf(NULL, 0, "%s:%d:%d: %s: %s", g->path, line, col, sev, g->message);
    TTX_EXPECT(n >= 0);
    char *s = ttx_malloc((size_t)n + 1);
    snprintf(s, (size_t)n + 1, "%s:%d:%d: %s: %s", g->path, line, col, sev, g->message);
    /* A file name or a quoted value may hold anything: messages reach terminals. */
    char *visible = text_escape_controls(s);
    free(s);
    return visible;
}

void diags_print(const Diags *d, FILE *out)
{
    for (size_t i = 0; i < d->n; i++) {
        char *line = diag_format(&d->v[i]);
        fprintf(out, "%s\n", line);
        free(line);
    }
}

void diags_take(Diags *dst, Diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        Diag *g = &src->v[i];
        diags_push(dst, g->path, g->pos, g->severity, g->message);
        dst->v[dst->n - 1].place = g->place;
        free(g->path);
    }
    free(src->v);
    memset(src, 0, sizeof(*src));
}
