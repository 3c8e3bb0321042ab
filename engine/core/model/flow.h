/* Which injects an exercise presents: file order, skipping injects whose `when` counters do not
 * all hold, applying an option's `set` and jumping forward on its `goto`. Because goto only jumps
 * forward, every run ends. The validator uses it to check a record against the run it describes;
 * the session uses it to move the cursor. Pure C11. */
#ifndef TTX_FLOW_H
#define TTX_FLOW_H

#include <stddef.h>

#include "model.h"

typedef struct FlowCounter {
    const char *name; /* borrowed from the scenario */
    long value;
} FlowCounter;

/* Counter values of one run; all counters start at 0. */
typedef struct FlowState {
    FlowCounter *v;
    size_t n, cap;
} FlowState;

void flow_init(FlowState *f);
void flow_deinit(FlowState *f);
long flow_counter(const FlowState *f, const char *name);
void flow_set(FlowState *f, const char *name, long value);

/* True when every `when` counter of the inject equals its value. */
bool flow_inject_applies(const FlowState *f, const Inject *in);

/* Applies a chosen option's `set` counters. */
void flow_apply_option(FlowState *f, const Option *chosen);

/* The index of the first inject to present at or after `start` (n_injects when none is left). */
size_t flow_first_from(const Scenario *s, const FlowState *f, size_t start);

/* The index of the inject presented after inject `current`, given the option chosen there (or
 * NULL): jumps to the option's goto target when it has one, else continues in file order.
 * Call flow_apply_option first. Returns n_injects when the exercise has no more injects. */
size_t flow_next(const Scenario *s, const FlowState *f, size_t current, const Option *chosen);

#endif
