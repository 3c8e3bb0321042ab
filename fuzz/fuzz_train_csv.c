/* Fuzzes the trainer's two CSV readers (train_csv.h) with the same bytes: as the class's answers
 * to the test of tests/train/mini.yaml and as an アンケート. Both read from a path, so the input is
 * written to a scratch file first. Checks that a reader returns something exactly when it says
 * LOAD_OK, and that every diagnostic is well formed. */
#include <stdio.h>
#include <stdlib.h>

#include "exercise_load.h"
#include "fuzz_common.h"
#include "train.h"
#include "train_csv.h"

static Exercise exercise;
static TrainTest test;
static const char *input_path;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/train/mini.yaml", fuzz_source_dir());
    Diags d;
    diags_init(&d);
    if (exercise_load(path, FILE_KIND_SCENARIO, &exercise, &d) != LOAD_OK) {
        diags_print(&d, stderr);
        fprintf(stderr, "fuzz_train_csv: the fixture %s does not load\n", path);
        exit(2);
    }
    diags_deinit(&d);
    train_test_init(&test, exercise.scenario, exercise.procedure);
    input_path = fuzz_scratch("in.csv");
    return 0;
}

static void answers(void)
{
    Diags d;
    diags_init(&d);
    TrainAnswers a;
    LoadStatus st = train_answers_load(input_path, &test, &a, &d);
    if (st == LOAD_OK) {
        if (a.n == 0 || d.n_errors != 0) {
            abort();
        }
        for (size_t i = 0; i < a.n; i++) {
            if (!a.v[i].name) {
                abort();
            }
        }
        train_answers_free(&a);
    } else if (st != LOAD_INVALID || d.n_errors == 0) {
        abort();
    }
    fuzz_check_diags(&d);
    diags_deinit(&d);
}

static void survey(void)
{
    Diags d;
    diags_init(&d);
    Survey s;
    LoadStatus st = train_survey_load(input_path, &s, &d);
    if (st == LOAD_OK) {
        if (s.n_columns == 0 || s.n_rows == 0 || d.n_errors != 0) {
            abort();
        }
        for (size_t i = 0; i < s.n_rows * s.n_columns; i++) {
            if (s.columns[i % s.n_columns].likert && (s.ratings[i] < 0 || s.ratings[i] > 5)) {
                abort();
            }
        }
        train_survey_free(&s);
    } else if (st != LOAD_INVALID || d.n_errors == 0) {
        abort();
    }
    fuzz_check_diags(&d);
    diags_deinit(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_write_file(input_path, data, size);
    answers();
    survey();
    return 0;
}
