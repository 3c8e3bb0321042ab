/* The lists of the JSON evaluation sheet: per-item outcomes, decisions, findings, action items
 * and notes, each in the order sheet_build put them (presentation or inject order). Every entry
 * has every key; what is absent is null. */
#include <stdio.h>

#include "base.h"
#include "report_json_parts.h"

static const char *role_name(const Sheet *sh, const char *role_id)
{
    const Role *r = role_id ? procedure_find_role(sh->procedure, role_id) : NULL;
    return r ? r->name.s : NULL;
}

static void put_item(cJSON *o, const ItemOutcome *it)
{
    const ProcItem *p = it->item;
    json_put_string(o, "item", p->id.s);
    json_put_string(o, "name", p->name.s);
    json_put_string(o, "step", vocab_id(&VOCAB_STEP, (int)p->step));
    json_put_string(o, "phase", vocab_id(&VOCAB_PHASE, (int)p->phase));
    json_put_string(o, "first_inject", it->first_inject ? it->first_inject->id.s : NULL);
    json_put_bool(o, "recorded", it->recorded);
    json_put_string(o, "status", vocab_id(&VOCAB_STATUS, (int)it->status));
    json_put_strings(o, "by", it->by.v, it->by.n);
    report_json_simtime(o, "at", it->has_at, it->at_minutes);
    report_json_simtime(o, "due", p->has_due, p->due_minutes);
    json_put_bool(o, "late", it->late);
    json_put_bool(o, "wrong_owner", it->wrong_owner);
    json_put_strings(o, "missing", it->missing.v, it->missing.n);
    json_put_bool(o, "confused", it->confused);
    json_put_string(o, "note", it->note);
    json_put_int(o, "score", score_round(it->score));
}

void report_json_items(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_items; i++) {
        put_item(json_put_object(array, NULL), &sh->items[i]);
    }
}

static void put_option(cJSON *parent, const Option *opt)
{
    if (!opt) {
        json_put_null(parent, "option");
        return;
    }
    cJSON *o = json_put_object(parent, "option");
    json_put_string(o, "id", opt->id.s);
    json_put_string(o, "text", opt->text.s);
    json_put_string(o, "verdict", vocab_id(&VOCAB_VERDICT, (int)opt->verdict));
    json_put_string(o, "feedback", opt->feedback.s);
}

void report_json_decisions(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_decisions; i++) {
        const DecisionOutcome *d = &sh->decisions[i];
        cJSON *o = json_put_object(array, NULL);
        json_put_string(o, "inject", d->inject->id.s);
        json_put_string(o, "by", d->decision->by.s);
        json_put_string(o, "by_name", role_name(sh, d->decision->by.s));
        json_put_bool(o, "leader", d->by_leader);
        json_put_string(o, "prompt", d->decision->prompt.s);
        put_option(o, d->chosen);
        json_put_int(o, "points", score_round(d->points));
    }
}

void report_json_findings(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_findings; i++) {
        const Finding *f = &sh->findings[i];
        TTX_EXPECT(f->kind >= 0 && f->kind < FINDING_KIND_COUNT);
        cJSON *o = json_put_object(array, NULL);
        json_put_string(o, "kind", FINDING_KIND_IDS[f->kind]);
        json_put_string(o, "inject", f->inject ? f->inject->id.s : NULL);
        json_put_string(o, "item", f->item ? f->item->id.s : NULL);
        json_put_string(o, "document", f->document);
        json_put_string(o, "text", f->text);
        json_put_string(o, "feedback", f->feedback);
    }
}

static const char *action_source_id(ActionSource s)
{
    switch (s) {
    case ACTION_FROM_DOCUMENT:
        return "document";
    case ACTION_FROM_ITEM:
        return "item";
    case ACTION_FROM_DECISION:
        return "decision";
    }
    ttx_die(__FILE__, __LINE__, "unknown action source");
}

void report_json_actions(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_actions; i++) {
        const ActionItem *a = &sh->actions[i];
        char due[32];
        cJSON *o = json_put_object(array, NULL);
        json_put_string(o, "text", a->text);
        json_put_string(o, "owner", a->owner_role);
        json_put_string(o, "owner_name", a->owner_name);
        json_put_string(o, "due", a->due.year > 0 ? date_format(a->due, due, sizeof due) : NULL);
        json_put_string(o, "status", a->status ? a->status : "open");
        json_put_string(o, "source", action_source_id(a->source));
        json_put_string(o, "item", a->item ? a->item->id.s : NULL);
        json_put_string(o, "inject", a->inject ? a->inject->id.s : NULL);
        json_put_string(o, "document", a->document);
    }
}

void report_json_notes(cJSON *array, const Sheet *sh)
{
    for (size_t i = 0; i < sh->n_notes; i++) {
        const SessionNote *n = &sh->notes[i];
        cJSON *o = json_put_object(array, NULL);
        report_json_inject_index(o, "inject", sh, n->inject);
        report_json_simtime(o, "at", true, n->sim_minutes);
        json_put_string(o, "text", n->text);
    }
}
