/* ttx-plan: 1 → Plan, with the loader helpers of the scenario files (load_common.h): unknown keys
 * with a suggestion, wrong types, bad dates and unknown statuses or elements are errors at their
 * FILE:LINE:COL, and loading goes on so one run lists every typo. */
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "file_read.h"
#include "load_common.h"
#include "plan_io.h"

static void load_owner(Loader *L, const YNode *node, const char *what, PlanAction *a)
{
    static const FieldSpec specs[] = {{"id", true}, {"name", false}};
    YNode *v[2];
    char where[160];
    snprintf(where, sizeof where, "the owner of %s", what);
    if (!node || ynode_is_null(node) || !ld_mapping(L, node, where, specs, 2, v)) {
        return;
    }
    ld_id(L, v[0], "id", &a->owner_id);
    ld_text(L, v[1], "name", &a->owner_name);
}

static void load_exercise(Loader *L, const YNode *node, const char *what, PlanExercise *e)
{
    static const FieldSpec specs[] = {{"scenario", false}, {"date", false}, {"sheet", false}};
    YNode *v[3];
    char where[160];
    snprintf(where, sizeof where, "the exercise of %s", what);
    if (!node || ynode_is_null(node) || !ld_mapping(L, node, where, specs, 3, v)) {
        return;
    }
    e->pos = node->pos;
    ld_doc_id(L, v[0], "scenario", &e->scenario);
    e->date_pos = ld_pos(v[1], node->pos);
    if (v[1] && !ynode_is_null(v[1])) {
        e->has_date = ld_date(L, v[1], "date", &e->date);
    }
    ld_text(L, v[2], "sheet", &e->sheet);
}

static void load_recurred(Loader *L, const YNode *node, PlanAction *a)
{
    YNode *const *items;
    size_t n;
    if (!ld_sequence(L, node, "recurred", &items, &n)) {
        return;
    }
    a->recurred = arena_array(L->arena, n, sizeof(Date));
    a->recurred_pos = arena_array(L->arena, n, sizeof(SrcPos));
    for (size_t i = 0; i < n; i++) {
        if (ld_date(L, items[i], "recurred", &a->recurred[a->n_recurred])) {
            a->recurred_pos[a->n_recurred++] = items[i]->pos;
        }
    }
}

static void load_action(Loader *L, const YNode *node, size_t index, PlanAction *a)
{
    enum { ID, KEY, TEXT, OWNER, DUE, STATUS, ELEMENT, FINDINGS, EXERCISE, RECURRED, NOTE, N };
    static const FieldSpec specs[N] = {
        {"id", true},        {"key", true},       {"text", true},    {"owner", false},
        {"due", false},      {"status", true},    {"element", true}, {"findings", false},
        {"exercise", false}, {"recurred", false}, {"note", false},
    };
    YNode *v[N];
    char what[128];
    ld_describe(what, sizeof what, "action", node, index);
    a->pos = node->pos;
    if (!ld_mapping(L, node, what, specs, N, v)) {
        return;
    }
    ld_id(L, v[ID], "id", &a->id);
    ld_text(L, v[KEY], "key", &a->key);
    ld_text(L, v[TEXT], "text", &a->text);
    load_owner(L, v[OWNER], what, a);
    a->due_pos = ld_pos(v[DUE], node->pos);
    if (v[DUE] && !ynode_is_null(v[DUE])) {
        a->has_due = ld_date(L, v[DUE], "due", &a->due);
    }
    int e;
    a->status_pos = ld_pos(v[STATUS], node->pos);
    if (v[STATUS] && ld_enum(L, v[STATUS], "status", &VOCAB_PLAN_STATUS, "status", &e)) {
        a->status = (PlanStatus)e;
    }
    a->element_pos = ld_pos(v[ELEMENT], node->pos);
    if (v[ELEMENT] && ld_enum(L, v[ELEMENT], "element", &VOCAB_PLAN_ELEMENT, "element", &e)) {
        a->element = (PlanElement)e;
    }
    ld_text_list(L, v[FINDINGS], "findings", false, &a->findings, node->pos);
    load_exercise(L, v[EXERCISE], what, &a->exercise);
    load_recurred(L, v[RECURRED], a);
    ld_text(L, v[NOTE], "note", &a->note);
}

static void load_root(Loader *L, const YNode *root, Plan *p)
{
    static const FieldSpec specs[] = {{"ttx-plan", true}, {"company", false}, {"actions", true}};
    YNode *v[3];
    if (!ld_mapping(L, root, "the plan", specs, 3, v)) {
        return;
    }
    if (v[0]) {
        ld_version(L, v[0], "ttx-plan");
    }
    ld_text(L, v[1], "company", &p->company);
    YNode *const *items;
    size_t n;
    if (!ld_sequence(L, v[2], "actions", &items, &n)) {
        return;
    }
    for (size_t i = 0; i < n; i++) {
        load_action(L, items[i], i, plan_add(p));
    }
}

Plan *plan_load(const char *path, Diags *diags, LoadStatus *status)
{
    char *data;
    size_t len;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        diags_error(diags, path, (SrcPos){0, 0}, "cannot read this file: %s", reason);
        *status = LOAD_UNREADABLE;
        return NULL;
    }
    size_t errors_before = diags->n_errors;
    YDoc doc;
    bool parsed = ydoc_parse(&doc, path, data, len, diags);
    free(data);
    Plan *p = plan_create();
    p->path = arena_strdup(&p->arena, path);
    Loader L = {p->path, &p->arena, diags};
    if (parsed && (!doc.root || !ynode_get(doc.root, "ttx-plan"))) {
        diags_error(diags, path, ld_pos(doc.root, (SrcPos){1, 1}),
                    "not an improvement plan: expected 'ttx-plan: 1' at the top (a plan is "
                    "created by 'ttx plan SHEET.json -o PLAN.yaml')");
    } else if (parsed) {
        p->pos = doc.root->pos;
        load_root(&L, doc.root, p);
        plan_validate(p, diags);
    }
    ydoc_deinit(&doc);
    *status = diags->n_errors > errors_before ? LOAD_INVALID : LOAD_OK;
    if (*status != LOAD_OK) {
        plan_free(p);
        return NULL;
    }
    return p;
}
