/* Lexical path handling. ".." is only collapsed against a real component, never past the start
 * of a relative path, so "../x" stays "../x". Only '/' separates components (POSIX). */
#include "paths.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

char *path_normalize(const char *path)
{
    size_t len = strlen(path);
    bool absolute = path[0] == '/';
    char *copy = ttx_strdup(path);
    const char **parts = ttx_malloc((len / 2 + 2) * sizeof(char *));
    size_t n = 0;
    for (char *tok = strtok(copy, "/"); tok; tok = strtok(NULL, "/")) {
        if (strcmp(tok, ".") == 0) {
            continue;
        }
        if (strcmp(tok, "..") == 0 && n > 0 && strcmp(parts[n - 1], "..") != 0) {
            n--;
            continue;
        }
        if (strcmp(tok, "..") == 0 && absolute) {
            continue;
        }
        parts[n++] = tok;
    }
    char *out = ttx_malloc(len + 3);
    size_t o = 0;
    if (absolute) {
        out[o++] = '/';
    }
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(parts[i]);
        if (i) {
            out[o++] = '/';
        }
        memcpy(out + o, parts[i], l);
        o += l;
    }
    if (o == 0) {
        out[o++] = '.';
    }
    out[o] = '\0';
    free(parts);
    free(copy);
    return out;
}

char *path_resolve(const char *from, const char *ref)
{
    if (ref[0] == '/') {
        return path_normalize(ref);
    }
    const char *slash = strrchr(from, '/');
    size_t dir_len = slash ? (size_t)(slash - from) + 1 : 0;
    size_t ref_len = strlen(ref);
    char *joined = ttx_malloc(dir_len + ref_len + 1);
    memcpy(joined, from, dir_len);
    memcpy(joined + dir_len, ref, ref_len + 1);
    char *out = path_normalize(joined);
    free(joined);
    return out;
}

const char *path_basename(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

char *path_folder(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        return ttx_strdup(".");
    }
    size_t n = slash == path ? 1 : (size_t)(slash - path); /* "/b.yaml" keeps its "/" */
    char *dir = ttx_malloc(n + 1);
    memcpy(dir, path, n);
    dir[n] = '\0';
    return dir;
}

char *path_relative(const char *from_dir, const char *target)
{
    TTX_EXPECT(from_dir[0] == '/' && target[0] == '/');
    /* common: the length of the longest shared folder, ending at a component boundary of both
     * ("/a/b" and "/a/bc/x" share "/a", not "/a/b"). */
    size_t common = 0;
    for (size_t i = 0;; i++) {
        if ((from_dir[i] == '\0' || from_dir[i] == '/') && target[i] == '/') {
            common = i;
        }
        if (from_dir[i] == '\0' || from_dir[i] != target[i]) {
            break;
        }
    }
    if (common == 0) {
        return ttx_strdup(target);
    }
    size_t ups = 0; /* one "../" per component of from_dir below the shared folder */
    for (const char *p = from_dir + common; *p; p++) {
        ups += *p == '/';
    }
    const char *rest = target + common + 1;
    char *out = ttx_malloc(ups * 3 + strlen(rest) + 1);
    out[0] = '\0';
    for (size_t u = 0; u < ups; u++) {
        strcat(out, "../");
    }
    strcat(out, rest);
    return out;
}
