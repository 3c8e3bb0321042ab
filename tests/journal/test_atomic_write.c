/* SHA-256 of files against published test vectors, and atomic file replacement: the content is
 * exact, permissions follow the rules, failures say why in words and leave nothing behind. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_write.h"
#include "check.h"
#include "file_read.h"
#include "sha256.h"

static char dir[] = "/tmp/ttx-atomic-XXXXXX";

static char *in_dir(const char *name)
{
    static char buf[4][256];
    static int next;
    char *p = buf[next++ % 4];
    snprintf(p, 256, "%s/%s", dir, name);
    return p;
}

static size_t count_entries(void)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        /* Hidden names count: a leftover temporary file is ".sheet.json.XXXXXX". */
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    }
    if (d) {
        closedir(d);
    }
    return n;
}

static void test_sha256(void)
{
    char hex[SHA256_HEX_SIZE], err[256];
    /* FIPS 180-2 examples. */
    sha256_buffer("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha256_buffer("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(atomic_write_text(in_dir("abc.txt"), "abc", err, sizeof(err)));
    CHECK(sha256_file(in_dir("abc.txt"), hex, err, sizeof(err)));
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    /* More than one read buffer: a million 'a'. */
    char *big = malloc(1000000);
    memset(big, 'a', 1000000);
    CHECK(atomic_write(in_dir("big.txt"), big, 1000000, err, sizeof(err)));
    free(big);
    CHECK(sha256_file(in_dir("big.txt"), hex, err, sizeof(err)));
    CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(!sha256_file(in_dir("none.txt"), hex, err, sizeof(err)));
    CHECK(strstr(err, "none.txt") && strstr(err, "No such file"));
    unlink(in_dir("abc.txt"));
    unlink(in_dir("big.txt"));
}

static void test_replace(void)
{
    char err[256], *data;
    size_t len;
    const char *reason;
    const char *path = in_dir("sheet.json");
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
    CHECK(count_entries() == 1); /* no temporary file left */
    unlink(path);
}

static void test_failures(void)
{
    char err[256];
    CHECK(!atomic_write_text(in_dir("no/such/folder/x.json"), "x", err, sizeof(err)));
    CHECK(strstr(err, "the folder does not exist") != NULL);
    /* A folder where the file should go: rename fails, the temporary file is removed. */
    CHECK(mkdir(in_dir("taken"), 0777) == 0);
    CHECK(!atomic_write_text(in_dir("taken"), "x", err, sizeof(err)));
    CHECK(strstr(err, "taken") != NULL);
    CHECK(count_entries() == 1);
    rmdir(in_dir("taken"));
    if (geteuid() != 0) { /* root ignores permissions */
        CHECK(mkdir(in_dir("locked"), 0555) == 0);
        CHECK(!atomic_write_text(in_dir("locked/x.json"), "x", err, sizeof(err)));
        CHECK(strstr(err, "permission denied") != NULL);
        rmdir(in_dir("locked"));
    }
    char why[128];
    CHECK(strstr(atomic_write_reason(ENOSPC, why, sizeof(why)), "disk is full") != NULL);
    CHECK(count_entries() == 0);
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
    rmdir(dir);
    return check_done();
}
