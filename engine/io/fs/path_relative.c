/* Relative paths between real folders: both folders are resolved with realpath (so "." and
 * symlinks agree), then paths.c's path_relative does the string work. */
#include "path_relative.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "paths.h"

static char *real_folder(const char *file)
{
    char *folder = path_folder(file);
    char *real = realpath(folder, NULL);
    free(folder);
    return real;
}

char *path_relative_to_file(const char *target, const char *from_file)
{
    char *to_dir = real_folder(target), *from_dir = real_folder(from_file);
    char *out;
    if (!to_dir || !from_dir) {
        out = path_normalize(target);
    } else {
        bool root = strcmp(to_dir, "/") == 0;
        char *real_target = ttx_format("%s%s%s", to_dir, root ? "" : "/", path_basename(target));
        out = path_relative(from_dir, real_target);
        free(real_target);
    }
    free(to_dir);
    free(from_dir);
    return out;
}
