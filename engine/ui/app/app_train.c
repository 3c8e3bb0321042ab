/* The trainer's presentation mode (従業員教育, issue 6), a mode of the App so that it runs in the
 * same window loop with the same rendering stack and text cache as the facilitator's screen.
 * Per question: the situation (for a decision question), the question in large type with a
 * countdown, the class's show of hands counted per option, then the correct answer with the hands
 * as bars and the 解説; a running tally at the top; a summary at the end. Keyboard first:
 * → / Enter moves on, ← goes back, in counting ↑↓ pick the option and digits type the count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_internal.h"
#include "base.h"
#include "textlayout.h"
#include "train.h"

enum { MAX_HANDS = 999 };

App *app_create_trainer(const TrainTest *test, int question_seconds)
{
    App *app = ttx_calloc(1, sizeof(App));
    app->train = test;
    app->train_seconds = question_seconds > 0 ? question_seconds : 60;
    app->train_hands = ttx_calloc(test->n_questions * TRAIN_MAX_OPTIONS + 1, sizeof(int));
    app->train_done = ttx_calloc(test->n_questions + 1, sizeof(bool));
    app->train_screen = TRAIN_SCREEN_TITLE;
    return app;
}

void app_train_free(App *app)
{
    free(app->train_hands);
    free(app->train_done);
}

const int *app_train_hands(const App *app, size_t q)
{
    if (!app->train || q >= app->train->n_questions || !app->train_done[q]) {
        return NULL;
    }
    return &app->train_hands[q * TRAIN_MAX_OPTIONS];
}

static const TrainQuestion *question(const App *app)
{
    return &app->train->questions[app->train_q];
}

static void enter_question(App *app, int q, WallTime now)
{
    app->train_q = q;
    app->train_sel = 0;
    app->train_screen =
        app->train->questions[q].inject ? TRAIN_SCREEN_SITUATION : TRAIN_SCREEN_QUESTION;
    app->train_started_ms = now.ms;
}

static int forward(App *app, WallTime now)
{
    int n = (int)app->train->n_questions;
    switch (app->train_screen) {
    case TRAIN_SCREEN_TITLE:
        if (n == 0) {
            app->train_screen = TRAIN_SCREEN_SUMMARY;
        } else {
            enter_question(app, 0, now);
        }
        break;
    case TRAIN_SCREEN_SITUATION:
        app->train_screen = TRAIN_SCREEN_QUESTION;
        app->train_started_ms = now.ms;
        break;
    case TRAIN_SCREEN_QUESTION:
        app->train_screen = TRAIN_SCREEN_HANDS;
        break;
    case TRAIN_SCREEN_HANDS:
        app->train_screen = TRAIN_SCREEN_ANSWER;
        app->train_done[app->train_q] = true;
        return APP_REDRAW | APP_ENDED; /* the counts changed: the CLI saves them */
    case TRAIN_SCREEN_ANSWER:
        if (app->train_q + 1 < n) {
            enter_question(app, app->train_q + 1, now);
        } else {
            app->train_screen = TRAIN_SCREEN_SUMMARY;
        }
        break;
    case TRAIN_SCREEN_SUMMARY:
    case TRAIN_SCREEN_COUNT: /* not a screen */
        break;
    }
    return APP_REDRAW;
}

static int backward(App *app, WallTime now)
{
    switch (app->train_screen) {
    case TRAIN_SCREEN_HANDS:
    case TRAIN_SCREEN_ANSWER:
        app->train_screen = TRAIN_SCREEN_QUESTION;
        break;
    case TRAIN_SCREEN_QUESTION:
    case TRAIN_SCREEN_SITUATION:
        if (app->train_screen == TRAIN_SCREEN_QUESTION && question(app)->inject) {
            app->train_screen = TRAIN_SCREEN_SITUATION;
        } else if (app->train_q > 0) {
            enter_question(app, app->train_q - 1, now);
            app->train_screen = TRAIN_SCREEN_ANSWER;
        } else {
            app->train_screen = TRAIN_SCREEN_TITLE;
        }
        break;
    case TRAIN_SCREEN_SUMMARY:
        if (app->train->n_questions) {
            app->train_q = (int)app->train->n_questions - 1;
            app->train_screen = TRAIN_SCREEN_ANSWER;
        }
        break;
    case TRAIN_SCREEN_TITLE:
    case TRAIN_SCREEN_COUNT: /* not a screen */
        break;
    }
    return APP_REDRAW;
}

static int count_key(App *app, const UiEvent *e)
{
    int n = (int)question(app)->n_options;
    int *h = &app->train_hands[app->train_q * TRAIN_MAX_OPTIONS + app->train_sel];
    if (e->key == UIK_UP || (e->key == UIK_TAB && (e->mods & UI_MOD_SHIFT))) {
        app->train_sel = (app->train_sel + n - 1) % n;
    } else if (e->key == UIK_DOWN || e->key == UIK_TAB) {
        app->train_sel = (app->train_sel + 1) % n;
    } else if (e->key == UIK_BACKSPACE) {
        *h /= 10;
    } else if (e->key == UIK_CHAR && e->ch >= '0' && e->ch <= '9') {
        int v = *h * 10 + (e->ch - '0');
        *h = v > MAX_HANDS ? *h : v;
    } else if (e->key == UIK_CHAR && (e->ch == '+' || e->ch == '=' || e->ch == '-')) {
        /* '=' too: on a JIS keyboard '+' needs Shift, and some layouts report the bare key. */
        *h = e->ch != '-' ? (*h < MAX_HANDS ? *h + 1 : *h) : (*h > 0 ? *h - 1 : 0);
    } else {
        return -1;
    }
    return APP_REDRAW;
}

int app_train_handle(App *app, const UiEvent *e, WallTime now)
{
    if (e->type == UI_QUIT) {
        return APP_QUIT;
    }
    if (e->type == UI_TICK || e->type == UI_RESIZE) {
        return APP_REDRAW;
    }
    if (e->type == UI_MOUSE_DOWN) {
        return forward(app, now);
    }
    if (e->type != UI_KEY) {
        return 0;
    }
    if (e->key == UIK_F11) {
        return APP_TOGGLE_FULLSCREEN;
    }
    if (app->train_screen == TRAIN_SCREEN_HANDS) {
        int used = count_key(app, e);
        if (used >= 0) {
            return used;
        }
    }
    switch (e->key) {
    case UIK_RIGHT:
    case UIK_ENTER:
    case UIK_SPACE:
    case UIK_PAGE_DOWN:
        return forward(app, now);
    case UIK_LEFT:
    case UIK_PAGE_UP:
        return backward(app, now);
    case UIK_CHAR:
        if (e->ch == 's') {
            return APP_SCREENSHOT;
        }
        if (e->ch == 'q' && app->train_screen == TRAIN_SCREEN_SUMMARY) {
            return APP_QUIT;
        }
        if (e->ch == 'r' && app->train_screen == TRAIN_SCREEN_QUESTION) {
            app->train_started_ms = now.ms; /* restart the countdown */
            return APP_REDRAW;
        }
        return 0;
    default:
        return 0;
    }
}

int app_train_next_tick_ms(const App *app, WallTime now)
{
    if (app->train_screen != TRAIN_SCREEN_QUESTION) {
        return -1;
    }
    int64_t ms = (now.ms - app->train_started_ms) % 1000;
    return (int)(1000 - (ms < 0 ? 0 : ms));
}
