/* Fuzzes the whole loading chain a command runs: exercise_check on a file, which reads it,
 * detects its kind, loads what it refers to (record → scenario → 手順書) and validates them all.
 * The input is written to a scratch folder that also holds the fixtures of tests/data and the
 * bundled scenarios' 手順書 under their usual names, so the references of the seed files
 * resolve and the fuzzer can reach the cross-file checks. */
#include <stdio.h>
#include <stdlib.h>

#include "exercise_load.h"
#include "fuzz_common.h"

static const char *input_path;

static void link_fixture(const char *from, const char *to)
{
    char src[4096];
    snprintf(src, sizeof src, "%s/%s", fuzz_source_dir(), from);
    fuzz_link(src, fuzz_scratch(to));
}

int LLVMFuzzerInitialize(int *argc, char **argv[])
{
    (void)argc;
    (void)argv;
    /* The input is scratch/x/in.yaml: "scenario.yaml", "procedure.yaml" (tests/data),
     * "procedures/NAME.yaml" (scenarios/) and "../NAME.yaml" (bundled records, whose scenarios
     * name "procedures/NAME.yaml" in turn) all resolve. */
    static const char *const names[] = {"ransomware", "data-leak", "system-outage"};
    link_fixture("tests/data/scenario.yaml", "x/scenario.yaml");
    link_fixture("tests/data/procedure.yaml", "x/procedure.yaml");
    link_fixture("scenarios/procedures", "x/procedures");
    link_fixture("scenarios/procedures", "procedures");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char from[128], to[128];
        snprintf(from, sizeof from, "scenarios/%s.yaml", names[i]);
        snprintf(to, sizeof to, "%s.yaml", names[i]);
        link_fixture(from, to);
    }
    input_path = fuzz_scratch("x/in.yaml");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_write_file(input_path, data, size);
    Diags d;
    diags_init(&d);
    Exercise ex;
    LoadStatus st = exercise_check(input_path, &ex, &d);
    /* Only the named file may be unreadable (it never is here): a broken reference is an error
     * at the key that names it. */
    if (st == LOAD_UNREADABLE || (st == LOAD_INVALID) != (d.n_errors > 0)) {
        diags_print(&d, stderr);
        abort();
    }
    fuzz_check_diags(&d);
    exercise_free(&ex);
    diags_deinit(&d);
    return 0;
}
