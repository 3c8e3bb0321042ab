/* Findings (課題点) and action items (アクションアイテム), SPEC §5: findings in inject order —
 * per expected item missed, partial, late, wrong owner, each missing prepare entry, confused —
 * then the inject's poor or unmade decision with its 解説. One action per distinct missing
 * document, per expected item with any finding, per poor or unmade decision; due 30 days after
 * the exercise date. */
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "sheet_internal.h"

enum { ACTION_DUE_DAYS = 30 };

typedef struct Builder {
    Sheet *sh;
    const Session *s;
    Finding *findings;
    size_t n_findings, cap_findings;
    ActionItem *actions;
    size_t n_actions, cap_actions;
} Builder;

static Finding *add_finding(Builder *b, FindingKind kind, const Inject *in, const ProcItem *it)
{
    if (b->n_findings == b->cap_findings) {
        b->cap_findings = b->cap_findings ? b->cap_findings * 2 : 16;
        b->findings = ttx_realloc(b->findings, b->cap_findings * sizeof(Finding));
    }
    Finding *f = &b->findings[b->n_findings++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->inject = in;
    f->item = it;
    return f;
}

static ActionItem *add_action(Builder *b, ActionSource src, const char *owner)
{
    if (b->n_actions == b->cap_actions) {
        b->cap_actions = b->cap_actions ? b->cap_actions * 2 : 16;
        b->actions = ttx_realloc(b->actions, b->cap_actions * sizeof(ActionItem));
    }
    ActionItem *a = &b->actions[b->n_actions++];
    memset(a, 0, sizeof *a);
    a->source = src;
    a->owner_role = owner;
    a->owner_name = procedure_role_name(b->s->procedure, owner);
    a->due = date_from_days(date_to_days(b->sh->exercise_date) + ACTION_DUE_DAYS);
    a->status = "open";
    return a;
}

static bool document_has_action(const Builder *b, const char *doc)
{
    for (size_t i = 0; i < b->n_actions; i++) {
        if (b->actions[i].source == ACTION_FROM_DOCUMENT && strcmp(b->actions[i].document, doc) == 0) {
            return true;
        }
    }
    return false;
}

static const char *first_owner(const ProcItem *it)
{
    return it->owners.n ? it->owners.v[0].s : NULL;
}

/* The findings of one expected item; returns the kinds found as a short Japanese list for the
 * item's action ("未実施・期限超過"), or NULL when there were none. */
static const char *item_findings(Builder *b, const ItemOutcome *o)
{
    Arena *a = &b->sh->arena;
    const ProcItem *it = o->item;
    const char *label = item_label(a, it);
    char kinds[256] = "";
    char tm[24], due[24];
#define KIND(word) (strcat(kinds[0] ? strcat(kinds, "・") : kinds, word))
    if (o->status == STATUS_MISSED) {
        add_finding(b, FINDING_MISSED, o->first_inject, it)->text = sheet_printf(
            a, "%sが実施されなかった（担当: %s）", label,
            role_names(a, b->s->procedure, (const char *const *)text_ids(a, &it->owners),
                       it->owners.n));
        KIND("未実施");
    }
    if (o->status == STATUS_PARTIAL) {
        add_finding(b, FINDING_PARTIAL, o->first_inject, it)->text =
            sheet_printf(a, "%sは一部のみ実施された", label);
        KIND("一部実施");
    }
    if (o->late) {
        add_finding(b, FINDING_LATE, o->first_inject, it)->text = sheet_printf(
            a, "%sの実施が期限 T+%s に対して T+%s と遅れた", label,
            simtime_format(it->due_minutes, due, sizeof due),
            simtime_format(o->at_minutes, tm, sizeof tm));
        KIND("期限超過");
    }
    if (o->wrong_owner) {
        add_finding(b, FINDING_WRONG_OWNER, o->first_inject, it)->text = sheet_printf(
            a, "%sを担当者（%s）ではなく%sが実施した", label,
            role_names(a, b->s->procedure, (const char *const *)text_ids(a, &it->owners),
                       it->owners.n),
            role_names(a, b->s->procedure, o->by.v, o->by.n));
        KIND("担当者違い");
    }
    for (size_t m = 0; m < o->missing.n; m++) {
        Finding *f = add_finding(b, FINDING_MISSING_DOCUMENT, o->first_inject, it);
        f->document = o->missing.v[m];
        f->text = sheet_printf(a, "%sで「%s」が準備されていなかった", label, o->missing.v[m]);
        if (m == 0) {
            KIND("準備物不足");
        }
    }
    if (o->confused) {
        add_finding(b, FINDING_CONFUSED, o->first_inject, it)->text =
            sheet_printf(a, "%sで手順書の参照に混乱が見られた", label);
        KIND("手順書参照の混乱");
    }
#undef KIND
    return kinds[0] ? arena_strdup(a, kinds) : NULL;
}

static void item_actions(Builder *b, const ItemOutcome *o, const char *kinds)
{
    Arena *a = &b->sh->arena;
    const ProcItem *it = o->item;
    ActionItem *act = add_action(b, ACTION_FROM_ITEM, first_owner(it));
    act->item = it;
    act->text = sheet_printf(a, "%sの手順（実施内容・担当者・期限・準備物）を見直し、手順書を改訂する（%s）",
                             item_label(a, it), kinds);
    for (size_t m = 0; m < o->missing.n; m++) {
        if (document_has_action(b, o->missing.v[m])) {
            continue;
        }
        /* Owner: the first owner of the first item that lacked it — the walk is in inject
         * order, so the first time we meet the document is that item. */
        ActionItem *doc = add_action(b, ACTION_FROM_DOCUMENT, first_owner(it));
        doc->item = it;
        doc->document = o->missing.v[m];
        doc->text = sheet_printf(a, "「%s」を準備し、保管場所と使い方を関係者に周知する",
                                 o->missing.v[m]);
    }
}

/* 解説 for a decision finding: the chosen option's when it was poor; when none was made, that of
 * the first good option (what the team should have considered). */
static const char *decision_feedback(const DecisionOutcome *d)
{
    if (d->chosen) {
        return d->chosen->feedback.s;
    }
    for (size_t i = 0; i < d->decision->n_options; i++) {
        if (d->decision->options[i].verdict == VERDICT_GOOD) {
            return d->decision->options[i].feedback.s;
        }
    }
    return NULL;
}

static void decision_findings(Builder *b, const DecisionOutcome *d)
{
    Arena *a = &b->sh->arena;
    const char *by = d->decision->by.s;
    const char *who = by ? procedure_role_name(b->s->procedure, by) : "?";
    const char *prompt = d->decision->prompt.s ? d->decision->prompt.s : "";
    Finding *f;
    if (!d->chosen) {
        f = add_finding(b, FINDING_UNMADE_DECISION, d->inject, NULL);
        f->text = sheet_printf(a, "%sの判断「%s」が行われなかった", who, prompt);
    } else if (d->chosen->verdict == VERDICT_POOR) {
        f = add_finding(b, FINDING_POOR_DECISION, d->inject, NULL);
        f->text = sheet_printf(a, "%sの判断「%s」で「%s」を選んだが、適切ではなかった", who,
                               prompt, d->chosen->text.s ? d->chosen->text.s : "");
    } else {
        return;
    }
    f->feedback = decision_feedback(d);
    ActionItem *act = add_action(b, ACTION_FROM_DECISION, by);
    act->inject = d->inject;
    act->text = sheet_printf(a, "「%s」の判断基準と判断者を経営層で確認し、手順書に明記する", prompt);
}

void sheet_findings_and_actions(Sheet *sh, const Session *s)
{
    Builder b = {sh, s, NULL, 0, 0, NULL, 0, 0};
    /* Walk the presented injects in order; at each, the items first expected there, then its
     * decision. */
    for (size_t k = 0; k < sh->n_presented; k++) {
        const Inject *in = sh->presented[k];
        for (size_t i = 0; i < sh->n_items; i++) {
            if (sh->items[i].first_inject != in) {
                continue;
            }
            const char *kinds = item_findings(&b, &sh->items[i]);
            if (kinds) {
                item_actions(&b, &sh->items[i], kinds);
            }
        }
        for (size_t d = 0; d < sh->n_decisions; d++) {
            if (sh->decisions[d].inject == in) {
                decision_findings(&b, &sh->decisions[d]);
            }
        }
    }
    sh->findings = arena_array(&sh->arena, b.n_findings, sizeof(Finding));
    sh->n_findings = b.n_findings;
    if (b.n_findings) {
        memcpy(sh->findings, b.findings, b.n_findings * sizeof(Finding));
    }
    sh->actions = arena_array(&sh->arena, b.n_actions, sizeof(ActionItem));
    sh->n_actions = b.n_actions;
    if (b.n_actions) {
        memcpy(sh->actions, b.actions, b.n_actions * sizeof(ActionItem));
    }
    free(b.findings);
    free(b.actions);
}
