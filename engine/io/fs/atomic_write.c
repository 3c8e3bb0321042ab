/* Atomic whole-file replacement: mkstemp in the target's folder (rename is only atomic within one
 * file system), write, fsync, rename, fsync the folder. Every failure path removes the temporary
 * file, so a failed write leaves the folder exactly as it was. */
#include "atomic_write.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"
#include "paths.h"

char *atomic_write_reason(int errnum, char *buf, size_t size)
{
    const char *words = NULL;
    switch (errnum) {
    case ENOSPC:
        words = "the disk is full";
        break;
    case EDQUOT:
        words = "the disk quota is used up";
        break;
    case EACCES:
    case EPERM:
        words = "permission denied; choose another folder or fix its permissions";
        break;
    case EROFS:
        words = "the disk is read-only";
        break;
    case ENOENT:
        words = "the folder does not exist";
        break;
    case ENOTDIR:
        words = "a part of the path is not a folder";
        break;
    case EISDIR:
        words = "it is a folder";
        break;
    case EIO:
        words = "the disk reported an I/O error (it may be failing or was removed)";
        break;
    case EFBIG:
        words = "the file is too large";
        break;
    case ENAMETOOLONG:
        words = "the name is too long";
        break;
    case EEXIST:
        words = "it already exists";
        break;
    default:
        break;
    }
    if (words) {
        snprintf(buf, size, "%s (%s)", words, strerror(errnum));
    } else {
        snprintf(buf, size, "%s", strerror(errnum));
    }
    return buf;
}

/* The folder part of path ("." when it has none); caller frees. */
static char *folder_of(const char *path)
{
    return path_folder(path);
}

bool atomic_sync_folder(const char *path, char *err, size_t err_size)
{
    char *dir = folder_of(path);
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

/* write(2) until every byte is out: a write may be cut short by a signal or a nearly full disk. */
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

/* New files get the usual 0666 less the umask (mkstemp makes them 0600); replaced files keep
 * their mode. umask can only be read by setting it, so it is set back at once; ttx creates
 * files from one thread, so nothing can slip in between. */
static mode_t mode_for(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        return st.st_mode & 07777;
    }
    mode_t mask = umask(022);
    umask(mask);
    return 0666 & ~mask;
}

bool atomic_write(const char *path, const void *data, size_t len, char *err, size_t err_size)
{
    char why[256];
    char *dir = folder_of(path);
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t tmp_size = strlen(dir) + strlen(base) + 16;
    char *tmp = ttx_malloc(tmp_size);
    /* Hidden, and named after the target, so a leftover (after a crash between mkstemp and
     * rename) is recognisable and never mistaken for a report. */
    snprintf(tmp, tmp_size, "%s/.%s.XXXXXX", dir, base);
    bool ok = false;
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, err_size, "cannot write '%s': cannot create a file in the folder '%s': %s",
                 path, dir, atomic_write_reason(errno, why, sizeof(why)));
        goto done;
    }
    if (fchmod(fd, mode_for(path)) != 0 || !write_all(fd, data, len) || fsync(fd) != 0) {
        snprintf(err, err_size, "cannot write '%s': %s", path,
                 atomic_write_reason(errno, why, sizeof(why)));
        close(fd);
        unlink(tmp);
        goto done;
    }
    if (close(fd) != 0) {
        snprintf(err, err_size, "cannot write '%s': %s", path,
                 atomic_write_reason(errno, why, sizeof(why)));
        unlink(tmp);
        goto done;
    }
    if (rename(tmp, path) != 0) {
        snprintf(err, err_size, "cannot write '%s': %s", path,
                 atomic_write_reason(errno, why, sizeof(why)));
        unlink(tmp);
        goto done;
    }
    ok = atomic_sync_folder(path, err, err_size);
done:
    free(tmp);
    free(dir);
    return ok;
}

bool atomic_write_text(const char *path, const char *text, char *err, size_t err_size)
{
    return atomic_write(path, text, strlen(text), err, err_size);
}
