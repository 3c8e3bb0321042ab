/* Relative paths between real folders: both sides are resolved with realpath (so "." and symlinks
 * agree), then the common leading components are dropped and each remaining component of the
 * referring folder becomes "..". */
#include "path_relative.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "paths.h"

/* The folder part of path ("a/b.yaml" → "a", "b.yaml" → "."), malloc'd. */
static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        return ttx_strdup(".");
    }
    if (slash == path) {
        return ttx_strdup("/");
    }
    char *s = ttx_strdup(path);
    s[slash - path] = '\0';
    return s;
}

static char *real_folder(const char *file)
{
    char *folder = folder_of(file);
    char *real = realpath(folder, NULL);
    free(folder);
    return real;
}

char *path_relative_to_file(const char *target, const char *from_file)
{
    char *to_dir = real_folder(target), *from_dir = real_folder(from_file);
    if (!to_dir || !from_dir) {
        free(to_dir);
        free(from_dir);
        return path_normalize(target);
    }
    /* Drop the common leading components ("/a/b" and "/a/c" share "/a"). */
    size_t common = 0, i = 0;
    for (; to_dir[i] && to_dir[i] == from_dir[i]; i++) {
        if (to_dir[i] == '/') {
            common = i;
        }
    }
    if ((to_dir[i] == '\0' || to_dir[i] == '/') && (from_dir[i] == '\0' || from_dir[i] == '/')) {
        common = i;
    }
    size_t ups = 0;
    for (const char *p = from_dir + common; *p; p++) {
        ups += *p == '/' && p[1] != '\0';
    }
    const char *rest = to_dir + common;
    rest += *rest == '/';
    const char *base = path_basename(target);
    size_t n = ups * 3 + strlen(rest) + strlen(base) + 2;
    char *out = ttx_malloc(n);
    out[0] = '\0';
    for (size_t k = 0; k < ups; k++) {
        strcat(out, "../");
    }
    if (*rest) {
        strcat(out, rest);
        strcat(out, "/");
    }
    strcat(out, base);
    free(to_dir);
    free(from_dir);
    return out;
}
