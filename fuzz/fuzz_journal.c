/* Fuzzes the journal reader: journal_replay of a fuzzed journal against the fixture scenario of
 * tests/data, then — when it replays — the sheet built from the session and printed as JSON and
 * text, as `ttx report` does. An input that starts like a header ({"ttx-journal") is used as the
 * whole file, so the header decoder is fuzzed too; any other input is taken as the event lines
 * after a genuine header, made at start-up by journal_create, so the fuzzer spends its time on
 * the events and the session fold rather than on finding the scenario's SHA-256. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "file_read.h"
#include "fuzz_common.h"
#include "journal.h"
#include "report_json.h"
#include "report_text.h"
#include "sheet.h"

static char *header; /* line 1 for the fixture, with its newline */
static size_t header_len;
static const char *input_path;
static char *buffer;
static size_t buffer_cap;

/* Creates a journal of the fixture in the scratch folder and keeps its first line. */
static void make_header(void)
{
    char scenario[4096], procedure[4096], err[512];
    snprintf(scenario, sizeof scenario, "%s/tests/data/scenario.yaml", fuzz_source_dir());
    snprintf(procedure, sizeof procedure, "%s/tests/data/procedure.yaml", fuzz_source_dir());
    static const Participant people[] = {{{"it", {0, 0}}, {"山田", {0, 0}}}};
    JournalSetup setup = {.scenario_path = scenario,
                          .procedure_path = procedure,
                          .started = {INT64_C(1796083200000), 540},
                          .facilitator = "高橋",
                          .participants = people,
                          .n_participants = 1};
    const char *path = fuzz_scratch("header.ttxj");
    Journal *j = journal_create(path, &setup, err, sizeof err);
    if (!j) {
        fprintf(stderr, "fuzz_journal: %s\n", err);
        exit(2);
    }
    journal_close(j);
    const char *reason;
    if (file_read_all(path, &header, &header_len, &reason) != FILE_READ_OK) {
        fprintf(stderr, "fuzz_journal: cannot read %s: %s\n", path, reason);
        exit(2);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    make_header();
    input_path = fuzz_scratch("in.ttxj");
    return 0;
}

static void report(const JournalReplay *r)
{
    Sheet *sh = sheet_build(&r->session, r->header.facilitator, r->header.participants,
                            r->header.n_participants);
    free(report_json(sh));
    free(report_text(sh));
    sheet_free(sh);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char magic[] = "{\"ttx-journal\"";
    bool whole = size >= sizeof magic - 1 && memcmp(data, magic, sizeof magic - 1) == 0;
    size_t len = whole ? size : header_len + size;
    if (len > buffer_cap) {
        buffer_cap = len;
        buffer = realloc(buffer, buffer_cap);
        if (!buffer) {
            abort();
        }
    }
    if (whole) {
        memcpy(buffer, data, size);
    } else {
        memcpy(buffer, header, header_len);
        memcpy(buffer + header_len, data, size);
    }
    fuzz_write_file(input_path, buffer, len);
    Diags d;
    diags_init(&d);
    JournalReplay r;
    LoadStatus st = journal_replay(input_path, false, &r, &d);
    if (st == LOAD_OK) {
        /* A replay succeeds with at most the torn-tail warning, on a prefix of the file. */
        if (d.n_errors != 0 || r.valid_bytes > len || d.n_warnings != (r.torn_tail ? 1u : 0u)) {
            diags_print(&d, stderr);
            abort();
        }
        report(&r);
        journal_replay_free(&r);
    } else if (d.n_errors == 0) {
        abort();
    }
    fuzz_check_diags(&d);
    diags_deinit(&d);
    return 0;
}
