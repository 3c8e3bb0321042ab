/* A scenario written back as YAML (ttx: 1), for `ttx msel import`: what the MSEL reader built,
 * in the key order and layout of the bundled scenarios. */
#ifndef TTX_SCENARIO_WRITE_H
#define TTX_SCENARIO_WRITE_H

#include "model.h"

/* The scenario as YAML (ttx: 1), in the layout of the bundled scenarios (malloc'd, the caller
 * frees). Every value reads back as the same model. */
char *scenario_to_yaml(const Scenario *s);

#endif
