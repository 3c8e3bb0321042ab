/* What journal_write.c shares with journal_read.c (resuming reopens a journal for appending).
 * Not for use outside the journal. */
#ifndef TTX_JOURNAL_INTERNAL_H
#define TTX_JOURNAL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "journal.h"

/* Takes the exclusive lock that keeps a second ttx from writing the same journal. */
bool journal_lock(int fd, const char *path, char *err, size_t err_size);

/* Wraps an open, locked descriptor whose first size bytes are the header and n_events complete
 * event lines. */
Journal *journal_open_fd(int fd, const char *path, off_t size, long n_events);

#endif
