/* The facilitator app driven by key events with no display: a whole exercise recorded from the
 * keyboard, checked through the session it drives, and every screen laid out at projector sizes
 * with nothing drawn outside the window. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "check.h"
#include "fake_measure.h"
#include "fixture.h"
#include "plan.h"
#include "theme.h"

static WallTime now_ms;

static int key(App *app, UiKey k)
{
    UiEvent e = {0};
    e.type = UI_KEY;
    e.key = k;
    now_ms.ms += 1000;
    return app_handle(app, &e, now_ms);
}

static int ch(App *app, char c)
{
    UiEvent e = {0};
    e.type = UI_KEY;
    e.key = UIK_CHAR;
    e.ch = c;
    now_ms.ms += 1000;
    return app_handle(app, &e, now_ms);
}

static int chars(App *app, const char *s)
{
    int flags = 0;
    for (; *s; s++) {
        flags |= ch(app, *s);
    }
    return flags;
}

static int text(App *app, const char *s)
{
    UiEvent e = {0};
    e.type = UI_TEXT;
    snprintf(e.text, sizeof e.text, "%s", s);
    return app_handle(app, &e, now_ms);
}

/* The fixture exercise, a session on it and the facilitator's app (with plan, or NULL), the
 * clock at the start. */
static App *start_drill(Exercise *ex, Session *s, const Plan *plan)
{
    *ex = fixture_load("data/scenario.yaml");
    session_init(s, ex->scenario, ex->procedure);
    now_ms = wall_at(0);
    AppSetup setup = {s, "高橋", NULL, 0, NULL, plan, 0};
    return app_create(&setup);
}

static void end_drill(App *app, Session *s, Exercise *ex)
{
    app_destroy(app);
    session_deinit(s);
    exercise_free(ex);
}

/* Lays out every view at three sizes; counts commands drawn outside the window. */
static void check_layouts(App *app)
{
    static const int sizes[][2] = {{1024, 768}, {1280, 720}, {1920, 1080}, {3840, 2160}};
    for (size_t i = 0; i < 4; i++) {
        for (int view = 0; view < APP_VIEW_COUNT; view++) {
            DrawList dl;
            drawlist_init(&dl, sizes[i][0], sizes[i][1]);
            app_layout(app, &dl, &FAKE_MEASURER, (AppView)view, now_ms);
            int outside = 0, texts = 0;
            for (size_t k = 0; k < dl.n; k++) {
                Rect r = dl.v[k].rect;
                if (dl.v[k].kind == DRAW_TEXT) {
                    texts++;
                    outside += r.x < 0 || r.x + r.w > dl.width || r.y + r.h > dl.height;
                }
            }
            CHECK(texts > 0);
            if (outside) {
                fprintf(stderr, "%d texts outside %dx%d view %d\n", outside, dl.width, dl.height,
                        view);
            }
            CHECK(outside == 0);
            drawlist_deinit(&dl);
        }
    }
}

/* The participants' projector never shows the title of an inject not presented yet. */
static void check_no_spoilers(App *app, const Session *s)
{
    DrawList dl;
    drawlist_init(&dl, 1920, 1080);
    app_layout(app, &dl, &FAKE_MEASURER, APP_VIEW_PARTICIPANTS, now_ms);
    for (size_t i = 0; i < s->scenario->n_injects; i++) {
        if (s->injects[i].presented) {
            continue;
        }
        for (size_t k = 0; k < dl.n; k++) {
            if (dl.v[k].kind == DRAW_TEXT &&
                strstr(dl.v[k].text, s->scenario->injects[i].title.s)) {
                fprintf(stderr, "spoiler: %s\n", dl.v[k].text);
                CHECK(false);
            }
        }
    }
    drawlist_deinit(&dl);
}

/* Whether the single window's screen shows a text containing needle; *color gets its colour. */
static bool shows_text(App *app, const char *needle, Color *color)
{
    DrawList dl;
    drawlist_init(&dl, 1920, 1080);
    app_layout(app, &dl, &FAKE_MEASURER, APP_VIEW_SINGLE, now_ms);
    bool found = false;
    for (size_t k = 0; k < dl.n && !found; k++) {
        if (dl.v[k].kind == DRAW_TEXT && strstr(dl.v[k].text, needle)) {
            found = true;
            *color = dl.v[k].color;
        }
    }
    drawlist_deinit(&dl);
    return found;
}

static void test_whole_exercise(void)
{
    Exercise ex;
    Session s;
    App *app = start_drill(&ex, &s, NULL);
    check_layouts(app); /* start screen */
    CHECK(key(app, UIK_ENTER) & APP_REDRAW);
    CHECK(s.started && s.cursor == 0);
    check_layouts(app);
    check_no_spoilers(app, &s);
    /* P01: done by its owner (it) at T+0:05, 感染兆候チェックリスト missing, with a note. */
    key(app, UIK_SPACE);
    CHECK(s.items[0].recorded && s.items[0].status == STATUS_DONE && s.items[0].n_by == 1);
    ch(app, '+');
    CHECK(s.items[0].at_minutes == 5);
    chars(app, "m2m");
    CHECK(s.items[0].n_missing == 1);
    CHECK_STR(s.items[0].missing[0], "感染兆候チェックリスト");
    CHECK(key(app, UIK_ENTER) & APP_TEXT_INPUT_ON);
    text(app, "兆候の判断に");
    text(app, "時間を要した");
    CHECK(key(app, UIK_ENTER) & APP_TEXT_INPUT_OFF);
    CHECK_STR(s.items[0].note, "兆候の判断に時間を要した");
    /* P02: partial, by gm instead of it, confused. */
    key(app, UIK_DOWN);
    key(app, UIK_SPACE);
    key(app, UIK_SPACE);
    CHECK(s.items[1].status == STATUS_PARTIAL);
    chars(app, "r21r");
    CHECK(s.items[1].n_by == 1);
    CHECK_STR(s.items[1].by[0], "gm");
    ch(app, 'c');
    CHECK(s.items[1].confused);
    check_layouts(app);
    /* A free note at the inject, typed through the IME. */
    ch(app, 'n');
    UiEvent comp = {0};
    comp.type = UI_EDITING;
    snprintf(comp.text, sizeof comp.text, "ほうこく");
    app_handle(app, &comp, now_ms);
    check_layouts(app);
    text(app, "報告ラインの確認に時間を要した");
    key(app, UIK_ENTER);
    CHECK(s.n_notes == 1);
    /* Next inject, a decision: option 2 (pay) jumps to recover-pay. */
    key(app, UIK_RIGHT);
    CHECK(s.cursor == 1);
    ch(app, '2');
    check_layouts(app); /* decision feedback on screen */
    CHECK(s.injects[1].chosen && strcmp(s.injects[1].chosen->id.s, "pay") == 0);
    /* Looking back is read-only; Home returns. */
    key(app, UIK_LEFT);
    key(app, UIK_SPACE);
    CHECK(!s.items[0].confused && s.items[0].status == STATUS_DONE);
    key(app, UIK_HOME);
    key(app, UIK_RIGHT);
    CHECK_STR(session_current(&s)->id.s, "recover-pay");
    /* → at the last inject: a hint to end, not an error, and nothing presented. */
    CHECK(key(app, UIK_RIGHT) & APP_REDRAW);
    CHECK(s.n_presented == 3);
    Color c = {0}, accent = theme_for(1920, 1080).accent;
    CHECK(shows_text(app, "最後の状況付与です。E で演習を終了します", &c));
    CHECK(c.r == accent.r && c.g == accent.g && c.b == accent.b);
    /* The incident record form: first field. */
    ch(app, 'i');
    key(app, UIK_ENTER);
    text(app, "ランサムウェア感染");
    key(app, UIK_ENTER);
    check_layouts(app);
    key(app, UIK_ESCAPE);
    CHECK_STR(s.incident_record[RECFIELD_CLASSIFICATION], "ランサムウェア感染");
    /* Pause and resume. */
    ch(app, 'p');
    CHECK(s.paused);
    ch(app, 'p');
    CHECK(!s.paused);
    /* Help opens and any key closes it. */
    ch(app, '?');
    check_layouts(app);
    key(app, UIK_ESCAPE);
    /* E asks, E again ends: the sheet is built. */
    ch(app, 'e');
    check_layouts(app);
    CHECK(!s.ended);
    CHECK(ch(app, 'e') & APP_ENDED);
    CHECK(s.ended && app_sheet(app) != NULL);
    check_layouts(app);
    /* After the drill: the review words and an override with its reason, journalled, the sheet
     * rebuilt and the files due to be written again. */
    key(app, UIK_DOWN);
    key(app, UIK_ENTER);
    text(app, "報告ラインの再確認が必要");
    CHECK(key(app, UIK_ENTER) & APP_ENDED);
    CHECK_STR(s.review[REVIEW_UNDERSTANDING], "報告ラインの再確認が必要");
    CHECK_STR(app_sheet(app)->review[REVIEW_UNDERSTANDING].comment, "報告ラインの再確認が必要");
    ch(app, 'b');
    key(app, UIK_ENTER); /* no reason yet: refused, the editor stays open */
    CHECK(!s.overrides[REVIEW_UNDERSTANDING].present);
    text(app, "流れは全員が理解していた");
    CHECK(key(app, UIK_ENTER) & APP_ENDED);
    CHECK(s.overrides[REVIEW_UNDERSTANDING].present &&
          app_sheet(app)->review[REVIEW_UNDERSTANDING].rating == RATING_B);
    check_layouts(app);
    CHECK(ch(app, 'x') & APP_ENDED);
    CHECK(!app_sheet(app)->review[REVIEW_UNDERSTANDING].overridden);
    CHECK(ch(app, 'q') & APP_QUIT);
    CHECK(ch(app, 's') & APP_SCREENSHOT);
    end_drill(app, &s, &ex);
}

/* The previous plan's open actions: ticked on the start screen (A, ↓, Space) before the start,
 * journalled when the exercise starts, toggled again on the main screen; then two participants'
 * feedback forms on the sheet screen (F, digits, Tab to the texts, Enter saves each). */
static void test_plan_and_feedback(void)
{
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    now_ms = wall_at(0);
    Plan *plan = plan_create();
    const char *const keys[] = {"item:example-procedure/P01", "document:連絡先リスト",
                                "document:感染兆候チェックリスト"};
    for (size_t i = 0; i < 3; i++) {
        PlanAction *a = plan_add(plan);
        a->id.s = i == 0 ? "A01" : i == 1 ? "A02" : "A03";
        a->key.s = keys[i];
        a->text.s = "手順書を見直す";
        a->status = i == 1 ? PLAN_DONE : PLAN_OPEN;
    }
    AppSetup setup = {&s, "高橋", NULL, 0, NULL, plan, 0};
    App *app = app_create(&setup);
    ch(app, 'a');
    check_layouts(app); /* the overlay on the start screen */
    key(app, UIK_DOWN);
    key(app, UIK_SPACE); /* A03 ticked before the start: nothing journalled yet */
    CHECK(!s.started && s.n_plan == 0);
    key(app, UIK_ESCAPE);
    check_layouts(app);
    key(app, UIK_ENTER);
    CHECK(s.started && s.cursor == 0 && s.n_plan == 2);
    CHECK_STR(s.plan[1].key, keys[2]);
    CHECK(s.plan[1].confirmed && s.plan[1].done && !s.plan[0].confirmed);
    ch(app, 'a');
    key(app, UIK_SPACE); /* A01 confirmed during the drill … */
    CHECK(s.plan[0].confirmed && s.plan[0].done);
    check_layouts(app);
    key(app, UIK_DOWN);
    key(app, UIK_SPACE); /* … and A03 taken back */
    CHECK(s.plan[1].confirmed && !s.plan[1].done);
    ch(app, 'a');
    CHECK(chars(app, "ee") & APP_ENDED);
    CHECK(app_sheet(app)->n_plan_review == 2 && app_sheet(app)->plan_review[0].confirmed_done);
    ch(app, 'f');
    chars(app, "45");
    check_layouts(app);
    key(app, UIK_DOWN);
    key(app, UIK_DOWN);
    CHECK(key(app, UIK_DOWN) & APP_TEXT_INPUT_ON); /* 良かった点 */
    text(app, "役割分担が明確だった");
    key(app, UIK_TAB);
    text(app, "連絡先を最新に");
    check_layouts(app);
    CHECK(key(app, UIK_ENTER) & APP_ENDED);
    CHECK(s.n_feedback == 1 && s.feedback[0].scores[0] == 4 && s.feedback[0].scores[1] == 5 &&
          s.feedback[0].scores[2] == 0);
    CHECK_STR(s.feedback[0].strengths, "役割分担が明確だった");
    CHECK_STR(s.feedback[0].improvements, "連絡先を最新に");
    ch(app, '3'); /* the form is clear for the next respondent */
    CHECK(key(app, UIK_ENTER) & APP_ENDED);
    CHECK(s.n_feedback == 2 && s.feedback[1].scores[0] == 3 && !s.feedback[1].strengths);
    CHECK(!(key(app, UIK_ENTER) & APP_ENDED)); /* an empty form is not saved */
    key(app, UIK_ESCAPE);
    CHECK(app_sheet(app)->feedback.respondents == 2);
    check_layouts(app);
    app_destroy(app);
    session_deinit(&s);
    plan_free(plan);
    exercise_free(&ex);
}

/* The texts a layout of view drew, joined by newlines (for looking things up). */
static char *drawn_texts(App *app, AppView view, DrawList *dl)
{
    drawlist_init(dl, 1920, 1080);
    app_layout(app, dl, &FAKE_MEASURER, view, now_ms);
    size_t size = 1;
    for (size_t k = 0; k < dl->n; k++) {
        size += dl->v[k].kind == DRAW_TEXT ? strlen(dl->v[k].text) + 1 : 0;
    }
    char *all = calloc(1, size);
    for (size_t k = 0; k < dl->n; k++) {
        if (dl->v[k].kind == DRAW_TEXT) {
            strcat(all, dl->v[k].text);
            strcat(all, "\n");
        }
    }
    return all;
}

static void editing(App *app, const char *composition, int cursor, int sel_len)
{
    UiEvent e = {0};
    e.type = UI_EDITING;
    snprintf(e.text, sizeof e.text, "%s", composition);
    e.cursor = cursor;
    e.sel_len = sel_len;
    app_handle(app, &e, now_ms);
}

/* Typing Japanese in a note: a long composition shows whole while composing, the segment being
 * converted is marked, the caret is a drawn line (no ▏, which the font lacks) at the IME's
 * cursor, the app tells where the caret is (for the candidate window), and Esc asks before
 * throwing typed text away. */
static void test_ime(void)
{
    Exercise ex;
    Session s;
    App *app = start_drill(&ex, &s, NULL);
    key(app, UIK_ENTER);
    Rect field;
    CHECK(!app_text_field(app, APP_VIEW_SINGLE, &field));
    CHECK(ch(app, 'n') & APP_TEXT_INPUT_ON);
    text(app, "確認事項：");
    const char *sentence =
        "ほうこくらいんのかくにんにじかんをようしたのでつぎはてじゅんしょをみなおす";
    editing(app, sentence, 4, 4); /* らいん being converted */
    DrawList dl;
    char *all = drawn_texts(app, APP_VIEW_SINGLE, &dl);
    /* Whole (the fake measurer is wide enough for it on one or two lines). */
    char *joined = calloc(1, strlen(all) + 1);
    for (size_t i = 0, o = 0; all[i]; i++) {
        if (all[i] != '\n') {
            joined[o++] = all[i];
        }
    }
    CHECK(strstr(
        joined,
        "確認事項：ほうこくらいんのかくにんにじかんをようしたのでつぎはてじゅんしょをみなおす"));
    CHECK(!strstr(all, "▏"));
    free(joined);
    CHECK(app_text_field(app, APP_VIEW_SINGLE, &field));
    CHECK(field.w > 0 && field.h > 0 && field.x > 0 && field.y > 0);
    /* The segment is marked: a highlight fill of the theme behind it. */
    Theme t = theme_for(1920, 1080);
    int marks = 0;
    for (size_t k = 0; k < dl.n; k++) {
        const DrawCmd *c = &dl.v[k];
        marks += c->kind == DRAW_FILL && memcmp(&c->color, &t.highlight, sizeof t.highlight) == 0;
    }
    CHECK(marks >= 1);
    free(all);
    drawlist_deinit(&dl);
    /* Not in the participants' view, which shows no editor. */
    free(drawn_texts(app, APP_VIEW_PARTICIPANTS, &dl));
    drawlist_deinit(&dl);
    CHECK(!app_text_field(app, APP_VIEW_PARTICIPANTS, &field));
    /* The caret follows the IME's cursor: at 0 it sits left of where it sat at 4. */
    Rect at4 = field;
    editing(app, sentence, 0, 0);
    free(drawn_texts(app, APP_VIEW_SINGLE, &dl));
    drawlist_deinit(&dl);
    CHECK(app_text_field(app, APP_VIEW_SINGLE, &field));
    CHECK(field.x < at4.x || field.y < at4.y);
    /* Keys belong to the IME while it composes: Esc does not close the note. */
    key(app, UIK_ESCAPE);
    CHECK(app_text_field(app, APP_VIEW_SINGLE, &field));
    editing(app, "", 0, 0);
    /* Esc with typed text asks first; the second Esc discards; nothing was saved. */
    CHECK(!(key(app, UIK_ESCAPE) & APP_TEXT_INPUT_OFF));
    CHECK(app_text_field(app, APP_VIEW_SINGLE, &field)); /* still editing */
    CHECK(key(app, UIK_ESCAPE) & APP_TEXT_INPUT_OFF);
    CHECK(!app_text_field(app, APP_VIEW_SINGLE, &field));
    CHECK(s.n_notes == 0);
    /* Esc on an untouched field closes at once; typing after the first Esc disarms it. */
    ch(app, 'n');
    CHECK(key(app, UIK_ESCAPE) & APP_TEXT_INPUT_OFF);
    ch(app, 'n');
    text(app, "メモ");
    key(app, UIK_ESCAPE);
    text(app, "追記");
    CHECK(!(key(app, UIK_ESCAPE) & APP_TEXT_INPUT_OFF));
    CHECK(key(app, UIK_ENTER) & APP_TEXT_INPUT_OFF);
    CHECK(s.n_notes == 1);
    end_drill(app, &s, &ex);
}

/* How many texts drawn in view name a verdict (適切 / 一部適切 / 不適切), alone or inside a
 * label such as 解説 — 選択: A（適切）. */
static int verdicts_shown(App *app, AppView view)
{
    DrawList dl;
    char *all = drawn_texts(app, view, &dl);
    int n = 0;
    for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
        for (int v = 0; v < VERDICT_COUNT; v++) {
            n += strstr(line, vocab_label(&VOCAB_VERDICT, v)) != NULL;
        }
    }
    free(all);
    drawlist_deinit(&dl);
    return n;
}

/* The single window is what the projector mirrors: nothing that judges an option shows there
 * before the team has chosen, even with facilitator content on (H not pressed); the console of
 * --two-windows keeps the verdicts; after the choice, the single window shows the chosen one. */
static void test_no_verdict_before_choice(void)
{
    Exercise ex;
    Session s;
    App *app = start_drill(&ex, &s, NULL);
    key(app, UIK_ENTER);
    key(app, UIK_RIGHT); /* report-1, with a decision */
    CHECK(session_current(&s) && session_current(&s)->decision);
    CHECK(verdicts_shown(app, APP_VIEW_SINGLE) == 0);
    CHECK(verdicts_shown(app, APP_VIEW_PARTICIPANTS) == 0);
    CHECK(verdicts_shown(app, APP_VIEW_FACILITATOR) >= 2);
    ch(app, '1');
    CHECK(verdicts_shown(app, APP_VIEW_SINGLE) >= 1);
    end_drill(app, &s, &ex);
}

int main(void)
{
    test_whole_exercise();
    test_no_verdict_before_choice();
    test_ime();
    test_plan_and_feedback();
    return check_done();
}
