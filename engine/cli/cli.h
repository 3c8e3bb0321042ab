/* The ttx command table and the helpers every subcommand shares: usage errors with a one-line
 * hint (exit 64), sysexits codes, and finding the bundled scenarios. */
#ifndef TTX_CLI_H
#define TTX_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"
#include "exercise_load.h"
#include "plan.h"
#include "walltime.h"

enum {
    EXIT_OK = 0,
    EXIT_USAGE = 64,
    EXIT_DATAERR = 65,
    EXIT_NOINPUT = 66,
    EXIT_UNAVAILABLE = 69, /* no display, no Japanese font (ttx play) */
    EXIT_SOFTWARE = 70,
    EXIT_CANTCREAT = 73,
    EXIT_IOERR = 74,
};

typedef struct Command {
    const char *name;
    const char *summary;
    const char *usage; /* full help text, printed by `ttx CMD --help` and `ttx help CMD` */
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} Command;

extern const Command CMD_VALIDATE, CMD_LIST, CMD_RUN, CMD_REPORT, CMD_PLAY;
/* Post-exercise review (issue 7): gap check, improvement plan, history, MSEL exchange. */
extern const Command CMD_CHECK_PROCEDURE, CMD_PLAN, CMD_HISTORY, CMD_MSEL;
/* 従業員教育 (issue 6): the trainer mode. */
extern const Command CMD_TRAIN;

/* Prints "ttx CMD: MESSAGE" and the hint to see --help; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* True when path is "-", standard output: `-o -` of a command that writes one file. The writer
 * (atomic_write) takes "-" as it is; commands whose output is several files or a folder refuse
 * it with a usage error. */
bool cli_is_stdout(const char *path);

/* True when arg is -h or --help. */
bool cli_is_help(const char *arg);

/* The wall clock for new events: $TTX_NOW (ISO 8601, for reproducible runs and tests) when set,
 * else the system clock with the local UTC offset. When TTX_NOW is malformed, says so as
 * "ttx CMD: …" on stderr and returns false (the command then exits EXIT_USAGE). */
bool cli_now(const char *cmd, WallTime *out);

/* Prints every diagnostic (sorted) to stderr. */
void cli_print_diags(Diags *d);

/* The exit status of a load: EXIT_OK, EXIT_NOINPUT when a file could not be read, EXIT_DATAERR
 * when one was invalid. */
int cli_load_exit(LoadStatus ls);
/* The exit status after one more of several loads (status: the one so far): an unreadable
 * file wins over everything, then an invalid one over success. */
int cli_load_exit_add(int status, LoadStatus ls);

/* Loads path and the files it refers to (exercise_load: want is the kind it must be, or
 * FILE_KIND_UNKNOWN), printing every diagnostic. EXIT_OK with ex filled (free it with
 * exercise_free), else cli_load_exit's status and nothing to free. */
int cli_load_exercise(const char *path, FileKind want, Exercise *ex);
/* Reads the improvement plan at path (plan_load), printing every diagnostic. EXIT_OK with *out
 * set (free it with plan_free), else cli_load_exit's status and *out NULL. */
int cli_load_plan(const char *path, Plan **out);

/* A new journal's name without .ttxj: <id>-<date> for a scenario id and the exercise date,
 * in dir (NULL: the current folder), with -2, -3 … up to -999 added until no such journal
 * exists, so that a second run never overwrites the first. False when all are taken or the
 * name does not fit in size. */
bool cli_journal_stem(const char *dir, const char *id, Date date, char *out, size_t size);

/* The folder of bundled scenarios (malloc'd), found next to the binary's source tree or install
 * prefix, or from $TTX_SCENARIOS. NULL when none exists. */
char *cli_scenarios_dir(void);

/* A random seed from the system (getrandom), never 0: for the order options are shown in. */
uint32_t cli_random_seed(void);

#endif
