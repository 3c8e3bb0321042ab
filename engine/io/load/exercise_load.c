/* Loading chains. A referenced file that cannot be read is an error at the key that names it,
 * because that is the line the facilitator has to fix. */
#include "exercise_load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "file_read.h"
#include "load.h"
#include "paths.h"
#include "validate.h"
#include "yaml_tree.h"

/* Reads and parses one file. With `from` set (a referencing file and the node that names this
 * one), a read failure is reported there instead of at the file itself. */
static LoadStatus read_doc(const char *path, YDoc *doc, Diags *diags, const char *from,
                           const Text *ref, const char *noun)
{
    char *data;
    size_t len;
    const char *reason;
    memset(doc, 0, sizeof(*doc));
    FileReadStatus st = file_read_all(path, &data, &len, &reason);
    if (st != FILE_READ_OK) {
        if (from) {
            if (strcmp(path, ref->s) == 0) {
                diags_error(diags, from, ref->pos, "cannot read the %s '%s': %s", noun, ref->s,
                            reason);
            } else {
                diags_error(diags, from, ref->pos, "cannot read the %s '%s' (%s): %s", noun,
                            ref->s, path, reason);
            }
            return LOAD_INVALID;
        }
        diags_error(diags, path, (SrcPos){0, 0}, "cannot read this file: %s", reason);
        return st == FILE_READ_TOO_LARGE ? LOAD_INVALID : LOAD_UNREADABLE;
    }
    bool ok = ydoc_parse(doc, path, data, len, diags);
    free(data);
    if (ok && !doc->root) {
        diags_error(diags, path, (SrcPos){1, 1},
                    "the file is empty; expected a scenario ('ttx: 1'), a 手順書 "
                    "('ttx-procedure: 1') or a record ('ttx-record: 1')");
        ok = false;
    }
    return ok ? LOAD_OK : LOAD_INVALID;
}

static bool kind_matches(const YDoc *doc, FileKind want, Diags *diags, const char *from,
                         const Text *ref)
{
    Diags quiet;
    diags_init(&quiet);
    FileKind k = file_kind_detect(doc, &quiet);
    diags_deinit(&quiet);
    if (k == want) {
        return true;
    }
    diags_error(diags, from, ref->pos, "'%s' is %s, not %s", ref->s,
                k == FILE_KIND_UNKNOWN ? "not a ttx file" : file_kind_name(k),
                file_kind_name(want));
    return false;
}

static void load_procedure_ref(Exercise *ex, const Scenario *s, Diags *diags)
{
    YDoc doc;
    if (!s->procedure_path.s) {
        return;
    }
    ex->procedure_path = path_resolve(s->path, s->procedure_path.s);
    if (read_doc(ex->procedure_path, &doc, diags, s->path, &s->procedure_path, "手順書") ==
            LOAD_OK &&
        kind_matches(&doc, FILE_KIND_PROCEDURE, diags, s->path, &s->procedure_path)) {
        ex->procedure = procedure_from_yaml(&doc, diags);
        validate_procedure(ex->procedure, diags);
    }
    ydoc_deinit(&doc);
}

static void load_scenario_ref(Exercise *ex, const Record *r, Diags *diags)
{
    YDoc doc;
    if (!r->scenario_path.s) {
        return;
    }
    ex->scenario_path = path_resolve(r->path, r->scenario_path.s);
    if (read_doc(ex->scenario_path, &doc, diags, r->path, &r->scenario_path, "scenario") ==
            LOAD_OK &&
        kind_matches(&doc, FILE_KIND_SCENARIO, diags, r->path, &r->scenario_path)) {
        ex->scenario = scenario_from_yaml(&doc, diags);
        load_procedure_ref(ex, ex->scenario, diags);
        validate_scenario(ex->scenario, ex->procedure, diags);
    }
    ydoc_deinit(&doc);
}

LoadStatus exercise_check(const char *path, Exercise *ex, Diags *diags)
{
    YDoc doc;
    memset(ex, 0, sizeof(*ex));
    size_t errors_before = diags->n_errors;
    LoadStatus st = read_doc(path, &doc, diags, NULL, NULL, NULL);
    if (st != LOAD_OK) {
        ydoc_deinit(&doc);
        return st;
    }
    ex->kind = file_kind_detect(&doc, diags);
    switch (ex->kind) {
    case FILE_KIND_PROCEDURE:
        ex->procedure = procedure_from_yaml(&doc, diags);
        validate_procedure(ex->procedure, diags);
        break;
    case FILE_KIND_SCENARIO:
        ex->scenario = scenario_from_yaml(&doc, diags);
        ex->scenario_path = path_normalize(path);
        load_procedure_ref(ex, ex->scenario, diags);
        validate_scenario(ex->scenario, ex->procedure, diags);
        break;
    case FILE_KIND_RECORD:
        ex->record = record_from_yaml(&doc, diags);
        load_scenario_ref(ex, ex->record, diags);
        validate_record(ex->record, ex->scenario, ex->procedure, diags);
        break;
    case FILE_KIND_UNKNOWN:
        break;
    }
    ydoc_deinit(&doc);
    return diags->n_errors > errors_before ? LOAD_INVALID : LOAD_OK;
}

LoadStatus exercise_load(const char *path, FileKind want, Exercise *ex, Diags *diags)
{
    LoadStatus st = exercise_check(path, ex, diags);
    if (st == LOAD_OK && want != FILE_KIND_UNKNOWN && ex->kind != want) {
        diags_error(diags, path, (SrcPos){1, 1}, "this is %s; expected %s",
                    file_kind_name(ex->kind), file_kind_name(want));
        st = LOAD_INVALID;
    }
    if (st != LOAD_OK) {
        exercise_free(ex);
    }
    return st;
}

void exercise_free(Exercise *ex)
{
    procedure_free(ex->procedure);
    scenario_free(ex->scenario);
    record_free(ex->record);
    free(ex->scenario_path);
    free(ex->procedure_path);
    memset(ex, 0, sizeof(*ex));
}
