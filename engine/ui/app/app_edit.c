/* Text fields: notes, item notes and incident-record fields, typed in Japanese through the system
 * IME. Committed text arrives as UI_TEXT, the composition in progress as UI_EDITING (shown after
 * the text, not yet part of it). Enter saves through a session command; Esc cancels, and asks
 * first when something was typed, so a stray Esc never throws away a facilitator's notes. */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"

int app_edit_begin(App *app, AppOverlay overlay, const char *initial)
{
    app->overlay = overlay;
    app->editing = true;
    size_t n = strlen(initial);
    n = n > APP_EDIT_MAX ? APP_EDIT_MAX : n;
    memcpy(app->edit, initial, n);
    app->edit[n] = '\0';
    app->edit_len = n;
    app->composing[0] = '\0';
    app->edit_changed = false;
    app->discard_armed = false;
    return APP_REDRAW | APP_TEXT_INPUT_ON;
}

bool app_confirm_discard(App *app, bool has_input)
{
    if (!has_input || app->discard_armed) {
        app->discard_armed = false;
        return true;
    }
    app->discard_armed = true;
    app_status(app, false,
               "入力した内容は保存されていません。もう一度 Esc で破棄、Enter で保存します");
    return false;
}

static int edit_end(App *app, AppOverlay back_to)
{
    app->editing = false;
    app->composing[0] = '\0';
    app->overlay = back_to;
    return APP_REDRAW | APP_TEXT_INPUT_OFF;
}

static void edit_append(App *app, const char *text)
{
    size_t n = strlen(text);
    if (app->edit_len + n > APP_EDIT_MAX) {
        return; /* a full field ignores more text rather than cutting a character in half */
    }
    memcpy(app->edit + app->edit_len, text, n + 1);
    app->edit_len += n;
}

static void edit_backspace(App *app)
{
    while (app->edit_len > 0) {
        unsigned char c = (unsigned char)app->edit[--app->edit_len];
        if ((c & 0xc0) != 0x80) {
            break; /* removed the first byte of a UTF-8 character */
        }
    }
    app->edit[app->edit_len] = '\0';
}

static int edit_commit(App *app, WallTime now)
{
    char err[256];
    bool ok = true;
    AppOverlay back = OVERLAY_NONE;
    switch (app->overlay) {
    case OVERLAY_NOTE:
        ok = app->edit_len == 0 || session_note(app->s, now, app->edit, err, sizeof err);
        break;
    case OVERLAY_RECORD:
        ok = session_set_record_field(app->s, now, (RecordField)app->record_sel,
                                      app->edit_len ? app->edit : NULL, err, sizeof err);
        back = OVERLAY_RECORD;
        break;
    case OVERLAY_ITEM_NOTE:
        ok = app_item_set_note(app, now, app->edit, err, sizeof err);
        break;
    case OVERLAY_REVIEW:
    case OVERLAY_OVERRIDE: {
        int flags = app_review_commit(app, now, err, sizeof err);
        if (flags < 0) {
            app_status(app, true, "保存できませんでした: %s", err);
            return APP_REDRAW;
        }
        return edit_end(app, OVERLAY_NONE) | flags;
    }
    default:
        break;
    }
    if (!ok) {
        app_status(app, true, "保存できませんでした: %s", err);
        return APP_REDRAW; /* keep the text so nothing typed is lost */
    }
    return edit_end(app, back);
}

int app_edit_event(App *app, const UiEvent *e, WallTime now)
{
    switch (e->type) {
    case UI_TEXT:
        edit_append(app, e->text);
        app->composing[0] = '\0';
        app->edit_changed = true;
        app->discard_armed = false;
        return APP_REDRAW;
    case UI_EDITING:
        snprintf(app->composing, sizeof app->composing, "%s", e->text);
        app->compose_cursor = e->cursor;
        app->compose_sel = e->sel_len;
        app->discard_armed = false;
        return APP_REDRAW;
    case UI_KEY:
        break;
    default:
        return 0;
    }
    if (app->composing[0]) {
        return 0; /* keys belong to the IME while it composes */
    }
    if (e->key != UIK_ESCAPE) {
        app->discard_armed = false;
    }
    switch (e->key) {
    case UIK_ENTER:
        return edit_commit(app, now);
    case UIK_ESCAPE:
        if (!app_confirm_discard(app, app->edit_changed)) {
            return APP_REDRAW;
        }
        app_status(app, false, "入力を取り消しました");
        return edit_end(app, app->overlay == OVERLAY_RECORD ? OVERLAY_RECORD : OVERLAY_NONE);
    case UIK_BACKSPACE:
        edit_backspace(app);
        app->edit_changed = true;
        return APP_REDRAW;
    default:
        return 0;
    }
}
