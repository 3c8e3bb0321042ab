/* The kill test: starts journal_writer, lets it append for a random moment, kills it with
 * SIGKILL, and replays what it left. Every trial must replay without error, with every event the
 * writer acknowledged, at most the one event that was in flight beyond that, each exactly as
 * written, and a warning only when a torn last line was dropped. Every tenth trial also resumes
 * the journal and appends one more event. Nothing here depends on timing to pass: the random
 * delays only decide where the kills land.
 *
 * SIGKILL stops the process, not the machine, so this proves the writing discipline (whole lines
 * at known offsets, torn tails recognised and cut off) rather than fsync itself.
 *
 * usage: journal_kill WRITER [SCENARIO [TRIALS]]; TTX_KILL_SEED=N repeats a run's delays. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "journal.h"
#include "journal_kill.h"

static char dir[] = "/tmp/ttx-kill-XXXXXX";
static const char *writer, *scenario;
static long n_torn, n_in_flight, most_events;

/* Starts the writer on path and returns its pid; *out reads its stdout. */
static pid_t spawn(const char *path, FILE **out)
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("pipe");
        exit(2);
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(writer, writer, path, scenario, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    *out = fdopen(fds[0], "r");
    return pid;
}

/* Each note of the replayed session is the text written for its event. */
static bool notes_exact(const Session *s, long n_events)
{
    long want = n_events > 2 ? n_events - 2 : 0;
    if ((long)s->n_notes != want) {
        return false;
    }
    for (size_t i = 0; i < s->n_notes; i++) {
        char *text = kill_note_text((long)i + 3);
        bool same = strcmp(text, s->notes[i].text) == 0;
        free(text);
        if (!same) {
            return false;
        }
    }
    return true;
}

static void check_replay(const char *path, int trial, long last_ack, long *n_events)
{
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus st = journal_replay(path, false, &r, &d);
    bool ok = st == LOAD_OK && d.n_errors == 0 && d.n_warnings == (r.torn_tail ? 1u : 0u) &&
              r.n_events >= last_ack && r.n_events <= last_ack + 1 &&
              notes_exact(&r.session, r.n_events);
    if (!ok) {
        fprintf(stderr, "trial %d: acknowledged %ld, replayed %ld (status %d)\n", trial, last_ack,
                st == LOAD_OK ? r.n_events : -1L, (int)st);
        diags_print(&d, stderr);
    }
    CHECK(ok);
    *n_events = st == LOAD_OK ? r.n_events : 0;
    n_torn += st == LOAD_OK && r.torn_tail;
    n_in_flight += st == LOAD_OK && r.n_events == last_ack + 1;
    most_events = *n_events > most_events ? *n_events : most_events;
    journal_replay_free(&r);
    diags_deinit(&d);
}

/* Continues the killed journal with the writer's next event, then replays it again. */
static void check_resume(const char *path, int trial, long n_events)
{
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus st;
    char err[512];
    Journal *j = journal_resume(path, false, &r, &d, &st);
    CHECK(j != NULL);
    if (j) {
        CHECK(kill_step(&r.session, n_events + 1, err, sizeof(err)));
        journal_close(j);
        journal_replay_free(&r);
    }
    diags_deinit(&d);
    diags_init(&d);
    st = journal_replay(path, false, &r, &d);
    bool ok = st == LOAD_OK && d.n_errors == 0 && d.n_warnings == 0 && r.n_events == n_events + 1 &&
              notes_exact(&r.session, r.n_events);
    if (!ok) {
        fprintf(stderr, "trial %d: resumed after %ld events, replayed %ld\n", trial, n_events,
                st == LOAD_OK ? r.n_events : -1L);
        diags_print(&d, stderr);
    }
    CHECK(ok);
    journal_replay_free(&r);
    diags_deinit(&d);
}

static void run_trial(int trial, unsigned *seed)
{
    char path[128], line[64];
    snprintf(path, sizeof(path), "%s/trial.ttxj", dir);
    unlink(path);
    FILE *out;
    pid_t pid = spawn(path, &out);
    bool ready = fgets(line, sizeof(line), out) && strcmp(line, "ready\n") == 0;
    CHECK(ready);
    /* One kill in eight right away; the others within 20 ms (tens of events). */
    unsigned r = (unsigned)rand_r(seed);
    if (r % 8 != 0) {
        usleep((useconds_t)(r / 8 % 20000));
    }
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    long last_ack = 0, n;
    while (fgets(line, sizeof(line), out)) {
        if (sscanf(line, "ack %ld", &n) == 1 && n > last_ack) {
            last_ack = n;
        }
    }
    fclose(out);
    if (!ready) {
        return;
    }
    long n_events;
    check_replay(path, trial, last_ack, &n_events);
    if (trial % 10 == 0) {
        check_resume(path, trial, n_events);
    }
    unlink(path);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: journal_kill WRITER [SCENARIO [TRIALS]]\n");
        return 64;
    }
    writer = argv[1];
    scenario = argc > 2 ? argv[2] : "data/scenario.yaml";
    int trials = argc > 3 ? atoi(argv[3]) : 250;
    const char *env = getenv("TTX_KILL_SEED");
    unsigned seed =
        env ? (unsigned)strtoul(env, NULL, 10) : (unsigned)time(NULL) ^ (unsigned)getpid();
    printf("journal_kill: TTX_KILL_SEED=%u\n", seed);
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    for (int t = 0; t < trials; t++) {
        run_trial(t, &seed);
    }
    rmdir(dir);
    printf("journal_kill: %d kills; %ld torn last lines dropped; %ld events in flight kept; "
           "up to %ld events per journal\n",
           trials, n_torn, n_in_flight, most_events);
    return check_done();
}
