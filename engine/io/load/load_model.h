/* YAML documents → model, one function per file kind. They check types, keys and formats and
 * always return a model (possibly incomplete, with NULL texts where values were wrong or missing)
 * so that the validator can still report every cross-reference problem in the same run. Callers
 * that need a trustworthy model use exercise_load() in exercise_load.h instead. */
#ifndef TTX_LOAD_MODEL_H
#define TTX_LOAD_MODEL_H

#include "model.h"
#include "yaml_tree.h"

/* The kind of ttx file a document is, from its version key. */
typedef enum FileKind {
    FILE_KIND_UNKNOWN,
    FILE_KIND_PROCEDURE,
    FILE_KIND_SCENARIO,
    FILE_KIND_RECORD,
} FileKind;

/* Reports (at the root) when the document is not one of the three kinds. */
FileKind file_kind_detect(const YDoc *doc, Diags *diags);
const char *file_kind_name(FileKind k);

/* Each returns a new model (free with procedure_free / scenario_free / record_free). */
Procedure *procedure_from_yaml(const YDoc *doc, Diags *diags);
Scenario *scenario_from_yaml(const YDoc *doc, Diags *diags);
Record *record_from_yaml(const YDoc *doc, Diags *diags);

#endif
