/* Writing journals. The file is only ever extended by whole lines at a known offset: each event
 * is one pwrite(2) of "JSON\n" at the end of the intact prefix, then fsync, and a failed write is
 * cut back with ftruncate. So at any moment the file is "header, complete lines, and at most one
 * torn line", which is exactly what replay accepts. It is born with its header already whole
 * (journal_create), and only ever as a new regular file. A lock (flock) keeps two ttx processes
 * from writing the same journal. */
#include "journal_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_temp.h"
#include "atomic_write.h"
#include "base.h"
#include "journal_json.h"
#include "paths.h"

struct Journal {
    int fd;
    char *path;
    off_t size;    /* bytes that are complete lines */
    bool dirty;    /* bytes beyond size may remain after a failed write and truncate */
    long last_seq; /* seq of the last event written */
};

/* pwrite(2) until all len bytes are written at offset (short writes happen on a nearly full
 * disk, EINTR on a signal). */
static bool write_at(int fd, const char *data, size_t len, off_t offset)
{
    while (len > 0) {
        ssize_t n = pwrite(fd, data, len, offset);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            if (n == 0) {
                errno = EIO; /* no progress and no reason: do not spin */
            }
            return false;
        }
        data += n;
        len -= (size_t)n;
        offset += n;
    }
    return true;
}

bool journal_lock(int fd, const char *path, char *err, size_t err_size)
{
    if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
        return true;
    }
    if (errno == EWOULDBLOCK) {
        snprintf(err, err_size, "the journal '%s' is open in another ttx; close that one first",
                 path);
    } else {
        char why[256];
        snprintf(err, err_size, "cannot lock the journal '%s': %s", path,
                 atomic_write_reason(errno, why, sizeof(why)));
    }
    return false;
}

Journal *journal_open_fd(int fd, const char *path, off_t size, long n_events)
{
    Journal *j = ttx_calloc(1, sizeof(*j));
    j->fd = fd;
    j->path = ttx_strdup(path);
    j->size = size;
    j->last_seq = n_events;
    return j;
}

/* ---- the header --------------------------------------------------------------------------- */

/* Fills ref for file (as this process opens it): hash, absolute path, and the path relative to
 * the journal's folder. Strings are malloc'd into *rel and *abs for the caller to free. */
static bool describe_file(const char *file, const char *dir_abs, JournalFileRef *ref, char **rel,
                          char **abs, char *err, size_t err_size)
{
    char why[256];
    if (!sha256_file(file, ref->sha256, err, err_size)) {
        return false;
    }
    *abs = realpath(file, NULL);
    if (!*abs) {
        snprintf(err, err_size, "cannot find '%s': %s", file,
                 atomic_write_reason(errno, why, sizeof(why)));
        return false;
    }
    *rel = path_relative(dir_abs, *abs);
    ref->path = *rel;
    ref->abs_path = *abs;
    return true;
}

/* The header line (with its newline) for setup, or NULL with err. Caller frees. */
static char *header_line(const char *path, const JournalSetup *setup, char *err, size_t err_size)
{
    char *dir = path_resolve(path, "."), *dir_abs = realpath(dir, NULL);
    char *paths[4] = {NULL, NULL, NULL, NULL};
    char *line = NULL, why[256];
    JournalHeader h;
    memset(&h, 0, sizeof(h));
    if (!dir_abs) {
        snprintf(err, err_size, "cannot use the folder '%s': %s", dir,
                 atomic_write_reason(errno, why, sizeof(why)));
        goto done;
    }
    if (!describe_file(setup->scenario_path, dir_abs, &h.scenario, &paths[0], &paths[1], err,
                       err_size) ||
        !describe_file(setup->procedure_path, dir_abs, &h.procedure, &paths[2], &paths[3], err,
                       err_size)) {
        goto done;
    }
    h.format = JOURNAL_FORMAT_VERSION;
    h.ttx_version = TTX_VERSION;
    h.started = setup->started;
    h.facilitator = setup->facilitator;
    h.participants = (Participant *)setup->participants;
    h.n_participants = setup->n_participants;
    char *json = journal_header_encode(&h);
    size_t n = strlen(json);
    line = ttx_malloc(n + 2);
    memcpy(line, json, n);
    memcpy(line + n, "\n", 2);
    free(json);
done:
    for (size_t i = 0; i < 4; i++) {
        free(paths[i]);
    }
    free(dir_abs);
    free(dir);
    return line;
}

/* Why path cannot become the journal, when something is there. A journal is the only copy of
 * an exercise, so it is never overwritten; and it must be a real file: it is fsync'd event by
 * event and replayed later, which a device, a pipe or a link (that may come to name another
 * file) cannot promise. False with err when path is taken. */
static bool journal_name_free(const char *path, char *err, size_t err_size)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        return true; /* free, or unreachable: creating the temporary file says why */
    }
    mode_t m = st.st_mode;
    const char *what = S_ISLNK(m)                 ? "a symbolic link"
                       : S_ISCHR(m) || S_ISBLK(m) ? "a device"
                       : S_ISFIFO(m)              ? "a named pipe (FIFO)"
                       : S_ISSOCK(m)              ? "a socket"
                                                  : NULL;
    char why[256];
    if (what) {
        snprintf(err, err_size,
                 "cannot create the journal '%s': it is %s; a journal must be a real file, "
                 "flushed to disk event by event and replayed later: give the name of a new file",
                 path, what);
    } else if (S_ISDIR(m)) {
        snprintf(err, err_size, "cannot create the journal '%s': %s", path,
                 atomic_write_reason(EISDIR, why, sizeof(why)));
    } else {
        snprintf(err, err_size,
                 "the journal '%s' already exists; a journal is never overwritten: choose "
                 "another name, or resume that exercise",
                 path);
    }
    return false;
}

/* Puts the flushed temporary file in place as path, never over anything there. */
static bool place(const char *tmp, const char *path, char *err, size_t err_size)
{
    char why[256];
    if (atomic_temp_place_new(tmp, path) == 0) {
        return true;
    }
    int saved = errno;
    if (saved != EEXIST || journal_name_free(path, err, err_size)) {
        snprintf(err, err_size, "cannot create the journal '%s': %s", path,
                 atomic_write_reason(saved, why, sizeof(why)));
    }
    return false;
}

/* Writes the header line into the new temporary file fd and flushes it. */
static bool write_header(int fd, const char *path, const char *line, char *err, size_t err_size)
{
    char why[256];
    if (!journal_lock(fd, path, err, err_size)) {
        return false;
    }
    if (!write_at(fd, line, strlen(line), 0) || fsync(fd) != 0) {
        snprintf(err, err_size, "cannot write the journal '%s': %s", path,
                 atomic_write_reason(errno, why, sizeof(why)));
        return false;
    }
    return true;
}

/* The journal is born whole: its header is written and fsync'd under a temporary name in the
 * same folder, which is then renamed into place without replacing anything (atomic_temp.c).
 * So a kill at any moment leaves either no journal or one with its whole header, never an
 * empty file that would block the name; a leftover temporary file is removed by the next ttx
 * that writes into the folder. The lock taken on the temporary file stays with it. */
Journal *journal_create(const char *path, const JournalSetup *setup, char *err, size_t err_size)
{
    char why[256], inner[512];
    char *line = header_line(path, setup, inner, sizeof(inner));
    if (!line) {
        snprintf(err, err_size, "cannot create the journal '%s': %s", path, inner);
        return NULL;
    }
    char *tmp = NULL;
    int fd = -1;
    bool ok = journal_name_free(path, err, err_size);
    if (ok) {
        fd = atomic_temp_create(path, atomic_new_file_mode(), &tmp);
        if (fd < 0) {
            snprintf(err, err_size, "cannot create the journal '%s': %s", path,
                     atomic_write_reason(errno, why, sizeof(why)));
            ok = false;
        }
    }
    ok = ok && write_header(fd, path, line, err, err_size);
    if (ok) {
        atomic_temp_fault_pause();
        ok = place(tmp, path, err, err_size);
    }
    if (ok && !atomic_sync_folder(path, inner, sizeof(inner))) {
        snprintf(err, err_size, "cannot create the journal '%s': %s", path, inner);
        unlink(path); /* nothing was recorded yet: leave no journal that was not flushed */
        ok = false;
    }
    if (!ok && fd >= 0) {
        close(fd);
        unlink(tmp); /* gone already when it was renamed; harmless then */
    }
    if (ok) {
        char *dir = path_folder(path);
        atomic_temp_sweep(dir);
        free(dir);
    }
    size_t len = strlen(line);
    free(line);
    free(tmp);
    return ok ? journal_open_fd(fd, path, (off_t)len, 0) : NULL;
}

/* ---- appending ---------------------------------------------------------------------------- */

/* After a failed write: cut the file back to its complete lines, so it replays and the next
 * append starts clean. When even that fails, the next append overwrites the leftovers. */
static void cut_back(Journal *j)
{
    j->dirty = ftruncate(j->fd, j->size) != 0 || fsync(j->fd) != 0;
}

bool journal_append(Journal *j, const Event *e, char *err, size_t err_size)
{
    char why[256];
    if (e->seq != j->last_seq + 1) {
        /* A journal with a gap or a repeat would not replay: refuse rather than write it. */
        snprintf(err, err_size,
                 "cannot save to the journal '%s': event %ld would follow event %ld (internal "
                 "error: events must be numbered 1, 2, 3 …); this change was not recorded",
                 j->path, e->seq, j->last_seq);
        return false;
    }
    char *json = journal_event_encode(e);
    size_t n = strlen(json);
    char *line = ttx_realloc(json, n + 2);
    memcpy(line + n, "\n", 2);
    n++;
    bool ok = write_at(j->fd, line, n, j->size) &&
              (!j->dirty || ftruncate(j->fd, j->size + (off_t)n) == 0) && fsync(j->fd) == 0;
    int saved = errno;
    free(line);
    if (!ok) {
        cut_back(j);
        snprintf(err, err_size, "cannot save to the journal '%s': %s; this change was not recorded",
                 j->path, atomic_write_reason(saved, why, sizeof(why)));
        return false;
    }
    j->size += (off_t)n;
    j->dirty = false;
    j->last_seq = e->seq;
    return true;
}

bool journal_persist(void *ctx, const Event *e, char *err, size_t err_size)
{
    return journal_append((Journal *)ctx, e, err, err_size);
}

const char *journal_path(const Journal *j)
{
    return j->path;
}

void journal_close(Journal *j)
{
    if (!j) {
        return;
    }
    close(j->fd); /* every line was fsync'd when written: nothing is left to flush */
    free(j->path);
    free(j);
}
