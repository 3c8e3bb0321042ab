/* The participants' feedback form on the sheet screen (F): the facilitator enters one respondent
 * at a time — a digit 1-5 per statement (↑↓ to move; 0 or Backspace clears), Tab to the two
 * text fields typed with the IME, Enter saves the respondent (one feedback event) and clears the
 * form for the next, Esc closes it. The texts live in fb_text; the field being typed uses the
 * shared edit buffer, so the IME composition works as in every other field. */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"

enum { FB_FIELDS = FEEDBACK_STATEMENTS + 2 };

static bool on_text(const App *app)
{
    return app->fb_sel >= FEEDBACK_STATEMENTS;
}

static void clear_form(App *app)
{
    memset(app->fb_scores, 0, sizeof app->fb_scores);
    app->fb_text[0][0] = app->fb_text[1][0] = '\0';
    app->fb_sel = 0;
}

/* Leaves the current field, keeping what was typed, and enters field sel. */
static int select_field(App *app, int sel)
{
    int flags = APP_REDRAW;
    if (on_text(app) && app->editing) {
        snprintf(app->fb_text[app->fb_sel - FEEDBACK_STATEMENTS], APP_EDIT_MAX + 1, "%s",
                 app->edit);
        app->editing = false;
        app->composing[0] = '\0';
        flags |= APP_TEXT_INPUT_OFF;
    }
    app->fb_sel = (sel + FB_FIELDS) % FB_FIELDS;
    if (on_text(app)) {
        flags |=
            app_edit_begin(app, OVERLAY_FEEDBACK, app->fb_text[app->fb_sel - FEEDBACK_STATEMENTS]);
    }
    return flags;
}

int app_feedback_open(App *app)
{
    clear_form(app);
    app->overlay = OVERLAY_FEEDBACK;
    return APP_REDRAW;
}

static int save(App *app, WallTime now)
{
    int flags = select_field(app, 0); /* keeps the text being typed */
    SessionFeedback f;
    memcpy(f.scores, app->fb_scores, sizeof f.scores);
    f.strengths = app->fb_text[0];
    f.improvements = app->fb_text[1];
    char err[256];
    if (!session_feedback(app->s, now, &f, err, sizeof err)) {
        app_status(app, true, "保存できませんでした: %s", err);
        return flags;
    }
    clear_form(app);
    app_status(app, false,
               "アンケートを保存しました（%zu人目）。次の回答を入力できます（Esc で閉じる）",
               app->s->n_feedback);
    return flags | app_sheet_rebuild(app);
}

static int close_form(App *app)
{
    int flags = select_field(app, 0);
    app->overlay = OVERLAY_NONE;
    return flags;
}

static int score_key(App *app, const UiEvent *e)
{
    if (e->key == UIK_BACKSPACE || (e->key == UIK_CHAR && e->ch == '0')) {
        app->fb_scores[app->fb_sel] = 0;
    } else if (e->key == UIK_CHAR && e->ch >= '1' && e->ch <= '5') {
        app->fb_scores[app->fb_sel] = e->ch - '0';
        return select_field(app, app->fb_sel + 1); /* on to the next statement */
    }
    return APP_REDRAW;
}

int app_feedback_event(App *app, const UiEvent *e, WallTime now)
{
    if (app->editing && (e->type != UI_KEY || app->composing[0])) {
        return app_edit_event(app, e, now); /* typed text and the IME's own keys */
    }
    if (e->type != UI_KEY) {
        return 0;
    }
    switch (e->key) {
    case UIK_UP:
        return select_field(app, app->fb_sel - 1);
    case UIK_DOWN:
        return select_field(app, app->fb_sel + 1);
    case UIK_TAB:
        return select_field(app, app->fb_sel + ((e->mods & UI_MOD_SHIFT) ? -1 : 1));
    case UIK_ENTER:
        return save(app, now);
    case UIK_ESCAPE: {
        /* The respondent's answers are not saved yet: ask before throwing them away. */
        bool any = app->fb_text[0][0] || app->fb_text[1][0] || (app->editing && app->edit_len);
        for (int i = 0; i < FEEDBACK_STATEMENTS; i++) {
            any = any || app->fb_scores[i];
        }
        if (!app_confirm_discard(app, any)) {
            return APP_REDRAW;
        }
        return close_form(app);
    }
    default:
        app->discard_armed = false;
        break;
    }
    return app->editing ? app_edit_event(app, e, now) : score_key(app, e);
}
