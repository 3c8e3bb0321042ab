/* The printable 受講記録: title, header, the class result, the distribution of correct answers,
 * every participant's result, then the correct rate of every question with how the class
 * answered, the rates per phase, what to teach next, and the アンケート. Numbers come first on a
 * participant's line and the name last, so a long name wraps without pushing the columns out of
 * line. */
#include "train_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "paths.h"
#include "textbuf.h"
#include "train_report.h"

enum { LABEL_COLUMNS = 20 }; /* 「インシデントの種類」 is 18 */

static void put_heading(TextBuf *b, const char *title)
{
    textbuf_printf(b, "\n【%s】\n", title);
}

/* "問3、問12、問15" for question indices (malloc'd, the caller frees). */
static char *question_list(const size_t *questions, size_t n)
{
    TextBuf t;
    textbuf_init(&t);
    for (size_t i = 0; i < n; i++) {
        textbuf_printf(&t, "%s問%zu", i ? "、" : "", questions[i] + 1);
    }
    return textbuf_take(&t);
}

/* label padded, then value wrapped under itself; value comes from files and is sanitised. */
static void put_field(TextBuf *b, const char *label, const char *value)
{
    TextBuf prefix;
    textbuf_init(&prefix);
    textbuf_pad(&prefix, label, LABEL_COLUMNS);
    textbuf_wrap(b, prefix.s, LABEL_COLUMNS, value && value[0] ? value : "（記載なし）");
    textbuf_deinit(&prefix);
}

static void put_field_owned(TextBuf *b, const char *label, char *value)
{
    put_field(b, label, value);
    free(value);
}

static void put_header(TextBuf *b, const TrainReport *r)
{
    const TrainTest *t = r->test;
    const Scenario *sc = t->scenario;
    const Procedure *pr = t->procedure;
    char day[16];
    put_field(b, "社名", pr->company.s);
    put_field_owned(b, "テーマ", ttx_format("%s（%s）", sc->title.s ? sc->title.s : "", sc->id.s));
    put_field(b, "インシデントの種類", vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    put_field_owned(b, "手順書",
                    ttx_format("%s（%s%s%s）", pr->title.s ? pr->title.s : "", pr->id.s,
                               pr->revision.s ? "、改訂 " : "",
                               pr->revision.s ? pr->revision.s : ""));
    put_field(b, "実施日", date_format(r->date, day, sizeof day));
    put_field(b, "回答ファイル", path_basename(r->answers->path));
    put_field(b, "アンケート", r->survey ? path_basename(r->survey->path) : "（なし）");
    put_field_owned(b, "受講者", ttx_format("%zu名", r->answers->n));
    put_field_owned(b, "問題数",
                    ttx_format("%zu問（知識の問題 %zu問、演習の場面の問題 %zu問）", t->n_questions,
                               t->n_quiz, t->n_questions - t->n_quiz));
    put_field(b, "修了条件", "全問正解");
}

static void put_class(TextBuf *b, const TrainReport *r)
{
    put_heading(b, "クラスの結果");
    textbuf_printf(b, "  平均点            %d点\n", r->average_percent);
    textbuf_printf(b, "  最高点            %d点\n", r->best_percent);
    textbuf_printf(b, "  最低点            %d点\n", r->worst_percent);
    textbuf_printf(b, "  修了者            %zu名／%zu名（%d%%）\n", r->n_completed, r->answers->n,
                   r->completion_percent);
    textbuf_put(b, "  点数は100点満点（正解数÷問題数）。修了は全問正解。\n");
}

/* One row per number of correct answers, from all right down to the lowest anyone had, with a
 * bar of one ■ per participant (scaled down for a large class: ■ is two columns wide). */
static void put_distribution(TextBuf *b, const TrainReport *r)
{
    enum { BAR_MAX = 30 };
    size_t n_q = r->test->n_questions, lowest = n_q, most = 1;
    for (size_t k = 0; k <= n_q; k++) {
        if (r->distribution[k] > 0) {
            lowest = k < lowest ? k : lowest;
            most = r->distribution[k] > most ? r->distribution[k] : most;
        }
    }
    put_heading(b, "正解数の分布");
    textbuf_put(b, "  正解数  人数\n");
    for (size_t k = n_q + 1; k-- > lowest;) {
        size_t people = r->distribution[k];
        size_t bar = most <= BAR_MAX ? people : people * BAR_MAX / most;
        bar = people > 0 && bar == 0 ? 1 : bar;
        textbuf_printf(b, "  %4zu問  %3zu名%s", k, people, bar ? "  " : "");
        for (size_t i = 0; i < bar; i++) {
            textbuf_put(b, "■");
        }
        textbuf_put(b, "\n");
    }
}

static void put_participants(TextBuf *b, const TrainReport *r)
{
    const TrainTest *t = r->test;
    put_heading(b, "受講者別の結果");
    textbuf_put(b, "  点数  正解     修了  氏名（所属）\n");
    for (size_t i = 0; i < r->answers->n; i++) {
        const TrainParticipant *p = &r->answers->v[i];
        const TrainScore *s = &r->scores[i];
        char prefix[64], done[8];
        snprintf(done, sizeof done, "%s", s->completed ? "修了" : "－  ");
        snprintf(prefix, sizeof prefix, "  %4d  %3zu/%-3zu  %s  ", s->percent, s->correct,
                 t->n_questions, done);
        char *who =
            p->department ? ttx_format("%s（%s）", p->name, p->department) : ttx_strdup(p->name);
        textbuf_wrap(b, prefix, 23, who);
        free(who);
        size_t *wrong = ttx_malloc(t->n_questions * sizeof(size_t)), n_wrong = 0;
        for (size_t q = 0; q < t->n_questions; q++) {
            if (p->answers[q] != t->questions[q].correct) {
                wrong[n_wrong++] = q;
            }
        }
        if (n_wrong > 0) {
            char *list = question_list(wrong, n_wrong);
            textbuf_wrap(b, "                       誤答: ", 29, list);
            free(list);
        }
        free(wrong);
    }
}

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

static void put_questions(TextBuf *b, const TrainReport *r)
{
    const TrainTest *t = r->test;
    put_heading(b, "問題別の正答率");
    for (size_t i = 0; i < t->n_questions; i++) {
        const TrainQuestion *q = &t->questions[i];
        const TrainQuestionStat *st = &r->stats[i];
        char answer[32];
        char *head = ttx_format("問%zu（%s%s）正答率 %d%%（%zu名中 %zu名） 正解 %s", i + 1, q->id,
                                q->source == TRAIN_FROM_DECISION ? "・演習の場面" : "", st->percent,
                                r->answers->n, st->correct,
                                train_choice_format(q->correct, answer, sizeof answer));
        textbuf_put(b, i ? "\n" : "");
        textbuf_wrap(b, "", 3, head);
        free(head);
        textbuf_wrap(b, "   ", 3, q->text);
        char *choices = choices_text(q, st);
        textbuf_wrap(b, "   回答: ", 9, choices);
        free(choices);
    }
}

static void put_phases(TextBuf *b, const TrainReport *r)
{
    put_heading(b, "フェーズ別の正答率");
    textbuf_put(b, "  フェーズ            正答率  問題\n");
    for (size_t i = 0; i < r->n_phases; i++) {
        const TrainPhaseStat *s = &r->phases[i];
        TextBuf prefix;
        textbuf_init(&prefix);
        textbuf_put(&prefix, "  ");
        textbuf_pad(&prefix, vocab_label(&VOCAB_PHASE, (int)s->phase), 20);
        textbuf_printf(&prefix, "%5d%%  ", s->percent);
        char *list = question_list(s->questions, s->n_questions);
        textbuf_wrap(b, prefix.s, 30, list);
        free(list);
        textbuf_deinit(&prefix);
    }
}

static void put_weak(TextBuf *b, const TrainReport *r)
{
    put_heading(b, "復習が必要なテーマ");
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
            char *line = ttx_format("%s %s", it->id.s, it->name.s ? it->name.s : "");
            textbuf_wrap(b, "   ・", 5, line);
            free(line);
        }
    }
    put_heading(b, "再教育する手順書の項目（まとめ）");
    for (size_t k = 0; k < r->n_reteach; k++) {
        const ProcItem *it = r->reteach[k];
        char *line = ttx_format("%s %s（%s）", it->id.s, it->name.s ? it->name.s : "",
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

static void put_survey(TextBuf *b, const TrainReport *r)
{
    put_heading(b, "アンケート");
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
        char *title = ttx_format("自由記述: %s", c->label);
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

char *train_text(const TrainReport *r)
{
    TTX_EXPECT(r && r->test && r->answers);
    TextBuf b;
    textbuf_init(&b);
    textbuf_put(&b, "受講記録（従業員教育・理解度確認テスト）\n");
    textbuf_printf(&b, "%.*s\n", TEXTBUF_COLUMNS,
                   "========================================"
                   "========================================");
    put_header(&b, r);
    put_class(&b, r);
    put_distribution(&b, r);
    put_participants(&b, r);
    put_questions(&b, r);
    put_phases(&b, r);
    put_weak(&b, r);
    put_survey(&b, r);
    return textbuf_take(&b);
}
