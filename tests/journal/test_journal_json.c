/* Journal lines: every event type (and every optional field of each) written and read back gives
 * the identical Event; the header round-trips too; the line format is pinned byte for byte; and
 * damaged or hand-edited lines are refused with a reason instead of being half-read. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "journal_json.h"

static const char *const BY[] = {"it", "gm"};
static const char *const MISSING[] = {"連絡先リスト", "感染兆候チェックリスト"};

static Event base_event(EventType type, long seq)
{
    Event e;
    memset(&e, 0, sizeof(e));
    e.type = type;
    e.seq = seq;
    /* 2026-12-01T09:00:00.123+09:00 plus seq minutes: the milliseconds must survive. */
    e.wall.ms = INT64_C(1796083200123) + seq * 60000;
    e.wall.utc_offset_min = 540;
    e.sim_minutes = (int)seq * 7;
    return e;
}

static bool same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool same_list(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) {
        return false;
    }
    for (size_t i = 0; i < na; i++) {
        if (strcmp(a[i], b[i]) != 0) {
            return false;
        }
    }
    return true;
}

/* Field-by-field equality of everything an Event carries. */
static bool same_event(const Event *a, const Event *b)
{
    return a->type == b->type && a->seq == b->seq && a->wall.ms == b->wall.ms &&
           a->wall.utc_offset_min == b->wall.utc_offset_min && a->sim_minutes == b->sim_minutes &&
           same_text(a->inject, b->inject) && same_text(a->item, b->item) &&
           a->status == b->status && same_list(a->by, a->n_by, b->by, b->n_by) &&
           a->has_at == b->has_at && a->at_minutes == b->at_minutes &&
           same_list(a->missing, a->n_missing, b->missing, b->n_missing) &&
           a->confused == b->confused && same_text(a->note, b->note) &&
           a->option_seed == b->option_seed && same_text(a->option, b->option) &&
           same_text(a->text, b->text) && a->field == b->field &&
           a->review == b->review && a->rating == b->rating && same_text(a->reason, b->reason) &&
           a->clear == b->clear && same_text(a->key, b->key) &&
           same_text(a->action, b->action) && same_text(a->owner, b->owner) &&
           same_text(a->owner_name, b->owner_name) && a->has_due == b->has_due &&
           (!a->has_due || (a->due.year == b->due.year && a->due.month == b->due.month &&
                            a->due.day == b->due.day)) &&
           a->plan_status == b->plan_status && a->done == b->done &&
           memcmp(a->scores, b->scores, sizeof a->scores) == 0 &&
           same_text(a->strengths, b->strengths) && same_text(a->improvements, b->improvements);
}

static void round_trip(const Event *e)
{
    char *line = journal_event_encode(e);
    Arena arena;
    arena_init(&arena);
    Event back;
    char err[256] = "";
    CHECK(strchr(line, '\n') == NULL); /* one event, one line */
    JournalLineStatus st =
        journal_event_decode(line, strlen(line), &back, &arena, err, sizeof(err));
    CHECK(st == JOURNAL_LINE_OK);
    if (st != JOURNAL_LINE_OK || !same_event(e, &back)) {
        fprintf(stderr, "round trip of %s failed: %s\n  line: %s\n", EVENT_TYPE_IDS[e->type], err,
                line);
        CHECK(false);
    }
    arena_deinit(&arena);
    free(line);
}

static void test_round_trip_every_type(void)
{
    bool seen[EVENT_COUNT] = {false};
    Event v[40];
    size_t n = 0;
    v[n++] = base_event(EVENT_START, 1);
    /* A start with the seed of the options' order (the largest one a journal may hold). */
    v[n] = base_event(EVENT_START, 1);
    v[n++].option_seed = UINT32_MAX;
    v[n] = base_event(EVENT_PRESENT, 2);
    v[n++].inject = "detect-1";
    /* An item with every field, one with none of the optional ones. */
    v[n] = base_event(EVENT_ITEM, 3);
    v[n].inject = "detect-1";
    v[n].item = "P01";
    v[n].status = STATUS_PARTIAL;
    v[n].by = BY;
    v[n].n_by = 2;
    v[n].has_at = true;
    v[n].at_minutes = 72 * 60 + 5;
    v[n].missing = MISSING;
    v[n].n_missing = 2;
    v[n].confused = true;
    v[n++].note = "兆候の判断に\"時間\"を要した\n二行目\t\\";
    v[n] = base_event(EVENT_ITEM, 4);
    v[n].inject = "detect-1";
    v[n].item = "P02";
    v[n++].status = STATUS_MISSED;
    v[n] = base_event(EVENT_DECISION, 5);
    v[n].inject = "report-1";
    v[n++].option = "refuse";
    v[n] = base_event(EVENT_NOTE, 6);
    v[n].inject = "report-1";
    v[n++].text = "報告ラインの確認に時間を要した";
    v[n] = base_event(EVENT_NOTE, 7); /* before the first inject: no inject */
    v[n++].text = "開始前のメモ";
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        v[n] = base_event(EVENT_RECORD_FIELD, 8);
        v[n].field = (RecordField)f;
        v[n++].text = f % 3 == 2 ? NULL : "ランサムウェア感染"; /* NULL clears */
    }
    v[n] = base_event(EVENT_REVIEW, 9);
    v[n].review = REVIEW_LEADERSHIP;
    v[n++].text = "社長が即座に判断した";
    v[n] = base_event(EVENT_REVIEW, 10);
    v[n++].review = REVIEW_OVERALL; /* cleared */
    v[n] = base_event(EVENT_OVERRIDE, 11);
    v[n].review = REVIEW_COORDINATION;
    v[n].rating = RATING_D;
    v[n++].reason = "第一報が止まった";
    v[n] = base_event(EVENT_OVERRIDE, 12);
    v[n].review = REVIEW_ACTIONS;
    v[n++].clear = true;
    v[n++] = base_event(EVENT_PAUSE, 13);
    v[n++] = base_event(EVENT_RESUME, 14);
    v[n++] = base_event(EVENT_END, 15);
    /* Times before 1970 and west of Greenwich. */
    v[n] = base_event(EVENT_PAUSE, 16);
    v[n].wall.ms = INT64_C(-86399999);
    v[n++].wall.utc_offset_min = -(9 * 60 + 30);
    /* The review events: a plan action with every field and one with none of the optional
     * ones, a confirmation with and without a note, feedback full and with unanswered ones. */
    v[n] = base_event(EVENT_PLAN_ACTION, 17);
    v[n].key = "document:感染兆候チェックリスト";
    v[n].action = "A02";
    v[n].text = "「感染兆候チェックリスト」を準備する";
    v[n].owner = "it";
    v[n].owner_name = "IT管理担当者";
    v[n].has_due = true;
    v[n].due = (Date){2026, 12, 31};
    v[n++].plan_status = 1; /* in_progress */
    v[n] = base_event(EVENT_PLAN_ACTION, 18);
    v[n].key = "item:p/P01";
    v[n++].text = "見直す";
    v[n] = base_event(EVENT_PLAN_CONFIRM, 19);
    v[n].key = "item:p/P01";
    v[n].done = true;
    v[n++].note = "掲示した";
    v[n] = base_event(EVENT_PLAN_CONFIRM, 20);
    v[n++].key = "item:p/P01";
    v[n] = base_event(EVENT_FEEDBACK, 21);
    for (int k = 0; k < FEEDBACK_STATEMENTS; k++) {
        v[n].scores[k] = k + 1;
    }
    v[n].strengths = "役割分担が明確だった";
    v[n++].improvements = "連絡先リストを最新に";
    v[n] = base_event(EVENT_FEEDBACK, 22);
    v[n++].scores[2] = 4; /* the others unanswered (null) */
    CHECK(n <= 40);
    for (size_t i = 0; i < n; i++) {
        round_trip(&v[i]);
        seen[v[i].type] = true;
    }
    for (int t = 0; t < EVENT_COUNT; t++) {
        CHECK(seen[t]);
    }
}

/* The format itself, pinned: a reader in another language relies on exactly this. */
static void test_line_format(void)
{
    Event e = base_event(EVENT_ITEM, 3);
    e.wall.ms = INT64_C(1796083500000);
    e.sim_minutes = 0;
    e.inject = "detect-1";
    e.item = "P01";
    e.status = STATUS_DONE;
    e.by = BY;
    e.n_by = 1;
    e.has_at = true;
    e.at_minutes = 5;
    e.missing = MISSING + 1;
    e.n_missing = 1;
    char *line = journal_event_encode(&e);
    CHECK_STR(line, "{\"seq\":3,\"type\":\"item\",\"wall\":\"2026-12-01T09:05:00+09:00\","
                    "\"wall_ms\":1796083500000,\"utc_offset\":540,\"sim\":\"0:00\","
                    "\"inject\":\"detect-1\",\"item\":\"P01\",\"status\":\"done\","
                    "\"by\":[\"it\"],\"at\":\"0:05\",\"missing\":[\"感染兆候チェックリスト\"],"
                    "\"confused\":false}");
    free(line);
    Event c = base_event(EVENT_OVERRIDE, 12);
    c.wall.ms = INT64_C(1796083200000);
    c.sim_minutes = 60;
    c.review = REVIEW_ACTIONS;
    c.clear = true;
    line = journal_event_encode(&c);
    CHECK_STR(line, "{\"seq\":12,\"type\":\"override\",\"wall\":\"2026-12-01T09:00:00+09:00\","
                    "\"wall_ms\":1796083200000,\"utc_offset\":540,\"sim\":\"1:00\","
                    "\"review\":\"actions\",\"clear\":true}");
    free(line);
}

static JournalLineStatus decode(const char *line, char *err, size_t size)
{
    Arena arena;
    arena_init(&arena);
    Event e;
    JournalLineStatus st = journal_event_decode(line, strlen(line), &e, &arena, err, size);
    arena_deinit(&arena);
    return st;
}

#define HEAD                                                                                       \
    "{\"seq\":1,\"wall\":\"2026-12-01T09:00:00+09:00\",\"wall_ms\":1796083200000,"                 \
    "\"utc_offset\":540,\"sim\":\"0:00\","

static void expect_invalid(const char *line, const char *words)
{
    char err[256] = "";
    CHECK(decode(line, err, sizeof(err)) == JOURNAL_LINE_INVALID);
    if (!strstr(err, words)) {
        fprintf(stderr, "for %s\n  got: %s\n  want words: %s\n", line, err, words);
        CHECK(false);
    }
}

static void test_damaged_lines(void)
{
    char err[256];
    CHECK(decode(HEAD "\"type\":\"start\"}", err, sizeof(err)) == JOURNAL_LINE_OK);
    /* What a torn write leaves: a prefix of a line, or zeros. */
    CHECK(decode(HEAD "\"type\":\"sta", err, sizeof(err)) == JOURNAL_LINE_NOT_JSON);
    CHECK(decode("", err, sizeof(err)) == JOURNAL_LINE_NOT_JSON);
    const char zeros[] = HEAD "\"type\":\"start\"}\0\0\0";
    Arena a;
    arena_init(&a);
    Event e;
    CHECK(journal_event_decode(zeros, sizeof(zeros) - 1, &e, &a, err, sizeof(err)) ==
          JOURNAL_LINE_NOT_JSON);
    arena_deinit(&a);
    /* Well-formed JSON that no writer produces. */
    expect_invalid("[1,2]", "not a JSON object");
    expect_invalid(HEAD "\"type\":\"start\",\"colour\":1}", "unknown key 'colour'");
    expect_invalid(HEAD "\"type\":\"start\",\"type\":\"end\"}", "appears twice");
    expect_invalid(HEAD "\"type\":\"launch\"}", "unknown event 'type'");
    expect_invalid(HEAD "\"type\":\"start\",\"item\":\"P01\"}", "a 'start' event takes no 'item'");
    expect_invalid(HEAD "\"type\":\"present\"}", "a 'present' event needs 'inject'");
    /* The options' order: a start's seed is a whole number 1 … 2^32-1, and only a start has one. */
    CHECK(decode(HEAD "\"type\":\"start\",\"option_seed\":7}", err, sizeof(err)) ==
          JOURNAL_LINE_OK);
    expect_invalid(HEAD "\"type\":\"start\",\"option_seed\":0}", "'option_seed'");
    expect_invalid(HEAD "\"type\":\"start\",\"option_seed\":4294967296}", "'option_seed'");
    expect_invalid(HEAD "\"type\":\"start\",\"option_seed\":\"7\"}", "'option_seed'");
    expect_invalid(HEAD "\"type\":\"present\",\"inject\":\"d\",\"option_seed\":7}",
                   "a 'present' event takes no 'option_seed'");
    expect_invalid(HEAD "\"type\":\"item\",\"inject\":\"d\",\"item\":\"P01\",\"status\":\"ok\"}",
                   "'status' must be one of done, partial, missed");
    expect_invalid(HEAD "\"type\":\"item\",\"inject\":\"d\",\"item\":\"P01\",\"status\":\"done\","
                        "\"by\":\"it\"}",
                   "'by' must be a list");
    expect_invalid(HEAD "\"type\":\"override\",\"review\":\"overall\"}", "needs 'rating'");
    expect_invalid(HEAD "\"type\":\"override\",\"review\":\"overall\",\"rating\":\"E\"}",
                   "'rating' must be one of A, B, C, D");
    expect_invalid(HEAD "\"type\":\"record_field\",\"field\":\"colour\"}",
                   "'field' must be one of");
    expect_invalid(HEAD "\"type\":\"plan_action\",\"key\":\"k\",\"text\":\"t\"}",
                   "a 'plan_action' event needs 'status'");
    expect_invalid(HEAD "\"type\":\"plan_action\",\"key\":\"k\",\"text\":\"t\","
                        "\"status\":\"open\",\"due\":\"12/31\"}",
                   "'due' must be a date");
    expect_invalid(HEAD "\"type\":\"plan_confirm\",\"key\":\"k\",\"done\":\"yes\"}", "'done'");
    expect_invalid(HEAD "\"type\":\"plan_confirm\",\"key\":\"k\",\"done\":true,\"text\":\"x\"}",
                   "a 'plan_confirm' event takes no 'text'");
    expect_invalid(HEAD "\"type\":\"feedback\",\"scores\":[1,2,3]}", "array of 5 answers");
    expect_invalid(HEAD "\"type\":\"feedback\",\"scores\":[1,2,3,4,6]}", "'scores'");
    expect_invalid("{\"seq\":1.5,\"type\":\"start\",\"wall\":\"2026-12-01T09:00:00+09:00\","
                   "\"wall_ms\":1796083200000,\"utc_offset\":540,\"sim\":\"0:00\"}",
                   "'seq' must be a whole number");
    expect_invalid("{\"seq\":1,\"type\":\"start\",\"wall\":\"2026-12-01T09:00:00+09:00\","
                   "\"wall_ms\":1796083260000,\"utc_offset\":540,\"sim\":\"0:00\"}",
                   "does not match");
    expect_invalid("{\"seq\":1,\"type\":\"start\",\"wall\":\"2026-12-01T09:00:00+09:00\","
                   "\"wall_ms\":1796083200000,\"utc_offset\":540,\"sim\":\"0:60\"}",
                   "'sim' must be a simulated time");
}

static void test_header_round_trip(void)
{
    Participant people[2];
    memset(people, 0, sizeof(people));
    people[0].role.s = "it";
    people[0].name.s = "山田";
    people[1].role.s = "president";
    people[1].name.s = "鈴木";
    JournalHeader h;
    memset(&h, 0, sizeof(h));
    h.format = JOURNAL_FORMAT_VERSION;
    h.ttx_version = "0.1.0";
    h.scenario.path = "scenario.yaml";
    h.scenario.abs_path = "/srv/ex/scenario.yaml";
    memset(h.scenario.sha256, 'a', 64);
    h.procedure.path = "../procedures/手順書.yaml";
    memset(h.procedure.sha256, '0', 64);
    h.started.ms = INT64_C(1796083200000);
    h.started.utc_offset_min = 540;
    h.facilitator = "高橋";
    h.participants = people;
    h.n_participants = 2;
    char *line = journal_header_encode(&h);
    CHECK_STR(line, "{\"ttx-journal\":1,\"ttx_version\":\"0.1.0\",\"scenario\":{\"path\":"
                    "\"scenario.yaml\",\"abs_path\":\"/srv/ex/scenario.yaml\",\"sha256\":"
                    "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"},"
                    "\"procedure\":{\"path\":\"../procedures/手順書.yaml\",\"sha256\":"
                    "\"0000000000000000000000000000000000000000000000000000000000000000\"},"
                    "\"started\":\"2026-12-01T09:00:00+09:00\",\"facilitator\":\"高橋\","
                    "\"participants\":{\"it\":\"山田\",\"president\":\"鈴木\"}}");
    Arena arena;
    arena_init(&arena);
    JournalHeader back;
    char err[256] = "";
    CHECK(journal_header_decode(line, strlen(line), &back, &arena, err, sizeof(err)) ==
          JOURNAL_LINE_OK);
    CHECK(back.format == 1);
    CHECK_STR(back.ttx_version, "0.1.0");
    CHECK_STR(back.scenario.path, "scenario.yaml");
    CHECK_STR(back.scenario.abs_path, "/srv/ex/scenario.yaml");
    CHECK_STR(back.scenario.sha256, h.scenario.sha256);
    CHECK_STR(back.procedure.path, "../procedures/手順書.yaml");
    CHECK(back.procedure.abs_path == NULL);
    CHECK(back.started.ms == h.started.ms && back.started.utc_offset_min == 540);
    CHECK_STR(back.facilitator, "高橋");
    CHECK(back.n_participants == 2);
    if (back.n_participants == 2) {
        CHECK_STR(back.participants[1].role.s, "president");
        CHECK_STR(back.participants[1].name.s, "鈴木");
    }
    arena_deinit(&arena);
    free(line);
    /* A newer format is named as such, before any key it may have added is complained about. */
    const char *v2 = "{\"ttx-journal\":2,\"shiny\":true}";
    arena_init(&arena);
    CHECK(journal_header_decode(v2, strlen(v2), &back, &arena, err, sizeof(err)) ==
          JOURNAL_LINE_INVALID);
    CHECK(strstr(err, "format version 2") != NULL);
    const char *other = "{\"ttx\":1}";
    CHECK(journal_header_decode(other, strlen(other), &back, &arena, err, sizeof(err)) ==
          JOURNAL_LINE_INVALID);
    CHECK(strstr(err, "not a ttx journal") != NULL);
    arena_deinit(&arena);
}

int main(void)
{
    test_round_trip_every_type();
    test_line_format();
    test_damaged_lines();
    test_header_round_trip();
    return check_done();
}
