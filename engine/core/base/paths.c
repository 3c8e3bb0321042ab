/* Lexical path handling. ".." is only collapsed against a real component, never past the start
 * of a relative path, so "../x" stays "../x". */
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
