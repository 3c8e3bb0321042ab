/* Replaying journals: header, then the exercise it names (checked against the SHA-256 it
 * recorded), then every event through session_apply. Only the last line may be incomplete — the
 * writer fsyncs each line before the next one starts, so a crash can tear the last line and no
 * other — and such a line is dropped with a warning; any other damage is an error naming its
 * line, because the events after it could not be trusted. */
#include "journal_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_write.h"
#include "base.h"
#include "file_read.h"
#include "journal_json.h"
#include "paths.h"

/* ---- the files the header names ----------------------------------------------------------- */

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* Where ref is now: beside the journal as recorded (so a folder moved as a whole still works),
 * else at the absolute path it had. NULL when neither exists; caller frees. */
static char *find_file(const char *journal, const JournalFileRef *ref)
{
    char *near = path_resolve(journal, ref->path);
    if (exists(near)) {
        return near;
    }
    free(near);
    return ref->abs_path && exists(ref->abs_path) ? ttx_strdup(ref->abs_path) : NULL;
}

/* False when file differs from the recorded hash and force is not set (or it cannot be read). */
static bool check_hash(const char *journal, const char *file, const char *expected,
                       const char *noun, bool force, Diags *diags)
{
    char actual[SHA256_HEX_SIZE], err[512];
    if (!sha256_file(file, actual, err, sizeof(err))) {
        diags_error(diags, journal, (SrcPos){1, 1}, "cannot check the %s: %s", noun, err);
        return false;
    }
    if (strcmp(actual, expected) == 0) {
        return true;
    }
    if (force) {
        diags_warning(diags, journal, (SrcPos){1, 1},
                      "the %s '%s' has changed since this journal was written; replaying anyway "
                      "because that was forced",
                      noun, file);
        return true;
    }
    diags_error(diags, journal, (SrcPos){1, 1},
                "the %s '%s' has changed since this journal was written (its SHA-256 differs "
                "from the one in line 1), so the events could rebuild a different exercise; "
                "restore the original file, or force the replay (--force)",
                noun, file);
    return false;
}

static LoadStatus load_exercise(const char *journal, const JournalHeader *h, bool force,
                                Exercise *ex, Diags *diags)
{
    char *scenario = find_file(journal, &h->scenario);
    if (!scenario) {
        char *near = path_resolve(journal, h->scenario.path);
        diags_error(diags, journal, (SrcPos){1, 1},
                    "cannot find the scenario of this journal: neither '%s' nor '%s' exists; "
                    "put the journal back in the folder of its scenario",
                    near, h->scenario.abs_path ? h->scenario.abs_path : h->scenario.path);
        free(near);
        return LOAD_INVALID;
    }
    char *procedure = find_file(journal, &h->procedure);
    bool ok = check_hash(journal, scenario, h->scenario.sha256, "scenario", force, diags);
    if (procedure) {
        ok = check_hash(journal, procedure, h->procedure.sha256, "手順書", force, diags) && ok;
    }
    if (ok && exercise_load(scenario, FILE_KIND_SCENARIO, ex, diags) != LOAD_OK) {
        ok = false;
    } else if (ok && (!procedure || !same_file(procedure, ex->procedure_path))) {
        /* The scenario found its 手順書 elsewhere than the header says: check that one. */
        ok = check_hash(journal, ex->procedure_path, h->procedure.sha256, "手順書", force, diags);
        if (!ok) {
            exercise_free(ex);
        }
    }
    free(procedure);
    free(scenario);
    return ok ? LOAD_OK : LOAD_INVALID;
}

/* ---- the lines ---------------------------------------------------------------------------- */

static void torn_warning(const char *journal, long line, long n_events, Diags *diags)
{
    diags_warning(diags, journal, (SrcPos){(int)line, 1},
                  "the last event (line %ld) is incomplete, because ttx or the computer stopped "
                  "while writing it; it was dropped, and the %ld event%s before it %s intact",
                  line, n_events, n_events == 1 ? "" : "s", n_events == 1 ? "is" : "are");
}

/* Decodes, checks the sequence number of, and applies one event line. */
static bool apply_line(const char *journal, char *text, size_t len, long line, bool last,
                       JournalReplay *out, bool *torn, Diags *diags)
{
    char err[512];
    Arena arena;
    Event e;
    arena_init(&arena);
    JournalLineStatus st = journal_event_decode(text, len, &e, &arena, err, sizeof(err));
    bool ok = false;
    SrcPos pos = {(int)line, 1};
    if (st == JOURNAL_LINE_NOT_JSON && last) {
        *torn = true;
    } else if (st != JOURNAL_LINE_OK && len == 0) {
        diags_error(diags, journal, pos, "line %ld is empty; a journal has one event on every line",
                    line);
    } else if (st == JOURNAL_LINE_NOT_JSON) {
        diags_error(diags, journal, pos,
                    "line %ld is damaged: %s; only the last line of a journal can be cut short by "
                    "a crash, so the events from here on cannot be trusted",
                    line, err);
    } else if (st != JOURNAL_LINE_OK) {
        diags_error(diags, journal, pos, "line %ld is damaged: it is not a valid event: %s", line,
                    err);
    } else if (e.seq != out->n_events + 1) {
        diags_error(diags, journal, pos,
                    "line %ld has event number (seq) %ld where %ld was expected; an event is "
                    "missing or out of order",
                    line, e.seq, out->n_events + 1);
    } else if (!session_apply(&out->session, &e, err, sizeof(err))) {
        diags_error(diags, journal, pos,
                    "line %ld: the '%s' event (seq %ld) cannot be replayed: %s", line,
                    EVENT_TYPE_IDS[e.type], e.seq, err);
    } else {
        ok = true;
    }
    arena_deinit(&arena);
    return ok || *torn;
}

/* Applies every line after the header (data is modified: newlines become NULs). */
static bool replay_events(const char *journal, char *data, size_t len, JournalReplay *out,
                          Diags *diags)
{
    size_t pos = out->valid_bytes;
    for (long line = 2; pos < len; line++) {
        char *nl = memchr(data + pos, '\n', len - pos);
        if (!nl) {
            /* No newline: the write of this line never finished. */
            out->torn_tail = true;
            torn_warning(journal, line, out->n_events, diags);
            return true;
        }
        size_t line_len = (size_t)(nl - (data + pos));
        *nl = '\0';
        bool last = pos + line_len + 1 == len;
        if (!apply_line(journal, data + pos, line_len, line, last, out, &out->torn_tail, diags)) {
            return false;
        }
        if (out->torn_tail) {
            torn_warning(journal, line, out->n_events, diags);
            return true;
        }
        out->n_events++;
        pos += line_len + 1;
        out->valid_bytes = pos;
    }
    return true;
}

/* Line 1. A journal that ends inside it (a crash while creating it) holds no exercise yet. */
static bool read_header(const char *journal, char *data, size_t len, JournalReplay *out,
                        Diags *diags)
{
    char err[512];
    char *nl = memchr(data, '\n', len);
    size_t line_len = nl ? (size_t)(nl - data) : len;
    if (nl) {
        *nl = '\0';
    }
    JournalLineStatus st =
        journal_header_decode(data, line_len, &out->header, &out->arena, err, sizeof(err));
    if (st == JOURNAL_LINE_OK && nl) {
        out->valid_bytes = line_len + 1;
        return true;
    }
    if (len == 0) {
        diags_error(diags, journal, (SrcPos){1, 1},
                    "the journal is empty: ttx stopped before writing its first line, so there "
                    "is no exercise to replay");
    } else if (!nl || (st == JOURNAL_LINE_NOT_JSON && line_len + 1 == len)) {
        diags_error(diags, journal, (SrcPos){1, 1},
                    "the journal's first line (its header) is incomplete: ttx stopped while "
                    "creating it, so there is no exercise to replay");
    } else {
        diags_error(diags, journal, (SrcPos){1, 1}, "line 1 is not a valid journal header: %s",
                    err);
    }
    return false;
}

LoadStatus journal_replay(const char *path, bool force, JournalReplay *out, Diags *diags)
{
    memset(out, 0, sizeof(*out));
    arena_init(&out->arena);
    char *data;
    size_t len;
    const char *reason;
    FileReadStatus fr = file_read_all(path, &data, &len, &reason);
    if (fr != FILE_READ_OK) {
        diags_error(diags, path, (SrcPos){0, 0}, "cannot read this journal: %s", reason);
        arena_deinit(&out->arena);
        return fr == FILE_READ_TOO_LARGE ? LOAD_INVALID : LOAD_UNREADABLE;
    }
    LoadStatus st = LOAD_INVALID;
    if (read_header(path, data, len, out, diags) &&
        load_exercise(path, &out->header, force, &out->exercise, diags) == LOAD_OK) {
        session_init(&out->session, out->exercise.scenario, out->exercise.procedure);
        out->has_session = true;
        if (replay_events(path, data, len, out, diags)) {
            st = LOAD_OK;
        }
    }
    free(data);
    if (st != LOAD_OK) {
        journal_replay_free(out);
    }
    return st;
}

void journal_replay_free(JournalReplay *r)
{
    if (r->has_session) {
        session_deinit(&r->session);
    }
    exercise_free(&r->exercise);
    arena_deinit(&r->arena);
    memset(r, 0, sizeof(*r));
}

/* ---- resuming ----------------------------------------------------------------------------- */

static int open_for_append(const char *path, Diags *diags)
{
    char why[256], err[512];
    int fd = open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        diags_error(diags, path, (SrcPos){0, 0}, "cannot open this journal to continue it: %s",
                    errno == ENOENT ? strerror(errno)
                                    : atomic_write_reason(errno, why, sizeof(why)));
        return -1;
    }
    if (!journal_lock(fd, path, err, sizeof(err))) {
        diags_error(diags, path, (SrcPos){0, 0}, "%s", err);
        close(fd);
        return -1;
    }
    return fd;
}

Journal *journal_resume(const char *path, bool force, JournalReplay *out, Diags *diags,
                        LoadStatus *status)
{
    char why[256];
    memset(out, 0, sizeof(*out));
    /* Lock before reading, so no other ttx can append between the replay and our first write. */
    int fd = open_for_append(path, diags);
    if (fd < 0) {
        *status = LOAD_UNREADABLE;
        return NULL;
    }
    *status = journal_replay(path, force, out, diags);
    if (*status != LOAD_OK) {
        close(fd);
        return NULL;
    }
    struct stat st;
    bool ok = fstat(fd, &st) == 0;
    if (ok && (size_t)st.st_size != out->valid_bytes) {
        /* Cut the torn tail off, so the next event starts on a line of its own. */
        ok = ftruncate(fd, (off_t)out->valid_bytes) == 0 && fsync(fd) == 0;
    }
    if (!ok) {
        diags_error(diags, path, (SrcPos){0, 0},
                    "cannot remove the incomplete last line to continue this journal: %s",
                    atomic_write_reason(errno, why, sizeof(why)));
        journal_replay_free(out);
        close(fd);
        *status = LOAD_UNREADABLE;
        return NULL;
    }
    Journal *j = journal_open_fd(fd, path, (off_t)out->valid_bytes, out->n_events);
    session_set_persist(&out->session, journal_persist, j);
    return j;
}
