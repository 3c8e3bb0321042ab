/* The crash-proof journal of a live exercise (SPEC §3.4, `*.ttxj`): JSON Lines, a header on line 1
 * and one event per later line. Every event is written with one write(2) and fsync'd before
 * journal_append returns, so whatever the screen shows as recorded is on disk; a power loss can
 * only tear the line being written, and replay drops such a torn last line with a warning.
 *
 * Writing: journal_create, then session_set_persist(&session, journal_persist, journal) so every
 * session command is durable before it is applied. Reading: journal_replay rebuilds the exercise
 * and its session by folding the events; journal_resume does that and reopens the file for
 * appending (after a crash). POSIX, cJSON (journal_json.c), nettle (through sha256.h). */
#ifndef TTX_JOURNAL_H
#define TTX_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "event.h"
#include "exercise_load.h"
#include "model.h"
#include "session.h"
#include "sha256.h"
#include "walltime.h"

/* The journal format version written as "ttx-journal" on line 1. */
enum { JOURNAL_FORMAT_VERSION = 1 };

/* An open journal (opaque): its file descriptor and the length of its intact prefix. */
typedef struct Journal Journal;

/* What journal_create needs to know about the exercise. Borrowed for the call only. */
typedef struct JournalSetup {
    const char *scenario_path;  /* the scenario and its 手順書 as this process opens them */
    const char *procedure_path; /* (relative to the working directory, or absolute) */
    WallTime started;
    const char *facilitator; /* NULL: not given */
    const Participant *participants;
    size_t n_participants;
} JournalSetup;

/* A file the journal refers to, as written in the header. */
typedef struct JournalFileRef {
    const char *path;     /* relative to the journal's folder (or absolute when it had to be) */
    const char *abs_path; /* the absolute path when the journal was created; NULL if absent */
    char sha256[SHA256_HEX_SIZE];
} JournalFileRef;

/* Line 1 of a journal. */
typedef struct JournalHeader {
    long format;             /* JOURNAL_FORMAT_VERSION */
    const char *ttx_version; /* of the program that created the journal */
    JournalFileRef scenario, procedure;
    WallTime started;
    const char *facilitator;   /* NULL when not given */
    Participant *participants; /* role id → name, in the order written; usable by sheet_build */
    size_t n_participants;
} JournalHeader;

/* Creates path exclusively (an existing file is never overwritten), writes the header (hashing
 * both files and storing their paths relative to the journal's folder plus their absolute paths)
 * and flushes the file and its folder to disk. While open, the journal is locked (flock) so a
 * second ttx cannot write it too. Returns NULL with the reason in err; then no file is left
 * behind. Close with journal_close. */
Journal *journal_create(const char *path, const JournalSetup *setup, char *err, size_t err_size);

/* Appends one event as one line and fsyncs it before returning true. On failure (disk full, I/O
 * error …) returns false with a message for the facilitator and cuts the file back to its last
 * complete line, so it still replays and a later append can succeed. An event whose seq does not
 * follow the last one written is refused (the journal would not replay). */
bool journal_append(Journal *j, const Event *e, char *err, size_t err_size);

/* journal_append as a SessionPersistFn: ctx is the Journal *. */
bool journal_persist(void *ctx, const Event *e, char *err, size_t err_size);

/* The journal's path as given to journal_create or journal_resume. */
const char *journal_path(const Journal *j);

/* Closes the file and frees j (NULL is fine). Named close, not destroy: the file stays. */
void journal_close(Journal *j);

/* A replayed journal: the header, the exercise it ran, and the session rebuilt from its events.
 * Everything is owned here and freed by journal_replay_free. */
typedef struct JournalReplay {
    Arena arena;          /* the header's strings */
    JournalHeader header; /* as stored in line 1 */
    Exercise exercise;    /* the scenario and 手順書 actually loaded */
    Session session;      /* after every intact event; its persist hook is unset */
    bool has_session;     /* session was initialised (journal_replay_free deinits it) */
    long n_events;        /* events applied */
    bool torn_tail;       /* an incomplete last line was dropped */
    size_t valid_bytes;   /* length of the intact prefix (header and applied events) */
} JournalReplay;

/* Reads the journal at path, finds and loads its scenario (relative to the journal's folder,
 * else at the absolute path recorded), checks both SHA-256 against the header — a changed file
 * is an error naming it unless force is set (then a warning) — and applies every event to a new
 * session. A torn last line is dropped with a warning; any other damage is an error naming its
 * line. Returns LOAD_OK and fills out (free with journal_replay_free), or LOAD_INVALID (exit 65)
 * / LOAD_UNREADABLE (exit 66, the journal cannot be read) with diagnostics, out left empty. */
LoadStatus journal_replay(const char *path, bool force, JournalReplay *out, Diags *diags);

/* Frees everything journal_replay filled (an empty or zeroed out is fine). */
void journal_replay_free(JournalReplay *r);

/* Replays path as journal_replay does, cuts off a dropped torn tail, reopens the file for
 * appending and hooks it to out->session (session_set_persist), so the exercise continues where
 * it stopped. Close the journal before or after journal_replay_free, but do not use the session
 * after closing it. Returns NULL with *status and diagnostics on failure (then out is empty);
 * a journal that cannot be reopened for writing (read-only file or disk) is LOAD_UNREADABLE with
 * the reason. */
Journal *journal_resume(const char *path, bool force, JournalReplay *out, Diags *diags,
                        LoadStatus *status);

#endif
