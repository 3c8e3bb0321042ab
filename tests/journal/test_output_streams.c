/* The output rule for places that take a stream rather than a file (atomic_write.c): a FIFO with
 * a reader, a listening Unix socket (stream and datagram), "-" and this process's own standard
 * output reached through a link are written in place: the bytes arrive, in order after what
 * stdio printed before, the node is still what it was, nothing is created beside it, and a
 * standard output redirected to a file in append mode is appended to, not replaced. No root
 * needed; device nodes are in test_output_devices.c. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "atomic_write.h"
#include "check.h"
#include "file_read.h"
#include "scratch_dir.h"

static char dir[] = "/tmp/ttx-streams-XXXXXX";

/* Everything readable from fd now (it must not block: a pipe whose writer is closed, or a
 * non-blocking one), NUL-terminated in buf. */
static const char *drain(int fd, char *buf, size_t size)
{
    size_t used = 0;
    ssize_t n;
    while (used + 1 < size && (n = read(fd, buf + used, size - 1 - used)) > 0) {
        used += (size_t)n;
    }
    buf[used] = '\0';
    return buf;
}

static mode_t kind_of(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0;
}

static void test_fifo(void)
{
    char err[256], got[256], fifo[256];
    snprintf(fifo, sizeof fifo, "%s", scratch_path(dir, "pipe"));
    CHECK(mkfifo(fifo, 0600) == 0);
    /* The reader is there first (non-blocking, so this one process can play both sides), as a
     * program reading the pipe would be; the writer's open then returns at once. */
    int reader = open(fifo, O_RDONLY | O_NONBLOCK);
    CHECK(reader >= 0);
    CHECK(atomic_write_text(fifo, "through the pipe\n", err, sizeof(err)));
    CHECK_STR(drain(reader, got, sizeof got), "through the pipe\n");
    close(reader);
    CHECK(kind_of(fifo) == S_IFIFO);
    /* Through a link the FIFO is written the same, and the link stays. */
    CHECK(symlink("pipe", scratch_path(dir, "to-pipe")) == 0);
    reader = open(fifo, O_RDONLY | O_NONBLOCK);
    CHECK(atomic_write_text(scratch_path(dir, "to-pipe"), "via the link\n", err, sizeof(err)));
    CHECK_STR(drain(reader, got, sizeof got), "via the link\n");
    close(reader);
    CHECK(kind_of(scratch_path(dir, "to-pipe")) == S_IFLNK && kind_of(fifo) == S_IFIFO);
    CHECK(scratch_count(dir) == 2); /* no temporary file, no regular file made */
    unlink(scratch_path(dir, "to-pipe"));
    unlink(fifo);
}

static int bound_socket(const char *path, int type)
{
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
    int fd = socket(AF_UNIX, type, 0);
    CHECK(fd >= 0 && bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0);
    return fd;
}

static void test_sockets(void)
{
    char err[256], got[256];
    /* A stream socket: the connection waits in the listen queue, the bytes in its buffer. */
    const char *path = scratch_path(dir, "stream.sock");
    int s = bound_socket(path, SOCK_STREAM);
    CHECK(listen(s, 1) == 0);
    CHECK(atomic_write_text(path, "over a stream socket\n", err, sizeof(err)));
    int c = accept(s, NULL, NULL);
    CHECK(c >= 0);
    CHECK_STR(drain(c, got, sizeof got), "over a stream socket\n");
    close(c);
    close(s);
    CHECK(kind_of(path) == S_IFSOCK);
    unlink(path);

    /* A datagram socket takes the whole output as one datagram. */
    path = scratch_path(dir, "dgram.sock");
    s = bound_socket(path, SOCK_DGRAM);
    CHECK(atomic_write_text(path, "one datagram\n", err, sizeof(err)));
    ssize_t n = recv(s, got, sizeof got - 1, MSG_DONTWAIT);
    got[n > 0 ? n : 0] = '\0';
    CHECK_STR(got, "one datagram\n");
    close(s);
    unlink(path);

    /* Nobody listening: a clear error, and nothing replaces the socket. */
    path = scratch_path(dir, "deaf.sock");
    s = bound_socket(path, SOCK_STREAM);
    CHECK(!atomic_write_text(path, "x", err, sizeof(err)));
    CHECK(strstr(err, "deaf.sock") && strstr(err, "nothing is there to receive it"));
    CHECK(kind_of(path) == S_IFSOCK && scratch_count(dir) == 1);
    close(s);
    unlink(path);
}

/* Runs one write with fd 1 moved to fd, then puts standard output back. */
static bool write_with_stdout(int fd, const char *path, const char *text, char *err,
                              size_t err_size)
{
    fflush(stdout);
    int saved = dup(STDOUT_FILENO);
    dup2(fd, STDOUT_FILENO);
    fputs("printed first\n", stdout); /* buffered: the writer must flush it before its bytes */
    bool ok = atomic_write_text(path, text, err, err_size);
    fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    return ok;
}

static void test_standard_output(void)
{
    char err[256], got[256];
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write_with_stdout(p[1], "-", "by dash\n", err, sizeof(err)));
    /* This process's own standard output through a link, as /dev/stdout is one. */
    CHECK(symlink("/proc/self/fd/1", scratch_path(dir, "stdout")) == 0);
    CHECK(write_with_stdout(p[1], scratch_path(dir, "stdout"), "by link\n", err, sizeof(err)));
    close(p[1]);
    CHECK_STR(drain(p[0], got, sizeof got), "printed first\nby dash\nprinted first\nby link\n");
    close(p[0]);
    CHECK(kind_of(scratch_path(dir, "stdout")) == S_IFLNK);

    /* Standard output on a file opened to append (>> in a shell): appended to through the
     * link, the same file (not replaced by a new one). */
    char log[256];
    snprintf(log, sizeof log, "%s", scratch_path(dir, "log.txt"));
    int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
    CHECK(fd >= 0 && write(fd, "header\n", 7) == 7);
    struct stat before, after;
    CHECK(fstat(fd, &before) == 0);
    CHECK(write_with_stdout(fd, scratch_path(dir, "stdout"), "appended\n", err, sizeof(err)));
    close(fd);
    char *data;
    size_t len;
    const char *why;
    CHECK(file_read_all(log, &data, &len, &why) == FILE_READ_OK);
    CHECK_STR(data, "header\nprinted first\nappended\n");
    free(data);
    CHECK(stat(log, &after) == 0 && after.st_ino == before.st_ino);
    CHECK(scratch_count(dir) == 2);
    unlink(scratch_path(dir, "stdout"));
    unlink(log);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    test_fifo();
    test_sockets();
    test_standard_output();
    CHECK(scratch_count(dir) == 0);
    rmdir(dir);
    return check_done();
}
