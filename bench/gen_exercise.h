/* Generated exercises for the benchmarks: a 手順書 of GEN_ITEMS items over six roles and all
 * nine phases, and a scenario of any number of injects that cycle through the phases, each
 * expecting two items of its phase, with questions, a discussion timer and, on every tenth, a
 * decision — the shape of the bundled scenarios, repeated. Valid by construction (no errors,
 * no warnings). Depends on libc only. */
#ifndef TTX_GEN_EXERCISE_H
#define TTX_GEN_EXERCISE_H

#include <stddef.h>

enum { GEN_ITEMS = 50, GEN_DECISION_EVERY = 10 };

/* Writes DIR/procedure.yaml (if missing) and DIR/scenario-N.yaml for n injects; returns the
 * scenario's path (malloc'd, the caller frees). Aborts when the files cannot be written. */
char *gen_exercise(const char *dir, size_t n_injects);

#endif
