/* Replaying journals written on the example exercise: a replay rebuilds exactly the live
 * session; a journal cut at every byte offset replays to exactly its complete lines, with a
 * warning for a torn tail and never an error; other shapes of torn tail (a newline after a
 * partial line, zeros) are dropped too; damage anywhere else is an error naming the line. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "file_read.h"
#include "fixture.h"
#include "journal.h"
#include "journal_test.h"

static void test_full_replay(const char *journal, const Session *live)
{
    Diags d;
    diags_init(&d);
    JournalReplay r;
    CHECK(journal_replay(journal, false, &r, &d) == LOAD_OK);
    diags_print(&d, stderr);
    CHECK(d.n_errors == 0 && d.n_warnings == 0);
    CHECK(r.n_events == live->next_seq - 1 && !r.torn_tail);
    CHECK(sessions_equal(&r.session, live));
    CHECK(r.header.format == 1);
    CHECK_STR(r.header.scenario.path, "scenario.yaml");
    CHECK_STR(r.header.procedure.path, "procedure.yaml");
    CHECK(r.header.scenario.abs_path && r.header.scenario.abs_path[0] == '/');
    CHECK_STR(r.header.facilitator, "高橋");
    CHECK(r.header.n_participants == 3);
    CHECK_STR(r.header.participants[2].name.s, "鈴木");
    CHECK(r.header.started.ms == wall_at(0).ms);
    journal_replay_free(&r);
    diags_deinit(&d);
}

static void check_cut(const char *data, size_t len, size_t cut)
{
    const char *path = in_dir("cut.ttxj");
    unlink(path);
    write_bytes(path, data, cut);
    /* Complete lines in the prefix: the header, then events. */
    long lines = 0;
    size_t boundary = 0;
    for (size_t i = 0; i < cut; i++) {
        if (data[i] == '\n') {
            lines++;
            boundary = i + 1;
        }
    }
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus st = journal_replay(path, false, &r, &d);
    bool torn = boundary != cut;
    if (lines == 0) {
        /* The header itself is incomplete: nothing to replay, said in words. */
        CHECK(st == LOAD_INVALID && d.n_errors == 1);
        CHECK(strstr(d.v[0].message, cut == 0 ? "is empty" : "incomplete") != NULL);
    } else {
        bool ok = st == LOAD_OK && d.n_errors == 0 && d.n_warnings == (torn ? 1u : 0u) &&
                  r.n_events == lines - 1 && r.torn_tail == torn && r.valid_bytes == boundary;
        if (!ok) {
            fprintf(stderr, "cut at %zu of %zu: status %d, %ld events (want %ld)\n", cut, len,
                    (int)st, r.n_events, lines - 1);
            diags_print(&d, stderr);
        }
        CHECK(ok);
        if (torn && d.n_warnings == 1) {
            CHECK(d.v[0].pos.line == lines + 1 && strstr(d.v[0].message, "incomplete"));
        }
    }
    if (st == LOAD_OK) {
        journal_replay_free(&r);
    }
    diags_deinit(&d);
}

static void test_every_cut(const char *journal)
{
    char *data;
    size_t len;
    const char *why;
    CHECK(file_read_all(journal, &data, &len, &why) == FILE_READ_OK);
    int failed_before = check_failed;
    for (size_t cut = 0; cut <= len && check_failed - failed_before < 5; cut++) {
        check_cut(data, len, cut);
    }
    free(data);
}

/* Replays text (written to a file) and expects one error on line `line` containing words. */
static void expect_error(const char *text, int line, const char *words)
{
    const char *path = in_dir("damaged.ttxj");
    unlink(path);
    write_bytes(path, text, strlen(text));
    Diags d;
    diags_init(&d);
    JournalReplay r;
    CHECK(journal_replay(path, false, &r, &d) == LOAD_INVALID);
    bool ok = d.n_errors == 1 && d.n_warnings == 0 && d.v[0].pos.line == line &&
              strstr(d.v[0].message, words) != NULL;
    if (!ok) {
        fprintf(stderr, "want one error on line %d with '%s'; got:\n", line, words);
        diags_print(&d, stderr);
    }
    CHECK(ok);
    diags_deinit(&d);
}

/* Replays len bytes of data and expects them to give n_events with a torn-tail warning on line. */
static void expect_torn(const char *data, size_t len, long n_events, int line)
{
    const char *path = in_dir("damaged.ttxj");
    unlink(path);
    write_bytes(path, data, len);
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus st = journal_replay(path, false, &r, &d);
    bool ok = st == LOAD_OK && r.n_events == n_events && r.torn_tail && d.n_errors == 0 &&
              d.n_warnings == 1 && d.v[0].pos.line == line;
    if (!ok) {
        fprintf(stderr, "want %ld events and a torn tail on line %d; got:\n", n_events, line);
        diags_print(&d, stderr);
    }
    CHECK(ok);
    journal_replay_free(&r);
    diags_deinit(&d);
}

static void test_torn_shapes(const char *journal)
{
    Lines L = lines_load(journal);
    long all = (long)L.n - 1;
    /* A last line that ends in a newline but is not complete JSON. */
    char *text = lines_join(&L, L.n - 1, "{\"seq\":21,\"ty");
    expect_torn(text, strlen(text), all - 1, (int)L.n);
    free(text);
    /* Zeros where the last line should be: a file made longer whose data never reached the
     * disk, as a power loss can leave it. */
    text = lines_join_prefix(&L, L.n - 1, 0);
    size_t len = strlen(text);
    char *zeros = calloc(len + 300, 1);
    memcpy(zeros, text, len);
    expect_torn(zeros, len + 300, all - 1, (int)L.n);
    /* The same zeros after a line that was only partly written. */
    memcpy(zeros + len, L.v[L.n - 1], 20);
    expect_torn(zeros, len + 300, all - 1, (int)L.n);
    free(zeros);
    free(text);
    lines_free(&L);
}

static void test_damage(const char *journal)
{
    Lines L = lines_load(journal);
    char *text;
    for (size_t i = 1; i + 1 < L.n; i++) {
        /* A broken middle line: never mistaken for a torn tail. */
        char want[64];
        snprintf(want, sizeof(want), "line %zu is damaged", i + 1);
        text = lines_join(&L, i, "{\"seq\":");
        expect_error(text, (int)i + 1, want);
        free(text);
    }
    /* A line missing: the sequence number says so. */
    text = lines_join(&L, 5, NULL);
    expect_error(text, 6, "event number (seq) 6 where 5 was expected");
    free(text);
    /* Valid JSON that does not fit the exercise. */
    char *line = str_replace(L.v[9], "\"refuse\"", "\"negotiate\"");
    text = lines_join(&L, 9, line);
    expect_error(text, 10,
                 "line 10: the 'decision' event (seq 9) cannot be replayed: "
                 "'negotiate' is not an option");
    free(text);
    free(line);
    /* The last line: valid JSON that is wrong is damage, not a torn write. */
    text = lines_join(&L, L.n - 1, "{\"seq\":99,\"type\":\"launch\"}");
    expect_error(text, (int)L.n, "unknown event 'type'");
    free(text);
    /* A header that is not one. */
    text = lines_join(&L, 0, "{\"ttx-journal\":1,\"scenario\":{}}");
    expect_error(text, 1, "line 1 is not a valid journal header");
    free(text);
    lines_free(&L);
}

int main(void)
{
    jt_folder_init();
    test_full_replay(jt.journal, &jt.live);
    test_every_cut(jt.journal);
    test_damage(jt.journal);
    test_torn_shapes(jt.journal);
    jt_folder_deinit();
    return check_done();
}
