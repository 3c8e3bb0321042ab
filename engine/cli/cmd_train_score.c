/* ttx train SCENARIO --score ANSWERS.csv [--survey SURVEY.csv] [-o DIR]: reads the class's
 * answers and the アンケート, scores them and writes the 受講記録 as JSON and text. Both CSV
 * files are read, and all their problems reported, before anything is written; with any error
 * nothing is written at all. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic_write.h"
#include "cli.h"
#include "cmd_train.h"
#include "train_csv.h"
#include "train_json.h"
#include "train_report.h"
#include "train_text.h"

static bool session_date(const TrainArgs *a, Date *out)
{
    if (a->date) {
        if (!date_parse(a->date, out)) {
            cli_usage_error("train", "--date '%s' is not a date like 2026-12-01", a->date);
            return false;
        }
        return true;
    }
    WallTime now;
    if (!cli_now("train", &now)) {
        return false;
    }
    *out = walltime_date(now);
    return true;
}

static int write_record(const char *dir, const TrainReport *r)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "ttx train: cannot create the folder '%s': %s\n", dir, strerror(errno));
        return EXIT_CANTCREAT;
    }
    char day[16], json_path[PATH_MAX], text_path[PATH_MAX], err[512];
    date_format(r->date, day, sizeof day);
    const char *id = r->test->scenario->id.s;
    snprintf(json_path, sizeof json_path, "%s/%s-training-%s.json", dir, id, day);
    snprintf(text_path, sizeof text_path, "%s/%s-training-%s.txt", dir, id, day);
    char *json = train_json(r);
    char *text = train_text(r);
    int status = EXIT_OK;
    if (!atomic_write_text(json_path, json, err, sizeof err) ||
        !atomic_write_text(text_path, text, err, sizeof err)) {
        fprintf(stderr, "ttx train: %s\n", err);
        status = EXIT_CANTCREAT;
    } else {
        fputs(text, stdout);
        fprintf(stderr, "ttx train: wrote %s and %s\n", json_path, text_path);
    }
    free(json);
    free(text);
    return status;
}

int cmd_train_score(const TrainArgs *a, const TrainTest *test)
{
    Date date;
    if (!session_date(a, &date)) {
        return EXIT_USAGE;
    }
    Diags d;
    diags_init(&d);
    TrainAnswers answers;
    Survey survey;
    LoadStatus la = train_answers_load(a->answers, test, &answers, &d);
    LoadStatus ls = a->survey ? train_survey_load(a->survey, &survey, &d) : LOAD_OK;
    cli_print_diags(&d);
    diags_deinit(&d);
    int status = cli_load_exit_add(cli_load_exit(la), ls);
    if (status == EXIT_OK) {
        TrainReport *r = train_report_build(test, &answers, a->survey ? &survey : NULL, date);
        status = write_record(a->out ? a->out : ".", r);
        train_report_free(r);
    }
    if (la == LOAD_OK) {
        train_answers_free(&answers);
    }
    if (a->survey && ls == LOAD_OK) {
        train_survey_free(&survey);
    }
    return status;
}
