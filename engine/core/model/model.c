/* Lookups over the model and the matching free functions. Linear searches are fine: a 手順書 has
 * tens of items, and the validator builds its own index for the large-scenario paths. */
#include "model.h"

#include <stdlib.h>
#include <string.h>

static bool text_is(const Text *t, const char *s)
{
    return t->s && strcmp(t->s, s) == 0;
}

const Role *procedure_find_role(const Procedure *p, const char *id)
{
    for (size_t i = 0; i < p->n_roles; i++) {
        if (text_is(&p->roles[i].id, id)) {
            return &p->roles[i];
        }
    }
    return NULL;
}

const char *procedure_role_name(const Procedure *p, const char *id)
{
    const Role *r = id ? procedure_find_role(p, id) : NULL;
    return r && r->name.s ? r->name.s : id;
}

const External *procedure_find_external(const Procedure *p, const char *id)
{
    for (size_t i = 0; i < p->n_externals; i++) {
        if (text_is(&p->externals[i].id, id)) {
            return &p->externals[i];
        }
    }
    return NULL;
}

long procedure_item_index(const Procedure *p, const char *id)
{
    for (size_t i = 0; i < p->n_items; i++) {
        if (text_is(&p->items[i].id, id)) {
            return (long)i;
        }
    }
    return -1;
}

const ProcItem *procedure_find_item(const Procedure *p, const char *id)
{
    long i = procedure_item_index(p, id);
    return i < 0 ? NULL : &p->items[i];
}

long scenario_inject_index(const Scenario *s, const char *id)
{
    for (size_t i = 0; i < s->n_injects; i++) {
        if (text_is(&s->injects[i].id, id)) {
            return (long)i;
        }
    }
    return -1;
}

const Option *decision_find_option(const Decision *d, const char *id)
{
    for (size_t i = 0; i < d->n_options; i++) {
        if (text_is(&d->options[i].id, id)) {
            return &d->options[i];
        }
    }
    return NULL;
}

bool text_list_contains(const TextList *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++) {
        if (text_is(&l->v[i], s)) {
            return true;
        }
    }
    return false;
}

void procedure_free(Procedure *p)
{
    if (p) {
        arena_deinit(&p->arena);
        free(p);
    }
}

void scenario_free(Scenario *s)
{
    if (s) {
        arena_deinit(&s->arena);
        free(s);
    }
}

void record_free(Record *r)
{
    if (r) {
        arena_deinit(&r->arena);
        free(r);
    }
}
