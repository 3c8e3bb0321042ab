/* Path strings, lexically (no filesystem access): resolving a file reference relative to the file
 * that contains it, so messages show a tidy path; the folder and the final component of a path;
 * and one absolute path as seen from an absolute folder. Every place in ttx that takes a path
 * apart uses these. Pure C11. */
#ifndef TTX_PATHS_H
#define TTX_PATHS_H

/* The path of `ref` as seen from the directory of `from` ("scenarios/records/a.yaml" +
 * "../ransomware.yaml" → "scenarios/ransomware.yaml"); absolute refs are kept. Caller frees. */
char *path_resolve(const char *from, const char *ref);
/* Lexically normalised copy: "a/./b/../c" → "a/c". Caller frees. */
char *path_normalize(const char *path);
/* The final component ("a/b.yaml" → "b.yaml"); points into path. */
const char *path_basename(const char *path);
/* The folder part of path: "a/b.yaml" → "a", "b.yaml" → ".", "/b.yaml" → "/". Caller frees. */
char *path_folder(const char *path);
/* target as seen from the folder from_dir, both absolute and normalised (as realpath gives them):
 * "/x/out" + "/x/out/s/a.json" → "s/a.json", "/x/a" + "/x/b/y.yaml" → "../b/y.yaml". When the
 * only folder they share is the root, target is returned as it is: a path climbing to the root
 * would break as soon as either folder moved, where the absolute one keeps working. Caller
 * frees. */
char *path_relative(const char *from_dir, const char *target);

#endif
