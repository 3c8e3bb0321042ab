/* Loading a ttx file of any kind together with the files it refers to (record → scenario →
 * 手順書), and validating all of them. This is the one entry point for commands: they get either
 * a complete, valid Exercise or the diagnostics that say why not. */
#ifndef TTX_EXERCISE_LOAD_H
#define TTX_EXERCISE_LOAD_H

#include "file_kind.h"
#include "model.h"

typedef enum LoadStatus {
    LOAD_OK,         /* no errors (there may be warnings) */
    LOAD_INVALID,    /* errors in the file or in a file it refers to: exit 65 */
    LOAD_UNREADABLE, /* the named file itself cannot be read: exit 66 */
} LoadStatus;

typedef struct Exercise {
    FileKind kind;         /* the kind of the file that was named */
    Procedure *procedure;  /* set for every kind */
    Scenario *scenario;    /* set for scenarios and records */
    Record *record;        /* set for records */
    char *scenario_path;   /* resolved paths (owned) */
    char *procedure_path;
} Exercise;

/* Loads and validates path and everything it refers to, reporting every problem to diags.
 * ex receives what could be built, even when there were errors (models may then be
 * incomplete); use it only to report. Free with exercise_free. */
LoadStatus exercise_check(const char *path, Exercise *ex, Diags *diags);

/* Like exercise_check, but ex is filled only on LOAD_OK, and the named file must be of kind
 * `want` (FILE_KIND_UNKNOWN accepts any). */
LoadStatus exercise_load(const char *path, FileKind want, Exercise *ex, Diags *diags);

void exercise_free(Exercise *ex);

#endif
