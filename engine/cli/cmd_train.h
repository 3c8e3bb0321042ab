/* What the two files of `ttx train` share: the parsed arguments and the scoring half
 * (cmd_train_score.c), which cmd_train.c calls with the scenario loaded and its test built. */
#ifndef TTX_CMD_TRAIN_H
#define TTX_CMD_TRAIN_H

#include <stdbool.h>

#include "exercise_load.h"
#include "train.h"

typedef struct TrainArgs {
    const char *scenario;
    bool print_test;
    const char *answers; /* --score */
    const char *survey;
    const char *out;    /* -o: a FILE for --print-test, a DIR for --score */
    const char *format; /* text or md */
    const char *date;   /* YYYY-MM-DD, or NULL for today */
    /* the presentation window */
    bool fullscreen;
    const char *font, *script, *screenshot;
    int seconds; /* countdown per question; 0: the default */
} TrainArgs;

/* ttx train SCENARIO --score …: reads the CSV files, writes and prints the 受講記録. Returns the
 * exit status. */
int cmd_train_score(const TrainArgs *a, const TrainTest *test);

/* ttx train SCENARIO: the presentation window; the class's counts are saved as CSV in the
 * current folder (or -o DIR) each time an answer is revealed. Returns the exit status. */
int cmd_train_present(const TrainArgs *a, const TrainTest *test);

#endif
