/* A scratch folder's helpers for the tests that write files (the output rule, the journal):
 * paths in it and how many entries it holds. Header-only, like check.h. */
#ifndef TTX_SCRATCH_DIR_H
#define TTX_SCRATCH_DIR_H

#include <dirent.h>
#include <stdio.h>
#include <string.h>

/* folder/name in one of four rotating buffers, so a call can take two or three such paths. */
static inline char *scratch_path(const char *folder, const char *name)
{
    static char buf[4][4096];
    static int next;
    char *p = buf[next++ % 4];
    snprintf(p, sizeof buf[0], "%s/%s", folder, name);
    return p;
}

/* The entries of folder, hidden ones included: a leftover temporary file is
 * ".sheet.json.ttx-PID-XXXXXX". */
static inline size_t scratch_count(const char *folder)
{
    size_t n = 0;
    DIR *d = opendir(folder);
    for (struct dirent *e; d && (e = readdir(d));) {
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    }
    if (d) {
        closedir(d);
    }
    return n;
}

#endif
