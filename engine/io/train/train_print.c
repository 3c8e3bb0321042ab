/* The printed test: the choice of renderer and the wording shared by text and Markdown. A
 * question says how many options to mark, as Japanese tests do; a decision asks for the most
 * suitable option, because its other options are not all wrong, only less good (fair). */
#include "train_print.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base.h"
#include "train_print_parts.h"

const char *const TRAIN_PRINT_INSTRUCTIONS[] = {
    "答えは選択肢の番号で、各問の「答え」の欄に書いてください。",
    "「すべて選択」とある問題は、当てはまる番号をすべて書いてください（例: 1;3）。",
    "全問正解で修了です。",
    NULL,
};

char *train_print_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = ttx_vformat(fmt, ap);
    va_end(ap);
    return s;
}

const char *train_print_how_many(const TrainQuestion *q)
{
    bool several = train_choice_count(q->correct) > 1;
    if (q->source == TRAIN_FROM_DECISION) {
        return several ? "（適切なものをすべて選択）" : "（最も適切なものを1つ選択）";
    }
    return several ? "（正しいものをすべて選択）" : "（正しいものを1つ選択）";
}

char *train_print_topics(const TrainQuestion *q)
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

char *train_print_count(const TrainTest *t)
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

char *train_print_test(const TrainTest *t, TrainPrintFormat f)
{
    TTX_EXPECT(t && t->n_questions > 0);
    TextBuf b;
    textbuf_init(&b);
    if (f == TRAIN_PRINT_MARKDOWN) {
        train_print_md_test(&b, t);
    } else {
        train_print_text_test(&b, t);
    }
    return textbuf_take(&b);
}

char *train_print_key(const TrainTest *t, TrainPrintFormat f)
{
    TTX_EXPECT(t && t->n_questions > 0);
    TextBuf b;
    textbuf_init(&b);
    if (f == TRAIN_PRINT_MARKDOWN) {
        train_print_md_key(&b, t);
    } else {
        train_print_text_key(&b, t);
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
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    size_t stem = dot && dot > (slash ? slash + 1 : path) ? (size_t)(dot - path) : strlen(path);
    size_t n = strlen(path) + sizeof "-answers";
    char *out = ttx_malloc(n);
    snprintf(out, n, "%.*s-answers%s", (int)stem, path, path + stem);
    return out;
}
