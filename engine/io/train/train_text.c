/* The printable 受講記録, first half: title, header, the class result, the distribution of
 * correct answers and every participant's result. Numbers come first on a participant's line
 * and the name last, so a long name wraps without pushing the columns out of line. */
#include "train_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "paths.h"
#include "train_text_parts.h"

enum { LABEL_COLUMNS = 20 }; /* 「インシデントの種類」 is 18 */

void train_text_heading(TextBuf *b, const char *title)
{
    textbuf_printf(b, "\n【%s】\n", title);
}

char *train_text_question_list(const size_t *questions, size_t n)
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

char *train_text_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    return s;
}

static void put_header(TextBuf *b, const TrainReport *r)
{
    const TrainTest *t = r->test;
    const Scenario *sc = t->scenario;
    const Procedure *pr = t->procedure;
    char day[16];
    put_field(b, "社名", pr->company.s);
    put_field_owned(b, "テーマ",
                    train_text_format("%s（%s）", sc->title.s ? sc->title.s : "", sc->id.s));
    put_field(b, "インシデントの種類", vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    put_field_owned(b, "手順書",
                    train_text_format("%s（%s%s%s）", pr->title.s ? pr->title.s : "", pr->id.s,
                                      pr->revision.s ? "、改訂 " : "",
                                      pr->revision.s ? pr->revision.s : ""));
    put_field(b, "実施日", date_format(r->date, day, sizeof day));
    put_field(b, "回答ファイル", path_basename(r->answers->path));
    put_field(b, "アンケート", r->survey ? path_basename(r->survey->path) : "（なし）");
    put_field_owned(b, "受講者", train_text_format("%zu名", r->answers->n));
    put_field_owned(b, "問題数",
                    train_text_format("%zu問（知識の問題 %zu問、演習の場面の問題 %zu問）",
                                      t->n_questions, t->n_quiz, t->n_questions - t->n_quiz));
    put_field(b, "修了条件", "全問正解");
}

static void put_class(TextBuf *b, const TrainReport *r)
{
    train_text_heading(b, "クラスの結果");
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
    train_text_heading(b, "正解数の分布");
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
    train_text_heading(b, "受講者別の結果");
    textbuf_put(b, "  点数  正解     修了  氏名（所属）\n");
    for (size_t i = 0; i < r->answers->n; i++) {
        const TrainParticipant *p = &r->answers->v[i];
        const TrainScore *s = &r->scores[i];
        char prefix[64], done[8];
        snprintf(done, sizeof done, "%s", s->completed ? "修了" : "－  ");
        snprintf(prefix, sizeof prefix, "  %4d  %3zu/%-3zu  %s  ", s->percent, s->correct,
                 t->n_questions, done);
        char *who = p->department ? train_text_format("%s（%s）", p->name, p->department)
                                  : ttx_strdup(p->name);
        textbuf_wrap(b, prefix, 23, who);
        free(who);
        size_t *wrong = ttx_malloc(t->n_questions * sizeof(size_t)), n_wrong = 0;
        for (size_t q = 0; q < t->n_questions; q++) {
            if (p->answers[q] != t->questions[q].correct) {
                wrong[n_wrong++] = q;
            }
        }
        if (n_wrong > 0) {
            char *list = train_text_question_list(wrong, n_wrong);
            textbuf_wrap(b, "                       誤答: ", 29, list);
            free(list);
        }
        free(wrong);
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
    train_text_questions(&b, r);
    train_text_phases(&b, r);
    train_text_weak(&b, r);
    train_text_survey(&b, r);
    return textbuf_take(&b);
}
