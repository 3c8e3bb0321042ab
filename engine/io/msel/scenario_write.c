/* Scenario → YAML (ttx: 1) for `ttx msel import`, through libyaml's emitter (yaml_emit.h): the
 * key order of the bundled scenarios, block style throughout, each scalar in the plainest style
 * that reads back the same. Absent optional fields are left out. The one comment line, which says
 * where the file came from, is written before the document: libyaml's emitter writes no
 * comments. */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "scenario_write.h"
#include "yaml_emit.h"

static void opt(YamlEmit *e, const char *key, const Text *t)
{
    if (t->s) {
        yaml_emit_field(e, key, t->s);
    }
}

static void list(YamlEmit *e, const char *key, const TextList *l)
{
    if (l->n == 0) {
        return;
    }
    yaml_emit_key(e, key);
    yaml_emit_seq_begin(e);
    for (size_t i = 0; i < l->n; i++) {
        yaml_emit_text(e, l->v[i].s);
    }
    yaml_emit_seq_end(e);
}

/* Counter names are ids, which YAML could read as numbers or booleans: yaml_emit_key quotes
 * them when it must. */
static void counters(YamlEmit *e, const char *key, const Counter *c, size_t n)
{
    if (n == 0) {
        return;
    }
    yaml_emit_key(e, key);
    yaml_emit_map_begin(e);
    for (size_t i = 0; i < n; i++) {
        yaml_emit_key(e, c[i].name.s);
        yaml_emit_int(e, c[i].value);
    }
    yaml_emit_map_end(e);
}

static bool sheet_empty(const ScenarioSheet *sh)
{
    return !sh->summary.s && !sh->story.s && !sh->impact.s && !sh->n_objectives &&
           !sh->participants.n && !sh->facilitation.s && !sh->role_assignment.s &&
           !sh->materials.n && !sh->challenges.n && !sh->evaluation_points.n &&
           !sh->after_action.s && !sh->has_date && !sh->remarks.s;
}

static void put_objectives(YamlEmit *e, const ScenarioSheet *sh)
{
    if (!sh->n_objectives) {
        return;
    }
    yaml_emit_key(e, "objectives");
    yaml_emit_seq_begin(e);
    for (size_t i = 0; i < sh->n_objectives; i++) {
        const Objective *o = &sh->objectives[i];
        yaml_emit_map_begin(e);
        yaml_emit_field(e, "id", o->id.s);
        opt(e, "text", &o->text);
        list(e, "measures", &o->measures);
        yaml_emit_map_end(e);
    }
    yaml_emit_seq_end(e);
}

static void put_sheet(YamlEmit *e, const ScenarioSheet *sh)
{
    char date[32];
    if (sheet_empty(sh)) {
        return;
    }
    yaml_emit_key(e, "sheet");
    yaml_emit_map_begin(e);
    opt(e, "summary", &sh->summary);
    opt(e, "story", &sh->story);
    opt(e, "impact", &sh->impact);
    put_objectives(e, sh);
    list(e, "participants", &sh->participants);
    opt(e, "facilitation", &sh->facilitation);
    opt(e, "role_assignment", &sh->role_assignment);
    list(e, "materials", &sh->materials);
    list(e, "challenges", &sh->challenges);
    list(e, "evaluation_points", &sh->evaluation_points);
    opt(e, "after_action", &sh->after_action);
    if (sh->has_date) {
        yaml_emit_field(e, "date", date_format(sh->date, date, sizeof date));
    }
    opt(e, "remarks", &sh->remarks);
    yaml_emit_map_end(e);
}

static void put_option(YamlEmit *e, const Option *o)
{
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "id", o->id.s);
    opt(e, "text", &o->text);
    yaml_emit_field(e, "verdict", vocab_id(&VOCAB_VERDICT, (int)o->verdict));
    opt(e, "feedback", &o->feedback);
    counters(e, "set", o->set, o->n_set);
    opt(e, "goto", &o->go_to);
    yaml_emit_map_end(e);
}

static void put_decision(YamlEmit *e, const Decision *d)
{
    yaml_emit_key(e, "decision");
    yaml_emit_map_begin(e);
    opt(e, "by", &d->by);
    opt(e, "prompt", &d->prompt);
    yaml_emit_key(e, "options");
    yaml_emit_seq_begin(e);
    for (size_t k = 0; k < d->n_options; k++) {
        put_option(e, &d->options[k]);
    }
    yaml_emit_seq_end(e);
    yaml_emit_map_end(e);
}

static void put_inject(YamlEmit *e, const Inject *in)
{
    char buf[64];
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "id", in->id.s);
    yaml_emit_field(e, "at", simtime_format(in->at_minutes, buf, sizeof buf));
    yaml_emit_field(e, "step", vocab_id(&VOCAB_STEP, (int)in->step));
    yaml_emit_field(e, "phase", vocab_id(&VOCAB_PHASE, (int)in->phase));
    opt(e, "title", &in->title);
    opt(e, "from", &in->from);
    opt(e, "text", &in->text);
    list(e, "questions", &in->questions);
    opt(e, "facilitator_note", &in->facilitator_note);
    if (in->discuss_seconds > 0) {
        yaml_emit_field(e, "discuss", duration_format(in->discuss_seconds, buf, sizeof buf));
    }
    list(e, "expects", &in->expects);
    if (in->decision) {
        put_decision(e, in->decision);
    }
    counters(e, "when", in->when, in->n_when);
    yaml_emit_map_end(e);
}

static void put_quiz(YamlEmit *e, const QuizQuestion *q)
{
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "id", q->id.s);
    opt(e, "question", &q->question);
    list(e, "options", &q->options);
    yaml_emit_key(e, "answer");
    yaml_emit_seq_begin(e);
    for (size_t i = 0; i < q->n_answer; i++) {
        yaml_emit_int(e, q->answer[i]);
    }
    yaml_emit_seq_end(e);
    opt(e, "explanation", &q->explanation);
    list(e, "teaches", &q->teaches);
    yaml_emit_map_end(e);
}

static void put_timebox(YamlEmit *e, const Scenario *s)
{
    bool any = false;
    for (int st = 0; st < STEP_COUNT; st++) {
        any |= s->timebox_seconds[st] > 0;
    }
    if (!any) {
        return;
    }
    char buf[64];
    yaml_emit_key(e, "timebox");
    yaml_emit_map_begin(e);
    for (int st = 0; st < STEP_COUNT; st++) {
        if (s->timebox_seconds[st] > 0) {
            yaml_emit_field(e, vocab_id(&VOCAB_STEP, st),
                            duration_format(s->timebox_seconds[st], buf, sizeof buf));
        }
    }
    yaml_emit_map_end(e);
}

char *scenario_to_yaml(const Scenario *s, char *err, size_t err_size)
{
    YamlEmit *e = yaml_emit_create("# Written by `ttx msel import` from an MSEL spreadsheet.\n");
    yaml_emit_map_begin(e);
    yaml_emit_key(e, "ttx");
    yaml_emit_int(e, 1);
    yaml_emit_field(e, "id", s->id.s);
    yaml_emit_field(e, "title", s->title.s);
    yaml_emit_field(e, "incident", vocab_id(&VOCAB_INCIDENT, (int)s->incident));
    yaml_emit_field(e, "procedure", s->procedure_path.s);
    put_sheet(e, &s->sheet);
    put_timebox(e, s);
    yaml_emit_key(e, "injects");
    yaml_emit_seq_begin(e);
    for (size_t i = 0; i < s->n_injects; i++) {
        put_inject(e, &s->injects[i]);
    }
    yaml_emit_seq_end(e);
    if (s->n_quiz) {
        yaml_emit_key(e, "quiz");
        yaml_emit_seq_begin(e);
        for (size_t i = 0; i < s->n_quiz; i++) {
            put_quiz(e, &s->quiz[i]);
        }
        yaml_emit_seq_end(e);
    }
    yaml_emit_map_end(e);
    char *yaml = yaml_emit_finish(e, err, err_size);
    yaml_emit_destroy(e);
    return yaml;
}
