/* The trainer's two spreadsheets, read from CSV as Excel saves it (csv_read.h):
 *
 * Answers — one row per participant under a heading row. Columns: 氏名 (or 名前, name; required),
 * 所属 (or 部署, department; optional), and one column per question of the test, headed 問N, qN
 * or N (the number on the printed test) or by the question's id. A cell holds the option
 * numbers marked: 2, or 1;3 / "1,3" for several; an empty cell is unanswered (a warning; it
 * counts as wrong). Other columns are reported as warnings and ignored.
 *
 * アンケート — one row per respondent. A column whose heading ends with (1-5) (also [1-5],
 * （1～5）) holds 1–5 ratings; every other column is free text, except 氏名 and 所属, which are
 * read but never reported, so comments stay anonymous.
 *
 * Every problem is reported at its cell, FILE: 7行目「問3」. Any error makes the whole
 * file invalid (LOAD_INVALID) and nothing is returned: a class result with rows left out would
 * look complete and be wrong. */
#ifndef TTX_TRAIN_CSV_H
#define TTX_TRAIN_CSV_H

#include "diag.h"
#include "exercise_load.h"
#include "train.h"

/* On LOAD_OK, out holds at least one participant (free with train_answers_free). */
LoadStatus train_answers_load(const char *path, const TrainTest *test, TrainAnswers *out,
                              Diags *diags);
void train_answers_free(TrainAnswers *a);

/* On LOAD_OK, out holds at least one question column and one row (free with train_survey_free). */
LoadStatus train_survey_load(const char *path, Survey *out, Diags *diags);
void train_survey_free(Survey *s);

#endif
