/* Record rules (SPEC §3.3): every inject it mentions is presented by this run (file order, when,
 * goto, with the decisions the record itself makes), items exist, acting roles are defined,
 * missing documents are on the item's prepare list, decisions are options of that inject. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "flow.h"
#include "strmap.h"
#include "validate.h"

/* Marks the injects this run presents. rec_of maps inject index → record entry or NULL. */
static void mark_presented(const Scenario *s, const RecInject **rec_of, bool *presented)
{
    FlowState f;
    flow_init(&f);
    size_t i = flow_first_from(s, &f, 0);
    while (i < s->n_injects) {
        presented[i] = true;
        const Option *chosen = NULL;
        const Inject *in = &s->injects[i];
        if (rec_of[i] && rec_of[i]->decision.s && in->decision) {
            chosen = decision_find_option(in->decision, rec_of[i]->decision.s);
        }
        flow_apply_option(&f, chosen);
        i = flow_next(s, &f, i, chosen);
    }
    flow_deinit(&f);
}

static void check_item(const Record *r, const RecItem *ri, const Procedure *p, Diags *diags)
{
    if (!ri->item.s) {
        return;
    }
    const ProcItem *it = procedure_find_item(p, ri->item.s);
    if (!it) {
        diags_error(diags, r->path, ri->item.pos, "item '%s' is not in the 手順書 '%s'",
                    ri->item.s, p->id.s ? p->id.s : p->path);
    }
    for (size_t k = 0; k < ri->by.n; k++) {
        if (!procedure_find_role(p, ri->by.v[k].s)) {
            diags_error(diags, r->path, ri->by.v[k].pos,
                        "'%s' in 'by' is not a role of the 手順書", ri->by.v[k].s);
        }
    }
    for (size_t k = 0; it && k < ri->missing.n; k++) {
        if (!text_list_contains(&it->prepare, ri->missing.v[k].s)) {
            diags_error(diags, r->path, ri->missing.v[k].pos,
                        "'%s' is not on the prepare list of item '%s'; missing entries must be "
                        "one of: %s%s",
                        ri->missing.v[k].s, ri->item.s,
                        it->prepare.n ? it->prepare.v[0].s : "(the list is empty)",
                        it->prepare.n > 1 ? ", …" : "");
        }
    }
}

static void check_decision(const Record *r, const RecInject *ri, const Inject *in, Diags *diags)
{
    if (!ri->decision.s) {
        return;
    }
    if (!in->decision) {
        diags_error(diags, r->path, ri->decision.pos,
                    "inject '%s' has no decision point, so it cannot record decision '%s'",
                    ri->inject.s, ri->decision.s);
        return;
    }
    if (!decision_find_option(in->decision, ri->decision.s)) {
        char allowed[256] = "";
        size_t used = 0;
        for (size_t k = 0; k < in->decision->n_options && used < sizeof(allowed); k++) {
            const char *id = in->decision->options[k].id.s;
            used += (size_t)snprintf(allowed + used, sizeof(allowed) - used, "%s%s",
                                     k ? ", " : "", id ? id : "?");
        }
        diags_error(diags, r->path, ri->decision.pos,
                    "decision '%s' is not an option of inject '%s'; expected one of %s",
                    ri->decision.s, ri->inject.s, allowed);
    }
}

static void check_injects(const Record *r, const Scenario *s, const Procedure *p, Diags *diags)
{
    const RecInject **rec_of = ttx_calloc(s->n_injects + 1, sizeof(RecInject *));
    bool *presented = ttx_calloc(s->n_injects + 1, sizeof(bool));
    long *index_of = ttx_calloc(r->n_injects + 1, sizeof(long));
    StrMap ids;
    strmap_init(&ids);
    for (size_t i = 0; i < s->n_injects; i++) {
        if (s->injects[i].id.s) {
            strmap_put(&ids, s->injects[i].id.s, i, NULL);
        }
    }
    for (size_t k = 0; k < r->n_injects; k++) {
        const RecInject *ri = &r->injects[k];
        size_t i;
        index_of[k] = -1;
        if (!ri->inject.s) {
            continue;
        }
        if (!strmap_get(&ids, ri->inject.s, &i)) {
            diags_error(diags, r->path, ri->inject.pos, "inject '%s' is not in the scenario '%s'",
                        ri->inject.s, s->id.s ? s->id.s : s->path);
            continue;
        }
        if (rec_of[i]) {
            diags_error(diags, r->path, ri->inject.pos,
                        "inject '%s' is recorded twice (first at line %d); merge the two entries",
                        ri->inject.s, rec_of[i]->pos.line);
            continue;
        }
        rec_of[i] = ri;
        index_of[k] = (long)i;
    }
    mark_presented(s, rec_of, presented);
    for (size_t k = 0; k < r->n_injects; k++) {
        const RecInject *ri = &r->injects[k];
        if (index_of[k] < 0) {
            continue;
        }
        if (!presented[index_of[k]]) {
            diags_error(diags, r->path, ri->inject.pos,
                        "inject '%s' is never presented in this run (its 'when' does not hold "
                        "or a decision's goto skips it); remove it or record the decision that "
                        "leads to it",
                        ri->inject.s);
        }
        check_decision(r, ri, &s->injects[index_of[k]], diags);
    }
    for (size_t k = 0; k < r->n_injects && p; k++) {
        for (size_t m = 0; m < r->injects[k].n_items; m++) {
            check_item(r, &r->injects[k].items[m], p, diags);
        }
    }
    strmap_deinit(&ids);
    free(index_of);
    free(presented);
    free(rec_of);
}

void validate_record(const Record *r, const Scenario *s, const Procedure *p, Diags *diags)
{
    for (size_t i = 0; p && i < r->n_participants; i++) {
        const Participant *pa = &r->participants[i];
        if (!procedure_find_role(p, pa->role.s)) {
            diags_error(diags, r->path, pa->role.pos,
                        "participant role '%s' is not a role of the 手順書", pa->role.s);
        }
    }
    if (s) {
        check_injects(r, s, p, diags);
    }
}
