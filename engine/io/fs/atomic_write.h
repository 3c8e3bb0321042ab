/* Writing a whole file so that it is never half-written (SPEC §4), by the one output rule every
 * file ttx writes goes through (atomic_write.c gives the rule and its reasons): a regular file,
 * or a path with nothing there, is replaced in one step — the bytes go to a temporary file in
 * the target's folder, are flushed to disk, the temporary file is renamed over the target, and
 * the folder itself is flushed so the new name survives a power loss; a symbolic link is
 * followed and its target replaced so; a device, FIFO or socket (/dev/null, /dev/stdout, a
 * named pipe) is written in place and never replaced; "-" is standard output; a disk (block
 * device) is refused. Report writers, `ttx run`, `ttx plan`, the trainer and the GUI's PNGs
 * write through here. The journal uses the folder flush, the temporary names (atomic_temp.h)
 * and the error wording. POSIX only. */
#ifndef TTX_ATOMIC_WRITE_H
#define TTX_ATOMIC_WRITE_H

#include <stdbool.h>
#include <stddef.h>

/* Writes exactly len bytes of data to path by the rule above. On failure a replaced file is
 * untouched, no temporary file is left behind, and err says what went wrong in words a
 * facilitator can act on ("cannot write 'out/sheet.json': the disk is full (No space left on
 * device)"). A new file gets the permissions 0666 less the umask; a replaced file keeps its
 * permissions. After a replacement, leftover temporary files of killed writers in that folder
 * are removed (atomic_temp.h says which). */
bool atomic_write(const char *path, const void *data, size_t len, char *err, size_t err_size);

/* The same for a NUL-terminated text. */
bool atomic_write_text(const char *path, const char *text, char *err, size_t err_size);

/* True when atomic_write would write path in place, as a stream ("-", a device, FIFO or socket,
 * this process's standard output or error through a link), rather than replace a file there:
 * such an output cannot be read back, merged into, or given a file beside it. */
bool atomic_write_in_place(const char *path);

/* The file that a write to path replaces: path itself, or for a symbolic link its final target
 * (a relative link read from the link's folder), so that paths written inside the file can be
 * made relative to the folder it really lives in. Caller frees. */
char *atomic_write_target(const char *path);

/* Flushes the folder that contains path (its entry list), so a file just created or renamed
 * there is still there after a power loss. */
bool atomic_sync_folder(const char *path, char *err, size_t err_size);

/* errnum in words that say what to do about it, followed by the system's own text in
 * parentheses: "the disk is full (No space left on device)". Returns buf. */
char *atomic_write_reason(int errnum, char *buf, size_t size);

#endif
