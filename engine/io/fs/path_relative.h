/* The path of one file as another file refers to it: ttx files name their neighbours relative to
 * their own folder (a scenario's `procedure:`, a plan's `exercise.sheet`), so that a folder of
 * exercise files can be moved or mailed as a whole. POSIX (realpath). */
#ifndef TTX_PATH_RELATIVE_H
#define TTX_PATH_RELATIVE_H

/* target as seen from the folder of from_file ("out/s/a.json" from "out/plan.yaml" → "s/a.json";
 * "b/y.yaml" from "a/x.yaml" → "../b/y.yaml"; absolute when the two folders share only the root,
 * see path_relative). Both folders must exist; target itself need not. When a folder cannot be
 * resolved, target is returned normalised. Caller frees. */
char *path_relative_to_file(const char *target, const char *from_file);

#endif
