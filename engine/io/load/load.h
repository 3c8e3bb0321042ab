/* YAML documents → model, one function per file kind. They check types, keys and formats and
 * always return a model (possibly incomplete, with NULL texts where values were wrong or missing)
 * so that the validator can still report every cross-reference problem in the same run. Callers
 * that need a trustworthy model use exercise_load() in exercise_load.h instead. One module in
 * parts: load_procedure.c, load_scenario.c and load_record.c, on the helpers of load_common.h. */
#ifndef TTX_LOAD_H
#define TTX_LOAD_H

#include "model.h"
#include "yaml_tree.h"

/* Each returns a new model (free with procedure_free / scenario_free / record_free). */
Procedure *procedure_from_yaml(const YDoc *doc, Diags *diags);
Scenario *scenario_from_yaml(const YDoc *doc, Diags *diags);
Record *record_from_yaml(const YDoc *doc, Diags *diags);

#endif
