/* Inject flow. Counters are few (a handful per scenario), so a linear list is the right size. */
#include "flow.h"

#include <stdlib.h>
#include <string.h>

#include "base.h"

void flow_init(FlowState *f)
{
    memset(f, 0, sizeof(*f));
}

void flow_deinit(FlowState *f)
{
    free(f->v);
    memset(f, 0, sizeof(*f));
}

long flow_counter(const FlowState *f, const char *name)
{
    for (size_t i = 0; i < f->n; i++) {
        if (strcmp(f->v[i].name, name) == 0) {
            return f->v[i].value;
        }
    }
    return 0;
}

void flow_set(FlowState *f, const char *name, long value)
{
    for (size_t i = 0; i < f->n; i++) {
        if (strcmp(f->v[i].name, name) == 0) {
            f->v[i].value = value;
            return;
        }
    }
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 4;
        f->v = ttx_realloc(f->v, f->cap * sizeof(FlowCounter));
    }
    f->v[f->n].name = name;
    f->v[f->n].value = value;
    f->n++;
}

bool flow_inject_applies(const FlowState *f, const Inject *in)
{
    for (size_t i = 0; i < in->n_when; i++) {
        if (in->when[i].name.s && flow_counter(f, in->when[i].name.s) != in->when[i].value) {
            return false;
        }
    }
    return true;
}

void flow_apply_option(FlowState *f, const Option *chosen)
{
    if (!chosen) {
        return;
    }
    for (size_t i = 0; i < chosen->n_set; i++) {
        if (chosen->set[i].name.s) {
            flow_set(f, chosen->set[i].name.s, chosen->set[i].value);
        }
    }
}

size_t flow_first_from(const Scenario *s, const FlowState *f, size_t start)
{
    size_t i = start;
    while (i < s->n_injects && !flow_inject_applies(f, &s->injects[i])) {
        i++;
    }
    return i;
}

size_t flow_next(const Scenario *s, const FlowState *f, size_t current, const Option *chosen)
{
    size_t start = current + 1;
    if (chosen && chosen->go_to.s) {
        long target = scenario_inject_index(s, chosen->go_to.s);
        /* The validator guarantees forward targets; guard anyway so a run always ends. */
        if (target > (long)current) {
            start = (size_t)target;
        }
    }
    return flow_first_from(s, f, start);
}
