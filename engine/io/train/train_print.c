/* The printed test and its answer key, in plain text and in Markdown. A question says how many
 * options to mark, as Japanese tests do; a decision asks for the most suitable option, because
 * its other options are not all wrong, only less good (fair). The wording both forms share comes
 * first, then each renderer. */
#include "train_print.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "paths.h"
#include "textbuf.h"

/* The instructions printed under the name line, NULL-terminated. */
static const char *const INSTRUCTIONS[] = {
    "答えは選択肢の番号で、各問の「答え」の欄に書いてください。",
    "「すべて選択」とある問題は、当てはまる番号をすべて書いてください（例: 1;3）。",
    "全問正解で修了です。",
    NULL,
};

/* "（正しいものを1つ選択）", "（適切なものをすべて選択）" … after a question. */
static const char *how_many(const TrainQuestion *q)
{
    bool several = train_choice_count(q->correct) > 1;
    if (q->source == TRAIN_FROM_DECISION) {
        return several ? "（適切なものをすべて選択）" : "（最も適切なものを1つ選択）";
    }
    return several ? "（正しいものをすべて選択）" : "（正しいものを1つ選択）";
}

/* "初動対応、R03 感染端末の隔離（電源は切らない）" (malloc'd, the caller frees). */
static char *topics_text(const TrainQuestion *q)
{
    TextBuf t;
    textbuf_init(&t);
    for (size_t i = 0; i < q->n_teaches; i++) {
        const TrainTopic *tp = &q->teaches[i];
        textbuf_put(&t, i ? "、" : "");
        if (!tp->is_phase) {
            textbuf_printf(&t, "%s ", train_topic_id(tp));
        }
        textbuf_put(&t, train_topic_label(tp));
    }
    return textbuf_take(&t);
}

/* "17問（知識の問題 12問、演習の場面の問題 5問）" (malloc'd, the caller frees). */
static char *count_text(const TrainTest *t)
{
    TextBuf b;
    textbuf_init(&b);
    textbuf_printf(&b, "%zu問", t->n_questions);
    if (t->n_quiz > 0 && t->n_quiz < t->n_questions) {
        textbuf_printf(&b, "（知識の問題 %zu問、演習の場面の問題 %zu問）", t->n_quiz,
                       t->n_questions - t->n_quiz);
    }
    return textbuf_take(&b);
}

/* ---- plain text --------------------------------------------------------------------------- */

/* The test and its answer key as plain text, 80 display columns. A question's number hangs in
 * the margin (問12 and the text beside it), its options and its answer line are indented under
 * the text; a decision first sets the scene with the 状況付与 it comes from. */
enum { LABEL_COLUMNS = 20, INDENT = 6 };

static const char RULE[] = "========================================"
                           "========================================";

static void text_field(TextBuf *b, const char *label, const char *value)
{
    TextBuf prefix;
    textbuf_init(&prefix);
    textbuf_pad(&prefix, label, LABEL_COLUMNS);
    textbuf_wrap(b, prefix.s, LABEL_COLUMNS, value);
    textbuf_deinit(&prefix);
}

static void text_title(TextBuf *b, const TrainTest *t, const char *title)
{
    const Scenario *sc = t->scenario;
    textbuf_printf(b, "%s\n%s\n", title, RULE);
    text_field(b, "テーマ", sc->title.s);
    text_field(b, "インシデントの種類", vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    char *count = count_text(t);
    text_field(b, "問題数", count);
    free(count);
}

/* "問12  " padded to INDENT columns. */
static void number_prefix(char *buf, size_t size, size_t i)
{
    snprintf(buf, size, "問%-*zu", INDENT - 2, i + 1);
}

static void text_question(TextBuf *b, const TrainQuestion *q, size_t i)
{
    char prefix[32];
    number_prefix(prefix, sizeof prefix, i);
    textbuf_put(b, "\n");
    if (q->inject) {
        const Inject *in = q->inject;
        char *scene = in->from.s ? ttx_format("【演習の場面】%s（%s）", in->title.s, in->from.s)
                                 : ttx_format("【演習の場面】%s", in->title.s);
        textbuf_wrap(b, prefix, INDENT, scene);
        free(scene);
        textbuf_wrap(b, "      ", INDENT, in->text.s);
        char *ask = ttx_format("問い: %s%s", q->text, how_many(q));
        textbuf_wrap(b, "      ", INDENT + 6, ask);
        free(ask);
    } else {
        char *ask = ttx_format("%s%s", q->text, how_many(q));
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

static void text_test(TextBuf *b, const TrainTest *t)
{
    text_title(b, t, "理解度確認テスト");
    textbuf_put(b,
                "\n所属 ______________________________  氏名 ______________________________\n\n");
    for (size_t i = 0; INSTRUCTIONS[i]; i++) {
        textbuf_wrap(b, "・", 2, INSTRUCTIONS[i]);
    }
    for (size_t i = 0; i < t->n_questions; i++) {
        text_question(b, &t->questions[i], i);
    }
}

static void text_answer(TextBuf *b, const TrainQuestion *q, size_t i)
{
    char prefix[32], answer[32];
    number_prefix(prefix, sizeof prefix, i);
    textbuf_printf(b, "\n%s正解 %s\n", prefix,
                   train_choice_format(q->correct, answer, sizeof answer));
    char *ask = ttx_format("問題: %s", q->text);
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
    char *topics = topics_text(q);
    textbuf_wrap(b, "      関連: ", INDENT + 6, topics[0] ? topics : "（なし）");
    free(topics);
}

static void text_key(TextBuf *b, const TrainTest *t)
{
    text_title(b, t, "理解度確認テスト　解答と解説");
    for (size_t i = 0; i < t->n_questions; i++) {
        text_answer(b, &t->questions[i], i);
    }
    textbuf_put(b, "\n【回答の集計】\n");
    char *how = ttx_format(
        "受講者の答えを表計算ソフトに入力し、「CSV UTF-8（コンマ区切り）」で保存して ttx train "
        "--score で集計します。見出し行は 氏名、所属（任意）、問1〜問%zu。答えは選択肢の番号で、"
        "複数のときは 1;3 のように書きます。",
        t->n_questions);
    textbuf_wrap(b, "  ", 2, how);
    free(how);
}

/* ---- Markdown ----------------------------------------------------------------------------- */

/* The test and its answer key as Markdown, for a handout made with any Markdown tool. Text from
 * the scenario is escaped, so a question that happens to contain * or # prints as written rather
 * than as emphasis or a heading; its line breaks stay line breaks. Options are numbered lists, so
 * the numbers on paper are the numbers to write. */

/* Appends text sanitised and escaped; each of its line breaks becomes `newline`. */
static void md_escaped(TextBuf *b, const char *text, const char *newline)
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

static void md_title(TextBuf *b, const TrainTest *t, const char *title)
{
    const Scenario *sc = t->scenario;
    textbuf_printf(b, "# %s\n\n- テーマ: ", title);
    md_escaped(b, sc->title.s, " ");
    textbuf_printf(b, "\n- インシデントの種類: %s\n",
                   vocab_label(&VOCAB_INCIDENT, (int)sc->incident));
    char *count = count_text(t);
    textbuf_printf(b, "- 問題数: %s\n", count);
    free(count);
}

/* All options as a numbered list; in the key only the right ones, as bullets with the number
 * written out, because a Markdown list renumbers "1. 3." as 1, 2. */
static void md_options(TextBuf *b, const TrainQuestion *q, bool only_correct)
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
        md_escaped(b, q->options[k], "  \n   ");
        textbuf_put(b, "\n");
    }
}

static void md_question(TextBuf *b, const TrainQuestion *q, size_t i)
{
    textbuf_printf(b, "\n## 問%zu\n\n", i + 1);
    if (q->inject) {
        const Inject *in = q->inject;
        textbuf_put(b, "**演習の場面:** ");
        md_escaped(b, in->title.s, " ");
        if (in->from.s) {
            textbuf_put(b, "（");
            md_escaped(b, in->from.s, " ");
            textbuf_put(b, "）");
        }
        textbuf_put(b, "\n\n> ");
        md_escaped(b, in->text.s, "  \n> ");
        textbuf_put(b, "\n\n**問い:** ");
    }
    md_escaped(b, q->text, "  \n");
    textbuf_printf(b, "%s\n", how_many(q));
    md_options(b, q, false);
    textbuf_put(b, "\n答え: ＿＿＿＿＿＿\n");
}

static void md_test(TextBuf *b, const TrainTest *t)
{
    md_title(b, t, "理解度確認テスト");
    textbuf_put(b, "\n所属: ＿＿＿＿＿＿＿＿＿＿＿＿　氏名: ＿＿＿＿＿＿＿＿＿＿＿＿\n\n");
    for (size_t i = 0; INSTRUCTIONS[i]; i++) {
        textbuf_printf(b, "- %s\n", INSTRUCTIONS[i]);
    }
    for (size_t i = 0; i < t->n_questions; i++) {
        md_question(b, &t->questions[i], i);
    }
}

static void md_answer(TextBuf *b, const TrainQuestion *q, size_t i)
{
    char answer[32];
    textbuf_printf(b, "\n## 問%zu　正解 %s\n\n**問題:** ", i + 1,
                   train_choice_format(q->correct, answer, sizeof answer));
    md_escaped(b, q->text, "  \n");
    textbuf_put(b, "\n");
    md_options(b, q, true);
    textbuf_put(b, "\n**解説:** ");
    md_escaped(b, q->explanation ? q->explanation : "（解説なし）", "  \n");
    char *topics = topics_text(q);
    textbuf_put(b, "\n\n**関連:** ");
    md_escaped(b, topics[0] ? topics : "（なし）", " ");
    textbuf_put(b, "\n");
    free(topics);
}

static void md_key(TextBuf *b, const TrainTest *t)
{
    md_title(b, t, "理解度確認テスト　解答と解説");
    for (size_t i = 0; i < t->n_questions; i++) {
        md_answer(b, &t->questions[i], i);
    }
    textbuf_printf(b,
                   "\n## 回答の集計\n\n受講者の答えを表計算ソフトに入力し、「CSV UTF-8"
                   "（コンマ区切り）」で保存して `ttx train --score` で集計します。見出し行は"
                   " 氏名、所属（任意）、問1〜問%zu。答えは選択肢の番号で、複数のときは "
                   "`1;3` のように書きます。\n",
                   t->n_questions);
}

/* ---- the public functions ---------------------------------------------------------------- */

char *train_print_test(const TrainTest *t, TrainPrintFormat f)
{
    TTX_EXPECT(t && t->n_questions > 0);
    TextBuf b;
    textbuf_init(&b);
    if (f == TRAIN_PRINT_MARKDOWN) {
        md_test(&b, t);
    } else {
        text_test(&b, t);
    }
    return textbuf_take(&b);
}

char *train_print_key(const TrainTest *t, TrainPrintFormat f)
{
    TTX_EXPECT(t && t->n_questions > 0);
    TextBuf b;
    textbuf_init(&b);
    if (f == TRAIN_PRINT_MARKDOWN) {
        md_key(&b, t);
    } else {
        text_key(&b, t);
    }
    return textbuf_take(&b);
}

const char *train_print_page_break(TrainPrintFormat f)
{
    return f == TRAIN_PRINT_MARKDOWN ? "\n<div style=\"page-break-after: always\"></div>\n\n"
                                     : "\f\n";
}

char *train_print_key_path(const char *path)
{
    const char *base = path_basename(path);
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot > base ? (size_t)(dot - path) : strlen(path);
    size_t n = strlen(path) + sizeof "-answers";
    char *out = ttx_malloc(n);
    snprintf(out, n, "%.*s-answers%s", (int)stem, path, path + stem);
    return out;
}
