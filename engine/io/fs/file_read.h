/* Reading a whole input file into memory, with the reasons a facilitator can act on when it
 * cannot be read (missing, a directory, unreadable, too large). Depends on libc and POSIX only. */
#ifndef TTX_FILE_READ_H
#define TTX_FILE_READ_H

#include <stdbool.h>
#include <stddef.h>

typedef enum FileReadStatus {
    FILE_READ_OK,
    FILE_READ_MISSING,    /* does not exist */
    FILE_READ_DIRECTORY,  /* is a directory */
    FILE_READ_UNREADABLE, /* permission or I/O error */
    FILE_READ_TOO_LARGE,
} FileReadStatus;

/* Largest input accepted: far above any real scenario (a 100k-inject stress file is ~30 MiB). */
enum { FILE_READ_MAX_BYTES = 256 * 1024 * 1024 };

/* On success *data is a malloc'd buffer of *len bytes plus a terminating NUL (caller frees).
 * On failure *reason says why in words (static or strerror text). */
FileReadStatus file_read_all(const char *path, char **data, size_t *len, const char **reason);

#endif
