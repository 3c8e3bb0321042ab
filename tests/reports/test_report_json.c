/* The JSON sheet (report_json) on hand-built sheets: the document has every key in the order
 * SPEC §5 gives, absent scores and ratings are null, scores are integers rounded half up, an
 * override keeps the suggestion and the reason, text with control characters or invalid UTF-8
 * still gives valid JSON, and the bytes are stable and equal to the goldens.
 *
 * With `--write DIR` it only writes each fixture's sheet as DIR/sheet-NAME.json and .txt, for
 * the schema test (tests/reports/CMakeLists.txt). */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report_fixture.h"
#include "report_golden.h"
#include "report_json.h"
#include "report_text.h"

static const cJSON *get(const cJSON *o, const char *path)
{
    /* "review/1/rating": object keys and array indices */
    char buf[128];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *part = strtok(buf, "/"); part && o; part = strtok(NULL, "/")) {
        o = cJSON_IsArray(o) ? cJSON_GetArrayItem(o, atoi(part))
                             : cJSON_GetObjectItemCaseSensitive(o, part);
    }
    return o;
}

static bool is_null(const cJSON *doc, const char *path)
{
    return cJSON_IsNull(get(doc, path));
}

static bool is_int(const cJSON *doc, const char *path, int v)
{
    const cJSON *n = get(doc, path);
    return cJSON_IsNumber(n) && n->valuedouble == v;
}

static bool is_str(const cJSON *doc, const char *path, const char *s)
{
    const cJSON *n = get(doc, path);
    return cJSON_IsString(n) && strcmp(n->valuestring, s) == 0;
}

/* The keys of o, in order, joined by spaces. */
static void check_keys(const cJSON *o, const char *expected)
{
    char keys[512] = "";
    for (const cJSON *c = o ? o->child : NULL; c; c = c->next) {
        snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s%s", keys[0] ? " " : "",
                 c->string);
    }
    CHECK_STR(keys, expected);
}

/* Every number anywhere in the document is an integer. */
static bool all_integers(const cJSON *v)
{
    if (cJSON_IsNumber(v) && v->valuedouble != floor(v->valuedouble)) {
        return false;
    }
    for (const cJSON *c = v->child; c; c = c->next) {
        if (!all_integers(c)) {
            return false;
        }
    }
    return true;
}

static void check_shape(const cJSON *doc)
{
    check_keys(doc, "format version header steps review objectives items decisions findings "
                    "actions notes incident_record");
    CHECK(is_str(doc, "format", "ttx-sheet") && is_int(doc, "version", SHEET_FORMAT_VERSION));
    check_keys(get(doc, "header"), "company scenario incident procedure exercise_date facilitator "
                                   "participants wall_clock simulated_span injects_presented");
    CHECK(cJSON_GetArraySize(get(doc, "review")) == REVIEW_COUNT);
    for (int k = 0; k < REVIEW_COUNT; k++) {
        char path[32];
        snprintf(path, sizeof path, "review/%d", k);
        check_keys(get(doc, path), "key label score rating suggested_rating override_reason "
                                   "evidence comment");
        snprintf(path, sizeof path, "review/%d/key", k);
        CHECK(is_str(doc, path, vocab_id(&VOCAB_REVIEW, k)));
        snprintf(path, sizeof path, "review/%d/label", k);
        CHECK(is_str(doc, path, vocab_label(&VOCAB_REVIEW, k)));
    }
    CHECK(cJSON_GetArraySize(get(doc, "steps")) == STEP_COUNT);
    check_keys(get(doc, "incident_record"), "classification organization owners discovered_at "
                                            "occurred_at events timeline cause affected_systems "
                                            "system_configuration");
    CHECK(all_integers(doc));
}

static void test_empty(const cJSON *doc, const char *text)
{
    CHECK(is_null(doc, "header/company") && is_null(doc, "header/exercise_date"));
    CHECK(is_null(doc, "header/wall_clock/start") && is_null(doc, "header/wall_clock/active"));
    CHECK(is_str(doc, "header/incident/id", "system_outage"));
    CHECK(is_str(doc, "header/simulated_span", "0:00"));
    CHECK(is_null(doc, "steps/0/score") && is_null(doc, "steps/0/rating"));
    for (int k = 0; k < REVIEW_COUNT; k++) {
        const cJSON *r = cJSON_GetArrayItem(get(doc, "review"), k);
        CHECK(is_null(r, "score") && is_null(r, "rating") && is_null(r, "suggested_rating"));
        CHECK(is_null(r, "override_reason") && is_null(r, "comment"));
        CHECK(cJSON_GetArraySize(get(r, "evidence")) == 0);
    }
    CHECK(is_null(doc, "incident_record/classification"));
    CHECK(strstr(text, "\"items\": [],\n") && strstr(text, "\"notes\": [],\n"));
}

static void test_full(const cJSON *doc)
{
    CHECK(is_str(doc, "header/wall_clock/start", "2026-12-01T09:00:00+09:00"));
    CHECK(is_int(doc, "header/wall_clock/active_seconds", 4559));
    CHECK(is_str(doc, "header/wall_clock/active", "1:15"));
    CHECK(is_str(doc, "header/exercise_date", "2026-12-01"));
    CHECK(is_int(doc, "steps/0/score", 88) && is_str(doc, "steps/0/rating", "B")); /* 87.5 */
    CHECK(is_null(doc, "steps/2/score") && is_null(doc, "steps/2/rating"));
    /* understanding: 72.4 → 72, suggested B, shown C with the reason */
    CHECK(is_int(doc, "review/1/score", 72) && is_str(doc, "review/1/rating", "C"));
    CHECK(is_str(doc, "review/1/suggested_rating", "B"));
    CHECK(is_str(doc, "review/1/override_reason", "報告ラインで混乱した"));
    CHECK(is_int(doc, "review/2/score", 90) && is_str(doc, "review/2/rating", "A")); /* 89.5 */
    /* issues: no score, a rating set by hand without a reason */
    CHECK(is_null(doc, "review/5/score") && is_str(doc, "review/5/rating", "B"));
    CHECK(is_null(doc, "review/5/suggested_rating") && is_null(doc, "review/5/override_reason"));
    CHECK(is_int(doc, "review/7/score", 51) && is_str(doc, "review/7/rating", "C"));
    CHECK(is_str(doc, "objectives/0/rating", "C") && is_null(doc, "objectives/1/score"));
    CHECK(is_str(doc, "items/0/at", "0:45") && is_str(doc, "items/0/due", "0:30"));
    CHECK(is_int(doc, "items/0/score", 65) && cJSON_IsTrue(get(doc, "items/0/late")));
    CHECK(is_null(doc, "items/2/at") && is_null(doc, "items/2/due"));
    CHECK(is_str(doc, "items/2/status", "missed") && cJSON_IsFalse(get(doc, "items/2/recorded")));
    CHECK(is_str(doc, "decisions/0/option/verdict", "poor") && is_null(doc, "decisions/1/option"));
    CHECK(is_str(doc, "decisions/0/by_name", "社長"));
    CHECK(is_str(doc, "findings/1/kind", "missing_document"));
    CHECK(is_str(doc, "findings/1/document", "感染兆候チェックリスト"));
    CHECK(is_str(doc, "findings/3/kind", "unmade_decision") && is_null(doc, "findings/3/item"));
    CHECK(is_str(doc, "actions/0/source", "document") && is_str(doc, "actions/2/inject", "rep-1"));
    CHECK(is_str(doc, "actions/1/due", "2026-12-31") && is_str(doc, "actions/1/status", "open"));
    CHECK(is_null(doc, "notes/0/inject") && is_str(doc, "notes/1/inject", "rep-1"));
    CHECK(is_str(doc, "incident_record/timeline",
                 "0:00 B氏から内線\n0:25 感染PCの隔離\n1:00 社長へ第一報"));
}

static void test_hostile(const cJSON *doc, const char *text)
{
    /* control characters survive as escapes; invalid bytes become U+FFFD */
    const cJSON *c = get(doc, "header/company");
    CHECK(cJSON_IsString(c) && strstr(c->valuestring, "制御\x1b[31m文字\x07と\tタブ\r\n"));
    CHECK(cJSON_IsString(c) && strstr(c->valuestring, "不正\xef\xbf\xbd\xef\xbf\xbdバイト"));
    CHECK(strstr(text, "\\u001b[31m") != NULL && strstr(text, "\\u0007") != NULL);
    CHECK(strchr(text, '\x1b') == NULL && strchr(text, '\xff') == NULL);
}

/* A decision by a role the 手順書 no longer defines (the sheet was made with another revision):
 * "by_name" is the id, as every other form of the sheet shows it (procedure_role_name), not
 * null. */
static void test_unknown_role(void)
{
    Fixture f;
    fixture_init(&f, 1);
    f.proc.roles[2].id.s = "shachou"; /* was "president", whom decision 0 names */
    char *text = report_json(&f.sh);
    cJSON *doc = cJSON_Parse(text);
    CHECK(doc && is_str(doc, "decisions/0/by", "president"));
    CHECK(doc && is_str(doc, "decisions/0/by_name", "president"));
    CHECK(doc && is_str(doc, "decisions/1/by_name", "IT管理担当者"));
    cJSON_Delete(doc);
    free(text);
    fixture_free(&f);
}

static int write_all(const char *dir)
{
    for (int i = 0; i < FIXTURE_COUNT; i++) {
        Fixture f;
        fixture_init(&f, i);
        char *docs[2] = {report_json(&f.sh), report_text(&f.sh)};
        for (int k = 0; k < 2; k++) {
            char path[1024];
            snprintf(path, sizeof path, "%s/sheet-%s.%s", dir, f.name, k ? "txt" : "json");
            golden_write(path, docs[k]);
            free(docs[k]);
        }
        fixture_free(&f);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--write") == 0) {
        return write_all(argv[2]);
    }
    for (int i = 0; i < FIXTURE_COUNT; i++) {
        Fixture f;
        fixture_init(&f, i);
        char *text = report_json(&f.sh);
        char *again = report_json(&f.sh);
        CHECK_STR(text, again);
        CHECK(text[strlen(text) - 1] == '\n');
        cJSON *doc = cJSON_Parse(text);
        CHECK(doc != NULL);
        if (doc) {
            check_shape(doc);
            if (i == 0) {
                test_empty(doc, text);
            } else if (i == 1) {
                test_full(doc);
            } else {
                test_hostile(doc, text);
            }
        }
        char golden[64];
        snprintf(golden, sizeof golden, "sheet-%s.json", f.name);
        golden_check(golden, text);
        cJSON_Delete(doc);
        free(text);
        free(again);
        fixture_free(&f);
    }
    test_unknown_role();
    return check_done();
}
