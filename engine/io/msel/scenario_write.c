/* Scenario → YAML (ttx: 1) for `ttx msel import`: the key order and layout of the bundled
 * scenarios, block style throughout, each scalar in the plainest style that reads back the same
 * (yaml_write.h). Absent optional fields are left out. */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "scenario_write.h"
#include "textbuf.h"
#include "yaml_write.h"

static void opt(TextBuf *b, int indent, const char *key, const Text *t)
{
    if (t->s) {
        yaml_write_field(b, indent, key, t->s);
    }
}

static void list(TextBuf *b, int indent, const char *key, const TextList *l)
{
    if (l->n == 0) {
        return;
    }
    yaml_write_key(b, indent, key);
    for (size_t i = 0; i < l->n; i++) {
        yaml_write_item(b, indent + 2, l->v[i].s);
    }
}

/* A mapping key that may need quotes (counter names are ids, which YAML could read as numbers
 * or booleans). */
static void put_key(TextBuf *b, int indent, const char *key)
{
    for (int i = 0; i < indent; i++) {
        textbuf_put(b, " ");
    }
    if (yaml_plain_ok(key)) {
        textbuf_put(b, key);
    } else {
        textbuf_printf(b, "\"%s\"", key); /* ids hold no quote or backslash */
    }
}

static void counters(TextBuf *b, int indent, const char *key, const Counter *c, size_t n)
{
    if (n == 0) {
        return;
    }
    yaml_write_key(b, indent, key);
    for (size_t i = 0; i < n; i++) {
        put_key(b, indent + 2, c[i].name.s);
        textbuf_printf(b, ": %ld\n", c[i].value);
    }
}

static void put_sheet(TextBuf *b, const ScenarioSheet *sh)
{
    char date[32];
    TextBuf body;
    textbuf_init(&body);
    opt(&body, 2, "summary", &sh->summary);
    opt(&body, 2, "story", &sh->story);
    opt(&body, 2, "impact", &sh->impact);
    if (sh->n_objectives) {
        yaml_write_key(&body, 2, "objectives");
        for (size_t i = 0; i < sh->n_objectives; i++) {
            const Objective *o = &sh->objectives[i];
            textbuf_put(&body, "    - id: ");
            yaml_write_scalar(&body, 6, o->id.s);
            opt(&body, 6, "text", &o->text);
            list(&body, 6, "measures", &o->measures);
        }
    }
    list(&body, 2, "participants", &sh->participants);
    opt(&body, 2, "facilitation", &sh->facilitation);
    opt(&body, 2, "role_assignment", &sh->role_assignment);
    list(&body, 2, "materials", &sh->materials);
    list(&body, 2, "challenges", &sh->challenges);
    list(&body, 2, "evaluation_points", &sh->evaluation_points);
    opt(&body, 2, "after_action", &sh->after_action);
    if (sh->has_date) {
        yaml_write_field(&body, 2, "date", date_format(sh->date, date, sizeof date));
    }
    opt(&body, 2, "remarks", &sh->remarks);
    if (body.len) {
        textbuf_put(b, "sheet:\n");
        textbuf_put(b, body.s);
    }
    textbuf_deinit(&body);
}

static void put_option(TextBuf *b, const Option *o)
{
    textbuf_put(b, "        - id: ");
    yaml_write_scalar(b, 10, o->id.s);
    opt(b, 10, "text", &o->text);
    yaml_write_field(b, 10, "verdict", vocab_id(&VOCAB_VERDICT, (int)o->verdict));
    opt(b, 10, "feedback", &o->feedback);
    counters(b, 10, "set", o->set, o->n_set);
    opt(b, 10, "goto", &o->go_to);
}

static void put_inject(TextBuf *b, const Inject *in)
{
    char buf[64];
    textbuf_put(b, "  - id: ");
    yaml_write_scalar(b, 4, in->id.s);
    yaml_write_field(b, 4, "at", simtime_format(in->at_minutes, buf, sizeof buf));
    yaml_write_field(b, 4, "step", vocab_id(&VOCAB_STEP, (int)in->step));
    yaml_write_field(b, 4, "phase", vocab_id(&VOCAB_PHASE, (int)in->phase));
    opt(b, 4, "title", &in->title);
    opt(b, 4, "from", &in->from);
    opt(b, 4, "text", &in->text);
    list(b, 4, "questions", &in->questions);
    opt(b, 4, "facilitator_note", &in->facilitator_note);
    if (in->discuss_seconds > 0) {
        yaml_write_field(b, 4, "discuss", duration_format(in->discuss_seconds, buf, sizeof buf));
    }
    list(b, 4, "expects", &in->expects);
    if (in->decision) {
        const Decision *d = in->decision;
        yaml_write_key(b, 4, "decision");
        opt(b, 6, "by", &d->by);
        opt(b, 6, "prompt", &d->prompt);
        yaml_write_key(b, 6, "options");
        for (size_t k = 0; k < d->n_options; k++) {
            put_option(b, &d->options[k]);
        }
    }
    counters(b, 4, "when", in->when, in->n_when);
}

static void put_quiz(TextBuf *b, const QuizQuestion *q)
{
    textbuf_put(b, "  - id: ");
    yaml_write_scalar(b, 4, q->id.s);
    opt(b, 4, "question", &q->question);
    list(b, 4, "options", &q->options);
    yaml_write_key(b, 4, "answer");
    for (size_t i = 0; i < q->n_answer; i++) {
        textbuf_printf(b, "      - %d\n", q->answer[i]);
    }
    opt(b, 4, "explanation", &q->explanation);
    list(b, 4, "teaches", &q->teaches);
}

char *scenario_to_yaml(const Scenario *s)
{
    TextBuf b;
    textbuf_init(&b);
    textbuf_put(&b, "# Written by `ttx msel import` from an MSEL spreadsheet.\n");
    textbuf_put(&b, "ttx: 1\n");
    yaml_write_field(&b, 0, "id", s->id.s);
    yaml_write_field(&b, 0, "title", s->title.s);
    yaml_write_field(&b, 0, "incident", vocab_id(&VOCAB_INCIDENT, (int)s->incident));
    yaml_write_field(&b, 0, "procedure", s->procedure_path.s);
    put_sheet(&b, &s->sheet);
    bool any = false;
    for (int st = 0; st < STEP_COUNT; st++) {
        any |= s->timebox_seconds[st] > 0;
    }
    if (any) {
        char buf[64];
        textbuf_put(&b, "timebox:\n");
        for (int st = 0; st < STEP_COUNT; st++) {
            if (s->timebox_seconds[st] > 0) {
                yaml_write_field(&b, 2, vocab_id(&VOCAB_STEP, st),
                                 duration_format(s->timebox_seconds[st], buf, sizeof buf));
            }
        }
    }
    textbuf_put(&b, "injects:\n");
    for (size_t i = 0; i < s->n_injects; i++) {
        put_inject(&b, &s->injects[i]);
    }
    if (s->n_quiz) {
        textbuf_put(&b, "quiz:\n");
        for (size_t i = 0; i < s->n_quiz; i++) {
            put_quiz(&b, &s->quiz[i]);
        }
    }
    return textbuf_take(&b);
}
