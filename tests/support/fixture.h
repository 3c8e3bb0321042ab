/* Loading the example exercise of tests/data for unit tests, and building variants of it from
 * YAML text, so each scoring rule can be tested on a scenario made for it. */
#ifndef TTX_TEST_FIXTURE_H
#define TTX_TEST_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exercise_load.h"
#include "load.h"
#include "session.h"
#include "validate.h"

static inline WallTime wall_at(int minutes)
{
    /* 2026-12-01T09:00:00+09:00 plus minutes */
    WallTime t = {INT64_C(1796083200000) + (int64_t)minutes * 60000, 540};
    return t;
}

/* Loads data/<name>.yaml (scenario or record) and everything it refers to; aborts the test
 * program when the fixture itself is broken. */
static inline Exercise fixture_load(const char *path)
{
    Exercise ex;
    Diags d;
    diags_init(&d);
    if (exercise_load(path, FILE_KIND_UNKNOWN, &ex, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        fprintf(stderr, "fixture %s does not load\n", path);
        exit(2);
    }
    diags_deinit(&d);
    return ex;
}

/* A scenario parsed from text, validated against procedure p (aborts on errors). */
static inline Scenario *scenario_from_text(const char *text, const Procedure *p)
{
    YDoc doc;
    Diags d;
    diags_init(&d);
    if (!ydoc_parse(&doc, "inline.yaml", text, strlen(text), &d)) {
        diags_print(&d, stderr);
        exit(2);
    }
    Scenario *s = scenario_from_yaml(&doc, &d);
    validate_scenario(s, p, &d);
    ydoc_deinit(&doc);
    if (d.n_errors) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    return s;
}

#endif
