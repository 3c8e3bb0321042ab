/* path_relative_to_file on real folders: realpath makes "." and a symlinked folder agree with
 * their targets, a target that does not exist yet is fine as long as its folder does, and a
 * folder that cannot be resolved gives the target back normalised. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "path_relative.h"

static char root[] = "/tmp/ttx-path-relative-XXXXXX";

static void check_rel(const char *target, const char *from, const char *want)
{
    char t[256], f[256];
    snprintf(t, sizeof t, "%s/%s", root, target);
    snprintf(f, sizeof f, "%s/%s", root, from);
    char *got = path_relative_to_file(t, f);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "%s from %s: got '%s', want '%s'\n", target, from, got, want);
    }
    CHECK_STR(got, want);
    free(got);
}

int main(void)
{
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    char path[256];
    const char *dirs[] = {"out", "out/s", "a", "b"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", root, dirs[i]);
        CHECK(mkdir(path, 0700) == 0);
    }
    char link[256];
    snprintf(path, sizeof path, "%s/out", root);
    snprintf(link, sizeof link, "%s/link", root);
    CHECK(symlink(path, link) == 0);

    check_rel("out/s/a.json", "out/plan.yaml", "s/a.json");
    check_rel("out/./s/a.json", "out/plan.yaml", "s/a.json");
    check_rel("b/y.yaml", "a/x.yaml", "../b/y.yaml");
    check_rel("out/a.json", "out/s/plan.yaml", "../a.json");
    check_rel("link/s/a.json", "out/plan.yaml", "s/a.json"); /* the symlink is the folder */
    char *got = path_relative_to_file("missing-dir/./x.json", "a.yaml");
    CHECK_STR(got, "missing-dir/x.json");
    free(got);

    CHECK(unlink(link) == 0);
    for (size_t i = sizeof dirs / sizeof dirs[0]; i-- > 0;) {
        snprintf(path, sizeof path, "%s/%s", root, dirs[i]);
        CHECK(rmdir(path) == 0);
    }
    CHECK(rmdir(root) == 0);
    return check_done();
}
