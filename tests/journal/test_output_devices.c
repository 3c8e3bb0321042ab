/* The output rule for device nodes, on twins made with mknod in a scratch folder, never on the
 * system's own: a /dev/null twin (c 1 3) is written and stays a character device, also through
 * a link; a /dev/full twin (c 1 7) fails with "the disk is full" and stays; a block device is
 * refused without being opened (its number, 241:77, is in the range Linux reserves for local
 * use, so even a bug could not reach a disk through it); a journal is refused on any of them.
 * /dev/null itself must still be a character device at the end. mknod needs root: skipped
 * (exit 77) otherwise. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "atomic_write.h"
#include "check.h"
#include "fixture.h"
#include "journal.h"
#include "scratch_dir.h"

static char dir[] = "/tmp/ttx-devices-XXXXXX";

/* path is still the device node kind with number dev. */
static bool node_is(const char *path, mode_t kind, dev_t dev)
{
    struct stat st;
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == kind && st.st_rdev == dev;
}

static void test_null_and_full(void)
{
    char err[256];
    CHECK(mknod(scratch_path(dir, "null"), S_IFCHR | 0666, makedev(1, 3)) == 0);
    CHECK(atomic_write_text(scratch_path(dir, "null"), "into the void\n", err, sizeof(err)));
    CHECK(node_is(scratch_path(dir, "null"), S_IFCHR, makedev(1, 3)));
    CHECK(symlink("null", scratch_path(dir, "to-null")) == 0);
    CHECK(atomic_write_text(scratch_path(dir, "to-null"), "through a link\n", err, sizeof(err)));
    CHECK(node_is(scratch_path(dir, "null"), S_IFCHR, makedev(1, 3)));
    struct stat st;
    CHECK(lstat(scratch_path(dir, "to-null"), &st) == 0 && S_ISLNK(st.st_mode));

    CHECK(mknod(scratch_path(dir, "full"), S_IFCHR | 0666, makedev(1, 7)) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "full"), "no room\n", err, sizeof(err)));
    CHECK(strstr(err, "full") && strstr(err, "the disk is full"));
    CHECK(node_is(scratch_path(dir, "full"), S_IFCHR, makedev(1, 7)));
    CHECK(scratch_count(dir) == 3); /* nothing created beside them */
}

static void test_block_device(void)
{
    char err[256];
    CHECK(mknod(scratch_path(dir, "disk"), S_IFBLK | 0600, makedev(241, 77)) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "disk"), "never\n", err, sizeof(err)));
    CHECK(strstr(err, "disk") && strstr(err, "block device"));
    CHECK(node_is(scratch_path(dir, "disk"), S_IFBLK, makedev(241, 77)));
    CHECK(symlink("disk", scratch_path(dir, "to-disk")) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "to-disk"), "never\n", err, sizeof(err)));
    CHECK(strstr(err, "block device") != NULL);
    CHECK(node_is(scratch_path(dir, "disk"), S_IFBLK, makedev(241, 77)));
}

/* A journal must be a real file: every device is refused, by name, and left alone. */
static void test_journal_on_devices(void)
{
    char err[512];
    Exercise ex = fixture_load("data/scenario.yaml");
    JournalSetup setup = {ex.scenario_path, ex.procedure_path, wall_at(0), NULL, NULL, 0};
    static const char *const names[] = {"null", "disk"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        Journal *j = journal_create(scratch_path(dir, names[i]), &setup, err, sizeof(err));
        CHECK(j == NULL);
        journal_close(j);
        CHECK(strstr(err, names[i]) && strstr(err, "it is a device") &&
              strstr(err, "a journal must be a real file"));
    }
    CHECK(node_is(scratch_path(dir, "null"), S_IFCHR, makedev(1, 3)));
    CHECK(node_is(scratch_path(dir, "disk"), S_IFBLK, makedev(241, 77)));
    exercise_free(&ex);
}

int main(void)
{
    if (geteuid() != 0) {
        printf("skipped: making device nodes (mknod) needs root\n");
        return 77;
    }
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    test_null_and_full();
    test_block_device();
    test_journal_on_devices();
    CHECK(scratch_count(dir) == 5);
    static const char *const names[] = {"null", "to-null", "full", "disk", "to-disk"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        unlink(scratch_path(dir, names[i]));
    }
    CHECK(rmdir(dir) == 0);
    struct stat st;
    CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
    return check_done();
}
