/* The アンケート in the 受講記録: for every 1–5 item the number of responses and blanks, how many
 * gave each rating and the mean (× 100, rounded half up in integers); for every free-text item
 * the comments in the order the rows came. Names are never copied, so comments stay anonymous.
 * Pure C11. */
#include "base.h"
#include "train_report_internal.h"

static void summarise_rating(const Survey *s, size_t col, SurveyRating *out)
{
    size_t sum = 0;
    out->label = s->columns[col].label;
    for (size_t row = 0; row < s->n_rows; row++) {
        int v = s->ratings[row * s->n_columns + col];
        TTX_EXPECT(v >= 0 && v <= 5);
        if (v == 0) {
            out->blank++;
            continue;
        }
        out->count[v - 1]++;
        out->responses++;
        sum += (size_t)v;
    }
    out->average_x100 =
        out->responses ? (int)((200 * sum + out->responses) / (2 * out->responses)) : -1;
}

static void collect_comments(TrainReport *r, size_t col, SurveyComments *out)
{
    const Survey *s = r->survey;
    out->label = s->columns[col].label;
    out->v = arena_array(&r->arena, s->n_rows, sizeof(char *));
    for (size_t row = 0; row < s->n_rows; row++) {
        const char *text = s->texts[row * s->n_columns + col];
        if (text) {
            out->v[out->n++] = text;
        }
    }
}

void train_report_survey(TrainReport *r)
{
    const Survey *s = r->survey;
    if (!s) {
        return;
    }
    r->ratings = arena_array(&r->arena, s->n_columns, sizeof(SurveyRating));
    r->comments = arena_array(&r->arena, s->n_columns, sizeof(SurveyComments));
    for (size_t col = 0; col < s->n_columns; col++) {
        if (s->columns[col].likert) {
            summarise_rating(s, col, &r->ratings[r->n_ratings++]);
        } else {
            collect_comments(r, col, &r->comments[r->n_comments++]);
        }
    }
}
