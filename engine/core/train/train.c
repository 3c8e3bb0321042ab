/* The 理解度確認テスト of a scenario. The quiz is what the trainer wrote for the class; the
 * decision points are the same dilemmas the exercise put to management, so a decision is asked as a
 * question too: its good options are the right answers, the good option's feedback is the 解説,
 * and it teaches the inject's phase and the 手順書 items the inject expects. Pure C11. */
#include "train.h"

#include <stdio.h>
#include <string.h>

#include "base.h"

static void add_topic(TrainQuestion *q, TrainTopic t)
{
    for (size_t i = 0; i < q->n_teaches; i++) {
        const TrainTopic *u = &q->teaches[i];
        if (u->is_phase == t.is_phase && u->phase == t.phase && u->item == t.item) {
            return;
        }
    }
    q->teaches[q->n_teaches++] = t;
}

static void add_phase(TrainQuestion *q, Phase p)
{
    add_topic(q, (TrainTopic){true, p, NULL});
}

static void add_item(TrainQuestion *q, const ProcItem *item)
{
    if (item) {
        add_topic(q, (TrainTopic){false, item->phase, item});
    }
}

static void quiz_question(TrainTest *t, const QuizQuestion *src, TrainQuestion *q)
{
    q->source = TRAIN_FROM_QUIZ;
    q->id = src->id.s;
    q->text = src->question.s;
    TTX_EXPECT(src->options.n <= TRAIN_MAX_OPTIONS);
    for (size_t i = 0; i < src->options.n; i++) {
        q->options[q->n_options++] = src->options.v[i].s;
    }
    for (size_t i = 0; i < src->n_answer; i++) {
        TTX_EXPECT(src->answer[i] >= 1 && (size_t)src->answer[i] <= q->n_options);
        q->correct |= 1u << (src->answer[i] - 1);
    }
    q->explanation = src->explanation.s;
    q->teaches = arena_array(&t->arena, src->teaches.n, sizeof(TrainTopic));
    for (size_t i = 0; i < src->teaches.n; i++) {
        const char *id = src->teaches.v[i].s;
        int phase = vocab_find(&VOCAB_PHASE, id);
        if (phase >= 0) {
            add_phase(q, (Phase)phase);
        } else {
            add_item(q, procedure_find_item(t->procedure, id));
        }
    }
}

/* The feedback of every good option, one paragraph each (usually there is one). */
static const char *good_feedback(TrainTest *t, const Decision *d)
{
    size_t len = 0, n = 0;
    for (size_t i = 0; i < d->n_options; i++) {
        const Option *o = &d->options[i];
        if (o->verdict == VERDICT_GOOD && o->feedback.s) {
            len += strlen(o->feedback.s) + 1;
            n++;
        }
    }
    if (n == 0) {
        return NULL;
    }
    char *s = arena_alloc(&t->arena, len + 1);
    for (size_t i = 0; i < d->n_options; i++) {
        const Option *o = &d->options[i];
        if (o->verdict == VERDICT_GOOD && o->feedback.s) {
            if (*s) {
                strcat(s, "\n");
            }
            strcat(s, o->feedback.s);
        }
    }
    return s;
}

static void decision_question(TrainTest *t, const Inject *in, TrainQuestion *q)
{
    const Decision *d = in->decision;
    q->source = TRAIN_FROM_DECISION;
    q->id = in->id.s;
    q->inject = in;
    q->text = d->prompt.s;
    TTX_EXPECT(d->n_options <= TRAIN_MAX_OPTIONS);
    for (size_t i = 0; i < d->n_options; i++) {
        q->options[q->n_options++] = d->options[i].text.s;
        if (d->options[i].verdict == VERDICT_GOOD) {
            q->correct |= 1u << i;
        }
    }
    q->explanation = good_feedback(t, d);
    q->teaches = arena_array(&t->arena, in->expects.n + 1, sizeof(TrainTopic));
    add_phase(q, in->phase);
    for (size_t i = 0; i < in->expects.n; i++) {
        add_item(q, procedure_find_item(t->procedure, in->expects.v[i].s));
    }
}

bool train_decision_askable(const Decision *d)
{
    for (size_t i = 0; i < d->n_options; i++) {
        if (d->options[i].verdict == VERDICT_GOOD) {
            return true;
        }
    }
    return false;
}

void train_test_init(TrainTest *t, const Scenario *s, const Procedure *p)
{
    TTX_EXPECT(t && s && p);
    memset(t, 0, sizeof *t);
    arena_init(&t->arena);
    t->scenario = s;
    t->procedure = p;
    size_t n_decisions = 0;
    for (size_t i = 0; i < s->n_injects; i++) {
        n_decisions += s->injects[i].decision != NULL;
    }
    t->questions = arena_array(&t->arena, s->n_quiz + n_decisions, sizeof(TrainQuestion));
    for (size_t i = 0; i < s->n_quiz; i++) {
        quiz_question(t, &s->quiz[i], &t->questions[t->n_questions++]);
    }
    t->n_quiz = t->n_questions;
    for (size_t i = 0; i < s->n_injects; i++) {
        if (!s->injects[i].decision) {
            continue;
        }
        if (train_decision_askable(s->injects[i].decision)) {
            decision_question(t, &s->injects[i], &t->questions[t->n_questions++]);
        } else {
            t->n_skipped++;
        }
    }
}

void train_test_deinit(TrainTest *t)
{
    if (t) {
        arena_deinit(&t->arena);
        memset(t, 0, sizeof *t);
    }
}

size_t train_choice_count(TrainChoice c)
{
    size_t n = 0;
    for (; c; c &= c - 1) {
        n++;
    }
    return n;
}

bool train_choice_has(TrainChoice c, size_t n)
{
    return n >= 1 && n <= TRAIN_MAX_OPTIONS && (c >> (n - 1)) & 1u;
}

char *train_choice_format(TrainChoice c, char *buf, size_t size)
{
    TTX_EXPECT(size >= 2 * TRAIN_MAX_OPTIONS);
    size_t len = 0;
    buf[0] = '\0';
    for (size_t n = 1; n <= TRAIN_MAX_OPTIONS; n++) {
        if (train_choice_has(c, n)) {
            len += (size_t)snprintf(buf + len, size - len, "%s%zu", len ? ";" : "", n);
        }
    }
    return buf;
}

const char *train_topic_id(const TrainTopic *t)
{
    return t->is_phase ? vocab_id(&VOCAB_PHASE, (int)t->phase) : t->item->id.s;
}

const char *train_topic_label(const TrainTopic *t)
{
    if (t->is_phase) {
        return vocab_label(&VOCAB_PHASE, (int)t->phase);
    }
    return t->item->name.s ? t->item->name.s : t->item->id.s;
}
