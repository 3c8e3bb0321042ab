/* A main() for the harnesses without libFuzzer: runs every file named on the command line (or
 * found in a named folder, in name order) through LLVMFuzzerTestOneInput once. The normal build
 * links each harness with this, so the regression corpus of fuzz/regressions/ replays with gcc,
 * under ASan+UBSan and under valgrind, on machines without clang. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "file_read.h"
#include "fuzz_common.h"

static int n_inputs;

static void run_file(const char *path)
{
    char *data;
    size_t len;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        fprintf(stderr, "%s: %s\n", path, reason);
        exit(66);
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
    free(data);
    n_inputs++;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_dir(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        perror(dir);
        exit(66);
    }
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(dh));) {
        if (e->d_name[0] != '.') {
            names = realloc(names, (n + 1) * sizeof *names);
            names[n++] = strdup(e->d_name);
        }
    }
    closedir(dh);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            run_file(path);
        }
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            run_dir(argv[i]);
        } else {
            run_file(argv[i]);
        }
    }
    printf("%s: %d inputs replayed\n", argv[0], n_inputs);
    return 0;
}
