/* The path strings of paths.h, the one place ttx takes paths apart: the folder of a path (the
 * atomic writer, the screenshot name, the relative-path helper), its final component, and one
 * absolute path as seen from an absolute folder (the journal's header, msel's procedure:, the
 * plan's sheets). */
#include <stdlib.h>

#include "check.h"
#include "paths.h"

static void check_owned(char *got, const char *want, int line)
{
    if (!got || strcmp(got, want) != 0) {
        fprintf(stderr, "line %d: got '%s', want '%s'\n", line, got ? got : "(null)", want);
    }
    CHECK(got && strcmp(got, want) == 0);
    free(got);
}
#define CHECK_OWNED(got, want) check_owned((got), (want), __LINE__)

static void test_folder(void)
{
    CHECK_OWNED(path_folder("a/b.yaml"), "a");
    CHECK_OWNED(path_folder("x/y/z.jsonl"), "x/y");
    CHECK_OWNED(path_folder("b.yaml"), ".");
    CHECK_OWNED(path_folder("/b.yaml"), "/");
    CHECK_OWNED(path_folder("/home/u/j.jsonl"), "/home/u");
    CHECK_OWNED(path_folder("./j.jsonl"), ".");
    CHECK_OWNED(path_folder("dir/"), "dir"); /* a trailing slash ends the folder part */
    CHECK_OWNED(path_folder(""), ".");
}

static void test_basename(void)
{
    CHECK_STR(path_basename("a/b.yaml"), "b.yaml");
    CHECK_STR(path_basename("b.yaml"), "b.yaml");
    CHECK_STR(path_basename("/b.yaml"), "b.yaml");
    CHECK_STR(path_basename("dir/"), "");
}

static void test_relative(void)
{
    CHECK_OWNED(path_relative("/x/out", "/x/out/a.json"), "a.json");
    CHECK_OWNED(path_relative("/x/out", "/x/out/s/a.json"), "s/a.json");
    CHECK_OWNED(path_relative("/x/a", "/x/b/y.yaml"), "../b/y.yaml");
    CHECK_OWNED(path_relative("/x/a/b/c", "/x/d.yaml"), "../../../d.yaml");
    /* Components are compared whole: "/x/a" is not inside "/x/ab". */
    CHECK_OWNED(path_relative("/x/a", "/x/ab/f"), "../ab/f");
    CHECK_OWNED(path_relative("/x/ab", "/x/a/f"), "../a/f");
    /* The folder itself, seen from inside it. */
    CHECK_OWNED(path_relative("/x/a", "/x/a"), "../a");
    /* Sharing only the root: the absolute path, which survives moving either folder. */
    CHECK_OWNED(path_relative("/home/u/drills", "/tmp/s.yaml"), "/tmp/s.yaml");
    CHECK_OWNED(path_relative("/", "/a/f.yaml"), "/a/f.yaml");
    CHECK_OWNED(path_relative("/a", "/b"), "/b");
}

int main(void)
{
    test_folder();
    test_basename();
    test_relative();
    return check_done();
}
