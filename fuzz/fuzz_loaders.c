/* Fuzzes the YAML side in memory: ydoc_parse, then all three loaders (scenario, 手順書, record)
 * and their validators on every document that parses, whatever its version key — alone, and
 * against the fixture exercise of tests/data, so the cross-reference checks run on real ids.
 * Any crash, leak, undefined behaviour or diagnostic without a position is a finding. */
#include <stdio.h>
#include <stdlib.h>

#include "exercise_load.h"
#include "fuzz_common.h"
#include "load.h"
#include "validate.h"
#include "yaml_tree.h"

static Exercise fixture; /* tests/data/record.yaml and what it refers to */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/record.yaml", fuzz_source_dir());
    Diags d;
    diags_init(&d);
    if (exercise_load(path, FILE_KIND_RECORD, &fixture, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        fprintf(stderr, "fuzz_loaders: the fixture %s does not load\n", path);
        exit(2);
    }
    diags_deinit(&d);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diags d;
    diags_init(&d);
    YDoc doc;
    if (ydoc_parse(&doc, "fuzz.yaml", (const char *)data, size, &d) && doc.root) {
        file_kind_detect(&doc, &d);
        Procedure *p = procedure_from_yaml(&doc, &d);
        validate_procedure(p, &d);
        Scenario *s = scenario_from_yaml(&doc, &d);
        validate_scenario(s, p, &d);
        validate_scenario(s, fixture.procedure, &d);
        Record *r = record_from_yaml(&doc, &d);
        validate_record(r, s, p, &d);
        validate_record(r, fixture.scenario, fixture.procedure, &d);
        validate_record(r, NULL, NULL, &d);
        record_free(r);
        scenario_free(s);
        procedure_free(p);
    }
    fuzz_check_diags(&d);
    ydoc_deinit(&doc);
    diags_deinit(&d);
    return 0;
}
