/* 記録 (ttx-record: 1) → Record: what happened at each presented inject, the incident record,
 * the facilitator's review words and rating overrides. Whether the injects, items, roles and
 * options exist is checked by the validator against the scenario and the procedure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "load.h"
#include "load_common.h"

static void load_rec_item(Loader *L, const YNode *node, size_t index, RecItem *ri)
{
    enum { ITEM, STATUS, BY, AT, MISSING, CONFUSED, NOTE, N_KEYS };
    static const FieldSpec specs[N_KEYS] = {
        {"item", true}, {"status", true},    {"by", false},   {"at", false},
        {"missing", false}, {"confused", false}, {"note", false},
    };
    YNode *v[N_KEYS];
    char what[128];
    const YNode *id = ynode_get(node, "item");
    if (id && id->kind == YNODE_SCALAR && id->len < 64 && strlen(id->text) == id->len) {
        snprintf(what, sizeof(what), "the record of item '%s'", id->text);
    } else {
        snprintf(what, sizeof(what), "item record #%zu", index + 1);
    }
    ri->pos = node->pos;
    ri->status = STATUS_COUNT;
    if (!ld_mapping(L, node, what, specs, N_KEYS, v)) {
        return;
    }
    ld_id(L, v[ITEM], "item", &ri->item);
    ri->status_pos = ld_pos(v[STATUS], node->pos);
    int e;
    if (v[STATUS] && ld_enum(L, v[STATUS], "status", &VOCAB_STATUS, "status", &e)) {
        ri->status = (ItemStatus)e;
    }
    ld_text_list(L, v[BY], "by", true, &ri->by, node->pos);
    ri->at_pos = ld_pos(v[AT], node->pos);
    if (v[AT] && !ynode_is_null(v[AT])) {
        ri->has_at = ld_simtime(L, v[AT], "at", &ri->at_minutes);
    }
    ld_text_list(L, v[MISSING], "missing", false, &ri->missing, node->pos);
    ld_bool(L, v[CONFUSED], "confused", &ri->confused);
    ld_text(L, v[NOTE], "note", &ri->note);
    bool acted = ri->status == STATUS_DONE || ri->status == STATUS_PARTIAL;
    if (acted && (!v[BY] || ri->by.n == 0)) {
        diags_error(L->diags, L->path, ri->status_pos,
                    "item '%s' is %s but 'by' names no role; say which roles acted (like "
                    "by: [it])",
                    ri->item.s ? ri->item.s : "?", vocab_id(&VOCAB_STATUS, ri->status));
    }
    if (acted && !v[AT]) {
        diags_error(L->diags, L->path, ri->status_pos,
                    "item '%s' is %s but has no 'at'; give the simulated time it was done (like "
                    "at: \"0:15\")",
                    ri->item.s ? ri->item.s : "?", vocab_id(&VOCAB_STATUS, ri->status));
    }
}

static void load_rec_inject(Loader *L, const YNode *node, size_t index, RecInject *ri)
{
    static const FieldSpec specs[] = {
        {"inject", true}, {"items", false}, {"decision", false}, {"notes", false}};
    YNode *v[4];
    char what[128];
    const YNode *id = ynode_get(node, "inject");
    if (id && id->kind == YNODE_SCALAR && id->len < 64 && strlen(id->text) == id->len) {
        snprintf(what, sizeof(what), "the record of inject '%s'", id->text);
    } else {
        snprintf(what, sizeof(what), "inject record #%zu", index + 1);
    }
    ri->pos = node->pos;
    if (!ld_mapping(L, node, what, specs, 4, v)) {
        return;
    }
    ld_id(L, v[0], "inject", &ri->inject);
    YNode *const *items;
    size_t n;
    if (ld_sequence(L, v[1], "items", &items, &n)) {
        ri->items = arena_array(L->arena, n, sizeof(RecItem));
        for (size_t i = 0; i < n; i++) {
            load_rec_item(L, items[i], i, &ri->items[ri->n_items++]);
        }
    }
    ld_id(L, v[2], "decision", &ri->decision);
    ld_text_list(L, v[3], "notes", false, &ri->notes, node->pos);
}

static void load_participants(Loader *L, const YNode *node, Record *r)
{
    if (!node || ynode_is_null(node)) {
        return;
    }
    r->participants_pos = node->pos;
    if (node->kind != YNODE_MAPPING) {
        diags_error(L->diags, L->path, node->pos,
                    "'participants' must map role ids to names (like {it: 山田}), found %s",
                    ynode_kind_name(node));
        return;
    }
    r->participants = arena_array(L->arena, node->n_pairs, sizeof(Participant));
    for (size_t i = 0; i < node->n_pairs; i++) {
        Participant *p = &r->participants[r->n_participants];
        if (ld_id(L, node->pairs[i].key, "participants", &p->role) && p->role.s &&
            ld_text(L, node->pairs[i].value, p->role.s, &p->name)) {
            r->n_participants++;
        }
    }
}

/* A mapping whose keys are one vocabulary's ids and whose values are text. */
static void load_text_fields(Loader *L, const YNode *node, const char *what, const Vocab *vocab,
                             Text *out)
{
    FieldSpec specs[(int)RECFIELD_COUNT > (int)REVIEW_COUNT ? (int)RECFIELD_COUNT : (int)REVIEW_COUNT];
    YNode *v[TTX_ARRAY_LEN(specs)];
    TTX_EXPECT((size_t)vocab->count <= TTX_ARRAY_LEN(specs));
    if (!node || ynode_is_null(node)) {
        return;
    }
    for (int i = 0; i < vocab->count; i++) {
        specs[i].key = vocab->ids[i];
        specs[i].required = false;
    }
    if (!ld_mapping(L, node, what, specs, (size_t)vocab->count, v)) {
        return;
    }
    for (int i = 0; i < vocab->count; i++) {
        ld_text(L, v[i], vocab->ids[i], &out[i]);
    }
}

static void load_ratings(Loader *L, const YNode *node, Record *r)
{
    FieldSpec specs[REVIEW_COUNT];
    YNode *v[REVIEW_COUNT];
    if (!node || ynode_is_null(node)) {
        return;
    }
    for (int i = 0; i < REVIEW_COUNT; i++) {
        specs[i].key = VOCAB_REVIEW.ids[i];
        specs[i].required = false;
    }
    if (!ld_mapping(L, node, "'ratings'", specs, REVIEW_COUNT, v)) {
        return;
    }
    static const FieldSpec o_specs[] = {{"rating", true}, {"reason", true}};
    for (int i = 0; i < REVIEW_COUNT; i++) {
        RatingOverride *o = &r->ratings[i];
        o->key = (ReviewKey)i;
        if (!v[i]) {
            continue;
        }
        YNode *ov[2];
        char what[96];
        snprintf(what, sizeof(what), "the rating override of '%s'", VOCAB_REVIEW.ids[i]);
        o->pos = v[i]->pos;
        if (!ld_mapping(L, v[i], what, o_specs, 2, ov)) {
            continue;
        }
        int e;
        o->rating_pos = ld_pos(ov[0], o->pos);
        bool ok = ov[0] && ld_enum(L, ov[0], "rating", &VOCAB_RATING, "rating", &e);
        ld_text(L, ov[1], "reason", &o->reason);
        if (ok && o->reason.s) {
            o->rating = (Rating)e;
            o->present = true;
        }
    }
}

/* plan: [{action: KEY-or-ID, done: true|false, note: …}]; whether each action is in the plan is
 * checked against the plan given to `ttx run --plan` (validate_record_plan). */
static void load_plan(Loader *L, const YNode *node, Record *r)
{
    static const FieldSpec specs[] = {{"action", true}, {"done", true}, {"note", false}};
    YNode *const *items;
    size_t n;
    if (!node) {
        return;
    }
    r->has_plan = true;
    r->plan_pos = node->pos;
    if (!ld_sequence(L, node, "plan", &items, &n)) {
        return;
    }
    r->plan = arena_array(L->arena, n, sizeof(RecPlanEntry));
    for (size_t i = 0; i < n; i++) {
        RecPlanEntry *e = &r->plan[r->n_plan];
        YNode *v[3];
        char what[128];
        ld_describe(what, sizeof what, "plan entry", items[i], i);
        e->pos = items[i]->pos;
        if (!ld_mapping(L, items[i], what, specs, 3, v)) {
            continue;
        }
        ld_text(L, v[0], "action", &e->action);
        ld_bool(L, v[1], "done", &e->done);
        ld_text(L, v[2], "note", &e->note);
        r->n_plan++;
    }
}

Record *record_from_yaml(const YDoc *doc, Diags *diags)
{
    enum {
        VERSION, SCENARIO, FACILITATOR, PARTICIPANTS, INJECTS, INCIDENT_RECORD, REVIEW, RATINGS,
        PLAN, N_KEYS
    };
    static const FieldSpec specs[N_KEYS] = {
        {"ttx-record", true},  {"scenario", true},        {"facilitator", false},
        {"participants", false}, {"injects", true},       {"incident_record", false},
        {"review", false},     {"ratings", false},        {"plan", false},
    };
    Record *r = ttx_calloc(1, sizeof(Record));
    arena_init(&r->arena);
    r->path = arena_strdup(&r->arena, doc->path);
    Loader L = {r->path, &r->arena, diags};
    YNode *v[N_KEYS];
    r->pos = ld_pos(doc->root, (SrcPos){1, 1});
    if (!ld_mapping(&L, doc->root, "the record", specs, N_KEYS, v)) {
        return r;
    }
    if (v[VERSION]) {
        ld_version(&L, v[VERSION], "ttx-record");
    }
    ld_text(&L, v[SCENARIO], "scenario", &r->scenario_path);
    ld_text(&L, v[FACILITATOR], "facilitator", &r->facilitator);
    load_participants(&L, v[PARTICIPANTS], r);
    YNode *const *items;
    size_t n;
    if (ld_sequence(&L, v[INJECTS], "injects", &items, &n)) {
        r->injects = arena_array(&r->arena, n, sizeof(RecInject));
        for (size_t i = 0; i < n; i++) {
            load_rec_inject(&L, items[i], i, &r->injects[r->n_injects++]);
        }
    }
    load_text_fields(&L, v[INCIDENT_RECORD], "'incident_record'", &VOCAB_RECFIELD,
                     r->incident_record);
    load_text_fields(&L, v[REVIEW], "'review'", &VOCAB_REVIEW, r->review);
    load_ratings(&L, v[RATINGS], r);
    load_plan(&L, v[PLAN], r);
    return r;
}
