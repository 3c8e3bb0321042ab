/* Recording 手順書 items on the current inject: Space cycles the status (first press: done by the
 * item's owners at the current simulated time), R then digits toggle acting roles, M then digits
 * toggle missing prepare documents, C toggles 混乱, +/- move the time by 5 minutes, Enter edits
 * the item's note. Every change records the item's whole state as one event. */
#include <stdlib.h>
#include <string.h>

#include "app_internal.h"
#include "base.h"

enum { AT_STEP_MINUTES = 5, MAX_LIST = 64 };

/* The selected row's item index, or -1. */
static long selected_item(const App *app)
{
    size_t *rows = ttx_calloc(app->s->procedure->n_items + 1, sizeof(size_t));
    size_t n_expected;
    size_t n = app_panel_rows(app, rows, &n_expected);
    long item = app->sel_row >= 0 && (size_t)app->sel_row < n ? (long)rows[app->sel_row] : -1;
    free(rows);
    return item;
}

/* Records item `idx` with the given state; reports failures on the status line. */
static bool commit(App *app, long idx, const ItemRecord *r, WallTime now)
{
    char err[256];
    const ProcItem *it = &app->s->procedure->items[idx];
    if (!session_record_item(app->s, now, r, it->id.s, err, sizeof err)) {
        app_status(app, true, "記録できませんでした: %s", err);
        return false;
    }
    app->status[0] = '\0';
    return true;
}

/* What a first press assumes: done by the item's owners at the current simulated time. */
static void set_defaults(const App *app, long idx, ItemRecord *r, const char **by_buf)
{
    const ProcItem *it = &app->s->procedure->items[idx];
    size_t n = it->owners.n < MAX_LIST ? it->owners.n : MAX_LIST;
    for (size_t i = 0; i < n; i++) {
        by_buf[i] = it->owners.v[i].s;
    }
    r->by = by_buf;
    r->n_by = n;
    r->has_at = true;
    r->at_minutes = session_sim_minutes(app->s);
}

/* The item's current state as a starting point (first record: the defaults above). */
static ItemRecord current_state(const App *app, long idx, const char **by_buf)
{
    const ItemRecord *cur = &app->s->items[idx];
    if (cur->recorded) {
        return *cur;
    }
    ItemRecord r;
    memset(&r, 0, sizeof r);
    r.status = STATUS_DONE;
    set_defaults(app, idx, &r, by_buf);
    return r;
}

static void cycle_status(App *app, long idx, WallTime now)
{
    const char *by_buf[MAX_LIST];
    bool was = app->s->items[idx].recorded;
    ItemRecord r = current_state(app, idx, by_buf);
    if (was) {
        static const ItemStatus next[STATUS_COUNT] = {STATUS_PARTIAL, STATUS_MISSED, STATUS_DONE};
        r.status = next[r.status];
        if (r.status == STATUS_MISSED) {
            /* Not done: nobody acted and there is no time, as in a record's missed item. */
            r.n_by = 0;
            r.has_at = false;
        }
        /* Back from missed (which may have been recorded without roles or time): give it the
         * defaults again so the event is complete. */
        if (r.status != STATUS_MISSED && (r.n_by == 0 || !r.has_at)) {
            set_defaults(app, idx, &r, by_buf);
        }
    }
    commit(app, idx, &r, now);
}

/* Toggles entry `value` in list (size *n, copied into buf). */
static void toggle(const char **buf, size_t *n, const char *const *list, size_t list_n,
                   const char *value)
{
    size_t o = 0;
    bool removed = false;
    for (size_t i = 0; i < list_n && o < MAX_LIST; i++) {
        if (strcmp(list[i], value) == 0) {
            removed = true;
        } else {
            buf[o++] = list[i];
        }
    }
    if (!removed && o < MAX_LIST) {
        buf[o++] = value;
    }
    *n = o;
}

static void toggle_role(App *app, long idx, size_t role, WallTime now)
{
    const Procedure *p = app->s->procedure;
    if (role >= p->n_roles || !app->s->items[idx].recorded) {
        return;
    }
    ItemRecord r = app->s->items[idx];
    const char *buf[MAX_LIST];
    toggle(buf, &r.n_by, r.by, r.n_by, p->roles[role].id.s);
    r.by = buf;
    if (r.n_by == 0 && r.status != STATUS_MISSED) {
        app_status(app, true, "実施した担当者を少なくとも1人選んでください");
        return;
    }
    commit(app, idx, &r, now);
}

static void toggle_missing(App *app, long idx, size_t entry, WallTime now)
{
    const ProcItem *it = &app->s->procedure->items[idx];
    if (entry >= it->prepare.n || !app->s->items[idx].recorded) {
        return;
    }
    ItemRecord r = app->s->items[idx];
    const char *buf[MAX_LIST];
    toggle(buf, &r.n_missing, r.missing, r.n_missing, it->prepare.v[entry].s);
    r.missing = buf;
    commit(app, idx, &r, now);
}

bool app_item_set_note(App *app, WallTime now, const char *note, char *err, size_t err_size)
{
    long idx = selected_item(app);
    if (idx < 0) {
        return true;
    }
    const char *by_buf[MAX_LIST];
    ItemRecord r = current_state(app, idx, by_buf);
    r.note = note && *note ? note : NULL;
    const ProcItem *it = &app->s->procedure->items[idx];
    return session_record_item(app->s, now, &r, it->id.s, err, err_size);
}

/* Changes that need a recorded item; returns false (with a hint) when it is not. */
static bool need_recorded(App *app, long idx)
{
    if (app->s->items[idx].recorded) {
        return true;
    }
    app_status(app, true, "先に Space で実施状況を記録してください");
    return false;
}

static int mode_digit(App *app, long idx, int digit, WallTime now)
{
    if (app->item_mode == ITEM_MODE_ROLES) {
        toggle_role(app, idx, (size_t)digit - 1, now);
    } else {
        toggle_missing(app, idx, (size_t)digit - 1, now);
    }
    return APP_REDRAW;
}

static int move_selection(App *app, int delta)
{
    size_t *rows = ttx_calloc(app->s->procedure->n_items + 1, sizeof(size_t));
    size_t n_expected;
    int n = (int)app_panel_rows(app, rows, &n_expected);
    free(rows);
    int sel = app->sel_row + delta;
    app->sel_row = sel < 0 ? 0 : sel >= n ? n - 1 : sel;
    app->item_mode = ITEM_MODE_NONE;
    return APP_REDRAW;
}

int app_item_key(App *app, const UiEvent *e, WallTime now)
{
    if (e->key == UIK_UP || (e->key == UIK_TAB && (e->mods & UI_MOD_SHIFT))) {
        return move_selection(app, -1);
    }
    if (e->key == UIK_DOWN || e->key == UIK_TAB) {
        return move_selection(app, 1);
    }
    long idx = selected_item(app);
    bool item_key = e->key == UIK_SPACE || e->key == UIK_ENTER ||
                    (e->key == UIK_CHAR && e->ch && strchr("rmc+=-", e->ch)) ||
                    (app->item_mode && (e->key == UIK_ESCAPE ||
                                        (e->key == UIK_CHAR && e->ch >= '1' && e->ch <= '9')));
    if (!item_key || idx < 0) {
        return -1;
    }
    if (!app_can_record(app)) {
        app_status(app, true, "記録は現在の状況付与で行います（Home で現在に戻る）");
        return APP_REDRAW;
    }
    if (app->item_mode && e->key == UIK_CHAR && e->ch >= '1' && e->ch <= '9') {
        return mode_digit(app, idx, e->ch - '0', now);
    }
    ItemMode mode = e->key == UIK_CHAR && e->ch == 'r' ? ITEM_MODE_ROLES
                    : e->key == UIK_CHAR && e->ch == 'm' ? ITEM_MODE_MISSING
                                                         : ITEM_MODE_NONE;
    if (mode != ITEM_MODE_NONE || e->key == UIK_ESCAPE) {
        bool leaving = app->item_mode == mode || e->key == UIK_ESCAPE;
        app->item_mode = leaving ? ITEM_MODE_NONE : need_recorded(app, idx) ? mode : ITEM_MODE_NONE;
        return APP_REDRAW;
    }
    if (e->key == UIK_ENTER) {
        if (app->item_mode) {
            app->item_mode = ITEM_MODE_NONE;
            return APP_REDRAW;
        }
        const char *note = app->s->items[idx].note;
        return app_edit_begin(app, OVERLAY_ITEM_NOTE, note ? note : "");
    }
    if (e->key == UIK_SPACE) {
        cycle_status(app, idx, now);
        return APP_REDRAW;
    }
    if (!need_recorded(app, idx)) {
        return APP_REDRAW;
    }
    ItemRecord r = app->s->items[idx];
    if (e->ch == 'c') {
        r.confused = !r.confused;
    } else {
        int at = (r.has_at ? r.at_minutes : session_sim_minutes(app->s)) +
                 (e->ch == '-' ? -AT_STEP_MINUTES : AT_STEP_MINUTES); /* '+' or '=' (JIS) */
        r.has_at = true;
        r.at_minutes = at < 0 ? 0 : at;
    }
    commit(app, idx, &r, now);
    return APP_REDRAW;
}

void app_item_click(App *app, const Hit *hit, WallTime now)
{
    app->sel_row = hit->index;
    long idx = selected_item(app);
    if (idx < 0 || hit->kind == HIT_ITEM) {
        return;
    }
    if (!app_can_record(app)) {
        app_status(app, true, "記録は現在の状況付与で行います（Home で現在に戻る）");
        return;
    }
    if (hit->kind == HIT_ITEM_STATUS) {
        cycle_status(app, idx, now);
    } else if (hit->kind == HIT_ITEM_ROLE) {
        toggle_role(app, idx, (size_t)hit->sub, now);
    } else if (hit->kind == HIT_ITEM_MISSING) {
        toggle_missing(app, idx, (size_t)hit->sub, now);
    } else if (hit->kind == HIT_ITEM_CONFUSED && app->s->items[idx].recorded) {
        ItemRecord r = app->s->items[idx];
        r.confused = !r.confused;
        commit(app, idx, &r, now);
    }
}
