/* The files around a journal: creating never overwrites and makes only a real file (a link,
 * a FIFO or a folder is refused by what it is), leaves no temporary file and removes a killed
 * creator's stale one; a changed scenario or 手順書 is
 * refused unless forced; a moved folder, or a journal moved alone, still replays; resuming cuts
 * a torn tail off and continues through the session; a write that fails part-way (as on a full
 * disk) is reported, cut back and changes nothing. */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic_temp.h"
#include "check.h"
#include "file_read.h"
#include "fixture.h"
#include "journal.h"
#include "journal_test.h"

static char err[512];

static void test_create_never_overwrites(const char *journal)
{
    char *before, *after;
    size_t n1, n2;
    const char *why;
    CHECK(file_read_all(journal, &before, &n1, &why) == FILE_READ_OK);
    JournalSetup setup = {
        in_dir("scenario.yaml"), in_dir("procedure.yaml"), wall_at(0), NULL, NULL, 0};
    CHECK(journal_create(journal, &setup, err, sizeof(err)) == NULL);
    CHECK(strstr(err, "already exists") != NULL);
    CHECK(file_read_all(journal, &after, &n2, &why) == FILE_READ_OK);
    CHECK(n1 == n2 && memcmp(before, after, n1) == 0);
    free(before);
    free(after);
    /* A scenario that cannot be read: no journal file is left behind. */
    setup.scenario_path = in_dir("missing.yaml");
    CHECK(journal_create(in_dir("new.ttxj"), &setup, err, sizeof(err)) == NULL);
    CHECK(strstr(err, "missing.yaml") != NULL);
    CHECK(access(in_dir("new.ttxj"), F_OK) != 0);
}

/* The temporary files (ttx's pattern) in the test folder. */
static size_t count_temps(void)
{
    size_t n = 0;
    long pid;
    DIR *d = opendir(jt.dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        n += atomic_temp_name(e->d_name, &pid);
    }
    if (d) {
        closedir(d);
    }
    return n;
}

/* A journal must be a real file: a link (even one to a free name), a FIFO or a folder in its
 * place is refused by what it is, and left as it was. A created journal has a new file's mode,
 * no temporary file stays behind, and a killed creator's stale one is removed. */
static void test_create_only_real_files(void)
{
    JournalSetup setup = {jt.ex.scenario_path, jt.ex.procedure_path, wall_at(0), NULL, NULL, 0};
    struct {
        const char *name, *words;
    } taken[] = {{"link.ttxj", "it is a symbolic link"},
                 {"fifo.ttxj", "it is a named pipe (FIFO)"},
                 {"folder.ttxj", "it is a folder"}};
    CHECK(symlink("free.ttxj", in_dir("link.ttxj")) == 0);
    CHECK(mkfifo(in_dir("fifo.ttxj"), 0600) == 0);
    CHECK(mkdir(in_dir("folder.ttxj"), 0777) == 0);
    for (size_t i = 0; i < sizeof taken / sizeof taken[0]; i++) {
        Journal *j = journal_create(in_dir(taken[i].name), &setup, err, sizeof(err));
        CHECK(j == NULL && strstr(err, taken[i].name) && strstr(err, taken[i].words));
        journal_close(j);
    }
    struct stat st;
    CHECK(lstat(in_dir("link.ttxj"), &st) == 0 && S_ISLNK(st.st_mode));
    CHECK(access(in_dir("free.ttxj"), F_OK) != 0);
    CHECK(lstat(in_dir("fifo.ttxj"), &st) == 0 && S_ISFIFO(st.st_mode));
    unlink(in_dir("link.ttxj"));
    unlink(in_dir("fifo.ttxj"));
    rmdir(in_dir("folder.ttxj"));

    /* A killed creator's temporary file: its pid is gone and it is two minutes old. */
    char stale[64];
    snprintf(stale, sizeof stale, ".new.ttxj.ttx-%ld-AbCdEf", 99999999L);
    write_bytes(in_dir(stale), "{\"ttx_journal\"", 14);
    struct timespec t[2] = {{time(NULL) - 120, 0}, {time(NULL) - 120, 0}};
    CHECK(utimensat(AT_FDCWD, in_dir(stale), t, 0) == 0);
    CHECK(count_temps() == 1);
    Journal *j = journal_create(in_dir("new.ttxj"), &setup, err, sizeof(err));
    CHECK(j != NULL);
    journal_close(j);
    mode_t mask = umask(022);
    umask(mask);
    CHECK(lstat(in_dir("new.ttxj"), &st) == 0 && S_ISREG(st.st_mode) &&
          (st.st_mode & 0777) == (0666 & ~mask) && st.st_size > 0);
    CHECK(count_temps() == 0);
    unlink(in_dir("new.ttxj"));
}

static LoadStatus replay_quiet(const char *journal, bool force, Diags *d)
{
    JournalReplay r;
    LoadStatus st = journal_replay(journal, force, &r, d);
    journal_replay_free(&r);
    return st;
}

static void test_changed(const char *journal, const char *file, const char *noun)
{
    char *orig;
    size_t len;
    const char *why;
    CHECK(file_read_all(file, &orig, &len, &why) == FILE_READ_OK);
    char *changed = malloc(len + 32);
    memcpy(changed, orig, len);
    memcpy(changed + len, "# 改訂\n", strlen("# 改訂\n"));
    write_bytes(file, changed, len + strlen("# 改訂\n"));
    Diags d;
    diags_init(&d);
    CHECK(replay_quiet(journal, false, &d) == LOAD_INVALID);
    CHECK(d.n_errors == 1 && d.v[0].pos.line == 1);
    CHECK(d.n_errors == 1 && strstr(d.v[0].message, noun) && strstr(d.v[0].message, "changed"));
    diags_deinit(&d);
    diags_init(&d);
    CHECK(replay_quiet(journal, true, &d) == LOAD_OK);
    CHECK(d.n_errors == 0 && d.n_warnings == 1);
    CHECK(d.n_warnings == 1 && strstr(d.v[0].message, noun) && strstr(d.v[0].message, "changed"));
    diags_deinit(&d);
    write_bytes(file, orig, len);
    free(orig);
    free(changed);
}

static void test_moved(const char *journal)
{
    Diags d;
    diags_init(&d);
    /* The journal alone in another folder: found through the absolute paths. */
    CHECK(mkdir(in_dir("elsewhere"), 0777) == 0);
    copy_file(journal, in_dir("elsewhere/j.ttxj"));
    CHECK(replay_quiet(in_dir("elsewhere/j.ttxj"), false, &d) == LOAD_OK);
    /* The whole folder moved: found through the relative paths. */
    char moved[600];
    snprintf(moved, sizeof(moved), "%s-moved", jt.dir);
    CHECK(rename(jt.dir, moved) == 0);
    char moved_journal[700];
    snprintf(moved_journal, sizeof(moved_journal), "%s/%s", moved, path_basename(journal));
    CHECK(replay_quiet(moved_journal, false, &d) == LOAD_OK);
    CHECK(d.n_errors == 0 && d.n_warnings == 0);
    /* The lone journal, now that its scenario has moved: neither path works, and the message
     * names both places it looked. */
    snprintf(moved_journal, sizeof(moved_journal), "%s/elsewhere/j.ttxj", moved);
    CHECK(replay_quiet(moved_journal, false, &d) == LOAD_INVALID);
    CHECK(d.n_errors == 1 && strstr(d.v[0].message, "cannot find the scenario"));
    CHECK(rename(moved, jt.dir) == 0);
    unlink(in_dir("elsewhere/j.ttxj"));
    rmdir(in_dir("elsewhere"));
    diags_deinit(&d);
}

static void test_resume(const char *journal)
{
    Lines L = lines_load(journal);
    const char *path = in_dir("resume.ttxj");
    /* Stopped after event 12, in the middle of writing event 13. */
    char *text = lines_join_prefix(&L, 13, 17);
    write_bytes(path, text, strlen(text));
    free(text);
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus st;
    Journal *j = journal_resume(path, false, &r, &d, &st);
    CHECK(j && st == LOAD_OK && r.n_events == 12 && r.torn_tail && d.n_warnings == 1);
    if (!j) {
        diags_print(&d, stderr);
        lines_free(&L);
        diags_deinit(&d);
        return;
    }
    /* A second ttx cannot write the same journal meanwhile. */
    JournalReplay r2;
    CHECK(journal_resume(path, false, &r2, &d, &st) == NULL);
    CHECK(st == LOAD_UNREADABLE && strstr(d.v[d.n - 1].message, "open in another ttx"));
    /* Continue: the commands write through the journal again. */
    CHECK(session_note(&r.session, wall_at(50), "再開後のメモ", err, sizeof(err)));
    CHECK(session_end(&r.session, wall_at(51), err, sizeof(err)));
    journal_close(j);
    journal_replay_free(&r);
    diags_deinit(&d);
    diags_init(&d);
    CHECK(journal_replay(path, false, &r, &d) == LOAD_OK);
    CHECK(d.n_errors == 0 && d.n_warnings == 0 && r.n_events == 14 && r.session.ended);
    journal_replay_free(&r);
    diags_deinit(&d);
    lines_free(&L);
    unlink(path);
}

/* A write that fails part-way (here: the file size limit, as a full disk would) is reported,
 * cut back, and changes nothing; once there is room again, writing goes on. */
static void test_failed_append(void)
{
    Exercise ex = exercise_of(in_dir("scenario.yaml"));
    const char *path = in_dir("full.ttxj");
    JournalSetup setup = {ex.scenario_path, ex.procedure_path, wall_at(0), NULL, NULL, 0};
    Journal *j = journal_create(path, &setup, err, sizeof(err));
    CHECK(j != NULL);
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    session_set_persist(&s, journal_persist, j);
    CHECK(session_start(&s, wall_at(0), err, sizeof(err)));
    struct stat st;
    CHECK(stat(path, &st) == 0);
    struct rlimit old, low;
    CHECK(getrlimit(RLIMIT_FSIZE, &old) == 0);
    low = old;
    low.rlim_cur = (rlim_t)st.st_size + 40; /* room for part of a line only */
    signal(SIGXFSZ, SIG_IGN);
    CHECK(setrlimit(RLIMIT_FSIZE, &low) == 0);
    CHECK(!session_note(&s, wall_at(1), "入りきらない長いメモ", err, sizeof(err)));
    CHECK(strstr(err, "cannot save to the journal") && strstr(err, "too large"));
    CHECK(s.n_notes == 0 && s.next_seq == 2); /* not applied */
    struct stat after;
    CHECK(stat(path, &after) == 0 && after.st_size == st.st_size); /* cut back */
    CHECK(setrlimit(RLIMIT_FSIZE, &old) == 0);
    CHECK(session_note(&s, wall_at(2), "空きができた", err, sizeof(err)));
    journal_close(j);
    Diags d;
    diags_init(&d);
    JournalReplay r;
    CHECK(journal_replay(path, false, &r, &d) == LOAD_OK);
    CHECK(d.n_errors == 0 && d.n_warnings == 0 && r.n_events == 2 && r.session.n_notes == 1);
    journal_replay_free(&r);
    diags_deinit(&d);
    session_deinit(&s);
    exercise_free(&ex);
    unlink(path);
}

/* journal_append itself refuses an event that would leave a gap or a repeat in the numbering:
 * such a journal would not replay. */
static void test_append_order(void)
{
    const char *path = in_dir("order.ttxj");
    JournalSetup setup = {jt.ex.scenario_path, jt.ex.procedure_path, wall_at(0), NULL, NULL, 0};
    Journal *j = journal_create(path, &setup, err, sizeof(err));
    CHECK(j != NULL);
    if (!j) {
        return;
    }
    Event e;
    memset(&e, 0, sizeof(e));
    e.type = EVENT_START;
    e.wall = wall_at(0);
    e.seq = 2;
    CHECK(!journal_append(j, &e, err, sizeof(err)) && strstr(err, "numbered 1, 2, 3"));
    e.seq = 1;
    CHECK(journal_append(j, &e, err, sizeof(err)));
    CHECK(!journal_append(j, &e, err, sizeof(err)));
    CHECK_STR(journal_path(j), path);
    journal_close(j);
    Diags d;
    diags_init(&d);
    JournalReplay r;
    CHECK(journal_replay(path, false, &r, &d) == LOAD_OK && r.n_events == 1 && d.n == 0);
    journal_replay_free(&r);
    diags_deinit(&d);
}

int main(void)
{
    jt_folder_init();
    test_create_never_overwrites(jt.journal);
    test_create_only_real_files();
    test_changed(jt.journal, in_dir("scenario.yaml"), "scenario");
    test_changed(jt.journal, in_dir("procedure.yaml"), "手順書");
    test_moved(jt.journal);
    test_resume(jt.journal);
    test_failed_append();
    test_append_order();
    jt_folder_deinit();
    return check_done();
}
