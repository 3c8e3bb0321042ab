/* Whole-file reads. We stat first so a directory gets its own message instead of EISDIR from
 * read(), which some systems only report on the first read. */
#include "file_read.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base.h"

FileReadStatus file_read_all(const char *path, char **data, size_t *len, const char **reason)
{
    struct stat st;
    *data = NULL;
    *len = 0;
    if (stat(path, &st) != 0) {
        *reason = strerror(errno);
        return errno == ENOENT || errno == ENOTDIR ? FILE_READ_MISSING : FILE_READ_UNREADABLE;
    }
    if (S_ISDIR(st.st_mode)) {
        *reason = "is a directory, not a file";
        return FILE_READ_DIRECTORY;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *reason = strerror(errno);
        return FILE_READ_UNREADABLE;
    }
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
    char *buf = ttx_malloc(cap);
    size_t n = 0;
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > FILE_READ_MAX_BYTES) {
                free(buf);
                fclose(f);
                *reason = "is larger than 256 MiB";
                return FILE_READ_TOO_LARGE;
            }
            cap *= 2;
            buf = ttx_realloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            break;
        }
    }
    if (ferror(f)) {
        *reason = strerror(errno);
        free(buf);
        fclose(f);
        return FILE_READ_UNREADABLE;
    }
    fclose(f);
    if (n > FILE_READ_MAX_BYTES) {
        free(buf);
        *reason = "is larger than 256 MiB";
        return FILE_READ_TOO_LARGE;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    *reason = NULL;
    return FILE_READ_OK;
}
