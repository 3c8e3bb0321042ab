/* The trainer's presentation mode driven by keys with no display: the phases of each question,
 * show-of-hands counting, going back, the summary, and every screen inside the window at
 * projector sizes. */
#include "app.h"
#include "check.h"
#include "fake_measure.h"
#include "fixture.h"
#include "train.h"

static WallTime now_ms;

static int key(App *app, UiKey k, char c)
{
    UiEvent e = {0};
    e.type = UI_KEY;
    e.key = k;
    e.ch = c;
    now_ms.ms += 500;
    return app_handle(app, &e, now_ms);
}

static void check_layouts(App *app)
{
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    for (size_t i = 0; i < 3; i++) {
        DrawList dl;
        drawlist_init(&dl, sizes[i][0], sizes[i][1]);
        app_layout(app, &dl, &FAKE_MEASURER, APP_VIEW_SINGLE, now_ms);
        int outside = 0;
        for (size_t k = 0; k < dl.n; k++) {
            Rect r = dl.v[k].rect;
            if (dl.v[k].kind == DRAW_TEXT) {
                outside += r.x < 0 || r.x + r.w > dl.width || r.y + r.h > dl.height;
            }
        }
        CHECK(dl.n > 0 && outside == 0);
        drawlist_deinit(&dl);
    }
}

int main(void)
{
    Exercise ex = fixture_load("../scenarios/ransomware.yaml");
    TrainTest test;
    train_test_init(&test, ex.scenario, ex.procedure);
    CHECK(test.n_questions >= 10);
    now_ms = wall_at(0);
    App *app = app_create_trainer(&test, 30);
    check_layouts(app); /* title */
    key(app, UIK_ENTER, 0);
    check_layouts(app); /* question 1 with its countdown */
    CHECK(app_next_tick_ms(app, now_ms) > 0);
    CHECK(app_train_hands(app, 0) == NULL);
    key(app, UIK_ENTER, 0); /* → counting */
    key(app, UIK_CHAR, '3');
    key(app, UIK_DOWN, 0);
    key(app, UIK_CHAR, '1');
    key(app, UIK_CHAR, '2');
    key(app, UIK_CHAR, '5');
    key(app, UIK_BACKSPACE, 0); /* typo: 125 → 12 */
    key(app, UIK_DOWN, 0);
    key(app, UIK_CHAR, '+');
    key(app, UIK_CHAR, '=');
    key(app, UIK_CHAR, '-');
    check_layouts(app);
    CHECK(key(app, UIK_ENTER, 0) & APP_ENDED); /* the answer: the counts are saved */
    const int *h = app_train_hands(app, 0);
    CHECK(h && h[0] == 3 && h[1] == 12 && h[2] == 1 && h[3] == 0);
    check_layouts(app);
    CHECK(app_next_tick_ms(app, now_ms) == -1); /* no countdown on the answer */
    /* Back to the question and forward again keeps the counts. */
    key(app, UIK_LEFT, 0);
    key(app, UIK_ENTER, 0);
    key(app, UIK_ENTER, 0);
    CHECK(app_train_hands(app, 0)[1] == 12);
    /* Through every question to the summary; decision questions show their situation first. */
    bool saw_situation = false;
    for (int guard = 0; guard < 200; guard++) {
        key(app, UIK_ENTER, 0);
        DrawList dl;
        drawlist_init(&dl, 1920, 1080);
        app_layout(app, &dl, &FAKE_MEASURER, APP_VIEW_SINGLE, now_ms);
        for (size_t k = 0; k < dl.n; k++) {
            saw_situation |= dl.v[k].kind == DRAW_TEXT && strcmp(dl.v[k].text, "状況") == 0;
        }
        bool summary = false;
        for (size_t k = 0; k < dl.n; k++) {
            summary |= dl.v[k].kind == DRAW_TEXT && strcmp(dl.v[k].text, "結果のまとめ") == 0;
        }
        drawlist_deinit(&dl);
        if (summary) {
            break;
        }
    }
    CHECK(saw_situation);
    check_layouts(app);
    CHECK(app_train_hands(app, test.n_questions - 1) != NULL);
    CHECK(key(app, UIK_CHAR, 'q') & APP_QUIT);
    app_destroy(app);
    train_test_deinit(&test);
    exercise_free(&ex);
    return check_done();
}
