/* The writer of the kill test (journal_kill.c): creates a journal on a scenario, says "ready",
 * then commits events through the session for ever, printing "ack N" (and flushing) only after
 * event N was persisted, that is after journal_append returned — the promise the GUI makes when
 * it shows something as recorded. The checker kills it with SIGKILL at random moments. */
#include <stdio.h>
#include <stdlib.h>

#include "exercise_load.h"
#include "journal.h"
#include "journal_kill.h"

/* A safety stop, so a writer nobody kills does not fill the disk. */
enum { WRITER_MAX_EVENTS = 20000 };

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: journal_writer JOURNAL SCENARIO\n");
        return 64;
    }
    Diags d;
    diags_init(&d);
    Exercise ex;
    if (exercise_load(argv[2], FILE_KIND_SCENARIO, &ex, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        return 65;
    }
    char err[512];
    JournalSetup setup = {ex.scenario_path, ex.procedure_path, kill_wall(0), NULL, NULL, 0};
    Journal *j = journal_create(argv[1], &setup, err, sizeof(err));
    if (!j) {
        fprintf(stderr, "journal_writer: %s\n", err);
        return 73;
    }
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    session_set_persist(&s, journal_persist, j);
    printf("ready\n");
    fflush(stdout);
    bool ok = true;
    for (long seq = 1; ok && seq <= WRITER_MAX_EVENTS; seq++) {
        ok = kill_step(&s, seq, err, sizeof(err));
        if (ok) {
            printf("ack %ld\n", seq);
            fflush(stdout);
        }
    }
    if (!ok) {
        fprintf(stderr, "journal_writer: %s\n", err);
    }
    journal_close(j);
    session_deinit(&s);
    exercise_free(&ex);
    diags_deinit(&d);
    return ok ? 0 : 74;
}
