/* The facilitator app: event dispatch, navigation between injects, decisions, the clock, and the
 * end of the exercise. Recording items lives in app_items.c, text fields in app_edit.c, drawing
 * in app_layout*.c. Every change to the exercise goes through a session command, so it is in the
 * journal before the next frame shows it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "app_internal.h"
#include "base.h"

App *app_create(const AppSetup *setup)
{
    App *app = ttx_calloc(1, sizeof(App));
    app->s = setup->session;
    app->facilitator = setup->facilitator;
    app->participants = setup->participants;
    app->n_participants = setup->n_participants;
    app->journal_path = setup->journal_path;
    app->plan = setup->plan;
    app->option_seed = setup->option_seed;
    app->viewed = app->s->cursor;
    app->screen = !app->s->started ? SCREEN_START : app->s->ended ? SCREEN_SHEET : SCREEN_MAIN;
    if (app->s->ended) {
        app->sheet = sheet_build(app->s, app->facilitator, app->participants,
                                 app->n_participants);
    }
    return app;
}

void app_destroy(App *app)
{
    if (!app) {
        return;
    }
    for (int i = 0; i < APP_VIEW_COUNT; i++) {
        hits_free(&app->hits[i]);
        timeline_memo_free(app->timeline_memo[i]);
    }
    app_train_free(app);
    app_plan_free(app);
    sheet_free(app->sheet);
    free(app);
}

const Sheet *app_sheet(const App *app)
{
    return app->sheet;
}

void app_status(App *app, bool error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->status, sizeof app->status, fmt, ap);
    va_end(ap);
    app->status_error = error;
}

void app_set_status(App *app, const char *message, bool is_error)
{
    app_status(app, is_error, "%s", message);
}

bool app_can_record(const App *app)
{
    const Session *s = app->s;
    return s->started && !s->ended && s->cursor >= 0 && app->viewed == s->cursor;
}

size_t app_panel_rows(const App *app, size_t *rows, size_t *n_expected)
{
    const Procedure *p = app->s->procedure;
    size_t n = 0;
    *n_expected = 0;
    if (app->viewed >= 0) {
        const Inject *in = &app->s->scenario->injects[app->viewed];
        for (size_t e = 0; e < in->expects.n; e++) {
            long idx = procedure_item_index(p, in->expects.v[e].s);
            if (idx >= 0) {
                rows[n++] = (size_t)idx;
            }
        }
    }
    *n_expected = n;
    for (size_t i = 0; i < p->n_items; i++) {
        bool listed = false;
        for (size_t k = 0; k < *n_expected && !listed; k++) {
            listed = rows[k] == i;
        }
        if (!listed) {
            rows[n++] = i;
        }
    }
    return n;
}

/* The position of inject `index` in the presented order, or -1. */
static long presented_pos(const Session *s, long index)
{
    for (size_t k = 0; k < s->n_presented; k++) {
        if ((long)s->presented[k] == index) {
            return (long)k;
        }
    }
    return -1;
}

static void set_viewed(App *app, long index)
{
    if (index != app->viewed) {
        app->viewed = index;
        app->sel_row = 0;
        app->panel_scroll = 0;
        app->item_mode = ITEM_MODE_NONE;
    }
}

static int go_next(App *app, WallTime now)
{
    Session *s = app->s;
    long pos = presented_pos(s, app->viewed);
    if (pos >= 0 && pos + 1 < (long)s->n_presented) {
        set_viewed(app, (long)s->presented[pos + 1]); /* looking back: step forward again */
        return APP_REDRAW;
    }
    char err[256];
    switch (session_next(s, now, err, sizeof err)) {
    case SESSION_NEXT_PRESENTED:
        set_viewed(app, s->cursor);
        app->status[0] = '\0';
        break;
    case SESSION_NEXT_AT_END:
        app_status(app, false, "最後の状況付与です。E で演習を終了します");
        break;
    case SESSION_NEXT_FAILED:
        app_status(app, true, "%s", err);
        break;
    }
    return APP_REDRAW;
}

static int go_prev(App *app)
{
    long pos = presented_pos(app->s, app->viewed);
    if (pos > 0) {
        set_viewed(app, (long)app->s->presented[pos - 1]);
        app_status(app, false, "前の状況付与を表示中（記録はできません）。Home で現在に戻ります");
    }
    return APP_REDRAW;
}

static int choose_option(App *app, int number, WallTime now)
{
    const Inject *in = app->viewed >= 0 ? &app->s->scenario->injects[app->viewed] : NULL;
    if (!in || !in->decision || number < 1 || (size_t)number > in->decision->n_options) {
        return APP_REDRAW;
    }
    if (!app_can_record(app)) {
        app_status(app, true, "判断は現在の状況付与でのみ記録できます（Home で現在に戻る）");
        return APP_REDRAW;
    }
    char err[256];
    /* number is the option's place on screen, which the drill's seed shuffled. */
    size_t order[DECISION_MAX_OPTIONS];
    session_option_order(app->s, in, order);
    const Option *o = &in->decision->options[order[number - 1]];
    if (!session_decide(app->s, now, o->id.s, err, sizeof err)) {
        app_status(app, true, "記録できませんでした: %s", err);
    } else {
        app->status[0] = '\0';
    }
    return APP_REDRAW;
}

static int end_exercise(App *app, WallTime now)
{
    char err[256];
    app->overlay = OVERLAY_NONE;
    if (!session_end(app->s, now, err, sizeof err)) {
        app_status(app, true, "終了を記録できませんでした: %s", err);
        return APP_REDRAW;
    }
    app->sheet = sheet_build(app->s, app->facilitator, app->participants, app->n_participants);
    app->screen = SCREEN_SHEET;
    app->sheet_scroll = 0;
    return APP_REDRAW | APP_ENDED;
}

static int start_exercise(App *app, WallTime now)
{
    char err[256];
    if (!app->s->started &&
        (!session_start_shuffled(app->s, now, app->option_seed, err, sizeof err) ||
                             !app_plan_start(app, now, err, sizeof err))) {
        app_status(app, true, "開始を記録できませんでした: %s", err);
        return APP_REDRAW;
    }
    app->screen = SCREEN_MAIN;
    return app->s->cursor < 0 ? go_next(app, now) : APP_REDRAW;
}

static int toggle_pause(App *app, WallTime now)
{
    char err[256];
    bool ok = app->s->paused ? session_resume(app->s, now, err, sizeof err)
                             : session_pause(app->s, now, err, sizeof err);
    if (!ok) {
        app_status(app, true, "%s", err);
    }
    return APP_REDRAW;
}

static int press_button(App *app, int button, WallTime now)
{
    switch ((AppButton)button) {
    case BUTTON_PREV:
        return go_prev(app);
    case BUTTON_NEXT:
        return go_next(app, now);
    case BUTTON_PAUSE:
        return toggle_pause(app, now);
    case BUTTON_END:
        app->overlay = OVERLAY_END_CONFIRM;
        return APP_REDRAW;
    case BUTTON_HELP:
        app->overlay = OVERLAY_HELP;
        return APP_REDRAW;
    case BUTTON_RECORD:
        app->overlay = OVERLAY_RECORD;
        return APP_REDRAW;
    case BUTTON_NOTE:
        return app_can_record(app) ? app_edit_begin(app, OVERLAY_NOTE, "") : APP_REDRAW;
    case BUTTON_START:
        return start_exercise(app, now);
    }
    return 0;
}

static int main_key(App *app, const UiEvent *e, WallTime now)
{
    int used = app_item_key(app, e, now);
    if (used >= 0) {
        return used;
    }
    switch (e->key) {
    case UIK_RIGHT:
    case UIK_PAGE_DOWN:
        return go_next(app, now);
    case UIK_LEFT:
    case UIK_PAGE_UP:
        return go_prev(app);
    case UIK_HOME:
        set_viewed(app, app->s->cursor);
        app->status[0] = '\0';
        return APP_REDRAW;
    case UIK_CHAR:
        break;
    default:
        return 0;
    }
    if (e->ch >= '1' && e->ch <= '9') {
        return choose_option(app, e->ch - '0', now);
    }
    switch (e->ch) {
    case 'p':
        return toggle_pause(app, now);
    case 'e':
        app->overlay = OVERLAY_END_CONFIRM;
        return APP_REDRAW;
    case 'n':
        if (!app_can_record(app)) {
            app_status(app, true, "メモは現在の状況付与で記録します（Home で現在に戻る）");
            return APP_REDRAW;
        }
        return app_edit_begin(app, OVERLAY_NOTE, "");
    case 'i':
        app->overlay = OVERLAY_RECORD;
        return APP_REDRAW;
    case 'a':
        return app_plan_open(app);
    default:
        return 0;
    }
}

static int overlay_key(App *app, const UiEvent *e, WallTime now)
{
    if (app->overlay == OVERLAY_END_CONFIRM) {
        if (e->key == UIK_ENTER || (e->key == UIK_CHAR && e->ch == 'e')) {
            return end_exercise(app, now);
        }
        app->overlay = OVERLAY_NONE; /* any other key cancels */
        return APP_REDRAW;
    }
    if (app->overlay == OVERLAY_PLAN) {
        return app_plan_key(app, e, now);
    }
    if (app->overlay == OVERLAY_RECORD) {
        if (e->key == UIK_UP || (e->key == UIK_TAB && (e->mods & UI_MOD_SHIFT))) {
            app->record_sel = (app->record_sel + RECFIELD_COUNT - 1) % RECFIELD_COUNT;
        } else if (e->key == UIK_DOWN || e->key == UIK_TAB) {
            app->record_sel = (app->record_sel + 1) % RECFIELD_COUNT;
        } else if (e->key == UIK_ENTER) {
            const char *v = app->s->incident_record[app->record_sel];
            return app_edit_begin(app, OVERLAY_RECORD, v ? v : "");
        } else if (e->key == UIK_ESCAPE || (e->key == UIK_CHAR && e->ch == 'i')) {
            app->overlay = OVERLAY_NONE;
        }
        return APP_REDRAW;
    }
    /* Help: any key closes it. */
    app->overlay = OVERLAY_NONE;
    return APP_REDRAW;
}

/* Keys that work on every screen and under every overlay. */
static int global_key(App *app, const UiEvent *e)
{
    if (e->key == UIK_F11) {
        return APP_TOGGLE_FULLSCREEN;
    }
    if (e->key == UIK_F1 || (e->key == UIK_CHAR && e->ch == '?' && !app->overlay)) {
        app->overlay = app->overlay == OVERLAY_HELP ? OVERLAY_NONE : OVERLAY_HELP;
        return APP_REDRAW;
    }
    if (app->overlay) {
        return -1;
    }
    if (e->key == UIK_CHAR && e->ch == 's' && !(e->mods & UI_MOD_CTRL)) {
        return APP_SCREENSHOT;
    }
    if (e->key == UIK_CHAR && e->ch == 'h') {
        app->hide = !app->hide;
        return APP_REDRAW;
    }
    return -1;
}

static int handle_key(App *app, const UiEvent *e, WallTime now)
{
    int flags = global_key(app, e);
    if (flags >= 0) {
        return flags;
    }
    if (app->overlay) {
        return overlay_key(app, e, now);
    }
    switch (app->screen) {
    case SCREEN_START:
        if (e->key == UIK_CHAR && e->ch == 'a') {
            return app_plan_open(app);
        }
        return e->key == UIK_ENTER || e->key == UIK_RIGHT || e->key == UIK_SPACE
                   ? start_exercise(app, now)
                   : 0;
    case SCREEN_MAIN:
        return main_key(app, e, now);
    case SCREEN_SHEET:
        return app_sheet_key(app, e, now);
    }
    return 0;
}

static int handle_click(App *app, const UiEvent *e, WallTime now)
{
    /* In two-window mode the facilitator console is the window with click regions; a GUI that
     * does not say which window a click came from still reaches it. */
    AppView view = (unsigned)e->view < APP_VIEW_COUNT ? e->view : APP_VIEW_SINGLE;
    if (view == APP_VIEW_SINGLE && app->hits[APP_VIEW_SINGLE].n == 0) {
        view = APP_VIEW_FACILITATOR;
    }
    const Hit *hit = hits_find(&app->hits[view], e->x, e->y);
    if (!hit) {
        if (app->overlay == OVERLAY_HELP || app->overlay == OVERLAY_END_CONFIRM) {
            app->overlay = OVERLAY_NONE;
            return APP_REDRAW;
        }
        return 0;
    }
    switch (hit->kind) {
    case HIT_INJECT:
        if (presented_pos(app->s, hit->index) >= 0) {
            set_viewed(app, hit->index);
        }
        return APP_REDRAW;
    case HIT_OPTION:
        return choose_option(app, hit->index + 1, now);
    case HIT_BUTTON:
        return press_button(app, hit->index, now);
    case HIT_FIELD:
        app->record_sel = hit->index;
        return APP_REDRAW;
    default:
        app_item_click(app, hit, now);
        return APP_REDRAW;
    }
}

int app_handle(App *app, const UiEvent *e, WallTime now)
{
    if (app->train) {
        return app_train_handle(app, e, now);
    }
    if (app->overlay == OVERLAY_FEEDBACK &&
        (e->type == UI_KEY || e->type == UI_TEXT || e->type == UI_EDITING)) {
        return app_feedback_event(app, e, now);
    }
    if (app->editing && (e->type == UI_KEY || e->type == UI_TEXT || e->type == UI_EDITING)) {
        return app_edit_event(app, e, now);
    }
    switch (e->type) {
    case UI_KEY:
        return handle_key(app, e, now);
    case UI_MOUSE_DOWN:
        return handle_click(app, e, now);
    case UI_WHEEL:
        if (app->screen == SCREEN_SHEET) {
            app->sheet_scroll = app->sheet_scroll - e->dy * 3 > 0 ? app->sheet_scroll - e->dy * 3 : 0;
        } else {
            app->panel_scroll = app->panel_scroll - e->dy > 0 ? app->panel_scroll - e->dy : 0;
        }
        return APP_REDRAW;
    case UI_RESIZE:
    case UI_TICK:
        return APP_REDRAW;
    case UI_QUIT:
        return APP_QUIT;
    default:
        return 0;
    }
}

int app_next_tick_ms(const App *app, WallTime now)
{
    if (app->train) {
        return app_train_next_tick_ms(app, now);
    }
    const Session *s = app->s;
    if (!s->started || s->ended) {
        return -1;
    }
    /* The wall clock and the timers show seconds: redraw on the next second boundary. */
    int64_t ms = now.ms % 1000;
    return (int)(1000 - (ms < 0 ? ms + 1000 : ms));
}

void app_layout(App *app, DrawList *dl, const Measurer *m, AppView view, WallTime now)
{
    if (app->train) {
        app_train_layout(app, dl, m, view, now);
        return;
    }
    Theme t = theme_for(dl->width, dl->height);
    HitList *hits = &app->hits[view];
    hits_clear(hits);
    app->layout_view = view;
    app->has_text_field[view] = false;
    draw_fill(dl, (Rect){0, 0, dl->width, dl->height}, t.bg);
    switch (app->screen) {
    case SCREEN_START:
        app_layout_start(app, dl, m, &t, hits);
        break;
    case SCREEN_MAIN:
        app_layout_main(app, dl, m, &t, view, now, hits);
        break;
    case SCREEN_SHEET:
        app_layout_sheet(app, dl, m, &t);
        break;
    }
    if (view != APP_VIEW_PARTICIPANTS) {
        app_layout_overlay(app, dl, m, &t, hits);
    }
}

bool app_text_field(const App *app, AppView view, Rect *r)
{
    if ((int)view < 0 || (int)view >= 3 || !app->editing || !app->has_text_field[view]) {
        return false;
    }
    *r = app->text_field[view];
    return true;
}
