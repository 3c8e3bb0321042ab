/* The improvement plan: a sheet's actions become plan actions with stable keys, default elements
 * and the findings they answer; merging the same sheet again changes nothing, a later sheet adds
 * only new actions and notes the ones that came back, and nothing people edited is touched. The
 * YAML form reads back to the same plan, and a hand-edited plan with typos gets errors at their
 * FILE:LINE:COL. */
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "check.h"
#include "plan_io.h"
#include "sheet_read.h"
#include "textbuf.h"

/* A file name of this process: ctest may run the sanitizer build of this test at the same
 * time. */
static const char *tmp_name(const char *what)
{
    static char buf[2][128];
    static int k;
    k = !k;
    snprintf(buf[k], sizeof buf[k], "/tmp/ttx-test-%s-%ld.yaml", what, (long)getpid());
    return buf[k];
}

static SheetSummary *sheet(const char *path)
{
    Diags d;
    diags_init(&d);
    LoadStatus st;
    SheetSummary *s = sheet_read(path, &d, &st);
    if (!s) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    return s;
}

static const PlanAction *by_key(const Plan *p, const char *key)
{
    const PlanAction *a = plan_find_key(p, key);
    if (!a) {
        fprintf(stderr, "no action with key %s\n", key);
    }
    return a;
}

static void test_from_sheet(const SheetSummary *s1)
{
    Plan *p = plan_create();
    PlanMergeStats st = plan_merge_sheet(p, s1, "s1.json", NULL, NULL);
    CHECK(st.added == 24 && st.known == 0 && p->n_actions == 24);
    CHECK_STR(p->company.s, "株式会社サンプル製作所");
    const PlanAction *a = &p->actions[0];
    CHECK_STR(a->id.s, "A01");
    CHECK_STR(a->key.s, "item:ransomware-procedure/R01");
    CHECK_STR(a->owner_id.s, "it");
    CHECK(a->status == PLAN_OPEN && a->element == ELEMENT_PROCEDURE && a->has_due);
    CHECK(a->findings.n == 1 && a->exercise.has_date && a->exercise.date.month == 6);
    CHECK_STR(a->exercise.sheet.s, "s1.json");
    /* element defaults: decision → 体制, wrong owner only → 体制, confused only → 教育, a tool →
     * 設備, a document → 手順 */
    a = by_key(p, "decision:ransomware-sales-mail/det-4");
    CHECK(a && a->element == ELEMENT_ORGANIZATION && a->findings.n == 1);
    a = by_key(p, "item:ransomware-procedure/R03");
    CHECK(a && a->element == ELEMENT_ORGANIZATION);
    a = by_key(p, "item:ransomware-procedure/R08");
    CHECK(a && a->element == ELEMENT_EDUCATION);
    a = by_key(p, "document:保全ツール");
    CHECK(a && a->element == ELEMENT_EQUIPMENT);
    a = by_key(p, "document:想定問答集");
    CHECK(a && a->element == ELEMENT_PROCEDURE);
    /* R04: late and a missing document: both findings */
    a = by_key(p, "item:ransomware-procedure/R04");
    CHECK(a && a->findings.n == 2);
    /* the same sheet again: nothing new, nothing changed */
    char *before = plan_to_yaml(p, NULL, 0);
    st = plan_merge_sheet(p, s1, "other-name.json", NULL, NULL);
    CHECK(st.added == 0 && st.known == 24 && st.recurred == 0);
    char *after = plan_to_yaml(p, NULL, 0);
    CHECK_STR(after, before);
    free(before);
    free(after);
    plan_free(p);
}

static void count_recur(void *ctx, const PlanAction *a, const SheetSummary *sh)
{
    (void)a;
    (void)sh;
    (*(int *)ctx)++;
}

static void test_update_keeps_edits(const SheetSummary *s1, const SheetSummary *s2)
{
    Plan *p = plan_create();
    plan_merge_sheet(p, s1, "s1.json", NULL, NULL);
    /* people's edits */
    PlanAction *a = plan_find_key(p, "item:ransomware-procedure/R04");
    a->status = PLAN_DONE;
    a->note.s = "済み";
    a->owner_id.s = "gm";
    a->text.s = "書き直した文";
    a->element = ELEMENT_TRAINING;
    int recurred = 0;
    PlanMergeStats st = plan_merge_sheet(p, s2, "s2.json", count_recur, &recurred);
    CHECK(st.added == 1 && st.recurred == 6 && recurred == 6 && p->n_actions == 25);
    CHECK_STR(p->actions[24].id.s, "A25");
    CHECK_STR(p->actions[24].key.s, "item:ransomware-procedure/R13");
    a = plan_find_key(p, "item:ransomware-procedure/R04");
    CHECK(a->status == PLAN_DONE && a->element == ELEMENT_TRAINING);
    CHECK_STR(a->note.s, "済み");
    CHECK_STR(a->owner_id.s, "gm");
    CHECK_STR(a->text.s, "書き直した文");
    CHECK(a->n_recurred == 1 && a->recurred[0].month == 12);
    /* merging the later sheet twice notes the recurrence once */
    st = plan_merge_sheet(p, s2, "s2.json", NULL, NULL);
    CHECK(st.added == 0 && st.recurred == 0 && a->n_recurred == 1);
    /* write, read back, write again: the same text */
    char *yaml = plan_to_yaml(p, NULL, 0);
    const char *path = tmp_name("plan");
    FILE *f = fopen(path, "w");
    fputs(yaml, f);
    fclose(f);
    Diags d;
    diags_init(&d);
    LoadStatus ls;
    Plan *back = plan_load(path, &d, &ls);
    CHECK(back && ls == LOAD_OK && d.n == 0);
    if (back) {
        char *again = plan_to_yaml(back, NULL, 0);
        CHECK_STR(again, yaml);
        free(again);
        plan_free(back);
    }
    remove(path);
    diags_deinit(&d);
    free(yaml);
    plan_free(p);
}

/* The errors of `text` as a plan file, one per line. */
static char *plan_errors(const char *text)
{
    const char *path = tmp_name("bad-plan");
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    Diags d;
    diags_init(&d);
    LoadStatus ls;
    Plan *p = plan_load(path, &d, &ls);
    CHECK(!p && ls == LOAD_INVALID);
    plan_free(p);
    TextBuf b;
    textbuf_init(&b);
    diags_sort(&d);
    for (size_t i = 0; i < d.n; i++) {
        char *line = diag_format(&d.v[i]);
        textbuf_printf(&b, "%s\n", line + strlen(path) + 1);
        free(line);
    }
    diags_deinit(&d);
    remove(path);
    return textbuf_take(&b);
}

static void test_typos(void)
{
    char *e = plan_errors("ttx-plan: 1\n"
                          "actions:\n"
                          "  - id: A01\n"
                          "    key: item:p/R01\n"
                          "    text: x\n"
                          "    status: opne\n"
                          "    element: 手順\n"
                          "    due: 2026-13-01\n"
                          "    notes: typo\n"
                          "  - id: A01\n"
                          "    key: item:p/R01\n"
                          "    text: y\n"
                          "    status: done\n"
                          "    element: 装備\n");
    CHECK(strstr(e, "6:13: error: unknown status 'opne'; expected one of open, in_progress, "
                    "done") != NULL);
    CHECK(strstr(e, "8:10: error: bad date '2026-13-01' for 'due'") != NULL);
    CHECK(strstr(e, "9:5: error: unknown key 'notes' in action 'A01'; did you mean 'note'?") !=
          NULL);
    CHECK(strstr(e, "10:9: error: duplicate action id 'A01'") != NULL);
    CHECK(strstr(e, "11:10: error: key 'item:p/R01' is used twice") != NULL);
    CHECK(strstr(e, "14:14: error: unknown element '装備'; expected one of 体制, 手順, 設備, 教育, "
                    "訓練") != NULL);
    if (check_failed) {
        fprintf(stderr, "%s", e);
    }
    free(e);
    e = plan_errors("ttx: 1\nid: x\n");
    CHECK(strstr(e, "1:1: error: not an improvement plan") != NULL);
    free(e);
}

int main(void)
{
    SheetSummary *s1 = sheet("review/sheets/ransomware-2026-06-10.json");
    SheetSummary *s2 = sheet("review/sheets/ransomware-2026-12-09.json");
    test_from_sheet(s1);
    test_update_keeps_edits(s1, s2);
    test_typos();
    sheet_summary_free(s1);
    sheet_summary_free(s2);
    return check_done();
}
