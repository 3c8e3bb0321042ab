/* Writing a whole file so that it is never half-written (SPEC §4): the bytes go to a temporary
 * file in the target's folder, are flushed to disk, and the temporary file is renamed over the
 * target, which replaces it in one step; then the folder itself is flushed so the new name
 * survives a power loss. Report writers, `ttx run` and `ttx plan` write through here. The
 * journal uses the folder flush and the error wording. POSIX only. */
#ifndef TTX_ATOMIC_WRITE_H
#define TTX_ATOMIC_WRITE_H

#include <stdbool.h>
#include <stddef.h>

/* Replaces (or creates) path with exactly len bytes of data. On failure the target is untouched,
 * no temporary file is left behind, and err says what went wrong in words a facilitator can act
 * on ("cannot write 'out/sheet.json': the disk is full (No space left on device)"). A new file
 * gets the permissions 0666 less the umask; a replaced file keeps its permissions. */
bool atomic_write(const char *path, const void *data, size_t len, char *err, size_t err_size);

/* The same for a NUL-terminated text. */
bool atomic_write_text(const char *path, const char *text, char *err, size_t err_size);

/* Flushes the folder that contains path (its entry list), so a file just created or renamed
 * there is still there after a power loss. */
bool atomic_sync_folder(const char *path, char *err, size_t err_size);

/* errnum in words that say what to do about it, followed by the system's own text in
 * parentheses: "the disk is full (No space left on device)". Returns buf. */
char *atomic_write_reason(int errnum, char *buf, size_t size);

#endif
