/* The scratch folder and checks the harnesses share (fuzz_common.h). The folder lives under
 * $TMPDIR (default /tmp) and is removed at exit, so thousands of runs leave nothing behind;
 * a crash leaves it for the post-mortem. */
#include "fuzz_common.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"

enum { FUZZ_MAX_NAMES = 32 };

static char scratch_dir[PATH_MAX];
static char *names[FUZZ_MAX_NAMES];
static size_t n_names;

const char *fuzz_source_dir(void)
{
    const char *env = getenv("TTX_SOURCE_DIR");
    return env && *env ? env : TTX_SOURCE_DIR;
}

/* Removes the scratch folder and what is in it (one level of sub-folders, as fuzz_scratch
 * allows "dir/file" names). */
static void remove_tree(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        return;
    }
    for (struct dirent *e; (e = readdir(dh));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        char path[PATH_MAX * 2];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (unlink(path) != 0 && (errno == EISDIR || errno == EPERM)) {
            remove_tree(path);
        }
    }
    closedir(dh);
    rmdir(dir);
}

static void cleanup(void)
{
    remove_tree(scratch_dir);
    for (size_t i = 0; i < n_names; i++) {
        free(names[i]);
    }
}

const char *fuzz_scratch(const char *name)
{
    if (!scratch_dir[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(scratch_dir, sizeof scratch_dir, "%s/ttx-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        TTX_EXPECT(mkdtemp(scratch_dir) != NULL);
        atexit(cleanup);
    }
    size_t len = strlen(scratch_dir) + strlen(name) + 2;
    for (size_t i = 0; i < n_names; i++) {
        if (strcmp(names[i] + strlen(scratch_dir) + 1, name) == 0) {
            return names[i];
        }
    }
    TTX_EXPECT(n_names < FUZZ_MAX_NAMES);
    char *path = ttx_malloc(len);
    snprintf(path, len, "%s/%s", scratch_dir, name);
    names[n_names++] = path;
    /* "dir/file": make the folder. */
    char *slash = strrchr(path, '/');
    if (slash > path + strlen(scratch_dir)) {
        *slash = '\0';
        TTX_EXPECT(mkdir(path, 0777) == 0 || errno == EEXIST);
        *slash = '/';
    }
    return path;
}

void fuzz_write_file(const char *path, const void *data, size_t size)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    TTX_EXPECT(fd >= 0);
    const char *p = data;
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        TTX_EXPECT(n > 0);
        p += n;
        size -= (size_t)n;
    }
    TTX_EXPECT(close(fd) == 0);
}

void fuzz_link(const char *src, const char *dst)
{
    unlink(dst);
    TTX_EXPECT(symlink(src, dst) == 0);
}

void fuzz_check_diags(Diags *d)
{
    /* A position of 0 means "unknown" (diag.h) and prints as the first line; never negative. */
    diags_sort(d);
    for (size_t i = 0; i < d->n; i++) {
        const Diag *g = &d->v[i];
        TTX_EXPECT(g->path != NULL && g->message != NULL && g->message[0] != '\0');
        TTX_EXPECT(g->pos.line >= 0 && g->pos.col >= 0);
        free(diag_format(g));
    }
    TTX_EXPECT(d->n_errors + d->n_warnings == d->n);
}
