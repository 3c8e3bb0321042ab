/* What to teach next: the class's correct rate per phase, pooled over every question that teaches
 * the phase or one of its 手順書 items, and the weakest phases with the items to re-teach. Phases
 * are the guide's own units of the response, so "初動対応 55%" reads as a plan; the items say
 * which rows of the company's manual to go through again. Pure C11. */
#include <string.h>

#include "base.h"
#include "train_report_internal.h"

static bool teaches_phase(const TrainQuestion *q, Phase ph)
{
    for (size_t i = 0; i < q->n_teaches; i++) {
        if (q->teaches[i].phase == ph) {
            return true;
        }
    }
    return false;
}

static void phase_stats(TrainReport *r)
{
    const TrainTest *t = r->test;
    r->phases = arena_array(&r->arena, PHASE_COUNT, sizeof(TrainPhaseStat));
    for (int ph = 0; ph < PHASE_COUNT; ph++) {
        TrainPhaseStat *s = &r->phases[r->n_phases];
        s->phase = (Phase)ph;
        s->questions = arena_array(&r->arena, t->n_questions, sizeof(size_t));
        for (size_t q = 0; q < t->n_questions; q++) {
            if (teaches_phase(&t->questions[q], (Phase)ph)) {
                s->questions[s->n_questions++] = q;
                s->correct += r->stats[q].correct;
                s->asked += r->answers->n;
            }
        }
        if (s->n_questions > 0) {
            s->percent = train_percent(s->correct, s->asked);
            r->n_phases++;
        }
    }
}

/* a's rate is below b's (exact, by cross-multiplication). */
static bool rate_below(size_t a_num, size_t a_den, size_t b_num, size_t b_den)
{
    return a_num * b_den < b_num * a_den;
}

/* Marks the items a missed question teaches in phase ph; all of the phase's items when it names
 * none of them (it teaches the phase as a whole). */
static void mark_items(const TrainReport *r, const TrainQuestion *q, Phase ph, bool *marks)
{
    const Procedure *p = r->test->procedure;
    bool any = false;
    for (size_t i = 0; i < q->n_teaches; i++) {
        const TrainTopic *tp = &q->teaches[i];
        if (!tp->is_phase && tp->phase == ph) {
            marks[procedure_item_index(p, tp->item->id.s)] = true;
            any = true;
        }
    }
    for (size_t i = 0; !any && i < p->n_items; i++) {
        marks[i] = marks[i] || p->items[i].phase == ph;
    }
}

static const ProcItem **marked_items(TrainReport *r, const bool *marks, size_t *n)
{
    const Procedure *p = r->test->procedure;
    const ProcItem **v = arena_array(&r->arena, p->n_items, sizeof(ProcItem *));
    *n = 0;
    for (size_t i = 0; i < p->n_items; i++) {
        if (marks[i]) {
            v[(*n)++] = &p->items[i];
        }
    }
    return v;
}

static void weak_topic(TrainReport *r, const TrainPhaseStat *s, TrainWeakTopic *w, bool *all)
{
    size_t n_people = r->answers->n;
    size_t n_items = r->test->procedure->n_items;
    bool *marks = arena_array(&r->arena, n_items ? n_items : 1, sizeof(bool));
    w->phase = s;
    w->missed = arena_array(&r->arena, s->n_questions, sizeof(size_t));
    for (size_t i = 0; i < s->n_questions; i++) {
        size_t q = s->questions[i];
        if (r->stats[q].correct == n_people) {
            continue;
        }
        size_t k = w->n_missed++;
        while (k > 0 && r->stats[w->missed[k - 1]].correct > r->stats[q].correct) {
            w->missed[k] = w->missed[k - 1];
            k--;
        }
        w->missed[k] = q;
        mark_items(r, &r->test->questions[q], s->phase, marks);
    }
    w->items = marked_items(r, marks, &w->n_items);
    for (size_t i = 0; i < n_items; i++) {
        all[i] = all[i] || marks[i];
    }
}

void train_report_topics(TrainReport *r)
{
    phase_stats(r);
    /* the phases below 100%, lowest rate first; ties keep the phase order */
    const TrainPhaseStat *order[PHASE_COUNT];
    size_t n = 0;
    for (size_t i = 0; i < r->n_phases; i++) {
        const TrainPhaseStat *s = &r->phases[i];
        if (s->correct == s->asked) {
            continue;
        }
        size_t k = n++;
        while (k > 0 &&
               rate_below(s->correct, s->asked, order[k - 1]->correct, order[k - 1]->asked)) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = s;
    }
    size_t n_items = r->test->procedure->n_items;
    bool *all = arena_array(&r->arena, n_items ? n_items : 1, sizeof(bool));
    for (size_t i = 0; i < n && r->n_weak < TRAIN_WEAK_MAX; i++) {
        weak_topic(r, order[i], &r->weak[r->n_weak++], all);
    }
    r->reteach = marked_items(r, all, &r->n_reteach);
}
