/* Driving a session through an exercise for the benchmarks, with the commands the GUI uses:
 * start, then at each presented inject its expected items recorded as done by their owners,
 * the good option of its decision, and a number of notes. Pure C11 over engine/core. */
#ifndef TTX_BENCH_SESSION_H
#define TTX_BENCH_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "session.h"

/* Presents up to n_injects injects (from the start, or after the current one) and records at
 * each as above, adding notes_per_inject notes; the wall clock advances a minute per inject
 * from *now. Stops early at the end of the scenario. False with err when a command fails. */
bool bench_play(Session *s, size_t n_injects, size_t notes_per_inject, WallTime *now, char *err,
                size_t err_size);

#endif
