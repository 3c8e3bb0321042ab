/* The trainer's screens, in large type for a room of 10–50 employees: title, situation, question
 * with countdown, show-of-hands counting, the answer with hands as bars and the 解説, and the
 * summary of the session. The top bar always shows the question number and the running tally. */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"
#include "textlayout.h"
#include "train.h"

typedef struct Screen {
    App *app;
    DrawList *dl;
    const Measurer *m;
    Theme t;
    int x, y, w, bottom;
    int big, body; /* type sizes of this mode: larger than the facilitator's */
} Screen;

static int lh(const Screen *s, int size)
{
    return s->m->line_height(s->m->ctx, size, FONT_REGULAR);
}

static void text_block(Screen *s, const char *text, int size, FontStyle st, Color c)
{
    if (text && *text && s->y < s->bottom) {
        s->y += draw_text_box(s->dl, s->m, (Rect){s->x, s->y, s->w, s->bottom - s->y}, text, size,
                              st, c);
    }
}

static int rate_of(const App *app, size_t q, int *hands_total)
{
    const TrainQuestion *tq = &app->train->questions[q];
    const int *h = &app->train_hands[q * TRAIN_MAX_OPTIONS];
    int all = 0, good = 0;
    for (size_t o = 0; o < tq->n_options; o++) {
        all += h[o];
        good += train_choice_has(tq->correct, o + 1) ? h[o] : 0;
    }
    *hands_total = all;
    return all ? (good * 100 + all / 2) / all : -1;
}

static void top_bar(Screen *s)
{
    const App *app = s->app;
    int h = lh(s, s->t.title) + 2 * s->t.gap;
    draw_fill(s->dl, (Rect){0, 0, s->dl->width, h}, s->t.accent);
    char right[128];
    int sum = 0, n = 0;
    for (size_t q = 0; q < app->train->n_questions; q++) {
        int total, r = app->train_done[q] ? rate_of(app, q, &total) : -1;
        if (r >= 0) {
            sum += r;
            n++;
        }
    }
    if (n) {
        snprintf(right, sizeof right, "問 %d / %zu   これまでの正答率 %d%%（%d問）",
                 app->train_q + 1, app->train->n_questions, (sum + n / 2) / n, n);
    } else {
        snprintf(right, sizeof right, "問 %d / %zu", app->train_q + 1, app->train->n_questions);
    }
    int rw = s->m->text_width(s->m->ctx, right, strlen(right), s->t.text, FONT_BOLD);
    draw_text(s->dl, s->dl->width - s->t.pad - rw, s->t.gap + (lh(s, s->t.title) - lh(s, s->t.text)) / 2,
              right, strlen(right), s->t.text, FONT_BOLD, s->t.highlight, s->m);
    char title[512];
    snprintf(title, sizeof title, "理解度確認テスト — %s", app->train->scenario->title.s);
    draw_text_fit(s->dl, s->m, s->t.pad, s->t.gap, s->dl->width - 3 * s->t.pad - rw, title,
                  s->t.title, FONT_BOLD, s->t.on_dark);
    s->y = h + s->t.pad;
}

static void hint(Screen *s, const char *text)
{
    int h = lh(s, s->t.small) + s->t.gap;
    Rect bar = {0, s->dl->height - h, s->dl->width, h};
    draw_fill(s->dl, bar, s->t.panel);
    draw_text_fit(s->dl, s->m, s->t.pad, bar.y + s->t.gap / 2, s->dl->width - 2 * s->t.pad,
                  s->app->status[0] ? s->app->status : text, s->t.small, FONT_REGULAR,
                  s->t.text_dim);
    s->bottom = bar.y - s->t.gap;
}

/* The options, each a numbered row; with counts and bars in the counting and answer phases. */
static void options(Screen *s, const TrainQuestion *tq, TrainScreen screen)
{
    const App *app = s->app;
    const int *h = &app->train_hands[app->train_q * TRAIN_MAX_OPTIONS];
    int max = 1;
    for (size_t o = 0; o < tq->n_options; o++) {
        max = h[o] > max ? h[o] : max;
    }
    int row_lh = lh(s, s->body);
    int count_w = screen >= TRAIN_SCREEN_HANDS ? s->w / 4 : 0;
    for (size_t o = 0; o < tq->n_options && s->y < s->bottom; o++) {
        bool correct = train_choice_has(tq->correct, o + 1);
        bool sel = screen == TRAIN_SCREEN_HANDS && (int)o == app->train_sel;
        int top = s->y;
        char num[24];
        snprintf(num, sizeof num, "%zu", o + 1);
        Color badge = screen == TRAIN_SCREEN_ANSWER
                          ? (correct ? s->t.chip[CHIP_DONE] : s->t.panel_border)
                          : s->t.accent;
        draw_fill(s->dl, (Rect){s->x, top, row_lh, row_lh}, badge);
        int nw = s->m->text_width(s->m->ctx, num, 1, s->body, FONT_BOLD);
        draw_text(s->dl, s->x + (row_lh - nw) / 2, top, num, 1, s->body, FONT_BOLD, s->t.on_dark,
                  s->m);
        char label[1024];
        snprintf(label, sizeof label, "%s%s", screen == TRAIN_SCREEN_ANSWER && correct ? "✓ " : "",
                 tq->options[o]);
        int tx = s->x + row_lh + s->t.gap;
        int used = draw_text_box(
            s->dl, s->m, (Rect){tx, top, s->w - row_lh - s->t.gap - count_w, s->bottom - top},
            label, s->body, screen == TRAIN_SCREEN_ANSWER && correct ? FONT_BOLD : FONT_REGULAR,
            s->t.text_color);
        used = used > row_lh ? used : row_lh;
        if (count_w) {
            Rect box = {s->x + s->w - count_w, top, count_w, row_lh};
            if (screen == TRAIN_SCREEN_ANSWER) {
                /* The bar stops short of the count, which stays readable on its right. */
                int label_w = s->m->text_width(s->m->ctx, "999人", strlen("999人"), s->body,
                                               FONT_BOLD) + 2 * s->t.gap;
                int bw = (count_w - label_w) * h[o] / max;
                draw_fill(s->dl, (Rect){box.x, box.y + row_lh / 6, bw > 0 ? bw : 1, row_lh * 2 / 3},
                          correct ? s->t.chip[CHIP_DONE] : s->t.panel_border);
            } else {
                draw_fill(s->dl, box, sel ? s->t.highlight : s->t.panel);
                draw_frame(s->dl, box, sel ? s->t.focus : s->t.panel_border, s->t.line * (sel ? 2 : 1));
            }
            char cnt[32];
            snprintf(cnt, sizeof cnt, "%d人", h[o]);
            int cw = s->m->text_width(s->m->ctx, cnt, strlen(cnt), s->body, FONT_BOLD);
            draw_text(s->dl, box.x + box.w - cw - s->t.gap, top, cnt, strlen(cnt), s->body,
                      FONT_BOLD, s->t.text_color, s->m);
        }
        s->y = top + used + s->t.gap;
    }
}

static void countdown(Screen *s, WallTime now)
{
    int64_t left = (int64_t)s->app->train_seconds * 1000 - (now.ms - s->app->train_started_ms);
    char buf[64];
    if (left > 0) {
        int64_t sec = (left + 999) / 1000;
        snprintf(buf, sizeof buf, "残り %lld:%02lld", (long long)(sec / 60), (long long)(sec % 60));
    } else {
        snprintf(buf, sizeof buf, "時間です");
    }
    int w = s->m->text_width(s->m->ctx, buf, strlen(buf), s->big, FONT_BOLD);
    draw_text(s->dl, s->x + s->w - w, s->y, buf, strlen(buf), s->big, FONT_BOLD,
              left > 0 ? s->t.accent : s->t.error, s->m);
}

static void question_screen(Screen *s, const TrainQuestion *tq, TrainScreen screen, WallTime now)
{
    if (screen == TRAIN_SCREEN_QUESTION) {
        countdown(s, now);
    }
    char head[64];
    snprintf(head, sizeof head, "問%d", s->app->train_q + 1);
    text_block(s, head, s->t.text, FONT_BOLD, s->t.accent);
    int save_w = s->w;
    s->w = screen == TRAIN_SCREEN_QUESTION ? s->w * 3 / 4 : s->w;
    text_block(s, tq->text, s->big, FONT_BOLD, s->t.text_color);
    s->w = save_w;
    if (train_choice_count(tq->correct) > 1 && screen != TRAIN_SCREEN_ANSWER) {
        text_block(s, "（正しいものをすべて選んでください）", s->t.text, FONT_REGULAR, s->t.text_dim);
    }
    s->y += s->t.gap;
    options(s, tq, screen);
    if (screen == TRAIN_SCREEN_ANSWER) {
        int total, rate = rate_of(s->app, (size_t)s->app->train_q, &total);
        char buf[128];
        if (rate >= 0) {
            snprintf(buf, sizeof buf, "正答率 %d%%（%d人中）", rate, total);
        } else {
            snprintf(buf, sizeof buf, "挙手の記録なし");
        }
        text_block(s, buf, s->body, FONT_BOLD, s->t.accent);
        if (tq->explanation) {
            s->y += s->t.gap / 2;
            text_block(s, "解説", s->t.text, FONT_BOLD, s->t.chip[CHIP_DONE]);
            text_block(s, tq->explanation, s->body, FONT_REGULAR, s->t.text_color);
        }
    }
}

static void situation_screen(Screen *s, const TrainQuestion *tq)
{
    const Inject *in = tq->inject;
    text_block(s, "状況", s->t.text, FONT_BOLD, s->t.accent);
    text_block(s, in->title.s, s->big, FONT_BOLD, s->t.text_color);
    if (in->from.s) {
        char from[256];
        snprintf(from, sizeof from, "連絡元: %s", in->from.s);
        text_block(s, from, s->t.text, FONT_REGULAR, s->t.text_dim);
    }
    s->y += s->t.gap;
    text_block(s, in->text.s, s->body, FONT_REGULAR, s->t.text_color);
}

static void summary_screen(Screen *s)
{
    const App *app = s->app;
    text_block(s, "結果のまとめ", s->big, FONT_BOLD, s->t.text_color);
    s->y += s->t.gap;
    for (size_t q = 0; q < app->train->n_questions && s->y < s->bottom; q++) {
        int total, r = app->train_done[q] ? rate_of(app, q, &total) : -1;
        char buf[1024];
        if (r >= 0) {
            snprintf(buf, sizeof buf, "問%zu  %3d%%  %s", q + 1, r, app->train->questions[q].text);
        } else {
            snprintf(buf, sizeof buf, "問%zu   —   %s", q + 1, app->train->questions[q].text);
        }
        Color c = r >= 0 && r < 60 ? s->t.error : s->t.text_color;
        draw_text_fit(s->dl, s->m, s->x, s->y, s->w, buf, s->t.text, r >= 0 && r < 60 ? FONT_BOLD : FONT_REGULAR, c);
        s->y += lh(s, s->t.text);
    }
}

void app_train_layout(App *app, DrawList *dl, const Measurer *m, AppView view, WallTime now)
{
    (void)view; /* the trainer's screen is the same for the room and the trainer */
    Screen s = {app, dl, m, theme_for(dl->width, dl->height), 0, 0, 0, dl->height, 0, 0};
    s.big = theme_px(&s.t, 52);
    s.body = theme_px(&s.t, 36);
    s.x = s.t.pad * 2;
    s.w = dl->width - 4 * s.t.pad;
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height}, s.t.bg);
    static const char *const hints[TRAIN_SCREEN_COUNT] = {
        [TRAIN_SCREEN_TITLE] = "Enter で開始  F11 全画面  S 画面保存",
        [TRAIN_SCREEN_SITUATION] = "Enter で設問へ  ← 戻る",
        [TRAIN_SCREEN_QUESTION] = "Enter で挙手の集計へ  R 時間をやり直す  ← 戻る",
        [TRAIN_SCREEN_HANDS] =
            "↑↓ 選択肢  数字キーで人数（Backspace で訂正、+/- で1人ずつ）  Enter で正解を表示",
        [TRAIN_SCREEN_ANSWER] = "Enter で次の問題  ← 集計をやり直す",
        [TRAIN_SCREEN_SUMMARY] = "Q で終了  ← 最後の問題に戻る  S 画面保存",
    };
    hint(&s, hints[app->train_screen]);
    top_bar(&s);
    const TrainQuestion *tq = app->train->n_questions ? &app->train->questions[app->train_q] : NULL;
    switch (app->train_screen) {
    case TRAIN_SCREEN_TITLE: {
        char buf[256];
        s.y += s.t.pad * 2;
        text_block(&s, "理解度確認テスト", s.t.text, FONT_BOLD, s.t.accent);
        text_block(&s, app->train->scenario->title.s, s.big, FONT_BOLD, s.t.text_color);
        snprintf(buf, sizeof buf, "全%zu問。選択肢ごとに挙手で答えてください。", app->train->n_questions);
        s.y += s.t.gap;
        text_block(&s, buf, s.body, FONT_REGULAR, s.t.text_color);
        break;
    }
    case TRAIN_SCREEN_SITUATION:
        situation_screen(&s, tq);
        break;
    case TRAIN_SCREEN_QUESTION:
    case TRAIN_SCREEN_HANDS:
    case TRAIN_SCREEN_ANSWER:
        question_screen(&s, tq, app->train_screen, now);
        break;
    case TRAIN_SCREEN_SUMMARY:
        summary_screen(&s);
        break;
    case TRAIN_SCREEN_COUNT: /* not a screen */
        break;
    }
}
