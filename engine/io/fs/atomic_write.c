/* The one rule for every file ttx writes (sheets, reports, plans, MSEL, printed tests, PNG, the
 * trainer's CSV, the 受講記録), decided by what the path names when the write happens:
 *
 *  - nothing, or a regular file: replaced atomically. The bytes go to a temporary file in the
 *    same folder (rename is atomic only within one file system), are fsync'd, renamed over the
 *    target, and the folder is fsync'd so the new name survives a power loss. A reader sees the
 *    old file or the new one, never half of one; a replaced file keeps its permissions.
 *  - a symbolic link: followed to its final target (through chains; a relative link is read
 *    from the link's own folder, as the kernel reads it) and that file is replaced atomically
 *    in its own folder. Renaming over the link itself would turn it into a plain file and leave
 *    the file it names, the one the user meant, stale. A dangling link creates its target, as
 *    a shell's '>' would; a loop is an error.
 *  - a character device, a FIFO or a socket (/dev/null, /dev/stdout, a terminal, a named pipe):
 *    written directly, opened without O_CREAT or O_TRUNC, never renamed over and never created.
 *    These are not files to replace but places that take a stream: renaming over /dev/null
 *    would replace the system's /dev/null with a regular file, and a program reading a pipe
 *    would get nothing. Opening a FIFO waits for its reader, as a shell's '>' does. fsync means
 *    nothing for them, so EINVAL or ENOTSUP from it is not a failure.
 *  - this process's own standard output or error reached through a link (/dev/stdout,
 *    /dev/fd/2, /proc/self/fd/1): written to the descriptor, whatever it is. The shell opened
 *    it, perhaps to append or after other output, and a socket cannot be reopened by name.
 *  - "-": standard output.
 *  - a block device: refused. It is a disk or a partition; writing a report onto it would
 *    destroy a file system, and no one means that with -o.
 *  - a folder, or a path under a regular file: an error naming the path (the CLI exits 73).
 * On failure the target is untouched and no temporary file is left (see atomic_temp.c for the
 * one a kill leaves, and its removal by the next write into the folder). POSIX; Linux for
 * /proc's links. Must not depend on the model or on any output format. */
#include "atomic_write.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "atomic_temp.h"
#include "base.h"
#include "paths.h"

/* At most this many links in a chain, as the kernel's own limit (ELOOP beyond). */
#define LINK_HOPS_MAX 40

static const char *reason_words(int errnum)
{
    switch (errnum) {
    case ENOSPC:
        return "the disk is full";
    case EDQUOT:
        return "the disk quota is used up";
    case EACCES:
    case EPERM:
        return "permission denied; choose another folder or fix its permissions";
    case EROFS:
        return "the disk is read-only";
    case ENOENT:
        return "the folder does not exist";
    case ENOTDIR:
        return "a part of the path is not a folder";
    case EISDIR:
        return "it is a folder";
    case EIO:
        return "the disk reported an I/O error (it may be failing or was removed)";
    case EFBIG:
        return "the file is too large";
    case ENAMETOOLONG:
        return "the name is too long";
    case EEXIST:
        return "it already exists";
    case ELOOP:
        return "its symbolic links form a loop";
    case ENXIO:
    case ECONNREFUSED:
        return "nothing is there to receive it (no device, or no program listening)";
    default:
        return NULL;
    }
}

char *atomic_write_reason(int errnum, char *buf, size_t size)
{
    const char *words = reason_words(errnum);
    if (words) {
        snprintf(buf, size, "%s (%s)", words, strerror(errnum));
    } else {
        snprintf(buf, size, "%s", strerror(errnum));
    }
    return buf;
}

/* "cannot write 'PATH': REASON", or "… to standard output" for "-". */
static bool fail(const char *path, int errnum, char *err, size_t err_size)
{
    char why[256];
    atomic_write_reason(errnum, why, sizeof why);
    if (strcmp(path, "-") == 0) {
        snprintf(err, err_size, "cannot write to standard output: %s", why);
    } else {
        snprintf(err, err_size, "cannot write '%s': %s", path, why);
    }
    return false;
}

bool atomic_sync_folder(const char *path, char *err, size_t err_size)
{
    char *dir = path_folder(path);
    char why[256];
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    bool ok = fd >= 0 && fsync(fd) == 0;
    if (!ok) {
        snprintf(err, err_size, "cannot flush the folder '%s' to disk: %s", dir,
                 atomic_write_reason(errno, why, sizeof(why)));
    }
    if (fd >= 0) {
        close(fd);
    }
    free(dir);
    return ok;
}

/* write(2) until every byte is out: a write may be cut short by a signal, a nearly full disk or
 * a pipe's reader taking part of it. */
static bool write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += n;
        len -= (size_t)n;
    }
    return true;
}

/* ---- regular files: replaced in one step --------------------------------------------------- */

/* Replaces file (the target itself, links already followed) with data; path is what the user
 * named, for messages. old is the file's current status, NULL when it does not exist. */
static bool replace_file(const char *path, const char *file, const struct stat *old,
                         const void *data, size_t len, char *err, size_t err_size)
{
    char why[256];
    char *dir = path_folder(file), *tmp = NULL;
    bool ok = false;
    int fd = atomic_temp_create(file, old ? old->st_mode & 07777 : atomic_new_file_mode(), &tmp);
    if (fd < 0) {
        snprintf(err, err_size, "cannot write '%s': cannot create a file in the folder '%s': %s",
                 path, dir, atomic_write_reason(errno, why, sizeof(why)));
        goto done;
    }
    if (!write_all(fd, data, len) || fsync(fd) != 0) {
        fail(path, errno, err, err_size);
        close(fd);
        unlink(tmp);
        goto done;
    }
    if (close(fd) != 0) {
        fail(path, errno, err, err_size);
        unlink(tmp);
        goto done;
    }
    atomic_temp_fault_pause();
    if (rename(tmp, file) != 0) {
        fail(path, errno, err, err_size);
        unlink(tmp);
        goto done;
    }
    ok = atomic_sync_folder(file, err, err_size);
    if (ok) {
        atomic_temp_sweep(dir);
    }
done:
    free(tmp);
    free(dir);
    return ok;
}

/* ---- devices, pipes, sockets, standard output: written as they are ------------------------- */

/* After the write: fsync where it means something. Devices and pipes answer EINVAL (or ENOTSUP)
 * because there is nothing to flush, and that is not a failure. Then close. */
static bool finish_stream(int fd)
{
    if (fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP && errno != EOPNOTSUPP) {
        int saved = errno;
        close(fd);
        errno = saved;
        return false;
    }
    return close(fd) == 0;
}

/* A Unix socket cannot be opened, only connected to: a stream socket, else a datagram one (the
 * whole output is then one datagram). */
static int connect_socket(const char *path)
{
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof sa.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(sa.sun_path, path, strlen(path) + 1);
    static const int types[] = {SOCK_STREAM, SOCK_DGRAM};
    for (size_t i = 0; i < TTX_ARRAY_LEN(types); i++) {
        int fd = socket(AF_UNIX, types[i] | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            return -1;
        }
        if (connect(fd, (const struct sockaddr *)&sa, sizeof sa) == 0) {
            return fd;
        }
        int saved = errno;
        close(fd);
        errno = saved;
        if (saved != EPROTOTYPE) {
            return -1;
        }
    }
    return -1;
}

/* Writes a character device, FIFO or socket in place. O_WRONLY only: never created, never
 * truncated. What was opened is checked again, so a disk or a regular file that took the name
 * since lstat is not written through this path. */
static bool write_stream(const char *path, bool socket_file, const void *data, size_t len,
                         char *err, size_t err_size)
{
    int fd;
    if (socket_file) {
        fd = connect_socket(path);
    } else {
        do {
            fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        } while (fd < 0 && errno == EINTR);
    }
    if (fd < 0) {
        return fail(path, errno, err, err_size);
    }
    struct stat st;
    if (fstat(fd, &st) != 0 ||
        !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) {
        close(fd);
        snprintf(err, err_size,
                 "cannot write '%s': it changed while it was being opened; run again", path);
        return false;
    }
    if (!write_all(fd, data, len)) {
        int saved = errno;
        close(fd);
        return fail(path, saved, err, err_size);
    }
    return finish_stream(fd) || fail(path, errno, err, err_size);
}

/* Standard output or error: the stdio buffer goes first, so the order of output is kept. Not
 * fsync'd or closed: the descriptor is the shell's, as when ttx prints. */
static bool write_descriptor(const char *path, int fd, const void *data, size_t len, char *err,
                             size_t err_size)
{
    fflush(fd == STDOUT_FILENO ? stdout : stderr);
    return write_all(fd, data, len) || fail(path, errno, err, err_size);
}

/* ---- what the path names ------------------------------------------------------------------- */

/* The final target of the link path: each link's text, a relative one taken from the link's
 * folder, until a name that is not a link (or not there). NULL with errno on failure. Caller
 * frees. */
static char *link_target(const char *path)
{
    char *cur = ttx_strdup(path);
    for (int hops = 0; hops <= LINK_HOPS_MAX; hops++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) {
            return cur;
        }
        char text[PATH_MAX];
        ssize_t n = readlink(cur, text, sizeof text - 1);
        if (n < 0 || (size_t)n >= sizeof text - 1) {
            int saved = n < 0 ? errno : ENAMETOOLONG;
            free(cur);
            errno = saved;
            return NULL;
        }
        text[n] = '\0';
        char *next;
        if (text[0] == '/' || !strchr(cur, '/')) {
            next = ttx_strdup(text);
        } else {
            char *dir = path_folder(cur);
            next = ttx_format("%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", text);
            free(dir);
        }
        free(cur);
        cur = next;
    }
    free(cur);
    errno = ELOOP;
    return NULL;
}

static bool is_stream(mode_t m)
{
    return S_ISCHR(m) || S_ISFIFO(m) || S_ISSOCK(m);
}

static bool same_file(const struct stat *st, int fd)
{
    struct stat other;
    return fstat(fd, &other) == 0 && other.st_dev == st->st_dev && other.st_ino == st->st_ino;
}

/* path names st (links followed); file is the regular file to replace when it is one. */
static bool write_kind(const char *path, const char *file, const struct stat *st, const void *data,
                       size_t len, char *err, size_t err_size)
{
    mode_t m = st->st_mode;
    if (S_ISREG(m)) {
        return replace_file(path, file, st, data, len, err, err_size);
    }
    if (is_stream(m)) {
        return write_stream(path, S_ISSOCK(m), data, len, err, err_size);
    }
    if (S_ISDIR(m)) {
        return fail(path, EISDIR, err, err_size);
    }
    if (S_ISBLK(m)) {
        snprintf(err, err_size,
                 "cannot write '%s': it is a disk or a partition (a block device); ttx writes "
                 "files and never writes onto a disk: give a file name",
                 path);
    } else {
        snprintf(err, err_size, "cannot write '%s': it is not a file ttx can write", path);
    }
    return false;
}

static bool write_through_link(const char *path, const void *data, size_t len, char *err,
                               size_t err_size)
{
    struct stat st;
    bool exists = stat(path, &st) == 0;
    if (!exists && errno == ELOOP) {
        return fail(path, ELOOP, err, err_size);
    }
    if (exists && (same_file(&st, STDOUT_FILENO) || same_file(&st, STDERR_FILENO))) {
        int fd = same_file(&st, STDOUT_FILENO) ? STDOUT_FILENO : STDERR_FILENO;
        return write_descriptor(path, fd, data, len, err, err_size);
    }
    if (exists && !S_ISREG(st.st_mode)) {
        return write_kind(path, path, &st, data, len, err, err_size);
    }
    char *file = link_target(path);
    if (!file) {
        return fail(path, errno, err, err_size);
    }
    struct stat target;
    bool ok;
    if (!exists) {
        ok = replace_file(path, file, NULL, data, len, err, err_size);
    } else if (lstat(file, &target) == 0 && target.st_dev == st.st_dev &&
               target.st_ino == st.st_ino) {
        ok = replace_file(path, file, &st, data, len, err, err_size);
    } else {
        /* A link of /proc naming a deleted file, or a chain that changed as it was read. */
        snprintf(err, err_size,
                 "cannot write '%s': its symbolic link does not lead to a file that can be "
                 "replaced",
                 path);
        ok = false;
    }
    free(file);
    return ok;
}

char *atomic_write_target(const char *path)
{
    struct stat st;
    char *file = lstat(path, &st) == 0 && S_ISLNK(st.st_mode) ? link_target(path) : NULL;
    return file ? file : ttx_strdup(path);
}

bool atomic_write_in_place(const char *path)
{
    struct stat st;
    if (strcmp(path, "-") == 0) {
        return true;
    }
    if (lstat(path, &st) != 0) {
        return false;
    }
    if (!S_ISLNK(st.st_mode)) {
        return is_stream(st.st_mode);
    }
    return stat(path, &st) == 0 && (same_file(&st, STDOUT_FILENO) ||
                                    same_file(&st, STDERR_FILENO) || is_stream(st.st_mode));
}

bool atomic_write(const char *path, const void *data, size_t len, char *err, size_t err_size)
{
    if (strcmp(path, "-") == 0) {
        return write_descriptor(path, STDOUT_FILENO, data, len, err, err_size);
    }
    struct stat st;
    if (lstat(path, &st) != 0) {
        /* Not there (or not reachable: creating the temporary file says why, naming the
         * folder). */
        return replace_file(path, path, NULL, data, len, err, err_size);
    }
    if (S_ISLNK(st.st_mode)) {
        return write_through_link(path, data, len, err, err_size);
    }
    return write_kind(path, path, &st, data, len, err, err_size);
}

bool atomic_write_text(const char *path, const char *text, char *err, size_t err_size)
{
    return atomic_write(path, text, strlen(text), err, err_size);
}
