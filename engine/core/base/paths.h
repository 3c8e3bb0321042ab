/* Path strings: resolving a file reference relative to the file that contains it, lexically
 * (no filesystem access), so messages show a tidy path. Pure C11. */
#ifndef TTX_PATHS_H
#define TTX_PATHS_H

/* The path of `ref` as seen from the directory of `from` ("scenarios/records/a.yaml" +
 * "../ransomware.yaml" → "scenarios/ransomware.yaml"); absolute refs are kept. Caller frees. */
char *path_resolve(const char *from, const char *ref);
/* Lexically normalised copy: "a/./b/../c" → "a/c". Caller frees. */
char *path_normalize(const char *path);
/* The final component ("a/b.yaml" → "b.yaml"); points into path. */
const char *path_basename(const char *path);

#endif
