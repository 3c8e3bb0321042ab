/* The sheet screen after the exercise: the guide's review is done after the drill, so here the
 * facilitator selects a レビュー項目 (↑↓), writes its 詳細 (Enter), overrides its rating (A–D, then
 * the reason; X clears), and every change is journalled, the sheet rebuilt and the files written
 * again (APP_ENDED). */
#include <string.h>

#include "app_internal.h"

int app_sheet_rebuild(App *app)
{
    sheet_free(app->sheet);
    app->sheet = sheet_build(app->s, app->facilitator, app->participants, app->n_participants);
    return APP_REDRAW | APP_ENDED;
}

int app_review_commit(App *app, WallTime now, char *err, size_t err_size)
{
    ReviewKey k = (ReviewKey)app->review_sel;
    bool ok;
    if (app->overlay == OVERLAY_REVIEW) {
        ok = session_set_review(app->s, now, k, app->edit_len ? app->edit : NULL, err, err_size);
    } else {
        if (app->edit_len == 0) {
            strncpy(err, "評価を変更する理由を書いてください", err_size - 1);
            err[err_size - 1] = '\0';
            return -1;
        }
        ok = session_override(app->s, now, k, app->pending_rating, app->edit, err, err_size);
    }
    return ok ? app_sheet_rebuild(app) : -1;
}

int app_sheet_key(App *app, const UiEvent *e, WallTime now)
{
    char err[256];
    switch (e->key) {
    case UIK_UP:
        app->review_sel = (app->review_sel + REVIEW_COUNT - 1) % REVIEW_COUNT;
        return APP_REDRAW;
    case UIK_DOWN:
    case UIK_TAB:
        app->review_sel = (app->review_sel + 1) % REVIEW_COUNT;
        return APP_REDRAW;
    case UIK_PAGE_DOWN:
        app->sheet_scroll += 10;
        return APP_REDRAW;
    case UIK_PAGE_UP:
        app->sheet_scroll = app->sheet_scroll > 10 ? app->sheet_scroll - 10 : 0;
        return APP_REDRAW;
    case UIK_ENTER: {
        const char *cur = app->s->review[app->review_sel];
        return app_edit_begin(app, OVERLAY_REVIEW, cur ? cur : "");
    }
    case UIK_CHAR:
        break;
    default:
        return 0;
    }
    if (e->ch >= 'a' && e->ch <= 'd') {
        app->pending_rating = (Rating)(e->ch - 'a');
        const char *cur = app->s->overrides[app->review_sel].reason;
        return app_edit_begin(app, OVERLAY_OVERRIDE, cur ? cur : "");
    }
    if (e->ch == 'x' && app->s->overrides[app->review_sel].present) {
        if (!session_clear_override(app->s, now, (ReviewKey)app->review_sel, err, sizeof err)) {
            app_status(app, true, "%s", err);
            return APP_REDRAW;
        }
        return app_sheet_rebuild(app);
    }
    if (e->ch == 'f') {
        return app_feedback_open(app);
    }
    if (e->ch == 'q') {
        return APP_QUIT;
    }
    return 0;
}
