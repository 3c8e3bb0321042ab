/* MSEL exchange round trips on the model: every bundled exercise, every drill and the example
 * scenario go scenario → CSV → scenario and → YAML → scenario, and each copy equals the original
 * field by field (positions aside); exporting the copy gives the same bytes. A scenario made for
 * the awkward cases — a quiz, '|' and '\' in options, formula-like text, blanks at the ends,
 * CR LF inside text, set and goto — survives too, and the imported model's positions point at the
 * CSV cells. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"
#include "msel.h"
#include "scenario_write.h"

static bool same_text(const Text *a, const Text *b)
{
    return (!a->s && !b->s) || (a->s && b->s && strcmp(a->s, b->s) == 0);
}

static bool same_list(const TextList *a, const TextList *b)
{
    bool ok = a->n == b->n;
    for (size_t i = 0; ok && i < a->n; i++) {
        ok = same_text(&a->v[i], &b->v[i]);
    }
    return ok;
}

static bool same_counters(const Counter *a, size_t na, const Counter *b, size_t nb)
{
    bool ok = na == nb;
    for (size_t i = 0; ok && i < na; i++) {
        ok = same_text(&a[i].name, &b[i].name) && a[i].value == b[i].value;
    }
    return ok;
}

static bool same_decision(const Decision *a, const Decision *b)
{
    if (!a || !b) {
        return !a && !b;
    }
    bool ok = same_text(&a->by, &b->by) && same_text(&a->prompt, &b->prompt) &&
              a->n_options == b->n_options;
    for (size_t k = 0; ok && k < a->n_options; k++) {
        const Option *x = &a->options[k], *y = &b->options[k];
        ok = same_text(&x->id, &y->id) && same_text(&x->text, &y->text) &&
             x->verdict == y->verdict && same_text(&x->feedback, &y->feedback) &&
             same_counters(x->set, x->n_set, y->set, y->n_set) && same_text(&x->go_to, &y->go_to);
    }
    return ok;
}

static void check_inject(const Inject *a, const Inject *b)
{
    CHECK(same_text(&a->id, &b->id) && a->at_minutes == b->at_minutes);
    CHECK(a->step == b->step && a->phase == b->phase);
    CHECK(same_text(&a->title, &b->title) && same_text(&a->from, &b->from));
    CHECK(same_text(&a->text, &b->text) && same_list(&a->questions, &b->questions));
    CHECK(same_text(&a->facilitator_note, &b->facilitator_note));
    CHECK(a->discuss_seconds == b->discuss_seconds && same_list(&a->expects, &b->expects));
    CHECK(same_decision(a->decision, b->decision));
    CHECK(same_counters(a->when, a->n_when, b->when, b->n_when));
}

static void check_sheet(const ScenarioSheet *a, const ScenarioSheet *b)
{
    CHECK(same_text(&a->summary, &b->summary) && same_text(&a->story, &b->story));
    CHECK(same_text(&a->impact, &b->impact) && a->n_objectives == b->n_objectives);
    for (size_t i = 0; i < a->n_objectives && i < b->n_objectives; i++) {
        CHECK(same_text(&a->objectives[i].id, &b->objectives[i].id));
        CHECK(same_text(&a->objectives[i].text, &b->objectives[i].text));
        CHECK(same_list(&a->objectives[i].measures, &b->objectives[i].measures));
    }
    CHECK(same_list(&a->participants, &b->participants));
    CHECK(same_text(&a->facilitation, &b->facilitation));
    CHECK(same_text(&a->role_assignment, &b->role_assignment));
    CHECK(same_list(&a->materials, &b->materials) && same_list(&a->challenges, &b->challenges));
    CHECK(same_list(&a->evaluation_points, &b->evaluation_points));
    CHECK(same_text(&a->after_action, &b->after_action) && same_text(&a->remarks, &b->remarks));
    CHECK(a->has_date == b->has_date &&
          (!a->has_date || date_to_days(a->date) == date_to_days(b->date)));
}

static void check_same(const Scenario *a, const Scenario *b)
{
    CHECK(same_text(&a->id, &b->id) && same_text(&a->title, &b->title));
    CHECK(a->incident == b->incident && same_text(&a->procedure_path, &b->procedure_path));
    check_sheet(&a->sheet, &b->sheet);
    for (int st = 0; st < STEP_COUNT; st++) {
        CHECK(a->timebox_seconds[st] == b->timebox_seconds[st]);
    }
    CHECK(a->n_injects == b->n_injects);
    for (size_t i = 0; i < a->n_injects && i < b->n_injects; i++) {
        check_inject(&a->injects[i], &b->injects[i]);
    }
    CHECK(a->n_quiz == b->n_quiz);
    for (size_t i = 0; i < a->n_quiz && i < b->n_quiz; i++) {
        const QuizQuestion *x = &a->quiz[i], *y = &b->quiz[i];
        CHECK(same_text(&x->id, &y->id) && same_text(&x->question, &y->question));
        CHECK(same_list(&x->options, &y->options) && x->n_answer == y->n_answer);
        for (size_t k = 0; k < x->n_answer && k < y->n_answer; k++) {
            CHECK(x->answer[k] == y->answer[k]);
        }
        CHECK(same_text(&x->explanation, &y->explanation));
        CHECK(same_list(&x->teaches, &y->teaches));
    }
}

/* CSV → model, checked against p; aborts the test on errors. */
static Scenario *import_csv(const char *csv, const Procedure *p)
{
    Diags d;
    diags_init(&d);
    Scenario *s = msel_import("m.csv", csv, strlen(csv), &d);
    if (s) {
        validate_scenario(s, p, &d);
    }
    if (!s || d.n_errors) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    return s;
}

static void round_trip(const Scenario *orig, const Procedure *p, const char *name)
{
    char err[256];
    char *csv = msel_export(orig, err, sizeof err);
    CHECK(csv != NULL);
    if (!csv) {
        fprintf(stderr, "%s: %s\n", name, err);
        return;
    }
    Scenario *back = import_csv(csv, p);
    check_same(orig, back);
    char *again = msel_export(back, err, sizeof err);
    CHECK(again && strcmp(csv, again) == 0);
    char *yaml = scenario_to_yaml(back);
    Scenario *reread = scenario_from_text(yaml, p);
    check_same(orig, reread);
    if (check_failed) {
        fprintf(stderr, "after %s\n", name);
    }
    scenario_free(reread);
    free(yaml);
    free(again);
    scenario_free(back);
    free(csv);
}

static void test_bundled(void)
{
    static const char *const files[] = {
        "data/scenario.yaml",
        "../scenarios/ransomware.yaml",
        "../scenarios/data-leak.yaml",
        "../scenarios/system-outage.yaml",
        "../scenarios/drills/ransomware.yaml",
        "../scenarios/drills/system-outage.yaml",
        "../scenarios/drills/usb-loss.yaml",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        Exercise ex = fixture_load(files[i]);
        round_trip(ex.scenario, ex.procedure, files[i]);
        exercise_free(&ex);
    }
}

static const char AWKWARD[] =
    "ttx: 1\n"
    "id: awkward\n"
    "title: \"=HYPERLINK(\\\"x\\\") and | pipes\"\n"
    "incident: ransomware\n"
    "procedure: procedure.yaml\n"
    "sheet:\n"
    "  summary: \" blanks at both ends \"\n"
    "  participants: [\"-minus\", \"'apostrophe\", \"+plus\"]\n"
    "  date: 2026-12-01\n"
    "timebox: {report: 90s}\n"
    "injects:\n"
    "  - id: i1\n"
    "    at: \"0:00\"\n"
    "    step: detect\n"
    "    phase: detection\n"
    "    title: \"back\\\\slash | and \\\\| both\"\n"
    "    text: \"CR LF\\r\\ninside, \\\"quotes\\\"\\n\\n\"\n"
    "    questions: [\"a, b\", \"@mention\"]\n"
    "    expects: [P01, P02]\n"
    "    decision:\n"
    "      by: president\n"
    "      prompt: \"?\"\n"
    "      options:\n"
    "        - {id: a, text: \"x|y\\\\z\", verdict: good, feedback: \"f|b\", set: {k: -3, m: 2}}\n"
    "        - {id: b, text: \"=1+1\", verdict: poor, goto: i2}\n"
    "  - id: i2\n"
    "    at: \"72:05\"\n"
    "    step: recover\n"
    "    phase: prevention\n"
    "    title: t\n"
    "    text: only\n"
    "    when: {k: -3}\n"
    "quiz:\n"
    "  - id: q1\n"
    "    question: 最初にすることは？\n"
    "    options: [電源を切る, \"LANケーブルを抜く, 電源は入れたまま\"]\n"
    "    answer: [2]\n"
    "    teaches: [P02, containment]\n";

static void test_awkward(void)
{
    Exercise ex = fixture_load("data/procedure.yaml");
    Scenario *s = scenario_from_text(AWKWARD, ex.procedure);
    round_trip(s, ex.procedure, "awkward");
    /* the imported model points at the CSV: the first inject's id is on the row after the
     * column names */
    char err[256];
    char *csv = msel_export(s, err, sizeof err);
    Scenario *back = import_csv(csv, ex.procedure);
    int header_line = 0, line = 1;
    for (const char *p = csv; *p && !header_line; p++) {
        header_line = strncmp(p, "id,at,step", 10) == 0 ? line : 0;
        line += *p == '\n';
    }
    CHECK(back->injects[0].id.pos.line > header_line && back->injects[0].id.pos.col == 1);
    free(csv);
    scenario_free(back);
    scenario_free(s);
    exercise_free(&ex);
}

int main(void)
{
    test_bundled();
    test_awkward();
    return check_done();
}
