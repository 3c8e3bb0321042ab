/* MSEL exchange round trips on the model: every bundled exercise, every drill and the example
 * scenario go scenario → CSV → scenario and → YAML → scenario, and each copy equals the original
 * field by field (positions aside); exporting the copy gives the same bytes. A scenario made for
 * the awkward cases — a quiz, '|' and '\' in options, formula-like text, blanks at the ends,
 * CR LF inside text, set and goto — survives too, and the imported model's positions point at the
 * CSV cells: messages, also the validation's, name a cell by its spreadsheet row and column name.
 */
#include <stdlib.h>
#include <string.h>

#include "base.h"
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
    CsvTable t;
    Scenario *s = msel_import(&t, "m.csv", csv, strlen(csv), &d);
    if (s) {
        validate_scenario(s, p, &d);
    }
    csv_table_free(&t);
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
    char *yaml = scenario_to_yaml(back, err, sizeof err);
    CHECK(yaml != NULL);
    Scenario *reread = yaml ? scenario_from_text(yaml, p) : NULL;
    if (reread) {
        check_same(orig, reread);
    }
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
    "    text: \"LF\\ninside, \\\"quotes\\\"\\n\\n\"\n"
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

/* s's CSV with the first `from` replaced by `to` (caller frees). */
static char *edited(const char *csv, const char *from, const char *to)
{
    const char *at = strstr(csv, from);
    CHECK(at != NULL);
    if (!at) {
        return ttx_strdup(csv);
    }
    return ttx_format("%.*s%s%s", (int)(at - csv), csv, to, at + strlen(from));
}

static void check_message(const Diag *g, const char *column, int row, const char *start)
{
    char *want = ttx_format("m.csv: %d行目「%s」: error: %s", row, column, start);
    char *got = diag_format(g);
    CHECK(strncmp(got, want, strlen(want)) == 0);
    if (strncmp(got, want, strlen(want)) != 0) {
        fprintf(stderr, "got:  %s\nwant: %s…\n", got, want);
    }
    free(want);
    free(got);
}

/* Messages about the sheet name the cell by its spreadsheet row and column name, also those of
 * the validation after the import, and the row is not the text line when a cell above holds
 * line breaks. */
static void test_places(void)
{
    Exercise ex = fixture_load("data/procedure.yaml");
    Scenario *s = scenario_from_text(AWKWARD, ex.procedure);
    char err[256];
    char *csv = msel_export(s, err, sizeof err);
    char *bad1 = edited(csv, ",prevention,", ",prevent,");
    char *bad = edited(bad1, "P01 P02", "P01 P99");
    Diags d;
    diags_init(&d);
    CsvTable t;
    Scenario *back = msel_import(&t, "m.csv", bad, strlen(bad), &d);
    CHECK(back != NULL);
    int header_row = 0, i2_line = 1;
    for (size_t i = 0; i < t.n_rows; i++) {
        header_row = strcmp(t.rows[i].cells[0].text, "id") == 0 ? t.rows[i].pos.line : header_row;
    }
    for (const char *p = bad; strncmp(p, "\ni2,", 4) != 0; p++) {
        i2_line += *p == '\n';
    }
    i2_line++;
    if (back) {
        validate_scenario(back, ex.procedure, &d);
    }
    csv_table_place_diags(&t, &d, 0);
    diags_sort(&d);
    CHECK(d.n_errors == 2 && header_row > 1 && i2_line > header_row + 2);
    size_t k = 0;
    for (size_t i = 0; i < d.n && k < 2; i++) {
        if (d.v[i].severity == DIAG_ERROR) {
            check_message(&d.v[i], k == 0 ? "expects" : "phase", header_row + 1 + (int)k,
                          k == 0 ? "expected item 'P99'" : "phase 'prevent' is not one of");
            k++;
        }
    }
    csv_table_free(&t);
    diags_deinit(&d);
    scenario_free(back);
    free(bad1);
    free(bad);
    free(csv);
    scenario_free(s);
    exercise_free(&ex);
}

int main(void)
{
    test_bundled();
    test_awkward();
    test_places();
    return check_done();
}
