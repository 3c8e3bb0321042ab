/* The App's state, shared by app.c (events), app_items.c (recording 手順書 items), app_edit.c
 * (text fields) and the app_layout*.c files. Not part of the app's API. */
#ifndef TTX_APP_INTERNAL_H
#define TTX_APP_INTERNAL_H

#include "app.h"
#include "layout_timeline.h"

typedef enum AppScreen { SCREEN_START, SCREEN_MAIN, SCREEN_SHEET } AppScreen;

typedef enum AppOverlay {
    OVERLAY_NONE,
    OVERLAY_HELP,
    OVERLAY_NOTE,        /* a free note at the current inject */
    OVERLAY_ITEM_NOTE,   /* the selected item's note */
    OVERLAY_RECORD,      /* the incident-record form (10 fields) */
    OVERLAY_END_CONFIRM, /* E pressed once */
    OVERLAY_REVIEW,      /* the facilitator's words for the selected review item */
    OVERLAY_OVERRIDE,    /* the reason for overriding the selected review item's rating */
    OVERLAY_PLAN,        /* the previous plan's open actions: which were confirmed as done */
    OVERLAY_FEEDBACK,    /* one participant's feedback form (sheet screen) */
} AppOverlay;

/* Where the trainer's presentation is: app_train.c moves between them, app_train_layout.c
 * draws each. In this order: a question goes on to the hands and then the answer. */
typedef enum TrainScreen {
    TRAIN_SCREEN_TITLE,     /* the test's title, before the first question */
    TRAIN_SCREEN_SITUATION, /* a decision question's 状況付与 */
    TRAIN_SCREEN_QUESTION,  /* the question and its options, countdown running */
    TRAIN_SCREEN_HANDS,     /* hands per option being entered */
    TRAIN_SCREEN_ANSWER,    /* correct answer, hands, 解説 */
    TRAIN_SCREEN_SUMMARY,   /* after the last question */
    TRAIN_SCREEN_COUNT
} TrainScreen;

/* What digits do in the 手順書 panel besides choosing options. */
typedef enum ItemMode { ITEM_MODE_NONE, ITEM_MODE_ROLES, ITEM_MODE_MISSING } ItemMode;

typedef enum AppButton { BUTTON_PREV, BUTTON_NEXT, BUTTON_PAUSE, BUTTON_END, BUTTON_HELP,
                         BUTTON_RECORD, BUTTON_NOTE, BUTTON_START } AppButton;

enum { APP_EDIT_MAX = 4000 };

/* Draws the text field being edited into r — the committed text, then the IME composition
 * underlined with the segment being converted marked, and a caret at the IME's cursor — and
 * remembers the caret's place so the IME's candidate window opens beside it, not over it.
 * Returns the height used (app_layout_edit.c). */
int app_edit_field(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r, int size);

/* Esc on something typed: true when it may be thrown away now — nothing was typed, or Esc was
 * pressed a second time; otherwise asks on the status line first (app_edit.c). */
bool app_confirm_discard(App *app, bool has_input);

struct App {
    Session *s;
    const char *facilitator;
    const Participant *participants;
    size_t n_participants;
    const char *journal_path;

    AppScreen screen;
    AppOverlay overlay;
    ItemMode item_mode;
    long viewed; /* the inject on screen; equals the cursor unless looking back */
    int sel_row; /* selected row of the 手順書 panel */
    int panel_scroll;
    bool hide;   /* H: hide facilitator-only content in the single window */
    int record_sel; /* selected field of the incident-record form */
    int sheet_scroll;
    int review_sel;        /* selected レビュー項目 on the sheet screen */
    Rating pending_rating; /* the override waiting for its reason */

    /* The previous plan (app_plan.c): before the start its open actions and the facilitator's
       ticks are kept here; the start turns them into plan_action/plan_confirm events. */
    uint32_t option_seed; /* for the start event (AppSetup) */
    const struct Plan *plan;
    bool *plan_ticked; /* per plan action, before the start */
    int plan_sel;
    /* The feedback form being entered (app_feedback.c). */
    int fb_scores[FEEDBACK_STATEMENTS];
    int fb_sel; /* 0-4 the statements, 5 良かった点, 6 改善点 */
    char fb_text[2][APP_EDIT_MAX + 1];

    bool editing; /* a text field has focus */
    char edit[APP_EDIT_MAX + 1];
    size_t edit_len;
    char composing[UI_TEXT_MAX]; /* IME composition shown after the text, not yet part of it */
    int compose_cursor;          /* the IME's cursor in it, in characters */
    int compose_sel;             /* characters from the cursor being converted (0: none) */
    bool edit_changed;           /* text was typed or deleted since the field opened */
    bool discard_armed;          /* Esc once with typed text: the next Esc discards it */
    Rect text_field[3];          /* per AppView: where the caret is, for the IME's candidates */
    bool has_text_field[3];
    AppView layout_view;         /* the view app_layout is laying out */

    char status[256];
    bool status_error;
    Sheet *sheet;
    HitList hits[APP_VIEW_COUNT];
    TimelineMemo *timeline_memo[APP_VIEW_COUNT];

    /* Trainer mode (app_train.c); train is NULL in the facilitator's mode. */
    const struct TrainTest *train;
    int train_q;       /* current question */
    TrainScreen train_screen;
    int train_sel;     /* selected option while counting hands */
    int *train_hands;  /* n_questions × 9 */
    bool *train_done;  /* counts entered and answer shown */
    int train_seconds; /* countdown length */
    int64_t train_started_ms; /* when the question appeared */
    bool train_clock_set;
};

/* app_train.c */
int app_train_handle(App *app, const UiEvent *e, WallTime now);
void app_train_layout(App *app, DrawList *dl, const Measurer *m, AppView view, WallTime now);
int app_train_next_tick_ms(const App *app, WallTime now);
void app_train_free(App *app);

/* Rows of the 手順書 panel for the viewed inject: its expected items first, then every other
 * item of the procedure (teams often do a step later than expected). Writes item indices into
 * rows (size n_items) and returns the count; *n_expected gets how many are expected here. */
size_t app_panel_rows(const App *app, size_t *rows, size_t *n_expected);
bool app_can_record(const App *app); /* viewing the current inject of a running exercise */
void app_status(App *app, bool error, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* app_items.c */
int app_item_key(App *app, const UiEvent *e, WallTime now); /* returns flags, -1 if not used */
void app_item_click(App *app, const Hit *hit, WallTime now);
bool app_item_set_note(App *app, WallTime now, const char *note, char *err, size_t err_size);

/* app_review.c: the sheet screen's keys (review words, rating overrides, scrolling). */
int app_sheet_key(App *app, const UiEvent *e, WallTime now);
int app_review_commit(App *app, WallTime now, char *err, size_t err_size);
/* Rebuilds the sheet after a review fact was journalled; APP_REDRAW | APP_ENDED (write files). */
int app_sheet_rebuild(App *app);

/* app_plan.c: the previous plan's open actions (key A on the start and main screens). */
typedef struct AppPlanRow {
    const char *key, *action, *text, *owner_name;
    bool done; /* confirmed as done in this drill (or ticked before the start) */
} AppPlanRow;
size_t app_plan_count(const App *app);
AppPlanRow app_plan_row(const App *app, size_t i);
int app_plan_open(App *app);
int app_plan_key(App *app, const UiEvent *e, WallTime now);
/* After session_start: shows the plan's open actions and confirms the ticked ones. */
bool app_plan_start(App *app, WallTime now, char *err, size_t err_size);
void app_plan_free(App *app);

/* app_feedback.c: the feedback overlay (key F on the sheet screen). */
int app_feedback_open(App *app);
int app_feedback_event(App *app, const UiEvent *e, WallTime now);

/* app_edit.c */
int app_edit_begin(App *app, AppOverlay overlay, const char *initial);
int app_edit_event(App *app, const UiEvent *e, WallTime now);

/* app_layout*.c */
void app_layout_card(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r,
                     bool facilitator, HitList *hits);
void app_layout_panel(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r,
                      HitList *hits);
void app_layout_main(App *app, DrawList *dl, const Measurer *m, const Theme *t, AppView view,
                     WallTime now, HitList *hits);
void app_layout_start(App *app, DrawList *dl, const Measurer *m, const Theme *t, HitList *hits);
void app_layout_sheet(App *app, DrawList *dl, const Measurer *m, const Theme *t);
void app_layout_overlay(App *app, DrawList *dl, const Measurer *m, const Theme *t,
                        HitList *hits);
/* app_layout_followup.c: the plan and feedback overlays; the start screen's plan line. */
void app_layout_plan(App *app, DrawList *dl, const Measurer *m, const Theme *t);
void app_layout_feedback(App *app, DrawList *dl, const Measurer *m, const Theme *t);
int app_layout_plan_summary(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r);
/* The sheet screen's 前回の改善計画の確認 and 参加者アンケート from y; returns the y below. */
int app_layout_sheet_followup(App *app, DrawList *dl, const Measurer *m, const Theme *t, int x,
                              int y, int w);

#endif
