/* The temporary files that atomic_write and the journal create beside their targets before
 * renaming them into place: their names, the removal of those a killed ttx left behind, putting
 * a new file in place without replacing one, and the fault tests' pause. POSIX (Linux for
 * renameat2, with fallbacks); depends on nothing of ttx but base.h. */
#ifndef TTX_ATOMIC_TEMP_H
#define TTX_ATOMIC_TEMP_H

#include <stdbool.h>
#include <sys/types.h>

/* A leftover is removed only when the process named in it is gone and it has not changed for
 * this long (see atomic_temp.c for why both). */
#define ATOMIC_TEMP_STALE_SECONDS 60

/* Creates an empty temporary file in the folder of target, named ".NAME.ttx-PID-XXXXXX" (NAME
 * the target's own name, PID this process), with the permissions mode. Returns the open
 * descriptor (write only) and the malloc'd name in *tmp_out, or -1 with errno set. */
int atomic_temp_create(const char *target, mode_t mode, char **tmp_out);

/* The permissions of a new file: 0666 less the umask, as open(2) would give it. */
mode_t atomic_new_file_mode(void);

/* True when name (no folder) is one of atomic_temp_create's names; *pid receives its writer. */
bool atomic_temp_name(const char *name, long *pid);

/* Removes the stale leftover temporary files in folder (see ATOMIC_TEMP_STALE_SECONDS); files
 * of any other name are never touched. Best effort: failures are ignored. */
void atomic_temp_sweep(const char *folder);

/* Renames tmp to path unless path exists (then -1 with errno EEXIST, and tmp is still there).
 * Returns 0 or -1 with errno. */
int atomic_temp_place_new(const char *tmp, const char *path);

/* TEST ONLY: with TTX_FAULT_PAUSE_BEFORE_RENAME=1 in the environment the process stops itself
 * (SIGSTOP) here, between a temporary file's creation and its rename, so that the fault tests
 * can kill it at exactly that moment. Does nothing otherwise. */
void atomic_temp_fault_pause(void);

#endif
