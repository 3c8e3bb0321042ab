/* Temporary files beside a target (see atomic_temp.h).
 *
 * The name ".NAME.ttx-PID-XXXXXX" is hidden, says which file it was for, and carries its
 * writer's pid, so a later ttx can tell a leftover from a file being written right now. A kill
 * between a temporary file's creation and its rename leaves it behind (SIGKILL runs no cleanup),
 * and the next ttx that writes into the same folder removes it when both hold:
 *  - no process has that pid: a live writer's file is never taken from under it (a pid reused
 *    by another program only keeps a leftover a little longer, which is harmless);
 *  - it has not been modified for ATOMIC_TEMP_STALE_SECONDS: a writer in another pid namespace
 *    (a container) or on another machine (a shared folder) has a pid we cannot see, but its
 *    temporary file lives for the few seconds of one write, flush and rename.
 * Only regular files whose whole name has this exact shape are removed; nothing else in the
 * folder is ever touched. */
#define _GNU_SOURCE /* renameat2 and RENAME_NOREPLACE, mkostemp */

#include "atomic_temp.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base.h"
#include "paths.h"

/* Linux's largest pid (PID_MAX_LIMIT): a bigger number in a name is nobody's. */
#define PID_LIMIT 4194304L

/* umask can only be read by setting it, so it is set back at once; ttx creates files from one
 * thread, so nothing can slip in between. */
mode_t atomic_new_file_mode(void)
{
    mode_t mask = umask(022);
    umask(mask);
    return 0666 & ~mask;
}

int atomic_temp_create(const char *target, mode_t mode, char **tmp_out)
{
    char *dir = path_folder(target);
    const char *slash = strrchr(target, '/');
    char *tmp =
        ttx_format("%s/.%s.ttx-%ld-XXXXXX", dir, slash ? slash + 1 : target, (long)getpid());
    free(dir);
    /* mkstemp makes it 0600; fchmod gives it the mode the target is to have. */
    int fd = mkostemp(tmp, O_CLOEXEC);
    if (fd >= 0 && fchmod(fd, mode) != 0) {
        int saved = errno;
        close(fd);
        unlink(tmp);
        errno = saved;
        fd = -1;
    }
    if (fd < 0) {
        int saved = errno;
        free(tmp);
        errno = saved;
        return -1;
    }
    *tmp_out = tmp;
    return fd;
}

static bool ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool atomic_temp_name(const char *name, long *pid)
{
    /* Read from the end, since NAME may hold anything: 6 random characters, '-', the pid,
     * ".ttx-", and before it '.' and at least one character of NAME. */
    size_t n = strlen(name);
    if (n < 15 || name[0] != '.') {
        return false;
    }
    const char *rnd = name + n - 6;
    for (int i = 0; i < 6; i++) {
        if (!ascii_alnum(rnd[i])) {
            return false;
        }
    }
    const char *dash = rnd - 1, *digits = dash;
    while (digits > name && digits[-1] >= '0' && digits[-1] <= '9') {
        digits--;
    }
    if (*dash != '-' || digits == dash || dash - digits > 10 || digits - name < 7 ||
        memcmp(digits - 5, ".ttx-", 5) != 0) {
        return false;
    }
    *pid = strtol(digits, NULL, 10);
    return *pid > 0;
}

static bool process_gone(long pid)
{
    if (pid == (long)getpid()) {
        return false;
    }
    if (pid > PID_LIMIT) {
        return true;
    }
    /* Signal 0 only asks whether the process exists; EPERM means it does, as another user. */
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

void atomic_temp_sweep(const char *folder)
{
    DIR *d = opendir(folder);
    if (!d) {
        return;
    }
    time_t now = time(NULL);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        long pid;
        struct stat st;
        if (!atomic_temp_name(e->d_name, &pid) ||
            fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            now - st.st_mtime < ATOMIC_TEMP_STALE_SECONDS || !process_gone(pid)) {
            continue;
        }
        unlinkat(dirfd(d), e->d_name, 0);
    }
    closedir(d);
}

/* Not every file system knows RENAME_NOREPLACE (NFS does not) or hard links (FAT does not):
 * each way is tried in turn. The last reserves the name with an empty file and renames over
 * it, so "exists" is still detected; only there can a kill leave that empty file behind. */
int atomic_temp_place_new(const char *tmp, const char *path)
{
    if (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP) {
        return -1;
    }
    if (link(tmp, path) == 0) {
        unlink(tmp);
        return 0;
    }
    if (errno != EPERM && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP) {
        return -1;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return -1;
    }
    close(fd);
    if (rename(tmp, path) != 0) {
        int saved = errno;
        unlink(path);
        errno = saved;
        return -1;
    }
    return 0;
}

void atomic_temp_fault_pause(void)
{
    const char *v = getenv("TTX_FAULT_PAUSE_BEFORE_RENAME");
    if (v && strcmp(v, "1") == 0) {
        raise(SIGSTOP);
    }
}
