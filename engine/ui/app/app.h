/* The facilitator's app (SPEC §6): the state of the screen around a session — which inject is
 * shown, which 手順書 item is selected, open overlays (help, note, incident record, the sheet),
 * text being typed — with the keyboard-first controls, and the layout of every screen into a
 * draw list. The GUI only feeds it UiEvents and executes its draw lists, so every behaviour is
 * testable under the dummy driver or with no display at all. Pure C11. */
#ifndef TTX_APP_H
#define TTX_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "draw.h"
#include "session.h"
#include "sheet.h"
#include "ui_input.h"

typedef struct App App;

/* What the GUI must do after an event. */
enum {
    APP_REDRAW = 1,            /* the screen changed */
    APP_QUIT = 2,              /* close the program */
    APP_TOGGLE_FULLSCREEN = 4, /* F11 */
    APP_SCREENSHOT = 8,        /* S: save the current frame as PNG (the GUI names the file) */
    APP_ENDED = 16,            /* E confirmed: the exercise ended; write the sheet files
                                  (app_sheet) and show them. Trainer mode: the class's counts
                                  changed; write them (app_train_hands) */
    APP_TEXT_INPUT_ON = 32,    /* a text field took focus: start IME text input */
    APP_TEXT_INPUT_OFF = 64,   /* no text field has focus: stop IME text input */
};

typedef struct AppSetup {
    Session *session; /* borrowed; commands go through it (and so through its journal) */
    const char *facilitator;
    const Participant *participants;
    size_t n_participants;
    const char *journal_path; /* shown on screen; may be NULL */
    const struct Plan *plan;  /* the previous improvement plan (--plan), borrowed; NULL: none.
                                 Its open actions are shown when the exercise starts. */
    uint32_t option_seed;     /* the order options are shown in (0: as authored); goes into
                                 the start event, so a resumed drill keeps its order */
} AppSetup;

App *app_create(const AppSetup *setup);

struct TrainTest;
/* The trainer's presentation mode (従業員教育) in the same window: each question of the test in
 * large type with a countdown of question_seconds, the class's show of hands per option, the
 * correct answer and 解説, a running tally, and a summary. The test must outlive the app. */
App *app_create_trainer(const struct TrainTest *test, int question_seconds);
/* Trainer mode: the hands counted per option of question q (9 entries), or NULL. */
const int *app_train_hands(const App *app, size_t q);
void app_destroy(App *app);

/* Handles one event at wall time now; returns APP_* flags. */
int app_handle(App *app, const UiEvent *e, WallTime now);

/* Lays out the current screen for the given audience into dl (reset by the caller to the window
 * size). Also records the clickable regions used by the next UI_MOUSE_DOWN of that view. */
void app_layout(App *app, DrawList *dl, const Measurer *m, AppView view, WallTime now);

/* Milliseconds until the screen next changes by itself (a clock ticking), for the GUI's
 * event-wait timeout: idle CPU stays near zero. -1 when nothing changes by itself. */
int app_next_tick_ms(const App *app, WallTime now);

/* The evaluation sheet once the exercise ended (owned by the app), else NULL. */
const Sheet *app_sheet(const App *app);

/* Where the caret of the text field being edited was drawn in view's last layout (pixels of
 * that view's draw list): the GUI tells the IME, so its candidate window opens beside the
 * field instead of over it. False when view shows no text field. */
bool app_text_field(const App *app, AppView view, Rect *r);

/* A one-line message to show (errors such as a failed journal write), set by the GUI too. */
void app_set_status(App *app, const char *message, bool is_error);

#endif
