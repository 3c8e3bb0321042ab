/* The improvement plan model and merging a sheet's action items into it. */
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "strmap.h"
#include "textmatch.h"

static const char *const status_ids[] = {"open", "in_progress", "done"};
static const char *const status_labels[] = {"未着手", "対応中", "完了"};
static const char *const element_ids[] = {"体制", "手順", "設備", "教育", "訓練"};

const Vocab VOCAB_PLAN_STATUS = {status_ids, status_labels, PLAN_STATUS_COUNT,
                                 "open, in_progress, done"};
const Vocab VOCAB_PLAN_ELEMENT = {element_ids, element_ids, ELEMENT_COUNT,
                                  "体制, 手順, 設備, 教育, 訓練"};

Plan *plan_create(void)
{
    Plan *p = ttx_calloc(1, sizeof *p);
    arena_init(&p->arena);
    p->pos = (SrcPos){1, 1};
    return p;
}

void plan_free(Plan *p)
{
    if (p) {
        free(p->actions);
        arena_deinit(&p->arena);
        free(p);
    }
}

PlanAction *plan_add(Plan *p)
{
    if (p->n_actions == p->cap_actions) {
        p->cap_actions = p->cap_actions ? p->cap_actions * 2 : 16;
        p->actions = ttx_realloc(p->actions, p->cap_actions * sizeof(PlanAction));
    }
    PlanAction *a = &p->actions[p->n_actions++];
    memset(a, 0, sizeof *a);
    a->status = PLAN_OPEN;
    a->element = ELEMENT_PROCEDURE;
    return a;
}

PlanAction *plan_find_key(const Plan *p, const char *key)
{
    for (size_t i = 0; key && i < p->n_actions; i++) {
        if (p->actions[i].key.s && strcmp(p->actions[i].key.s, key) == 0) {
            return &p->actions[i];
        }
    }
    return NULL;
}

static const char *join3(Arena *arena, const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 2;
    char *s = arena_alloc(arena, n);
    snprintf(s, n, "%s%s%s%s", a, b, *c ? "/" : "", c);
    return s;
}

const char *plan_action_key(const SheetSummary *sh, const SummaryAction *a, Arena *arena)
{
    /* Items belong to a 手順書 and decisions to a scenario, so their ids are qualified; a
     * document is the same thing to prepare whichever exercise missed it. */
    switch (a->source) {
    case ACTION_FROM_DOCUMENT:
        return join3(arena, "document:", a->document ? a->document : "", "");
    case ACTION_FROM_ITEM:
        return join3(arena, "item:", sh->procedure_id ? sh->procedure_id : "",
                     a->item ? a->item : "");
    case ACTION_FROM_DECISION:
        return join3(arena, "decision:", sh->scenario_id ? sh->scenario_id : "",
                     a->inject ? a->inject : "");
    }
    ttx_die(__FILE__, __LINE__, "unknown action source");
}

/* The findings of the sheet that an action answers. */
static bool finding_matches(const SummaryFinding *f, const SummaryAction *a)
{
    switch (a->source) {
    case ACTION_FROM_DOCUMENT:
        return f->kind == FINDING_MISSING_DOCUMENT && f->document && a->document &&
               strcmp(f->document, a->document) == 0;
    case ACTION_FROM_ITEM:
        return f->item && a->item && strcmp(f->item, a->item) == 0;
    case ACTION_FROM_DECISION:
        return (f->kind == FINDING_POOR_DECISION || f->kind == FINDING_UNMADE_DECISION) &&
               f->inject && a->inject && strcmp(f->inject, a->inject) == 0;
    }
    return false;
}

PlanElement plan_default_element(const SheetSummary *sh, const SummaryAction *a)
{
    /* Things one buys or sets up, as opposed to documents one writes. */
    static const char *const equipment[] = {"ツール", "装置", "機器",   "ディスク",
                                            "媒体",   "端末", "サーバ", "パソコン",
                                            "PC",     "回線", NULL};
    if (a->source == ACTION_FROM_DECISION) {
        return ELEMENT_ORGANIZATION;
    }
    if (a->source == ACTION_FROM_DOCUMENT) {
        return text_has_any(a->document, equipment) ? ELEMENT_EQUIPMENT : ELEMENT_PROCEDURE;
    }
    size_t n = 0, owner = 0, confused = 0;
    for (size_t i = 0; i < sh->n_findings; i++) {
        const SummaryFinding *f = &sh->findings[i];
        if (finding_matches(f, a)) {
            n++;
            owner += f->kind == FINDING_WRONG_OWNER;
            confused += f->kind == FINDING_CONFUSED;
        }
    }
    if (n > 0 && owner == n) {
        return ELEMENT_ORGANIZATION;
    }
    if (n > 0 && confused == n) {
        return ELEMENT_EDUCATION;
    }
    return ELEMENT_PROCEDURE;
}

static Text copy_text(Plan *p, const char *s)
{
    Text t = {s ? arena_strdup(&p->arena, s) : NULL, {0, 0}};
    return t;
}

/* The next "A<n>" after the highest one in the plan (ids people wrote otherwise are skipped). */
static long next_number(const Plan *p)
{
    long max = 0;
    for (size_t i = 0; i < p->n_actions; i++) {
        const char *id = p->actions[i].id.s;
        char *end;
        if (id && id[0] == 'A' && id[1] >= '0' && id[1] <= '9') {
            long v = strtol(id + 1, &end, 10);
            if (*end == '\0' && v > max) {
                max = v;
            }
        }
    }
    return max + 1;
}

static void add_from_sheet(Plan *p, const SheetSummary *sh, const SummaryAction *a, const char *key,
                           const char *sheet_ref)
{
    char id[32];
    snprintf(id, sizeof id, "A%02ld", next_number(p));
    PlanAction *x = plan_add(p);
    x->id = copy_text(p, id);
    x->key = copy_text(p, key);
    x->text = copy_text(p, a->text);
    x->owner_id = copy_text(p, a->owner);
    x->owner_name = copy_text(p, a->owner_name);
    x->has_due = a->has_due;
    x->due = a->due;
    x->status = PLAN_OPEN;
    x->element = plan_default_element(sh, a);
    size_t n = 0;
    for (size_t i = 0; i < sh->n_findings; i++) {
        n += finding_matches(&sh->findings[i], a);
    }
    x->findings.v = arena_array(&p->arena, n, sizeof(Text));
    for (size_t i = 0; i < sh->n_findings; i++) {
        if (finding_matches(&sh->findings[i], a)) {
            x->findings.v[x->findings.n++] = copy_text(p, sh->findings[i].text);
        }
    }
    x->exercise.scenario = copy_text(p, sh->scenario_id);
    x->exercise.has_date = sh->has_date;
    x->exercise.date = sh->date;
    x->exercise.sheet = copy_text(p, sheet_ref);
}

/* Records that a later exercise had the action again (once per date). */
static bool note_recurrence(Plan *p, PlanAction *x, const SheetSummary *sh)
{
    if (!sh->has_date || !x->exercise.has_date ||
        date_to_days(sh->date) <= date_to_days(x->exercise.date)) {
        return false;
    }
    for (size_t i = 0; i < x->n_recurred; i++) {
        if (date_to_days(x->recurred[i]) == date_to_days(sh->date)) {
            return false;
        }
    }
    Date *d = arena_array(&p->arena, x->n_recurred + 1, sizeof(Date));
    SrcPos *pos = arena_array(&p->arena, x->n_recurred + 1, sizeof(SrcPos));
    if (x->n_recurred) {
        memcpy(d, x->recurred, x->n_recurred * sizeof(Date));
        memcpy(pos, x->recurred_pos, x->n_recurred * sizeof(SrcPos));
    }
    d[x->n_recurred] = sh->date;
    x->recurred = d;
    x->recurred_pos = pos;
    x->n_recurred++;
    return true;
}

PlanMergeStats plan_merge_sheet(Plan *p, const SheetSummary *sh, const char *sheet_ref,
                                PlanRecurFn on_recur, void *ctx)
{
    PlanMergeStats st = {0, 0, 0};
    if (!p->company.s && sh->company) {
        p->company = copy_text(p, sh->company);
    }
    Arena keys;
    arena_init(&keys);
    for (size_t i = 0; i < sh->n_actions; i++) {
        const SummaryAction *a = &sh->actions[i];
        const char *key = plan_action_key(sh, a, &keys);
        PlanAction *x = plan_find_key(p, key);
        if (!x) {
            add_from_sheet(p, sh, a, key, sheet_ref);
            st.added++;
        } else if (note_recurrence(p, x, sh)) {
            st.recurred++;
            if (on_recur) {
                on_recur(ctx, x, sh);
            }
        } else {
            st.known++;
        }
    }
    arena_deinit(&keys);
    return st;
}

static void check_unique(const Plan *p, Diags *diags, bool keys)
{
    StrMap seen;
    strmap_init(&seen);
    for (size_t i = 0; i < p->n_actions; i++) {
        const Text *t = keys ? &p->actions[i].key : &p->actions[i].id;
        size_t first;
        if (t->s && !strmap_put(&seen, t->s, i, &first)) {
            diags_error(diags, p->path, t->pos,
                        keys ? "key '%s' is used twice (first by the action at line %d); each "
                               "action has its own key: remove the duplicate action"
                             : "duplicate action id '%s'; it is already used at line %d",
                        t->s, p->actions[first].pos.line);
        }
    }
    strmap_deinit(&seen);
}

void plan_validate(const Plan *p, Diags *diags)
{
    check_unique(p, diags, false);
    check_unique(p, diags, true);
}
