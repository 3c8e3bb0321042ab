/* ttx train SCENARIO: the trainer's presentation window. The App in trainer mode does the screens
 * and keys; this file opens the GUI and saves the class's show-of-hands counts — question,
 * option, hands, correct — as CSV for Excel (UTF-8 with BOM, CRLF), rewritten atomically each
 * time an answer is revealed so a closed laptop loses nothing that was counted. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app.h"
#include "atomic_write.h"
#include "base.h"
#include "cli.h"
#include "cmd_train.h"
#include "gui.h"

typedef struct PresentCtx {
    const TrainTest *test;
    char path[PATH_MAX];
} PresentCtx;

/* Appends s to the buffer as one CSV field (quoted when it holds a comma, quote or newline). */
static void csv_field(char **buf, size_t *len, size_t *cap, const char *s, bool last)
{
    size_t need = *len + strlen(s) * 2 + 8;
    if (need > *cap) {
        *cap = need * 2;
        *buf = ttx_realloc(*buf, *cap);
    }
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    char *o = *buf + *len;
    if (quote) {
        *o++ = '"';
    }
    for (; *s; s++) {
        if (*s == '"') {
            *o++ = '"';
        }
        *o++ = *s;
    }
    if (quote) {
        *o++ = '"';
    }
    memcpy(o, last ? "\r\n" : ",", last ? 2 : 1);
    o += last ? 2 : 1;
    *len = (size_t)(o - *buf);
    (*buf)[*len] = '\0';
}

static char *counts_csv(const App *app, const TrainTest *t)
{
    size_t len = 0, cap = 4096;
    char *buf = ttx_malloc(cap);
    memcpy(buf, "\xEF\xBB\xBF", 4); /* the BOM Excel needs to read UTF-8 */
    len = 3;
    static const char *const head[] = {"問", "設問", "選択肢", "選択肢の内容", "挙手", "正解"};
    for (size_t i = 0; i < 6; i++) {
        csv_field(&buf, &len, &cap, head[i], i == 5);
    }
    for (size_t q = 0; q < t->n_questions; q++) {
        const int *hands = app_train_hands(app, q);
        const TrainQuestion *tq = &t->questions[q];
        for (size_t o = 0; hands && o < tq->n_options; o++) {
            char qn[24], on[24], hn[24];
            snprintf(qn, sizeof qn, "%zu", q + 1);
            snprintf(on, sizeof on, "%zu", o + 1);
            snprintf(hn, sizeof hn, "%d", hands[o]);
            const char *row[] = {qn, tq->text, on, tq->options[o], hn,
                                 train_choice_has(tq->correct, o + 1) ? "○" : ""};
            for (size_t i = 0; i < 6; i++) {
                csv_field(&buf, &len, &cap, row[i], i == 5);
            }
        }
    }
    return buf;
}

static bool save_counts(void *vctx, App *app, char *msg, size_t msg_size)
{
    PresentCtx *ctx = vctx;
    char *csv = counts_csv(app, ctx->test);
    char err[512];
    bool ok = atomic_write_text(ctx->path, csv, err, sizeof err);
    free(csv);
    if (ok) {
        snprintf(msg, msg_size, "集計を保存しました: %s", ctx->path);
    } else {
        snprintf(msg, msg_size, "集計を保存できませんでした: %s", err);
        fprintf(stderr, "ttx train: %s\n", err);
    }
    return ok;
}

int cmd_train_present(const TrainArgs *a, const TrainTest *test)
{
    WallTime now;
    if (!cli_now("train", &now)) {
        return EXIT_USAGE;
    }
    PresentCtx ctx = {test, ""};
    const char *dir = a->out ? a->out : ".";
    if (a->out) {
        mkdir(a->out, 0777);
    }
    char day[16];
    date_format(walltime_date(now), day, sizeof day);
    snprintf(ctx.path, sizeof ctx.path, "%s/%s-class-%s.csv", dir, test->scenario->id.s, day);
    GuiOptions o;
    memset(&o, 0, sizeof o);
    o.fullscreen = a->fullscreen;
    o.font_path = a->font;
    o.script_path = a->script;
    o.screenshot_path = a->screenshot;
    o.on_ended = save_counts;
    o.ctx = &ctx;
    o.journal_path = ctx.path; /* screenshots go beside the counts */
    o.start = now;
    int status;
    char err[512];
    Gui *gui = gui_open(&o, &status, err, sizeof err);
    if (!gui) {
        fprintf(stderr, "ttx train: %s\n", err);
        return status;
    }
    App *app = app_create_trainer(test, a->seconds);
    status = gui_loop(gui, app);
    app_destroy(app);
    gui_close(gui);
    fprintf(stderr, "ttx train: the class's counts are in %s\n", ctx.path);
    return status;
}
