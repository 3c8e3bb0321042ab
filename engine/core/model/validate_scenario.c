/* Scenario rules (SPEC §3.2): unique ids, expects that exist in the 手順書, deciders that are
 * roles, phase in step, time that never runs backwards, goto only forward, 2–9 options, measures
 * that are step or item ids, quiz answers in range; and the warning for 手順書 items that no
 * inject exercises. Inject ids are indexed in a hash map so 100k-inject files stay linear. */
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "strmap.h"
#include "validate.h"

typedef struct Ctx {
    const Scenario *s;
    const Procedure *p; /* may be NULL */
    Diags *diags;
    StrMap injects; /* id → index */
    StrMap set_counters; /* counter names some option sets */
} Ctx;

static void check_phase_in_step(Ctx *c, Step step, Phase phase, SrcPos phase_pos)
{
    if (step < STEP_COUNT && phase < PHASE_COUNT && phase_step(phase) != step) {
        diags_error(c->diags, c->s->path, phase_pos,
                    "phase '%s' does not belong to step '%s'; step %s has phases %s",
                    vocab_id(&VOCAB_PHASE, phase), vocab_id(&VOCAB_STEP, step),
                    vocab_id(&VOCAB_STEP, step), step_phases_allowed(step));
    }
}

static void check_role(Ctx *c, const Text *role, const char *what)
{
    if (c->p && role->s && !procedure_find_role(c->p, role->s)) {
        diags_error(c->diags, c->s->path, role->pos,
                    "%s '%s' is not a role of the 手順書 '%s'", what, role->s,
                    c->p->id.s ? c->p->id.s : c->p->path);
    }
}

static void check_decision(Ctx *c, size_t index, const Inject *in)
{
    const Decision *d = in->decision;
    const char *iid = in->id.s ? in->id.s : "?";
    check_role(c, &d->by, "decision maker");
    if (d->options && (d->n_options < 2 || d->n_options > DECISION_MAX_OPTIONS)) {
        diags_error(c->diags, c->s->path, d->options_pos,
                    "the decision of inject '%s' has %zu option%s; a decision needs 2 to 9 "
                    "options (keys 1-9 choose them)",
                    iid, d->n_options, d->n_options == 1 ? "" : "s");
    }
    for (size_t k = 0; k < d->n_options; k++) {
        const Option *o = &d->options[k];
        for (size_t j = 0; j < k && o->id.s; j++) {
            if (d->options[j].id.s && strcmp(d->options[j].id.s, o->id.s) == 0) {
                diags_error(c->diags, c->s->path, o->id.pos,
                            "duplicate option id '%s' in the decision of inject '%s'", o->id.s,
                            iid);
                break;
            }
        }
        if (!o->go_to.s) {
            continue;
        }
        size_t target;
        if (!strmap_get(&c->injects, o->go_to.s, &target)) {
            diags_error(c->diags, c->s->path, o->go_to.pos,
                        "goto target '%s' is not an inject id of this scenario", o->go_to.s);
        } else if (target <= index) {
            diags_error(c->diags, c->s->path, o->go_to.pos,
                        "goto '%s' jumps backwards (to inject #%zu from #%zu); goto may only "
                        "jump to a later inject, so that every exercise ends",
                        o->go_to.s, target + 1, index + 1);
        }
    }
}

static void check_expects(Ctx *c, const Inject *in, bool *expected)
{
    for (size_t k = 0; k < in->expects.n; k++) {
        const Text *e = &in->expects.v[k];
        for (size_t j = 0; j < k; j++) {
            if (strcmp(in->expects.v[j].s, e->s) == 0) {
                diags_error(c->diags, c->s->path, e->pos,
                            "item '%s' is listed twice in 'expects' of inject '%s'", e->s,
                            in->id.s ? in->id.s : "?");
                break;
            }
        }
        if (!c->p) {
            continue;
        }
        long item = procedure_item_index(c->p, e->s);
        if (item < 0) {
            diags_error(c->diags, c->s->path, e->pos,
                        "expected item '%s' is not in the 手順書 '%s'", e->s,
                        c->p->id.s ? c->p->id.s : c->p->path);
        } else {
            expected[item] = true;
        }
    }
}

static void check_injects(Ctx *c, bool *expected)
{
    const Scenario *s = c->s;
    int last_at = -1;
    size_t last_at_index = 0;
    for (size_t i = 0; i < s->n_injects; i++) {
        const Inject *in = &s->injects[i];
        size_t first;
        if (in->id.s && !strmap_put(&c->injects, in->id.s, i, &first)) {
            diags_error(c->diags, s->path, in->id.pos,
                        "duplicate inject id '%s'; it is already used at line %d", in->id.s,
                        s->injects[first].id.pos.line);
        }
    }
    for (size_t i = 0; i < s->n_injects; i++) {
        const Inject *in = &s->injects[i];
        check_phase_in_step(c, in->step, in->phase, in->phase_pos);
        if (in->at_minutes >= 0) {
            if (in->at_minutes < last_at) {
                char now[24], before[24];
                diags_error(c->diags, s->path, in->at_pos,
                            "time runs backwards: inject '%s' is at %s but the inject before it "
                            "(line %d) is at %s; injects must be in time order",
                            in->id.s ? in->id.s : "?", simtime_format(in->at_minutes, now, 24),
                            s->injects[last_at_index].at_pos.line,
                            simtime_format(last_at, before, 24));
            }
            last_at = in->at_minutes;
            last_at_index = i;
        }
        check_expects(c, in, expected);
        if (in->decision) {
            check_decision(c, i, in);
        }
    }
}

static void check_objectives(Ctx *c)
{
    const ScenarioSheet *sh = &c->s->sheet;
    for (size_t i = 0; i < sh->n_objectives; i++) {
        const Objective *o = &sh->objectives[i];
        for (size_t j = 0; j < i && o->id.s; j++) {
            if (sh->objectives[j].id.s && strcmp(sh->objectives[j].id.s, o->id.s) == 0) {
                diags_error(c->diags, c->s->path, o->id.pos, "duplicate objective id '%s'",
                            o->id.s);
                break;
            }
        }
        if (o->measures.n == 0) {
            diags_warning(c->diags, c->s->path, o->pos,
                          "objective '%s' has no 'measures'; list the steps or 手順書 items "
                          "that show whether it was met, or it gets no score",
                          o->id.s ? o->id.s : "?");
        }
        for (size_t k = 0; k < o->measures.n; k++) {
            const Text *m = &o->measures.v[k];
            if (vocab_find(&VOCAB_STEP, m->s) >= 0 || !c->p) {
                continue;
            }
            if (!procedure_find_item(c->p, m->s)) {
                diags_error(c->diags, c->s->path, m->pos,
                            "objective measure '%s' is neither a step (%s) nor an item of the "
                            "手順書",
                            m->s, VOCAB_STEP.allowed);
            }
        }
    }
}

static void check_quiz(Ctx *c)
{
    const Scenario *s = c->s;
    for (size_t i = 0; i < s->n_quiz; i++) {
        const QuizQuestion *q = &s->quiz[i];
        const char *qid = q->id.s ? q->id.s : "?";
        for (size_t j = 0; j < i && q->id.s; j++) {
            if (s->quiz[j].id.s && strcmp(s->quiz[j].id.s, q->id.s) == 0) {
                diags_error(c->diags, s->path, q->id.pos, "duplicate quiz question id '%s'",
                            q->id.s);
                break;
            }
        }
        if (q->options.v && (q->options.n < 2 || q->options.n > 9)) {
            diags_error(c->diags, s->path, q->options.pos,
                        "quiz question '%s' has %zu option%s; it needs 2 to 9", qid,
                        q->options.n, q->options.n == 1 ? "" : "s");
        }
        if (q->answer && q->n_answer == 0) {
            diags_error(c->diags, s->path, q->answer_list_pos,
                        "quiz question '%s' has no correct answer; list at least one option "
                        "number",
                        qid);
        }
        for (size_t k = 0; k < q->n_answer; k++) {
            if (q->answer[k] < 1 || (size_t)q->answer[k] > q->options.n) {
                diags_error(c->diags, s->path, q->answer_pos[k],
                            "answer %d of quiz question '%s' is not an option number (1-%zu)",
                            q->answer[k], qid, q->options.n);
            }
            for (size_t j = 0; j < k; j++) {
                if (q->answer[j] == q->answer[k]) {
                    diags_error(c->diags, s->path, q->answer_pos[k],
                                "answer %d is listed twice in quiz question '%s'", q->answer[k],
                                qid);
                    break;
                }
            }
        }
        for (size_t k = 0; k < q->teaches.n && c->p; k++) {
            const Text *t = &q->teaches.v[k];
            if (vocab_find(&VOCAB_PHASE, t->s) < 0 && !procedure_find_item(c->p, t->s)) {
                diags_error(c->diags, s->path, t->pos,
                            "quiz question '%s' teaches '%s', which is neither a phase (%s) nor "
                            "an item of the 手順書",
                            qid, t->s, VOCAB_PHASE.allowed);
            }
        }
    }
}

/* An inject waiting for a counter value that nothing sets is never presented: almost surely a
 * typo in the counter name. */
static void check_counters(Ctx *c)
{
    const Scenario *s = c->s;
    for (size_t i = 0; i < s->n_injects; i++) {
        const Decision *d = s->injects[i].decision;
        for (size_t k = 0; d && k < d->n_options; k++) {
            for (size_t m = 0; m < d->options[k].n_set; m++) {
                if (d->options[k].set[m].name.s) {
                    strmap_put(&c->set_counters, d->options[k].set[m].name.s, 0, NULL);
                }
            }
        }
    }
    for (size_t i = 0; i < s->n_injects; i++) {
        const Inject *in = &s->injects[i];
        for (size_t k = 0; k < in->n_when; k++) {
            size_t dummy;
            const Counter *w = &in->when[k];
            if (w->name.s && w->value != 0 && !strmap_get(&c->set_counters, w->name.s, &dummy)) {
                diags_warning(c->diags, s->path, w->pos,
                              "no option sets counter '%s', so inject '%s' is never presented",
                              w->name.s, in->id.s ? in->id.s : "?");
            }
        }
    }
}

void validate_scenario(const Scenario *s, const Procedure *p, Diags *diags)
{
    Ctx c = {s, p, diags, {0}, {0}};
    strmap_init(&c.injects);
    strmap_init(&c.set_counters);
    bool *expected = ttx_calloc(p ? p->n_items + 1 : 1, sizeof(bool));
    check_injects(&c, expected);
    check_objectives(&c);
    check_quiz(&c);
    check_counters(&c);
    for (size_t i = 0; p && i < p->n_items; i++) {
        const ProcItem *it = &p->items[i];
        if (!expected[i] && it->id.s) {
            diags_warning(diags, s->path, s->procedure_path.pos,
                          "手順書 item '%s' (%s, %s:%d) is expected by no inject; this exercise "
                          "does not practise it",
                          it->id.s, it->name.s ? it->name.s : "?", p->path, it->pos.line);
        }
    }
    free(expected);
    strmap_deinit(&c.injects);
    strmap_deinit(&c.set_counters);
}
