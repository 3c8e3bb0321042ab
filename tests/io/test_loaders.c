/* Loading the example pair and record: every field lands in the model with its position, and the
 * inject flow follows decisions (set, goto, when). Runs from tests/ (the ctest working dir). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "exercise_load.h"
#include "flow.h"
#include "paths.h"

static void test_record_chain(void)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    CHECK(exercise_load("data/record.yaml", FILE_KIND_RECORD, &ex, &d) == LOAD_OK);
    diags_print(&d, stderr);
    CHECK(d.n_errors == 0 && d.n_warnings == 0);
    const Procedure *p = ex.procedure;
    const Scenario *s = ex.scenario;
    const Record *r = ex.record;
    CHECK(p && s && r);
    if (!p || !s || !r) {
        diags_deinit(&d);
        return;
    }
    CHECK_STR(ex.scenario_path, "data/scenario.yaml");
    CHECK_STR(ex.procedure_path, "data/procedure.yaml");
    CHECK(p->n_roles == 3 && p->roles[1].leader && !p->roles[0].leader);
    CHECK(p->n_items == 4 && p->items[0].has_due && p->items[0].due_minutes == 30);
    CHECK(!p->items[3].has_due);
    CHECK(p->items[2].notify.n == 2);
    CHECK(p->items[0].pos.line == 15 && p->items[0].pos.col == 5);
    CHECK_STR(p->company.s, "株式会社サンプル製作所");
    CHECK(s->incident == INCIDENT_RANSOMWARE);
    CHECK(s->sheet.n_objectives == 2 && s->sheet.has_date && s->sheet.date.day == 1);
    CHECK(s->timebox_seconds[STEP_DETECT] == 600 && s->timebox_seconds[STEP_RECOVER] == 300);
    CHECK(s->n_injects == 4);
    CHECK(s->injects[0].discuss_seconds == 300);
    CHECK(s->injects[1].decision && s->injects[1].decision->n_options == 2);
    CHECK(s->injects[1].decision->options[1].n_set == 1);
    CHECK_STR(s->injects[1].decision->options[1].go_to.s, "recover-pay");
    CHECK(s->injects[3].n_when == 1 && s->injects[3].when[0].value == 1);
    CHECK_STR(s->injects[0].text.s,
              "朝9時、営業部のB氏から「ファイルが開けず、英語の脅迫文が出ている」と内線が入った。\n");
    CHECK(r->n_injects == 3 && r->injects[0].n_items == 2);
    CHECK(r->injects[0].items[1].status == STATUS_PARTIAL && r->injects[0].items[1].confused);
    CHECK(r->injects[0].items[0].missing.n == 1);
    CHECK(r->ratings[REVIEW_COORDINATION].present &&
          r->ratings[REVIEW_COORDINATION].rating == RATING_C);
    CHECK(!r->ratings[REVIEW_LEADERSHIP].present);
    CHECK_STR(r->review[REVIEW_LEADERSHIP].s, "社長が支払わない判断を即座に下した");
    CHECK_STR(r->incident_record[RECFIELD_ORGANIZATION].s, "株式会社サンプル製作所");
    CHECK(r->incident_record[RECFIELD_CAUSE].s == NULL);
    exercise_free(&ex);
    diags_deinit(&d);
}

/* Presented inject indices for a run that makes `choice` at the decision of inject 1. */
static size_t run_flow(const Scenario *s, const char *choice, size_t *out)
{
    FlowState f;
    flow_init(&f);
    size_t n = 0;
    for (size_t i = flow_first_from(s, &f, 0); i < s->n_injects;) {
        out[n++] = i;
        const Option *o = NULL;
        if (s->injects[i].decision && choice) {
            o = decision_find_option(s->injects[i].decision, choice);
        }
        flow_apply_option(&f, o);
        i = flow_next(s, &f, i, o);
    }
    flow_deinit(&f);
    return n;
}

static void test_flow(void)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    CHECK(exercise_load("data/scenario.yaml", FILE_KIND_SCENARIO, &ex, &d) == LOAD_OK);
    if (!ex.scenario) {
        diags_print(&d, stderr);
        diags_deinit(&d);
        return;
    }
    size_t seq[8];
    /* refuse: file order, and the `when: {paid: 1}` inject is skipped. */
    CHECK(run_flow(ex.scenario, "refuse", seq) == 3 && seq[0] == 0 && seq[1] == 1 && seq[2] == 2);
    /* pay: goto jumps over recover-1 to recover-pay, whose `when` now holds. */
    CHECK(run_flow(ex.scenario, "pay", seq) == 3 && seq[2] == 3);
    /* no decision made: like refuse. */
    CHECK(run_flow(ex.scenario, NULL, seq) == 3 && seq[2] == 2);
    exercise_free(&ex);
    diags_deinit(&d);
}

static void test_wrong_kind(void)
{
    Diags d;
    diags_init(&d);
    Exercise ex;
    CHECK(exercise_load("data/procedure.yaml", FILE_KIND_SCENARIO, &ex, &d) == LOAD_INVALID);
    CHECK(ex.procedure == NULL && d.n_errors == 1);
    CHECK(exercise_load("data/nothing-here.yaml", FILE_KIND_UNKNOWN, &ex, &d) ==
          LOAD_UNREADABLE);
    CHECK(exercise_load("data", FILE_KIND_UNKNOWN, &ex, &d) == LOAD_UNREADABLE);
    CHECK(strstr(d.v[d.n - 1].message, "directory") != NULL);
    diags_deinit(&d);
}

static void test_paths(void)
{
    char *p;
    p = path_resolve("scenarios/records/a.yaml", "../ransomware.yaml");
    CHECK_STR(p, "scenarios/ransomware.yaml");
    free(p);
    p = path_resolve("a.yaml", "procedures/x.yaml");
    CHECK_STR(p, "procedures/x.yaml");
    free(p);
    p = path_resolve("x/a.yaml", "../../up.yaml");
    CHECK_STR(p, "../up.yaml");
    free(p);
    p = path_resolve("x/a.yaml", "/abs/./b.yaml");
    CHECK_STR(p, "/abs/b.yaml");
    free(p);
    p = path_normalize("./a//b/./c/..");
    CHECK_STR(p, "a/b");
    free(p);
}

int main(void)
{
    test_record_chain();
    test_flow();
    test_wrong_kind();
    test_paths();
    return check_done();
}
