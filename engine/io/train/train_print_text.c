/* The test and its answer key as plain text, 80 display columns. A question's number hangs in
 * the margin (問12 and the text beside it), its options and its answer line are indented under
 * the text; a decision first sets the scene with the 状況付与 it comes from. */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"
#include "train_print_parts.h"

enum { LABEL_COLUMNS = 20, INDENT = 6 };

static const char RULE[] = "========================================"
                           "========================================";

static void put_field(TextBuf *b, const char *label, const char *value)
{
    TextBuf prefix;
    textbuf_init(&prefix);
    textbuf_pad(&prefix, label, LABEL_COLUMNS);
    textbuf_wrap(b, prefix.s, LABEL_COLUMNS, value);
    textbuf_deinit(&prefix);
}

static void put_title(TextBuf *b, const TrainTest *t, const char *title)
{
    const Scenario *sc = t->scenario;
    textbuf_printf(b, "%s\n%s\n", title, RULE);
    put_field(b, "テーマ", sc->title.s);
    put_field(b, "インシデントの種類", vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    char *count = train_print_count(t);
    put_field(b, "問題数", count);
    free(count);
}

/* "問12  " padded to INDENT columns. */
static void number_prefix(char *buf, size_t size, size_t i)
{
    snprintf(buf, size, "問%-*zu", INDENT - 2, i + 1);
}

static void put_question(TextBuf *b, const TrainQuestion *q, size_t i)
{
    char prefix[32];
    number_prefix(prefix, sizeof prefix, i);
    textbuf_put(b, "\n");
    if (q->inject) {
        const Inject *in = q->inject;
        char *scene = in->from.s
                          ? train_print_format("【演習の場面】%s（%s）", in->title.s, in->from.s)
                          : train_print_format("【演習の場面】%s", in->title.s);
        textbuf_wrap(b, prefix, INDENT, scene);
        free(scene);
        textbuf_wrap(b, "      ", INDENT, in->text.s);
        char *ask = train_print_format("問い: %s%s", q->text, train_print_how_many(q));
        textbuf_wrap(b, "      ", INDENT + 6, ask);
        free(ask);
    } else {
        char *ask = train_print_format("%s%s", q->text, train_print_how_many(q));
        textbuf_wrap(b, prefix, INDENT, ask);
        free(ask);
    }
    for (size_t k = 0; k < q->n_options; k++) {
        char opt[32];
        snprintf(opt, sizeof opt, "      (%zu) ", k + 1);
        textbuf_wrap(b, opt, INDENT + 4, q->options[k]);
    }
    textbuf_put(b, "      答え ____________\n");
}

void train_print_text_test(TextBuf *b, const TrainTest *t)
{
    put_title(b, t, "理解度確認テスト");
    textbuf_put(b,
                "\n所属 ______________________________  氏名 ______________________________\n\n");
    for (size_t i = 0; TRAIN_PRINT_INSTRUCTIONS[i]; i++) {
        textbuf_wrap(b, "・", 2, TRAIN_PRINT_INSTRUCTIONS[i]);
    }
    for (size_t i = 0; i < t->n_questions; i++) {
        put_question(b, &t->questions[i], i);
    }
}

static void put_answer(TextBuf *b, const TrainQuestion *q, size_t i)
{
    char prefix[32], answer[32];
    number_prefix(prefix, sizeof prefix, i);
    textbuf_printf(b, "\n%s正解 %s\n", prefix,
                   train_choice_format(q->correct, answer, sizeof answer));
    char *ask = train_print_format("問題: %s", q->text);
    textbuf_wrap(b, "      ", INDENT + 6, ask);
    free(ask);
    for (size_t k = 0; k < q->n_options; k++) {
        if (train_choice_has(q->correct, k + 1)) {
            char opt[32];
            snprintf(opt, sizeof opt, "      (%zu) ", k + 1);
            textbuf_wrap(b, opt, INDENT + 4, q->options[k]);
        }
    }
    textbuf_wrap(b, "      解説: ", INDENT + 6, q->explanation ? q->explanation : "（解説なし）");
    char *topics = train_print_topics(q);
    textbuf_wrap(b, "      関連: ", INDENT + 6, topics[0] ? topics : "（なし）");
    free(topics);
}

void train_print_text_key(TextBuf *b, const TrainTest *t)
{
    put_title(b, t, "理解度確認テスト　解答と解説");
    for (size_t i = 0; i < t->n_questions; i++) {
        put_answer(b, &t->questions[i], i);
    }
    textbuf_put(b, "\n【回答の集計】\n");
    char *how = train_print_format(
        "受講者の答えを表計算ソフトに入力し、「CSV UTF-8（コンマ区切り）」で保存して ttx train "
        "--score で集計します。見出し行は 氏名、所属（任意）、問1〜問%zu。答えは選択肢の番号で、"
        "複数のときは 1;3 のように書きます。",
        t->n_questions);
    textbuf_wrap(b, "  ", 2, how);
    free(how);
}
