/* A scenario written back as YAML (ttx: 1), for `ttx msel import`: what the MSEL reader built,
 * in the key order and layout of the bundled scenarios. */
#ifndef TTX_SCENARIO_WRITE_H
#define TTX_SCENARIO_WRITE_H

#include <stddef.h>

#include "model.h"

/* The scenario as YAML (ttx: 1), in the layout of the bundled scenarios (malloc'd, the caller
 * frees). Every value reads back as the same model. NULL with a message in err when libyaml's
 * emitter fails (out of memory, or text that is not valid UTF-8). */
char *scenario_to_yaml(const Scenario *s, char *err, size_t err_size);

#endif
