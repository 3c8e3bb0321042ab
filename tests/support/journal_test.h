/* Helpers of the journal tests: files, a reference journal that uses every event type through
 * the session commands, a deep comparison of two sessions, and editing a journal line by line. */
#ifndef TTX_JOURNAL_TEST_H
#define TTX_JOURNAL_TEST_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exercise_load.h"
#include "file_read.h"
#include "journal.h"
#include "paths.h"
#include "scratch_dir.h"
#include "session.h"
#include <unistd.h>

static inline void write_bytes(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        perror(path);
        exit(2);
    }
}

static inline void copy_file(const char *from, const char *to)
{
    char *data;
    size_t len;
    const char *why;
    if (file_read_all(from, &data, &len, &why) != FILE_READ_OK) {
        fprintf(stderr, "%s: %s\n", from, why);
        exit(2);
    }
    write_bytes(to, data, len);
    free(data);
}

static inline Exercise exercise_of(const char *scenario)
{
    Exercise ex;
    Diags d;
    diags_init(&d);
    if (exercise_load(scenario, FILE_KIND_SCENARIO, &ex, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    return ex;
}

static inline WallTime jt_wall(int minutes)
{
    WallTime t = {INT64_C(1796083200000) + (int64_t)minutes * 60000 + 250, 540};
    return t;
}

/* Plays a short exercise that uses every event type into a new journal at path, through the
 * session commands with the journal as persist hook; *live is the resulting session (deinit
 * it). Event 9 is the decision "refuse" at report-1; there are 21 events. */
static inline void write_reference_journal(const char *path, const Exercise *ex, Session *live)
{
    static const char *const it[] = {"it"}, *const gm[] = {"gm"};
    static const char *const lacking[] = {"感染兆候チェックリスト"};
    static const Participant people[] = {
        {{"it", {0, 0}}, {"山田", {0, 0}}},
        {{"gm", {0, 0}}, {"佐藤", {0, 0}}},
        {{"president", {0, 0}}, {"鈴木", {0, 0}}},
    };
    char err[512];
    JournalSetup setup = {ex->scenario_path, ex->procedure_path, jt_wall(0), "高橋", people, 3};
    Journal *j = journal_create(path, &setup, err, sizeof(err));
    if (!j) {
        fprintf(stderr, "%s\n", err);
        exit(2);
    }
    Session *s = live;
    session_init(s, ex->scenario, ex->procedure);
    session_set_persist(s, journal_persist, j);
    ItemRecord p01 = {.status = STATUS_DONE,
                      .by = (const char **)it,
                      .n_by = 1,
                      .has_at = true,
                      .at_minutes = 5,
                      .missing = (const char **)lacking,
                      .n_missing = 1,
                      .note = "兆候の判断に時間を要した"};
    ItemRecord p02 = {.status = STATUS_PARTIAL,
                      .by = (const char **)gm,
                      .n_by = 1,
                      .has_at = true,
                      .at_minutes = 60,
                      .confused = true};
    ItemRecord p03 = {.status = STATUS_DONE,
                      .by = (const char **)gm,
                      .n_by = 1,
                      .has_at = true,
                      .at_minutes = 90};
    ItemRecord p04 = {.status = STATUS_MISSED};
    bool ok =
        session_start(s, jt_wall(0), err, sizeof(err)) &&
        session_next(s, jt_wall(0), err, sizeof(err)) == SESSION_NEXT_PRESENTED &&
        session_note(s, jt_wall(1), "報告ラインの確認に\n時間を要した", err, sizeof(err)) &&
        session_record_item(s, jt_wall(2), &p01, "P01", err, sizeof(err)) &&
        session_record_item(s, jt_wall(3), &p02, "P02", err, sizeof(err)) &&
        session_pause(s, jt_wall(4), err, sizeof(err)) &&
        session_resume(s, jt_wall(9), err, sizeof(err)) &&
        session_next(s, jt_wall(10), err, sizeof(err)) == SESSION_NEXT_PRESENTED &&
        session_decide(s, jt_wall(11), "refuse", err, sizeof(err)) &&
        session_record_item(s, jt_wall(12), &p03, "P03", err, sizeof(err)) &&
        session_set_record_field(s, jt_wall(13), RECFIELD_CLASSIFICATION, "ランサムウェア感染", err,
                                 sizeof(err)) &&
        session_set_review(s, jt_wall(14), REVIEW_LEADERSHIP, "社長が即座に判断した", err,
                           sizeof(err)) &&
        session_override(s, jt_wall(15), REVIEW_COORDINATION, RATING_C, "第一報が遅れた", err,
                         sizeof(err)) &&
        session_override(s, jt_wall(16), REVIEW_OBJECTIVES, RATING_B, "概ね達成", err,
                         sizeof(err)) &&
        session_clear_override(s, jt_wall(17), REVIEW_OBJECTIVES, err, sizeof(err)) &&
        session_next(s, jt_wall(18), err, sizeof(err)) == SESSION_NEXT_PRESENTED &&
        session_record_item(s, jt_wall(19), &p04, "P04", err, sizeof(err)) &&
        session_set_record_field(s, jt_wall(20), RECFIELD_CAUSE, "メール", err, sizeof(err)) &&
        session_set_record_field(s, jt_wall(21), RECFIELD_CAUSE, NULL, err, sizeof(err)) &&
        session_end(s, jt_wall(22), err, sizeof(err)) &&
        session_set_review(s, jt_wall(23), REVIEW_OVERALL, "良好", err, sizeof(err));
    journal_close(j);
    session_set_persist(s, NULL, NULL);
    if (!ok || s->next_seq != 22) {
        fprintf(stderr, "writing the reference journal failed: %s\n", err);
        exit(2);
    }
}

static inline bool jt_same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static inline bool jt_same_list(const char **a, size_t na, const char **b, size_t nb)
{
    for (size_t i = 0; na == nb && i < na; i++) {
        if (strcmp(a[i], b[i]) != 0) {
            return false;
        }
    }
    return na == nb;
}

static inline bool items_equal(const ItemRecord *a, const ItemRecord *b)
{
    return a->recorded == b->recorded && a->status == b->status &&
           jt_same_list(a->by, a->n_by, b->by, b->n_by) && a->has_at == b->has_at &&
           a->at_minutes == b->at_minutes &&
           jt_same_list(a->missing, a->n_missing, b->missing, b->n_missing) &&
           a->confused == b->confused && jt_same(a->note, b->note) && a->inject == b->inject &&
           a->seq == b->seq;
}

static inline bool walls_equal(WallTime a, WallTime b)
{
    return a.ms == b.ms && a.utc_offset_min == b.utc_offset_min;
}

/* Everything a session holds, compared by value (options by id: the two sessions may have
 * loaded the scenario separately). */
static inline bool sessions_equal(const Session *a, const Session *b)
{
    bool eq = a->started == b->started && a->ended == b->ended && a->paused == b->paused &&
              a->cursor == b->cursor && a->next_seq == b->next_seq &&
              a->n_presented == b->n_presented && a->n_notes == b->n_notes &&
              walls_equal(a->start_wall, b->start_wall) && walls_equal(a->end_wall, b->end_wall) &&
              walls_equal(a->last_wall, b->last_wall) && a->paused_ms == b->paused_ms &&
              a->step_mark_ms == b->step_mark_ms;
    for (size_t i = 0; eq && i < a->n_presented; i++) {
        size_t k = a->presented[i];
        const InjectRecord *x = &a->injects[k], *y = &b->injects[k];
        eq = k == b->presented[i] && x->presented == y->presented && x->order == y->order &&
             (x->chosen ? y->chosen && !strcmp(x->chosen->id.s, y->chosen->id.s) : !y->chosen) &&
             walls_equal(x->presented_wall, y->presented_wall) &&
             x->active_ms_at_present == y->active_ms_at_present;
    }
    for (size_t i = 0; eq && i < a->procedure->n_items; i++) {
        eq = items_equal(&a->items[i], &b->items[i]);
    }
    for (size_t i = 0; eq && i < a->n_notes; i++) {
        eq = a->notes[i].inject == b->notes[i].inject &&
             jt_same(a->notes[i].text, b->notes[i].text) &&
             a->notes[i].sim_minutes == b->notes[i].sim_minutes &&
             walls_equal(a->notes[i].wall, b->notes[i].wall);
    }
    for (int f = 0; eq && f < RECFIELD_COUNT; f++) {
        eq = jt_same(a->incident_record[f], b->incident_record[f]);
    }
    for (int k = 0; eq && k < REVIEW_COUNT; k++) {
        const SessionOverride *x = &a->overrides[k], *y = &b->overrides[k];
        eq = jt_same(a->review[k], b->review[k]) && x->present == y->present &&
             (!x->present || (x->rating == y->rating && jt_same(x->reason, y->reason)));
    }
    for (int st = 0; eq && st < STEP_COUNT; st++) {
        eq = a->step_active_ms[st] == b->step_active_ms[st];
    }
    return eq;
}

/* ---- the test folder ---------------------------------------------------------------------- */

/* A temporary folder with copies of the example scenario and 手順書 (so they can be changed and
 * moved) and the reference journal written from them; live is the session that wrote it. */
typedef struct JtFolder {
    char dir[64];
    char journal[128];
    Exercise ex;
    Session live;
} JtFolder;

static JtFolder jt;

/* A path inside the folder; four calls' results stay valid at a time. */
static inline char *in_dir(const char *name)
{
    return scratch_path(jt.dir, name);
}

static inline void jt_folder_init(void)
{
    snprintf(jt.dir, sizeof(jt.dir), "/tmp/ttx-journal-XXXXXX");
    if (!mkdtemp(jt.dir)) {
        perror("mkdtemp");
        exit(2);
    }
    copy_file("data/scenario.yaml", in_dir("scenario.yaml"));
    copy_file("data/procedure.yaml", in_dir("procedure.yaml"));
    snprintf(jt.journal, sizeof(jt.journal), "%s", in_dir("exercise.ttxj"));
    jt.ex = exercise_of(in_dir("scenario.yaml"));
    write_reference_journal(jt.journal, &jt.ex, &jt.live);
}

/* Removes the folder and every file the tests left in it. */
static inline void jt_folder_deinit(void)
{
    session_deinit(&jt.live);
    exercise_free(&jt.ex);
    DIR *d = opendir(jt.dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            unlink(in_dir(e->d_name));
        }
    }
    if (d) {
        closedir(d);
    }
    rmdir(jt.dir);
}

/* ---- a journal as lines, for editing ----------------------------------------------------- */

typedef struct Lines {
    char **v; /* without their newlines */
    size_t n;
} Lines;

static inline Lines lines_load(const char *path)
{
    char *data;
    size_t len;
    const char *why;
    Lines L = {NULL, 0};
    if (file_read_all(path, &data, &len, &why) != FILE_READ_OK) {
        exit(2);
    }
    L.v = calloc(len + 1, sizeof(char *));
    for (char *p = data; *p;) {
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        L.v[L.n] = malloc(n + 1);
        memcpy(L.v[L.n], p, n);
        L.v[L.n++][n] = '\0';
        p += n + (nl ? 1 : 0);
    }
    free(data);
    return L;
}

static inline void lines_free(Lines *L)
{
    for (size_t i = 0; i < L->n; i++) {
        free(L->v[i]);
    }
    free(L->v);
}

/* All lines, each with its newline, line `index` replaced by `with` (NULL: left out). */
static inline char *lines_join(const Lines *L, size_t index, const char *with)
{
    size_t size = 1 + (with ? strlen(with) + 1 : 0);
    for (size_t i = 0; i < L->n; i++) {
        size += strlen(L->v[i]) + 1;
    }
    char *out = malloc(size);
    out[0] = '\0';
    for (size_t i = 0; i < L->n; i++) {
        const char *line = i == index ? with : L->v[i];
        if (line) {
            strcat(out, line);
            strcat(out, "\n");
        }
    }
    return out;
}

/* The first n lines whole, then `extra` bytes of the next one (a torn write). */
static inline char *lines_join_prefix(const Lines *L, size_t n, size_t extra)
{
    size_t size = 1 + extra;
    for (size_t i = 0; i < n; i++) {
        size += strlen(L->v[i]) + 1;
    }
    char *out = malloc(size);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        strcat(out, L->v[i]);
        strcat(out, "\n");
    }
    strncat(out, L->v[n], extra);
    return out;
}

/* s with the first `from` replaced by `to` (caller frees). */
static inline char *str_replace(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    size_t n = strlen(s) + strlen(to) + 1;
    char *out = malloc(n);
    if (!at) {
        snprintf(out, n, "%s", s);
        return out;
    }
    snprintf(out, n, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
    return out;
}

#endif
