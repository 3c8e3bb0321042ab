/* 手順書 (ttx-procedure: 1) → Procedure. Only shape and formats are checked here; references
 * between ids are the validator's job (engine/core/model/validate_procedure.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "load.h"
#include "load_common.h"

static void load_roles(Loader *L, const YNode *node, Procedure *p, SrcPos key_pos)
{
    static const FieldSpec specs[] = {{"id", true}, {"name", true}, {"leader", false}};
    YNode *const *items;
    size_t n;
    if (!ld_sequence(L, node, "roles", &items, &n)) {
        return;
    }
    if (n == 0) {
        diags_error(L->diags, L->path, ld_pos(node, key_pos),
                    "the 手順書 defines no roles; list its 担当者 under 'roles:' (like "
                    "{id: it, name: IT管理担当者})");
    }
    p->roles = arena_array(L->arena, n, sizeof(Role));
    for (size_t i = 0; i < n; i++) {
        YNode *v[3];
        char what[128];
        ld_describe(what, sizeof(what), "role", items[i], i);
        Role *r = &p->roles[p->n_roles++];
        r->pos = items[i]->pos;
        if (!ld_mapping(L, items[i], what, specs, 3, v)) {
            continue;
        }
        ld_id(L, v[0], "id", &r->id);
        ld_text(L, v[1], "name", &r->name);
        ld_bool(L, v[2], "leader", &r->leader);
    }
}

static void load_externals(Loader *L, const YNode *node, Procedure *p)
{
    static const FieldSpec specs[] = {{"id", true}, {"name", true}};
    YNode *const *items;
    size_t n;
    if (!ld_sequence(L, node, "externals", &items, &n)) {
        return;
    }
    p->externals = arena_array(L->arena, n, sizeof(External));
    for (size_t i = 0; i < n; i++) {
        YNode *v[2];
        char what[128];
        ld_describe(what, sizeof(what), "external", items[i], i);
        External *e = &p->externals[p->n_externals++];
        e->pos = items[i]->pos;
        if (!ld_mapping(L, items[i], what, specs, 2, v)) {
            continue;
        }
        ld_id(L, v[0], "id", &e->id);
        ld_text(L, v[1], "name", &e->name);
    }
}

static void load_item(Loader *L, const YNode *node, size_t index, ProcItem *it)
{
    enum { ID, STEP, PHASE, NAME, DETAIL, OWNERS, PREPARE, DUE, NOTIFY, N_KEYS };
    static const FieldSpec specs[N_KEYS] = {
        {"id", true},      {"step", true},     {"phase", true}, {"name", true},   {"detail", false},
        {"owners", true},  {"prepare", false}, {"due", false},  {"notify", false},
    };
    YNode *v[N_KEYS];
    char what[128];
    ld_describe(what, sizeof(what), "item", node, index);
    it->pos = node->pos;
    it->step = STEP_COUNT;
    it->phase = PHASE_COUNT;
    if (!ld_mapping(L, node, what, specs, N_KEYS, v)) {
        return;
    }
    int e;
    ld_id(L, v[ID], "id", &it->id);
    it->step_pos = ld_pos(v[STEP], node->pos);
    if (v[STEP] && ld_enum(L, v[STEP], "step", &VOCAB_STEP, "step", &e)) {
        it->step = (Step)e;
    }
    it->phase_pos = ld_pos(v[PHASE], node->pos);
    if (v[PHASE] && ld_enum(L, v[PHASE], "phase", &VOCAB_PHASE, "phase", &e)) {
        it->phase = (Phase)e;
    }
    ld_text(L, v[NAME], "name", &it->name);
    ld_text(L, v[DETAIL], "detail", &it->detail);
    ld_text_list(L, v[OWNERS], "owners", true, &it->owners, node->pos);
    ld_text_list(L, v[PREPARE], "prepare", false, &it->prepare, node->pos);
    it->due_pos = ld_pos(v[DUE], node->pos);
    if (v[DUE] && !ynode_is_null(v[DUE])) {
        it->has_due = ld_simtime(L, v[DUE], "due", &it->due_minutes);
    }
    ld_text_list(L, v[NOTIFY], "notify", true, &it->notify, node->pos);
}

Procedure *procedure_from_yaml(const YDoc *doc, Diags *diags)
{
    enum { VERSION, ID, TITLE, COMPANY, REVISION, ROLES, EXTERNALS, ITEMS, N_KEYS };
    static const FieldSpec specs[N_KEYS] = {
        {"ttx-procedure", true}, {"id", true},    {"title", true},     {"company", false},
        {"revision", false},     {"roles", true}, {"externals", false}, {"items", true},
    };
    Procedure *p = ttx_calloc(1, sizeof(Procedure));
    arena_init(&p->arena);
    p->path = arena_strdup(&p->arena, doc->path);
    Loader L = {p->path, &p->arena, diags};
    YNode *v[N_KEYS];
    p->pos = ld_pos(doc->root, (SrcPos){1, 1});
    if (!ld_mapping(&L, doc->root, "the 手順書", specs, N_KEYS, v)) {
        return p;
    }
    if (v[VERSION]) {
        ld_version(&L, v[VERSION], "ttx-procedure");
    }
    ld_doc_id(&L, v[ID], "id", &p->id);
    ld_text(&L, v[TITLE], "title", &p->title);
    ld_text(&L, v[COMPANY], "company", &p->company);
    ld_text(&L, v[REVISION], "revision", &p->revision);
    load_roles(&L, v[ROLES], p, p->pos);
    load_externals(&L, v[EXTERNALS], p);
    YNode *const *items;
    size_t n;
    if (ld_sequence(&L, v[ITEMS], "items", &items, &n)) {
        if (v[ITEMS] && n == 0) {
            diags_error(diags, p->path, v[ITEMS]->pos,
                        "the 手順書 has no items; add at least one 手順項目 under 'items:'");
        }
        p->items = arena_array(&p->arena, n, sizeof(ProcItem));
        for (size_t i = 0; i < n; i++) {
            load_item(&L, items[i], i, &p->items[p->n_items++]);
        }
    }
    return p;
}
