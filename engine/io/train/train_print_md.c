/* The test and its answer key as Markdown, for a handout made with any Markdown tool. Text from
 * the scenario is escaped, so a question that happens to contain * or # prints as written rather
 * than as emphasis or a heading; its line breaks stay line breaks. Options are numbered lists, so
 * the numbers on paper are the numbers to write. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "train_print_parts.h"

/* Appends text sanitised and escaped; each of its line breaks becomes `newline`. */
static void put_md(TextBuf *b, const char *text, const char *newline)
{
    char *s = textbuf_sanitize(text ? text : "");
    bool line_start = true;
    for (const char *p = s; *p; p++) {
        if (*p == '\n') {
            textbuf_put(b, newline);
            line_start = true;
            continue;
        }
        bool escaped = false;
        if (line_start) { /* what would start a heading, list or quote */
            const char *d = p;
            while (isdigit((unsigned char)*d)) {
                d++;
            }
            bool list_number = d > p && (*d == '.' || *d == ')');
            if (strchr("#-+>=", *p) || list_number) {
                textbuf_putn(b, p, (size_t)(d - p));
                p = list_number ? d : p;
                textbuf_put(b, "\\");
                escaped = true;
            }
        }
        if (!escaped && strchr("\\`*_[]<>|~", *p)) {
            textbuf_put(b, "\\");
        }
        textbuf_putn(b, p, 1);
        line_start = false;
    }
    free(s);
}

static void put_title(TextBuf *b, const TrainTest *t, const char *title)
{
    const Scenario *sc = t->scenario;
    textbuf_printf(b, "# %s\n\n- テーマ: ", title);
    put_md(b, sc->title.s, " ");
    textbuf_printf(b, "\n- インシデントの種類: %s\n",
                   vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    char *count = train_print_count(t);
    textbuf_printf(b, "- 問題数: %s\n", count);
    free(count);
}

/* All options as a numbered list; in the key only the right ones, as bullets with the number
 * written out, because a Markdown list renumbers "1. 3." as 1, 2. */
static void put_options(TextBuf *b, const TrainQuestion *q, bool only_correct)
{
    textbuf_put(b, "\n");
    for (size_t k = 0; k < q->n_options; k++) {
        if (!only_correct) {
            textbuf_printf(b, "%zu. ", k + 1);
        } else if (train_choice_has(q->correct, k + 1)) {
            textbuf_printf(b, "- (%zu) ", k + 1);
        } else {
            continue;
        }
        put_md(b, q->options[k], "  \n   ");
        textbuf_put(b, "\n");
    }
}

static void put_question(TextBuf *b, const TrainQuestion *q, size_t i)
{
    textbuf_printf(b, "\n## 問%zu\n\n", i + 1);
    if (q->inject) {
        const Inject *in = q->inject;
        textbuf_put(b, "**演習の場面:** ");
        put_md(b, in->title.s, " ");
        if (in->from.s) {
            textbuf_put(b, "（");
            put_md(b, in->from.s, " ");
            textbuf_put(b, "）");
        }
        textbuf_put(b, "\n\n> ");
        put_md(b, in->text.s, "  \n> ");
        textbuf_put(b, "\n\n**問い:** ");
    }
    put_md(b, q->text, "  \n");
    textbuf_printf(b, "%s\n", train_print_how_many(q));
    put_options(b, q, false);
    textbuf_put(b, "\n答え: ＿＿＿＿＿＿\n");
}

void train_print_md_test(TextBuf *b, const TrainTest *t)
{
    put_title(b, t, "理解度確認テスト");
    textbuf_put(b, "\n所属: ＿＿＿＿＿＿＿＿＿＿＿＿　氏名: ＿＿＿＿＿＿＿＿＿＿＿＿\n\n");
    for (size_t i = 0; TRAIN_PRINT_INSTRUCTIONS[i]; i++) {
        textbuf_printf(b, "- %s\n", TRAIN_PRINT_INSTRUCTIONS[i]);
    }
    for (size_t i = 0; i < t->n_questions; i++) {
        put_question(b, &t->questions[i], i);
    }
}

static void put_answer(TextBuf *b, const TrainQuestion *q, size_t i)
{
    char answer[32];
    textbuf_printf(b, "\n## 問%zu　正解 %s\n\n**問題:** ", i + 1,
                   train_choice_format(q->correct, answer, sizeof answer));
    put_md(b, q->text, "  \n");
    textbuf_put(b, "\n");
    put_options(b, q, true);
    textbuf_put(b, "\n**解説:** ");
    put_md(b, q->explanation ? q->explanation : "（解説なし）", "  \n");
    char *topics = train_print_topics(q);
    textbuf_put(b, "\n\n**関連:** ");
    put_md(b, topics[0] ? topics : "（なし）", " ");
    textbuf_put(b, "\n");
    free(topics);
}

void train_print_md_key(TextBuf *b, const TrainTest *t)
{
    put_title(b, t, "理解度確認テスト　解答と解説");
    for (size_t i = 0; i < t->n_questions; i++) {
        put_answer(b, &t->questions[i], i);
    }
    textbuf_printf(b,
                   "\n## 回答の集計\n\n受講者の答えを表計算ソフトに入力し、「CSV UTF-8"
                   "（コンマ区切り）」で保存して `ttx train --score` で集計します。見出し行は"
                   " 氏名、所属（任意）、問1〜問%zu。答えは選択肢の番号で、複数のときは "
                   "`1;3` のように書きます。\n",
                   t->n_questions);
}
