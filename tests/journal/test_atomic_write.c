/* SHA-256 of files against published test vectors, and atomic file replacement: the content is
 * exact, permissions follow the rules, failures say why in words and leave nothing behind; a
 * symbolic link stays a link and its target (through chains, relative to the link's folder) is
 * replaced or created; a loop is an error; the leftover temporary files of killed writers are
 * removed by the next write into the folder, and nothing else is. Streams (FIFO, socket,
 * standard output) are in test_output_streams.c, device nodes in test_output_devices.c. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "atomic_temp.h"
#include "atomic_write.h"
#include "check.h"
#include "file_read.h"
#include "scratch_dir.h"
#include "sha256.h"

static char dir[] = "/tmp/ttx-atomic-XXXXXX";

/* The whole content of path, or "" when it cannot be read (static: valid until the next call). */
static const char *content(const char *path)
{
    static char buf[256];
    char *data;
    size_t len;
    const char *why;
    buf[0] = '\0';
    if (file_read_all(path, &data, &len, &why) == FILE_READ_OK) {
        snprintf(buf, sizeof buf, "%s", data);
        free(data);
    }
    return buf;
}

static bool is_link_to(const char *path, const char *text)
{
    char buf[256];
    ssize_t n = readlink(path, buf, sizeof buf - 1);
    if (n < 0) {
        return false;
    }
    buf[n] = '\0';
    return strcmp(buf, text) == 0;
}

static void test_sha256(void)
{
    char hex[SHA256_HEX_SIZE], err[256];
    /* FIPS 180-2 examples. */
    sha256_buffer("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha256_buffer("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(atomic_write_text(scratch_path(dir, "abc.txt"), "abc", err, sizeof(err)));
    CHECK(sha256_file(scratch_path(dir, "abc.txt"), hex, err, sizeof(err)));
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    /* More than one read buffer: a million 'a'. */
    char *big = malloc(1000000);
    memset(big, 'a', 1000000);
    CHECK(atomic_write(scratch_path(dir, "big.txt"), big, 1000000, err, sizeof(err)));
    free(big);
    CHECK(sha256_file(scratch_path(dir, "big.txt"), hex, err, sizeof(err)));
    CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(!sha256_file(scratch_path(dir, "none.txt"), hex, err, sizeof(err)));
    CHECK(strstr(err, "none.txt") && strstr(err, "No such file"));
    unlink(scratch_path(dir, "abc.txt"));
    unlink(scratch_path(dir, "big.txt"));
}

static void test_replace(void)
{
    char err[256], *data;
    size_t len;
    const char *reason;
    const char *path = scratch_path(dir, "sheet.json");
    CHECK(atomic_write_text(path, "first\n", err, sizeof(err)));
    struct stat st;
    CHECK(stat(path, &st) == 0);
    mode_t mask = umask(022);
    umask(mask);
    CHECK((st.st_mode & 0777) == (0666 & ~mask)); /* not mkstemp's 0600 */
    CHECK(chmod(path, 0640) == 0);
    CHECK(atomic_write_text(path, "second, longer\n", err, sizeof(err)));
    CHECK(file_read_all(path, &data, &len, &reason) == FILE_READ_OK);
    CHECK_STR(data, "second, longer\n");
    free(data);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640); /* kept */
    CHECK(atomic_write(path, "", 0, err, sizeof(err)));
    CHECK(stat(path, &st) == 0 && st.st_size == 0);
    CHECK(scratch_count(dir) == 1); /* no temporary file left */
    unlink(path);
}

static void test_failures(void)
{
    char err[256];
    CHECK(!atomic_write_text(scratch_path(dir, "no/such/folder/x.json"), "x", err, sizeof(err)));
    CHECK(strstr(err, "the folder does not exist") != NULL);
    /* A folder where the file should go: refused, and no temporary file is made. */
    CHECK(mkdir(scratch_path(dir, "taken"), 0777) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "taken"), "x", err, sizeof(err)));
    CHECK(strstr(err, "taken") != NULL);
    CHECK(scratch_count(dir) == 1);
    rmdir(scratch_path(dir, "taken"));
    /* A path under a regular file (works as root too). */
    CHECK(atomic_write_text(scratch_path(dir, "plain"), "x", err, sizeof(err)));
    CHECK(!atomic_write_text(scratch_path(dir, "plain/x.json"), "x", err, sizeof(err)));
    CHECK(strstr(err, "plain/x.json") && strstr(err, "not a folder"));
    CHECK(scratch_count(dir) == 1);
    unlink(scratch_path(dir, "plain"));
    if (geteuid() != 0) { /* root ignores permissions */
        CHECK(mkdir(scratch_path(dir, "locked"), 0555) == 0);
        CHECK(!atomic_write_text(scratch_path(dir, "locked/x.json"), "x", err, sizeof(err)));
        CHECK(strstr(err, "permission denied") != NULL);
        rmdir(scratch_path(dir, "locked"));
    }
    char why[128];
    CHECK(strstr(atomic_write_reason(ENOSPC, why, sizeof(why)), "disk is full") != NULL);
    CHECK(scratch_count(dir) == 0);
}

/* A link is followed to its final target, which is replaced in its own folder: the links stay
 * links, the target gets the content and keeps its mode. */
static void test_links(void)
{
    char err[256], abs_new[256];
    struct stat st;
    CHECK(mkdir(scratch_path(dir, "real"), 0777) == 0 &&
          mkdir(scratch_path(dir, "sub"), 0777) == 0);
    CHECK(atomic_write_text(scratch_path(dir, "real/sheet.json"), "old\n", err, sizeof(err)));
    CHECK(chmod(scratch_path(dir, "real/sheet.json"), 0640) == 0);
    CHECK(symlink("real/sheet.json", scratch_path(dir, "link.json")) == 0);
    CHECK(symlink("link.json", scratch_path(dir, "chain.json")) == 0);
    CHECK(atomic_write_text(scratch_path(dir, "chain.json"), "through two links\n", err,
                            sizeof(err)));
    CHECK(is_link_to(scratch_path(dir, "chain.json"), "link.json"));
    CHECK(is_link_to(scratch_path(dir, "link.json"), "real/sheet.json"));
    CHECK_STR(content(scratch_path(dir, "real/sheet.json")), "through two links\n");
    CHECK(lstat(scratch_path(dir, "real/sheet.json"), &st) == 0 && S_ISREG(st.st_mode) &&
          (st.st_mode & 0777) == 0640);
    CHECK(scratch_count(scratch_path(dir, "real")) ==
          1); /* the temporary file was in the target's folder */

    /* Relative to the link's own folder, not to the current one. */
    CHECK(symlink("../real/sheet.json", scratch_path(dir, "sub/up.json")) == 0);
    CHECK(atomic_write_text(scratch_path(dir, "sub/up.json"), "from sub\n", err, sizeof(err)));
    CHECK(is_link_to(scratch_path(dir, "sub/up.json"), "../real/sheet.json"));
    CHECK_STR(content(scratch_path(dir, "real/sheet.json")), "from sub\n");
    CHECK(scratch_count(scratch_path(dir, "sub")) == 1);

    /* A dangling link (absolute here) creates its target, with a new file's mode. */
    snprintf(abs_new, sizeof abs_new, "%s", scratch_path(dir, "real/new.json"));
    CHECK(symlink(abs_new, scratch_path(dir, "dangling.json")) == 0);
    CHECK(atomic_write_text(scratch_path(dir, "dangling.json"), "made\n", err, sizeof(err)));
    CHECK(is_link_to(scratch_path(dir, "dangling.json"), abs_new));
    CHECK_STR(content(abs_new), "made\n");
    mode_t mask = umask(022);
    umask(mask);
    CHECK(lstat(abs_new, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0777) == (0666 & ~mask));

    /* A dangling link into a missing folder: the folder is named. */
    CHECK(symlink("nowhere/x.json", scratch_path(dir, "lost.json")) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "lost.json"), "x", err, sizeof(err)));
    CHECK(strstr(err, "lost.json") && strstr(err, "nowhere") && strstr(err, "does not exist"));

    /* A loop is an error; the links are left as they were. */
    CHECK(symlink("loop-b", scratch_path(dir, "loop-a")) == 0 &&
          symlink("loop-a", scratch_path(dir, "loop-b")) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "loop-a"), "x", err, sizeof(err)));
    CHECK(strstr(err, "loop-a") && strstr(err, "loop"));
    CHECK(is_link_to(scratch_path(dir, "loop-a"), "loop-b") &&
          is_link_to(scratch_path(dir, "loop-b"), "loop-a"));

    /* A link to a folder is a folder. */
    CHECK(symlink("real", scratch_path(dir, "dir-link")) == 0);
    CHECK(!atomic_write_text(scratch_path(dir, "dir-link"), "x", err, sizeof(err)));
    CHECK(strstr(err, "it is a folder") != NULL);
    CHECK(scratch_count(scratch_path(dir, "real")) == 2 && scratch_count(dir) == 9);

    static const char *const names[] = {
        "chain.json", "link.json", "sub/up.json", "dangling.json",   "lost.json",
        "loop-a",     "loop-b",    "dir-link",    "real/sheet.json", "real/new.json"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        unlink(scratch_path(dir, names[i]));
    }
    rmdir(scratch_path(dir, "real"));
    rmdir(scratch_path(dir, "sub"));
}

static void touch_back(const char *path, int seconds)
{
    struct timespec t[2];
    t[0].tv_sec = t[1].tv_sec = time(NULL) - seconds;
    t[0].tv_nsec = t[1].tv_nsec = 0;
    CHECK(utimensat(AT_FDCWD, path, t, AT_SYMLINK_NOFOLLOW) == 0);
}

/* A file as a killed writer leaves it, made without atomic_write (whose sweep would remove the
 * leftovers before the write under test). */
static void make_file(const char *path, int age)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    CHECK(fd >= 0 && write(fd, "half", 4) == 4);
    close(fd);
    touch_back(path, age);
}

/* A pid that was a process a moment ago and is gone now. */
static long dead_pid(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    return (long)pid;
}

/* Only ttx's own temporary names, of a writer that is gone, untouched for a minute, and only
 * regular files are removed by the next write into the folder. */
static void test_leftovers(void)
{
    long pid;
    CHECK(atomic_temp_name(".sheet.json.ttx-123-AbC09z", &pid) && pid == 123);
    CHECK(atomic_temp_name("..ttx-7-aaaaaa.ttx-42-zzzzzz", &pid) && pid == 42);
    CHECK(!atomic_temp_name(".sheet.json.AbC09z", &pid)); /* a name of someone else's */
    CHECK(!atomic_temp_name("sheet.json.ttx-123-AbC09z", &pid));
    CHECK(!atomic_temp_name(".sheet.json.ttx-123-AbC09", &pid));
    CHECK(!atomic_temp_name(".sheet.json.ttx-123-AbC0_z", &pid));
    CHECK(!atomic_temp_name(".sheet.json.ttx--AbC09z", &pid));
    CHECK(!atomic_temp_name(".sheet.json.ttx-12x-AbC09z", &pid));
    CHECK(!atomic_temp_name(".ttx-123-AbC09z", &pid));
    CHECK(!atomic_temp_name(".s.ttx-0-AbC09z", &pid));
    CHECK(!atomic_temp_name(".sheet.json.ttx-123-AbC09z~", &pid));

    char name[128], err[256];
    long dead = dead_pid();
    struct {
        const char *fmt;
        long pid;
        int age;
        bool removed;
    } cases[] = {
        {".a.json.ttx-%ld-AAAAAA", dead, 120, true},       /* a killed writer's */
        {".b.json.ttx-%ld-BBBBBB", 99999999, 120, true},   /* no such pid anywhere */
        {".c.json.ttx-%ld-CCCCCC", dead, 5, false},        /* too young: maybe another machine's */
        {".d.json.ttx-%ld-DDDDDD", getppid(), 120, false}, /* its writer is alive */
        {".e.json.ttx-%ld-EEEEEE", getpid(), 120, false},  /* ours */
        {".f.json.%ld-FFFFFF", dead, 120, false},          /* not the pattern */
        {"g.json.ttx-%ld-GGGGGG", dead, 120, false},       /* not hidden: a user's */
    };
    char path[160];
    CHECK(mkdir(scratch_path(dir, "left"), 0777) == 0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(name, sizeof name, cases[i].fmt, cases[i].pid);
        snprintf(path, sizeof path, "left/%s", name);
        make_file(scratch_path(dir, path), cases[i].age);
    }
    /* A link and a folder of the pattern are not temporary files. */
    char link_name[128], dir_name[128];
    snprintf(link_name, sizeof link_name, "left/.h.json.ttx-%ld-HHHHHH", dead);
    CHECK(symlink("g.json", scratch_path(dir, link_name)) == 0);
    touch_back(scratch_path(dir, link_name), 120);
    snprintf(dir_name, sizeof dir_name, "left/.i.json.ttx-%ld-IIIIII", dead);
    CHECK(mkdir(scratch_path(dir, dir_name), 0777) == 0);
    touch_back(scratch_path(dir, dir_name), 120);
    CHECK(scratch_count(scratch_path(dir, "left")) == 9);

    CHECK(atomic_write_text(scratch_path(dir, "left/sheet.json"), "new", err, sizeof(err)));
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(name, sizeof name, cases[i].fmt, cases[i].pid);
        snprintf(path, sizeof path, "left/%s", name);
        bool there = access(scratch_path(dir, path), F_OK) == 0;
        if (there == cases[i].removed) {
            fprintf(stderr, "leftover %s: %s\n", name, there ? "kept" : "removed");
        }
        CHECK(there != cases[i].removed);
        unlink(scratch_path(dir, path));
    }
    CHECK(scratch_count(scratch_path(dir, "left")) == 3); /* sheet.json, the link, the folder */
    CHECK(rmdir(scratch_path(dir, dir_name)) == 0 && unlink(scratch_path(dir, link_name)) == 0);
    unlink(scratch_path(dir, "left/sheet.json"));
    CHECK(rmdir(scratch_path(dir, "left")) == 0);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    test_sha256();
    test_replace();
    test_failures();
    test_links();
    test_leftovers();
    CHECK(scratch_count(dir) == 0);
    rmdir(dir);
    return check_done();
}
