/* The printable 受講記録, second half: the correct rate of every question with how the class
 * answered, the rates per phase, what to teach next, and the アンケート. */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "train_text_parts.h"

/* "(1) 2名、(2) 9名、(3) 1名、無回答 0名" */
static char *choices_text(const TrainQuestion *q, const TrainQuestionStat *st)
{
    TextBuf t;
    textbuf_init(&t);
    for (size_t k = 0; k < q->n_options; k++) {
        textbuf_printf(&t, "(%zu) %zu名、", k + 1, st->chosen[k]);
    }
    textbuf_printf(&t, "無回答 %zu名", st->unanswered);
    return textbuf_take(&t);
}

void train_text_questions(TextBuf *b, const TrainReport *r)
{
    const TrainTest *t = r->test;
    train_text_heading(b, "問題別の正答率");
    for (size_t i = 0; i < t->n_questions; i++) {
        const TrainQuestion *q = &t->questions[i];
        const TrainQuestionStat *st = &r->stats[i];
        char answer[32];
        char *head = train_text_format(
            "問%zu（%s%s）正答率 %d%%（%zu名中 %zu名） 正解 %s", i + 1, q->id,
            q->source == TRAIN_FROM_DECISION ? "・演習の場面" : "", st->percent, r->answers->n,
            st->correct, train_choice_format(q->correct, answer, sizeof answer));
        textbuf_put(b, i ? "\n" : "");
        textbuf_wrap(b, "", 3, head);
        free(head);
        textbuf_wrap(b, "   ", 3, q->text);
        char *choices = choices_text(q, st);
        textbuf_wrap(b, "   回答: ", 9, choices);
        free(choices);
    }
}

void train_text_phases(TextBuf *b, const TrainReport *r)
{
    train_text_heading(b, "フェーズ別の正答率");
    textbuf_put(b, "  フェーズ            正答率  問題\n");
    for (size_t i = 0; i < r->n_phases; i++) {
        const TrainPhaseStat *s = &r->phases[i];
        TextBuf prefix;
        textbuf_init(&prefix);
        textbuf_put(&prefix, "  ");
        textbuf_pad(&prefix, vocab_label(&VOCAB_PHASE, (int)s->phase), 20);
        textbuf_printf(&prefix, "%5d%%  ", s->percent);
        char *list = train_text_question_list(s->questions, s->n_questions);
        textbuf_wrap(b, prefix.s, 30, list);
        free(list);
        textbuf_deinit(&prefix);
    }
}

void train_text_weak(TextBuf *b, const TrainReport *r)
{
    train_text_heading(b, "復習が必要なテーマ");
    if (r->n_weak == 0) {
        textbuf_put(b, "  全員が全問正解しました。復習が必要なテーマはありません。\n");
        return;
    }
    textbuf_put(b, "  正答率の低いフェーズから順に、再教育する手順書の項目とともに示す。\n");
    for (size_t i = 0; i < r->n_weak; i++) {
        const TrainWeakTopic *w = &r->weak[i];
        textbuf_printf(b, "\n%zu. %s（正答率 %d%%）\n", i + 1,
                       vocab_label(&VOCAB_PHASE, (int)w->phase->phase), w->phase->percent);
        TextBuf missed;
        textbuf_init(&missed);
        for (size_t k = 0; k < w->n_missed; k++) {
            size_t q = w->missed[k];
            textbuf_printf(&missed, "%s問%zu（%d%%）", k ? "、" : "", q + 1, r->stats[q].percent);
        }
        textbuf_wrap(b, "   正答率の低い問題: ", 21, missed.s);
        textbuf_deinit(&missed);
        textbuf_put(b, "   再教育する手順書の項目:\n");
        for (size_t k = 0; k < w->n_items; k++) {
            const ProcItem *it = w->items[k];
            char *line = train_text_format("%s %s", it->id.s, it->name.s ? it->name.s : "");
            textbuf_wrap(b, "   ・", 5, line);
            free(line);
        }
    }
    train_text_heading(b, "再教育する手順書の項目（まとめ）");
    for (size_t k = 0; k < r->n_reteach; k++) {
        const ProcItem *it = r->reteach[k];
        char *line = train_text_format("%s %s（%s）", it->id.s, it->name.s ? it->name.s : "",
                                       vocab_label(&VOCAB_PHASE, (int)it->phase));
        textbuf_wrap(b, "  ・", 4, line);
        free(line);
    }
}

static void put_rating(TextBuf *b, size_t i, const SurveyRating *g)
{
    char num[32];
    snprintf(num, sizeof num, "%2zu. ", i + 1);
    textbuf_put(b, "\n");
    textbuf_wrap(b, num, 4, g->label);
    TextBuf t;
    textbuf_init(&t);
    if (g->average_x100 >= 0) {
        textbuf_printf(&t, "平均 %d.%02d", g->average_x100 / 100, g->average_x100 % 100);
    } else {
        textbuf_put(&t, "平均 －");
    }
    textbuf_printf(&t, "（回答 %zu名、無回答 %zu名）", g->responses, g->blank);
    for (int k = 5; k >= 1; k--) {
        snprintf(num, sizeof num, "　%d: %zu名", k, g->count[k - 1]);
        textbuf_put(&t, num);
    }
    textbuf_wrap(b, "    ", 4, t.s);
    textbuf_deinit(&t);
}

void train_text_survey(TextBuf *b, const TrainReport *r)
{
    train_text_heading(b, "アンケート");
    if (!r->survey) {
        textbuf_put(b, "  アンケートの集計はありません（--survey で指定）。\n");
        return;
    }
    textbuf_printf(b, "  回答者 %zu名。評価は5段階（5が最も高い）。\n", r->survey->n_rows);
    for (size_t i = 0; i < r->n_ratings; i++) {
        put_rating(b, i, &r->ratings[i]);
    }
    for (size_t i = 0; i < r->n_comments; i++) {
        const SurveyComments *c = &r->comments[i];
        char *title = train_text_format("自由記述: %s", c->label);
        textbuf_put(b, "\n");
        textbuf_wrap(b, "■ ", 2, title);
        free(title);
        if (c->n == 0) {
            textbuf_put(b, "  ・（記入なし）\n");
        }
        for (size_t k = 0; k < c->n; k++) {
            textbuf_wrap(b, "  ・", 4, c->v[k]);
        }
    }
}
