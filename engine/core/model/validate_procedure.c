/* 手順書 rules: unique ids, owners that are defined roles, 届け出先 that are defined externals,
 * each item's phase inside its step. */
#include <stdlib.h>
#include <string.h>

#include "base.h"

#include "strmap.h"
#include "validate.h"

static void check_unique(const char *path, const Text *id, const char *noun, StrMap *seen,
                         const SrcPos *positions, size_t index, Diags *diags)
{
    size_t first;
    if (!id->s) {
        return;
    }
    if (!strmap_put(seen, id->s, index, &first)) {
        diags_error(diags, path, id->pos, "duplicate %s id '%s'; it is already used at line %d",
                    noun, id->s, positions[first].line);
    }
}

static void check_roles(const Procedure *p, Diags *diags)
{
    StrMap seen;
    strmap_init(&seen);
    SrcPos *pos = ttx_calloc(p->n_roles + p->n_externals + 1, sizeof(SrcPos));
    bool any_leader = false;
    for (size_t i = 0; i < p->n_roles; i++) {
        pos[i] = p->roles[i].id.pos;
        check_unique(p->path, &p->roles[i].id, "role", &seen, pos, i, diags);
        any_leader |= p->roles[i].leader;
    }
    /* Externals share the namespace: `by: [ipa]` must never be ambiguous. */
    for (size_t i = 0; i < p->n_externals; i++) {
        size_t k = p->n_roles + i;
        pos[k] = p->externals[i].id.pos;
        check_unique(p->path, &p->externals[i].id, "role or external", &seen, pos, k, diags);
    }
    if (p->n_roles > 0 && !any_leader) {
        diags_warning(diags, p->path, p->roles[0].pos,
                      "no role is marked 'leader: true'; mark the 経営層 roles so their "
                      "decisions count for リーダーシップの発揮");
    }
    free(pos);
    strmap_deinit(&seen);
}

static void check_item(const Procedure *p, const ProcItem *it, Diags *diags)
{
    if (it->step < STEP_COUNT && it->phase < PHASE_COUNT && phase_step(it->phase) != it->step) {
        diags_error(diags, p->path, it->phase_pos,
                    "phase '%s' does not belong to step '%s'; step %s has phases %s (or set "
                    "step: %s)",
                    vocab_id(&VOCAB_PHASE, it->phase), vocab_id(&VOCAB_STEP, it->step),
                    vocab_id(&VOCAB_STEP, it->step), step_phases_allowed(it->step),
                    vocab_id(&VOCAB_STEP, phase_step(it->phase)));
    }
    if (it->owners.v && it->owners.n == 0) {
        diags_error(diags, p->path, it->owners.pos,
                    "item '%s' has no owners; name at least one role id (担当者)",
                    it->id.s ? it->id.s : "?");
    }
    for (size_t k = 0; k < it->owners.n; k++) {
        const Text *o = &it->owners.v[k];
        if (!procedure_find_role(p, o->s)) {
            diags_error(diags, p->path, o->pos,
                        "owner '%s' is not a role of this 手順書; define it under 'roles:' or "
                        "use one of the role ids",
                        o->s);
        }
    }
    for (size_t k = 0; k < it->notify.n; k++) {
        const Text *e = &it->notify.v[k];
        if (!procedure_find_external(p, e->s)) {
            diags_error(diags, p->path, e->pos,
                        "notify target '%s' is not defined under 'externals:'", e->s);
        }
    }
    for (size_t k = 0; k < it->prepare.n; k++) {
        for (size_t j = 0; j < k; j++) {
            if (strcmp(it->prepare.v[j].s, it->prepare.v[k].s) == 0) {
                diags_error(diags, p->path, it->prepare.v[k].pos,
                            "'%s' is listed twice in the prepare list of item '%s'",
                            it->prepare.v[k].s, it->id.s ? it->id.s : "?");
                break;
            }
        }
    }
}

void validate_procedure(const Procedure *p, Diags *diags)
{
    check_roles(p, diags);
    StrMap seen;
    strmap_init(&seen);
    SrcPos *pos = ttx_calloc(p->n_items + 1, sizeof(SrcPos));
    for (size_t i = 0; i < p->n_items; i++) {
        pos[i] = p->items[i].id.pos;
        check_unique(p->path, &p->items[i].id, "item", &seen, pos, i, diags);
        check_item(p, &p->items[i], diags);
    }
    free(pos);
    strmap_deinit(&seen);
}
