/* Pixel goldens of the facilitator's main screens on the bundled ransomware exercise, rendered
 * by the SDL software renderer with the real font and no window: the start screen, mid-exercise
 * with chips in the role lanes, a decision with its 解説, the participants' projector view, the
 * incident-record form, and the evaluation sheet after the end. The app is driven with the same
 * session commands and key events as in a drill. With TTX_SCREENSHOTS=DIR the frames are also
 * written there (the README's screenshots come from this). */
#include <SDL.h>

#include "app.h"
#include "fixture.h"
#include "png_golden.h"
#include "train.h"

static const char *golden_dir, *fail_dir;
static GuiCanvas *canvas, *xga;
static char err[512];

static void shot_on(GuiCanvas *c, const char *name, App *app, AppView view, WallTime now)
{
    gui_canvas_render_app(c, app, view, now);
    png_golden_check(name, c, golden_dir, fail_dir);
    const char *dir = getenv("TTX_SCREENSHOTS");
    if (dir && *dir) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.png", dir, name);
        CHECK(gui_canvas_save_png(c, path, err, sizeof err));
    }
}

/* Each screen at full HD, and the main ones again at 1024×768: XGA projectors are common in
 * meeting rooms, and every screen must stay usable there. */
static void shot(const char *name, App *app, AppView view, WallTime now)
{
    shot_on(canvas, name, app, view, now);
}

static void shot_xga(const char *name, App *app, AppView view, WallTime now)
{
    shot_on(xga, name, app, view, now);
}

static int key(App *app, UiKey k, char c, WallTime now)
{
    UiEvent e = {0};
    e.type = UI_KEY;
    e.key = k;
    e.ch = c;
    return app_handle(app, &e, now);
}

/* Plays the record's facts at each presented inject until inject `stop` is current. */
static void play_until(Session *s, const Record *r, const char *stop, WallTime now)
{
    if (!s->started) {
        session_start(s, now, err, sizeof err);
    }
    while (session_next_index(s) < s->scenario->n_injects) {
        CHECK(session_next(s, now, err, sizeof err) == SESSION_NEXT_PRESENTED);
        const char *id = session_current(s)->id.s;
        for (size_t i = 0; i < r->n_injects; i++) {
            const RecInject *ri = &r->injects[i];
            if (strcmp(ri->inject.s, id) != 0) {
                continue;
            }
            for (size_t k = 0; k < ri->n_items; k++) {
                const RecItem *it = &ri->items[k];
                const char *by[16], *missing[16];
                ItemRecord rec = {0};
                for (size_t b = 0; b < it->by.n && b < 16; b++) {
                    by[b] = it->by.v[b].s;
                }
                for (size_t b = 0; b < it->missing.n && b < 16; b++) {
                    missing[b] = it->missing.v[b].s;
                }
                rec.status = it->status;
                rec.by = by;
                rec.n_by = it->by.n;
                rec.has_at = it->has_at;
                rec.at_minutes = it->at_minutes;
                rec.missing = missing;
                rec.n_missing = it->missing.n;
                rec.confused = it->confused;
                rec.note = it->note.s;
                CHECK(session_record_item(s, now, &rec, it->item.s, err, sizeof err));
            }
            if (ri->decision.s) {
                CHECK(session_decide(s, now, ri->decision.s, err, sizeof err));
            }
        }
        if (strcmp(id, stop) == 0) {
            return;
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_screens GOLDEN_DIR FAILURE_DIR (run from tests/)\n");
        return 2;
    }
    golden_dir = argv[1];
    fail_dir = argv[2];
    GuiFontFile font = gui_test_font();
    png_golden_versions(&font, golden_dir);
    canvas = gui_canvas_create(1920, 1080, &font, err, sizeof err);
    xga = canvas ? gui_canvas_create(1024, 768, &font, err, sizeof err) : NULL;
    if (!canvas || !xga) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    Exercise ex = fixture_load("../scenarios/records/ransomware.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    WallTime now = wall_at(0);
    AppSetup setup = {&s,
                      ex.record->facilitator.s,
                      ex.record->participants,
                      ex.record->n_participants,
                      NULL,
                      NULL,
                      0};
    App *app = app_create(&setup);
    shot("screen-start", app, APP_VIEW_SINGLE, now);
    shot_xga("xga-start", app, APP_VIEW_SINGLE, now);
    key(app, UIK_ENTER, 0, now);
    /* The ransom decision at det-4, chosen (poor): the 解説 on the card. */
    play_until(&s, ex.record, "det-4", wall_at(35));
    app_destroy(app);
    app = app_create(&setup); /* the app views the session's current inject */
    shot("screen-decision", app, APP_VIEW_SINGLE, wall_at(41));
    shot_xga("xga-decision", app, APP_VIEW_SINGLE, wall_at(41));
    /* Mid-exercise: chips of several roles and outcomes in the lanes. */
    play_until(&s, ex.record, "rec-2", wall_at(62));
    app_destroy(app);
    app = app_create(&setup);
    key(app, UIK_DOWN, 0, wall_at(63));
    shot("screen-mid", app, APP_VIEW_SINGLE, wall_at(64));
    shot("screen-participants", app, APP_VIEW_PARTICIPANTS, wall_at(64));
    shot_xga("xga-mid", app, APP_VIEW_SINGLE, wall_at(64));
    shot_xga("xga-participants", app, APP_VIEW_PARTICIPANTS, wall_at(64));
    key(app, UIK_CHAR, 'i', wall_at(65));
    shot("screen-record-form", app, APP_VIEW_SINGLE, wall_at(65));
    shot_xga("xga-record-form", app, APP_VIEW_SINGLE, wall_at(65));
    key(app, UIK_ESCAPE, 0, wall_at(66));
    /* The end: the rest of the record, then E E, the sheet on screen. */
    play_until(&s, ex.record, "", wall_at(80));
    for (int f = 0; f < RECFIELD_COUNT; f++) {
        const char *v = ex.record->incident_record[f].s;
        if (v) {
            CHECK(session_set_record_field(&s, wall_at(80), (RecordField)f, v, err, sizeof err));
        }
    }
    key(app, UIK_CHAR, 'e', wall_at(81));
    CHECK(key(app, UIK_CHAR, 'e', wall_at(81)) & APP_ENDED);
    shot("screen-sheet", app, APP_VIEW_SINGLE, wall_at(82));
    shot_xga("xga-sheet", app, APP_VIEW_SINGLE, wall_at(82));
    app_destroy(app);
    /* The trainer's presentation mode: a question with its countdown, and its answer. */
    TrainTest test;
    train_test_init(&test, ex.scenario, ex.procedure);
    App *trainer = app_create_trainer(&test, 60);
    key(trainer, UIK_ENTER, 0, wall_at(0));
    shot("train-question", trainer, APP_VIEW_SINGLE, wall_at(0));
    key(trainer, UIK_ENTER, 0, wall_at(1));
    static const char counts[] = "3\x01"
                                 "12\x01"
                                 "1";
    for (const char *c = counts; *c; c++) {
        key(trainer, *c == 1 ? UIK_DOWN : UIK_CHAR, *c == 1 ? 0 : *c, wall_at(1));
    }
    key(trainer, UIK_ENTER, 0, wall_at(2));
    shot("train-answer", trainer, APP_VIEW_SINGLE, wall_at(2));
    shot_xga("xga-train-answer", trainer, APP_VIEW_SINGLE, wall_at(2));
    app_destroy(trainer);
    train_test_deinit(&test);
    session_deinit(&s);
    exercise_free(&ex);
    gui_canvas_destroy(canvas);
    gui_canvas_destroy(xga);
    SDL_Quit();
    return check_done();
}
