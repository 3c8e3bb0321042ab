/* シナリオ (ttx: 1) → Scenario: the シナリオ検討シート, time boxes, injects with their decision
 * points, and the optional quiz. References (expects, goto, by, measures) are checked later by
 * the validator, which has the procedure at hand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "load.h"
#include "load_common.h"

static void load_objectives(Loader *L, const YNode *node, ScenarioSheet *sh)
{
    static const FieldSpec specs[] = {{"id", true}, {"text", true}, {"measures", false}};
    YNode *const *items;
    size_t n;
    if (!ld_sequence(L, node, "objectives", &items, &n)) {
        return;
    }
    sh->objectives = arena_array(L->arena, n, sizeof(Objective));
    for (size_t i = 0; i < n; i++) {
        YNode *v[3];
        char what[128];
        ld_describe(what, sizeof(what), "objective", items[i], i);
        Objective *o = &sh->objectives[sh->n_objectives++];
        o->pos = items[i]->pos;
        if (!ld_mapping(L, items[i], what, specs, 3, v)) {
            continue;
        }
        ld_id(L, v[0], "id", &o->id);
        ld_text(L, v[1], "text", &o->text);
        ld_text_list(L, v[2], "measures", true, &o->measures, items[i]->pos);
    }
}

static void load_sheet(Loader *L, const YNode *node, ScenarioSheet *sh)
{
    enum {
        SUMMARY, STORY, IMPACT, OBJECTIVES, PARTICIPANTS, FACILITATION, ROLE_ASSIGNMENT,
        MATERIALS, CHALLENGES, EVALUATION_POINTS, AFTER_ACTION, DATE, REMARKS, N_KEYS
    };
    static const FieldSpec specs[N_KEYS] = {
        {"summary", false},      {"story", false},        {"impact", false},
        {"objectives", false},   {"participants", false}, {"facilitation", false},
        {"role_assignment", false}, {"materials", false}, {"challenges", false},
        {"evaluation_points", false}, {"after_action", false}, {"date", false},
        {"remarks", false},
    };
    YNode *v[N_KEYS];
    if (!node || ynode_is_null(node)) {
        return;
    }
    if (!ld_mapping(L, node, "the シナリオ検討シート ('sheet')", specs, N_KEYS, v)) {
        return;
    }
    ld_text(L, v[SUMMARY], "summary", &sh->summary);
    ld_text(L, v[STORY], "story", &sh->story);
    ld_text(L, v[IMPACT], "impact", &sh->impact);
    load_objectives(L, v[OBJECTIVES], sh);
    ld_text_list(L, v[PARTICIPANTS], "participants", false, &sh->participants, node->pos);
    ld_text(L, v[FACILITATION], "facilitation", &sh->facilitation);
    ld_text(L, v[ROLE_ASSIGNMENT], "role_assignment", &sh->role_assignment);
    ld_text_list(L, v[MATERIALS], "materials", false, &sh->materials, node->pos);
    ld_text_list(L, v[CHALLENGES], "challenges", false, &sh->challenges, node->pos);
    ld_text_list(L, v[EVALUATION_POINTS], "evaluation_points", false, &sh->evaluation_points,
                 node->pos);
    ld_text(L, v[AFTER_ACTION], "after_action", &sh->after_action);
    sh->date_pos = ld_pos(v[DATE], node->pos);
    if (v[DATE] && !ynode_is_null(v[DATE])) {
        sh->has_date = ld_date(L, v[DATE], "date", &sh->date);
    }
    ld_text(L, v[REMARKS], "remarks", &sh->remarks);
}

static void load_timebox(Loader *L, const YNode *node, Scenario *s)
{
    static const FieldSpec specs[STEP_COUNT] = {
        {"detect", false}, {"report", false}, {"recover", false}};
    YNode *v[STEP_COUNT];
    if (!node || ynode_is_null(node)) {
        return;
    }
    if (!ld_mapping(L, node, "'timebox'", specs, STEP_COUNT, v)) {
        return;
    }
    for (int st = 0; st < STEP_COUNT; st++) {
        s->timebox_pos[st] = ld_pos(v[st], node->pos);
        if (v[st]) {
            ld_duration(L, v[st], specs[st].key, &s->timebox_seconds[st]);
        }
    }
}

static void load_option(Loader *L, const YNode *node, size_t index, Option *o)
{
    enum { ID, TEXT, VERDICT, FEEDBACK, SET, GOTO, N_KEYS };
    static const FieldSpec specs[N_KEYS] = {
        {"id", true}, {"text", true}, {"verdict", true},
        {"feedback", false}, {"set", false}, {"goto", false},
    };
    YNode *v[N_KEYS];
    char what[128];
    ld_describe(what, sizeof(what), "option", node, index);
    o->pos = node->pos;
    o->verdict = VERDICT_COUNT;
    if (!ld_mapping(L, node, what, specs, N_KEYS, v)) {
        return;
    }
    ld_id(L, v[ID], "id", &o->id);
    ld_text(L, v[TEXT], "text", &o->text);
    o->verdict_pos = ld_pos(v[VERDICT], node->pos);
    int e;
    if (v[VERDICT] && ld_enum(L, v[VERDICT], "verdict", &VOCAB_VERDICT, "verdict", &e)) {
        o->verdict = (Verdict)e;
    }
    ld_text(L, v[FEEDBACK], "feedback", &o->feedback);
    ld_counters(L, v[SET], "set", &o->set, &o->n_set);
    ld_id(L, v[GOTO], "goto", &o->go_to);
}

static Decision *load_decision(Loader *L, const YNode *node, const char *inject_what)
{
    static const FieldSpec specs[] = {{"by", true}, {"prompt", true}, {"options", true}};
    YNode *v[3];
    char what[160];
    snprintf(what, sizeof(what), "the decision of %s", inject_what);
    Decision *d = arena_alloc(L->arena, sizeof(Decision));
    d->pos = node->pos;
    d->options_pos = node->pos;
    if (!ld_mapping(L, node, what, specs, 3, v)) {
        return d;
    }
    ld_id(L, v[0], "by", &d->by);
    ld_text(L, v[1], "prompt", &d->prompt);
    YNode *const *items;
    size_t n;
    d->options_pos = ld_pos(v[2], node->pos);
    if (ld_sequence(L, v[2], "options", &items, &n)) {
        d->options = arena_array(L->arena, n, sizeof(Option));
        for (size_t i = 0; i < n; i++) {
            load_option(L, items[i], i, &d->options[d->n_options++]);
        }
    }
    return d;
}

static void load_inject(Loader *L, const YNode *node, size_t index, Inject *in)
{
    enum {
        ID, AT, STEP, PHASE, TITLE, FROM, TEXT, QUESTIONS, NOTE, DISCUSS, EXPECTS, DECISION,
        WHEN, N_KEYS
    };
    static const FieldSpec specs[N_KEYS] = {
        {"id", true},        {"at", true},        {"step", true},      {"phase", true},
        {"title", true},     {"from", false},     {"text", true},      {"questions", false},
        {"facilitator_note", false}, {"discuss", false}, {"expects", false},
        {"decision", false}, {"when", false},
    };
    YNode *v[N_KEYS];
    char what[128];
    ld_describe(what, sizeof(what), "inject", node, index);
    in->pos = node->pos;
    in->step = STEP_COUNT;
    in->phase = PHASE_COUNT;
    in->at_minutes = -1;
    if (!ld_mapping(L, node, what, specs, N_KEYS, v)) {
        return;
    }
    int e;
    ld_id(L, v[ID], "id", &in->id);
    in->at_pos = ld_pos(v[AT], node->pos);
    if (v[AT] && !ld_simtime(L, v[AT], "at", &in->at_minutes)) {
        in->at_minutes = -1;
    }
    in->step_pos = ld_pos(v[STEP], node->pos);
    if (v[STEP] && ld_enum(L, v[STEP], "step", &VOCAB_STEP, "step", &e)) {
        in->step = (Step)e;
    }
    in->phase_pos = ld_pos(v[PHASE], node->pos);
    if (v[PHASE] && ld_enum(L, v[PHASE], "phase", &VOCAB_PHASE, "phase", &e)) {
        in->phase = (Phase)e;
    }
    ld_text(L, v[TITLE], "title", &in->title);
    ld_text(L, v[FROM], "from", &in->from);
    ld_text(L, v[TEXT], "text", &in->text);
    ld_text_list(L, v[QUESTIONS], "questions", false, &in->questions, node->pos);
    ld_text(L, v[NOTE], "facilitator_note", &in->facilitator_note);
    in->discuss_pos = ld_pos(v[DISCUSS], node->pos);
    if (v[DISCUSS] && !ynode_is_null(v[DISCUSS])) {
        ld_duration(L, v[DISCUSS], "discuss", &in->discuss_seconds);
    }
    ld_text_list(L, v[EXPECTS], "expects", true, &in->expects, node->pos);
    if (v[DECISION] && !ynode_is_null(v[DECISION])) {
        in->decision = load_decision(L, v[DECISION], what);
    }
    ld_counters(L, v[WHEN], "when", &in->when, &in->n_when);
}

static void load_quiz_question(Loader *L, const YNode *node, size_t index, QuizQuestion *q)
{
    enum { ID, QUESTION, OPTIONS, ANSWER, EXPLANATION, TEACHES, N_KEYS };
    static const FieldSpec specs[N_KEYS] = {
        {"id", true},          {"question", true}, {"options", true},
        {"answer", true},      {"explanation", false}, {"teaches", false},
    };
    YNode *v[N_KEYS];
    char what[128];
    ld_describe(what, sizeof(what), "quiz question", node, index);
    q->pos = node->pos;
    if (!ld_mapping(L, node, what, specs, N_KEYS, v)) {
        return;
    }
    ld_id(L, v[ID], "id", &q->id);
    ld_text(L, v[QUESTION], "question", &q->question);
    ld_text_list(L, v[OPTIONS], "options", false, &q->options, node->pos);
    YNode *const *items;
    size_t n;
    q->answer_list_pos = ld_pos(v[ANSWER], node->pos);
    if (v[ANSWER] && ld_sequence(L, v[ANSWER], "answer", &items, &n)) {
        q->answer = arena_array(L->arena, n, sizeof(int));
        q->answer_pos = arena_array(L->arena, n, sizeof(SrcPos));
        for (size_t i = 0; i < n; i++) {
            long a;
            if (ld_long(L, items[i], "answer", &a)) {
                q->answer_pos[q->n_answer] = items[i]->pos;
                q->answer[q->n_answer++] = (int)a;
            }
        }
    }
    ld_text(L, v[EXPLANATION], "explanation", &q->explanation);
    ld_text_list(L, v[TEACHES], "teaches", true, &q->teaches, node->pos);
}

Scenario *scenario_from_yaml(const YDoc *doc, Diags *diags)
{
    enum { VERSION, ID, TITLE, INCIDENT, PROCEDURE, SHEET, TIMEBOX, INJECTS, QUIZ, N_KEYS };
    static const FieldSpec specs[N_KEYS] = {
        {"ttx", true},        {"id", true},     {"title", true},
        {"incident", true},   {"procedure", true}, {"sheet", false},
        {"timebox", false},   {"injects", true}, {"quiz", false},
    };
    Scenario *s = ttx_calloc(1, sizeof(Scenario));
    arena_init(&s->arena);
    s->path = arena_strdup(&s->arena, doc->path);
    s->incident = INCIDENT_COUNT;
    Loader L = {s->path, &s->arena, diags};
    YNode *v[N_KEYS];
    s->pos = ld_pos(doc->root, (SrcPos){1, 1});
    if (!ld_mapping(&L, doc->root, "the scenario", specs, N_KEYS, v)) {
        return s;
    }
    if (v[VERSION]) {
        ld_version(&L, v[VERSION], "ttx");
    }
    ld_doc_id(&L, v[ID], "id", &s->id);
    ld_text(&L, v[TITLE], "title", &s->title);
    s->incident_pos = ld_pos(v[INCIDENT], s->pos);
    int e;
    if (v[INCIDENT] && ld_enum(&L, v[INCIDENT], "incident", &VOCAB_INCIDENT, "incident kind", &e)) {
        s->incident = (IncidentKind)e;
    }
    ld_text(&L, v[PROCEDURE], "procedure", &s->procedure_path);
    load_sheet(&L, v[SHEET], &s->sheet);
    load_timebox(&L, v[TIMEBOX], s);
    YNode *const *items;
    size_t n;
    if (ld_sequence(&L, v[INJECTS], "injects", &items, &n)) {
        if (v[INJECTS] && n == 0) {
            diags_error(diags, s->path, v[INJECTS]->pos,
                        "the scenario has no injects; add at least one 状況付与 under 'injects:'");
        }
        s->injects = arena_array(&s->arena, n, sizeof(Inject));
        for (size_t i = 0; i < n; i++) {
            load_inject(&L, items[i], i, &s->injects[s->n_injects++]);
        }
    }
    if (ld_sequence(&L, v[QUIZ], "quiz", &items, &n)) {
        s->quiz = arena_array(&s->arena, n, sizeof(QuizQuestion));
        for (size_t i = 0; i < n; i++) {
            load_quiz_question(&L, items[i], i, &s->quiz[s->n_quiz++]);
        }
    }
    return s;
}
