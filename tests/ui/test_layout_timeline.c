/* The timeline layout (layout_timeline): golden draw-list dumps of the bundled ransomware
 * exercise at its start, in the middle and at the end, made with a fake measurer (no fonts), and
 * the properties every frame must have at 720p, 1080p and 4K: nothing outside the area, no two
 * texts overlapping, a HIT_INJECT for every inject of the run, labels that never hide under a
 * pole, and an axis that keeps order and gives the first hour room. TTX_REBASELINE=1 rewrites
 * the goldens under golden/layout/ (review the diff). */
#include <stdlib.h>

#include "base.h"
#include "check.h"
#include "fixture.h"
#include "layout_timeline.h"
#include "layout_timeline_internal.h"
#include "playback.h"
#include "theme.h"

static char err[256];

/* ---- the fake measurer: ASCII 0.6 × size wide, anything else 1.0 × size; lines 1.25 × size -- */

static int fake_width(void *ctx, const char *s, size_t len, int size, FontStyle style)
{
    (void)ctx;
    (void)style;
    int ascii = 0, other = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            ascii++;
        } else if ((c & 0xc0) != 0x80) {
            other++;
        }
    }
    return (6 * ascii * size + 10 * other * size + 5) / 10;
}

static int fake_line_height(void *ctx, int size, FontStyle style)
{
    (void)ctx;
    (void)style;
    return (125 * size + 50) / 100;
}

static const Measurer FAKE = {NULL, fake_width, fake_line_height};

/* The region app_layout gives the timeline: under the top bar, 34% of the window high. */
static Rect app_area(const Theme *t, int w, int h)
{
    int bar_h = fake_line_height(NULL, t->huge, FONT_BOLD) + 2 * t->gap;
    return (Rect){t->pad, bar_h + t->gap, w - 2 * t->pad, (int)(h * 0.34)};
}

/* ---- properties ----------------------------------------------------------------------------- */

static bool inside(Rect r, Rect a)
{
    return r.x >= a.x && r.y >= a.y && r.x + r.w <= a.x + a.w && r.y + r.h <= a.y + a.h;
}

static bool overlap(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static int check_inside(const DrawList *dl, Rect a, const char *what)
{
    int bad = 0;
    for (size_t i = 0; i < dl->n; i++) {
        const DrawCmd *c = &dl->v[i];
        bool ok = true;
        if (c->kind == DRAW_LINE) {
            Rect p0 = {c->rect.x, c->rect.y, 0, 0};
            Rect p1 = {c->rect.x + c->rect.w, c->rect.y + c->rect.h, 0, 0};
            ok = inside(p0, a) && inside(p1, a);
        } else if (c->kind != DRAW_CLIP_POP) {
            ok = inside(c->rect, a);
        }
        if (!ok) {
            fprintf(stderr, "%s: command %zu (kind %d) at %d,%d %dx%d outside the area\n", what, i,
                    c->kind, c->rect.x, c->rect.y, c->rect.w, c->rect.h);
            bad++;
        }
    }
    return bad;
}

static int check_texts_apart(const DrawList *dl, const char *what)
{
    int bad = 0;
    for (size_t i = 0; i < dl->n; i++) {
        for (size_t j = i + 1; j < dl->n && dl->v[i].kind == DRAW_TEXT; j++) {
            if (dl->v[j].kind == DRAW_TEXT && overlap(dl->v[i].rect, dl->v[j].rect)) {
                fprintf(stderr, "%s: texts \"%s\" and \"%s\" overlap\n", what, dl->v[i].text,
                        dl->v[j].text);
                bad++;
            }
        }
    }
    return bad;
}

/* No line runs through a text (a pole through a lower label, a day line through a name) unless
 * the text sits on a fill drawn over the line (a chip over a lane's guide lines). */
static int check_lines_clear(const DrawList *dl, const char *what)
{
    int bad = 0;
    for (size_t i = 0; i < dl->n; i++) {
        const DrawCmd *l = &dl->v[i];
        if (l->kind != DRAW_LINE || (l->rect.w != 0 && l->rect.h != 0)) {
            continue;
        }
        int x0 = l->rect.w < 0 ? l->rect.x + l->rect.w : l->rect.x;
        int y0 = l->rect.h < 0 ? l->rect.y + l->rect.h : l->rect.y;
        int x1 = x0 + abs(l->rect.w), y1 = y0 + abs(l->rect.h);
        for (size_t j = 0; j < dl->n; j++) {
            Rect r = dl->v[j].rect;
            if (dl->v[j].kind != DRAW_TEXT || x1 <= r.x || x0 >= r.x + r.w || y1 <= r.y ||
                y0 >= r.y + r.h) {
                continue;
            }
            bool covered = false;
            for (size_t k = i + 1; k < j && !covered; k++) {
                covered = dl->v[k].kind == DRAW_FILL && inside(r, dl->v[k].rect);
            }
            if (!covered) {
                fprintf(stderr, "%s: line %d,%d-%d,%d runs through \"%s\"\n", what, x0, y0, x1,
                        y1, dl->v[j].text);
                bad++;
            }
        }
    }
    return bad;
}

/* Every inject of this run (presented or still to come) can be clicked, at its own spot. */
static int check_hits(const Session *s, const HitList *h, Rect a, const char *what)
{
    int bad = 0;
    for (size_t i = 0; i < s->scenario->n_injects; i++) {
        bool passed_over = !s->injects[i].presented && (s->ended || (long)i < s->cursor);
        bool found = false;
        for (size_t k = 0; k < h->n; k++) {
            const Hit *x = &h->v[k];
            if (x->kind != HIT_INJECT || x->index != (int)i) {
                continue;
            }
            found = true;
            const Hit *top = hits_find(h, x->rect.x + x->rect.w / 2, x->rect.y + x->rect.h / 2);
            if (!inside(x->rect, a) || !top || top->index != (int)i) {
                fprintf(stderr, "%s: hit of inject %zu misplaced\n", what, i);
                bad++;
            }
        }
        if (!found && !passed_over) {
            fprintf(stderr, "%s: inject %zu has no HIT_INJECT\n", what, i);
            bad++;
        }
    }
    return bad;
}

static size_t count_text(const DrawList *dl, const char *text)
{
    size_t n = 0;
    for (size_t i = 0; i < dl->n; i++) {
        n += dl->v[i].kind == DRAW_TEXT && strcmp(dl->v[i].text, text) == 0;
    }
    return n;
}

/* Lays out s at w × h in the app's region and in the whole window, checking the properties. */
static void check_frames(const Session *s, long view, const char *what)
{
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {800, 450}};
    for (size_t k = 0; k < TTX_ARRAY_LEN(sizes); k++) {
        int w = sizes[k][0], h = sizes[k][1];
        Theme t = theme_for(w, h);
        Rect areas[] = {app_area(&t, w, h), {0, 0, w, h}};
        for (size_t j = 0; j < TTX_ARRAY_LEN(areas); j++) {
            char label[128];
            snprintf(label, sizeof label, "%s %dx%d %s", what, w, h, j ? "window" : "app");
            DrawList dl;
            HitList hits = {0};
            drawlist_init(&dl, w, h);
            layout_timeline(&dl, &FAKE, &t, areas[j], s, view, false, &hits, NULL);
            CHECK(check_inside(&dl, areas[j], label) == 0);
            CHECK(check_texts_apart(&dl, label) == 0);
            CHECK(check_lines_clear(&dl, label) == 0);
            CHECK(check_hits(s, &hits, areas[j], label) == 0);
            if (s->cursor >= 0) {
                /* The current inject always shows at least its time. */
                char hm[16], tm[24];
                snprintf(tm, sizeof tm, "T+%s",
                         simtime_format(s->scenario->injects[s->cursor].at_minutes, hm, sizeof hm));
                CHECK(count_text(&dl, tm) >= 1);
            }
            hits_free(&hits);
            drawlist_deinit(&dl);
        }
    }
}

/* ---- goldens -------------------------------------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len + 4096 > cap) {
            cap = cap ? cap * 2 : 65536;
            buf = realloc(buf, cap);
        }
        size_t got = fread(buf + *len, 1, cap - *len, f);
        *len += got;
        if (got == 0) {
            break;
        }
    }
    fclose(f);
    return buf;
}

static void golden(const char *name, const DrawList *dl)
{
    char path[256], actual_path[256];
    snprintf(path, sizeof path, "golden/layout/%s.txt", name);
    char *actual = NULL;
    size_t actual_len = 0;
    FILE *mem = open_memstream(&actual, &actual_len);
    drawlist_dump(dl, mem);
    fclose(mem);
    const char *rebase = getenv("TTX_REBASELINE");
    if (rebase && strcmp(rebase, "1") == 0) {
        FILE *f = fopen(path, "wb");
        CHECK(f != NULL);
        if (f) {
            fwrite(actual, 1, actual_len, f);
            fclose(f);
        }
    }
    size_t want_len = 0;
    char *want = slurp(path, &want_len);
    bool same = want && want_len == actual_len && memcmp(want, actual, actual_len) == 0;
    if (!same) {
        /* Where they part, and the whole actual dump beside the test's temporary files. */
        size_t i = 0, line = 1;
        while (want && i < want_len && i < actual_len && want[i] == actual[i]) {
            line += want[i++] == '\n';
        }
        const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
        snprintf(actual_path, sizeof actual_path, "%s/ttx-layout-%s.txt", tmp, name);
        FILE *f = fopen(actual_path, "wb");
        if (f) {
            fwrite(actual, 1, actual_len, f);
            fclose(f);
        }
        fprintf(stderr, "golden %s: %s at line %zu; actual written to %s\n", path,
                want ? "differs" : "missing", line, actual_path);
    }
    CHECK(same);
    free(want);
    free(actual);
}

static void golden_frame(const char *name, const Session *s, long view, int w, int h)
{
    Theme t = theme_for(w, h);
    DrawList dl;
    HitList hits = {0};
    drawlist_init(&dl, w, h);
    layout_timeline(&dl, &FAKE, &t, app_area(&t, w, h), s, view, false, &hits, NULL);
    golden(name, &dl);
    hits_free(&hits);
    drawlist_deinit(&dl);
}

/* ---- driving a session ---------------------------------------------------------------------- */

static void record(Session *s, int wall_min, const char *item, ItemStatus st, const char *by0,
                   const char *by1, int at)
{
    const char *by[2] = {by0, by1};
    ItemRecord r = {0};
    r.status = st;
    r.by = by;
    r.n_by = by1 ? 2 : by0 ? 1 : 0;
    r.has_at = at >= 0;
    r.at_minutes = at;
    if (!session_record_item(s, wall_at(wall_min), &r, item, err, sizeof err)) {
        fprintf(stderr, "record %s: %s\n", item, err);
        CHECK(false);
    }
}

static void next(Session *s, int wall_min, const char *want)
{
    CHECK(session_next(s, wall_at(wall_min), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK_STR(session_current(s)->id.s, want);
}

/* Ransomware to rec-1: items by it, soumu, mfg, gm and president, one of each outcome, a
 * decision that passes rep-x over, and an item reported outside (R08 to the client). */
static void drive_mid(Session *s)
{
    CHECK(session_start(s, wall_at(0), err, sizeof err));
    next(s, 0, "det-1");
    record(s, 3, "R01", STATUS_DONE, "it", NULL, 12);
    next(s, 6, "det-2");
    record(s, 9, "R02", STATUS_PARTIAL, "soumu", NULL, 15);
    next(s, 12, "det-3");
    record(s, 15, "R03", STATUS_DONE, "mfg", NULL, 25); /* not an owner */
    record(s, 16, "R04", STATUS_DONE, "it", NULL, 80);  /* due 1:00 */
    CHECK(session_decide(s, wall_at(18), "isolate", err, sizeof err));
    next(s, 20, "det-4");
    record(s, 24, "R05", STATUS_DONE, "gm", NULL, 55);
    record(s, 26, "R07", STATUS_PARTIAL, "president", NULL, 90);
    CHECK(session_decide(s, wall_at(28), "refuse", err, sizeof err));
    next(s, 30, "det-5");
    record(s, 33, "R06", STATUS_DONE, "gm", "it", 105);
    next(s, 36, "rep-1");
    record(s, 40, "R08", STATUS_DONE, "president", "gm", 160);
    next(s, 44, "rep-2");
    record(s, 48, "R09", STATUS_MISSED, NULL, NULL, -1);
    record(s, 49, "R10", STATUS_DONE, "president", NULL, 250);
    next(s, 52, "rec-1"); /* rep-x passed over: the president refused */
    record(s, 55, "R14", STATUS_DONE, "it", "mfg", 490);
    record(s, 56, "R11", STATUS_DONE, "gm", NULL, 510);
}

static void test_goldens(void)
{
    Exercise ex = fixture_load("../scenarios/ransomware.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    golden_frame("ransomware_start", &s, -1, 1920, 1080);
    check_frames(&s, -1, "start");
    session_deinit(&s);

    session_init(&s, ex.scenario, ex.procedure);
    drive_mid(&s);
    long view = scenario_inject_index(ex.scenario, "det-4");
    golden_frame("ransomware_mid", &s, view, 1920, 1080);
    check_frames(&s, view, "mid");
    check_frames(&s, s.cursor, "mid viewing the current");
    session_deinit(&s);
    exercise_free(&ex);

    ex = fixture_load("../scenarios/records/ransomware.yaml");
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(playback_record(&s, ex.record, wall_at(0), err, sizeof err));
    CHECK(s.ended);
    golden_frame("ransomware_end", &s, s.cursor, 1280, 720);
    check_frames(&s, s.cursor, "end");
    session_deinit(&s);
    exercise_free(&ex);
}

/* What the mid-exercise frame says, independently of the golden. */
static void test_mid_content(void)
{
    Exercise ex = fixture_load("../scenarios/ransomware.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    drive_mid(&s);
    Theme t = theme_for(1920, 1080);
    DrawList dl;
    HitList hits = {0};
    drawlist_init(&dl, 1920, 1080);
    layout_timeline(&dl, &FAKE, &t, app_area(&t, 1920, 1080), &s, 3, false, &hits, NULL);
    CHECK(count_text(&dl, "✓R01") == 1);
    CHECK(count_text(&dl, "△R02") == 1);
    CHECK(count_text(&dl, "担R03") == 1); /* wrong owner */
    CHECK(count_text(&dl, "遅R04") == 1); /* late */
    CHECK(count_text(&dl, "遅R06") == 2); /* gm and it */
    CHECK(count_text(&dl, "✓R08") == 3);  /* president, gm and 外部 (client) */
    CHECK(count_text(&dl, "✕R09") == 2);  /* missed: in its owners' lanes (soumu, gm) */
    CHECK(count_text(&dl, "✓R11") == 2);  /* gm and 外部 */
    CHECK(count_text(&dl, "外部") == 1);
    CHECK(count_text(&dl, "2日目") == 1);
    CHECK(count_text(&dl, "T+8:00") == 1); /* the current */
    CHECK(count_text(&dl, "T+6:00") == 0); /* rep-x, passed over: crossed out, no label */
    for (int o = 0; o < CHIP_COUNT; o++) {
        CHECK(count_text(&dl, chip_label(o)) == 1);
    }
    for (int st = 0; st < STEP_COUNT; st++) {
        CHECK(count_text(&dl, vocab_label(&VOCAB_STEP, st)) == 1);
    }
    /* The passed-over inject has no hit; the viewed one has. */
    bool rep_x = false, det_4 = false;
    for (size_t i = 0; i < hits.n; i++) {
        rep_x |= hits.v[i].index == (int)scenario_inject_index(ex.scenario, "rep-x");
        det_4 |= hits.v[i].index == 3;
    }
    CHECK(!rep_x && det_4);
    hits_free(&hits);
    drawlist_deinit(&dl);
    session_deinit(&s);
    exercise_free(&ex);
}

/* The other bundled exercises and the test scenario, played to their end (and the test scenario
 * down its goto branch), hold the same properties. */
static void test_other_scenarios(void)
{
    static const char *const records[] = {"../scenarios/records/data-leak.yaml",
                                          "../scenarios/records/system-outage.yaml",
                                          "data/record.yaml"};
    for (size_t i = 0; i < TTX_ARRAY_LEN(records); i++) {
        Exercise ex = fixture_load(records[i]);
        Session s;
        session_init(&s, ex.scenario, ex.procedure);
        CHECK(playback_record(&s, ex.record, wall_at(0), err, sizeof err));
        check_frames(&s, s.cursor, records[i]);
        session_deinit(&s);
        exercise_free(&ex);
    }
    static const char *const drills[] = {"../scenarios/drills/ransomware.yaml",
                                         "../scenarios/drills/usb-loss.yaml"};
    for (size_t i = 0; i < TTX_ARRAY_LEN(drills); i++) {
        Exercise ex = fixture_load(drills[i]);
        Session s;
        session_init(&s, ex.scenario, ex.procedure);
        CHECK(session_start(&s, wall_at(0), err, sizeof err));
        check_frames(&s, -1, drills[i]);
        while (session_has_next(&s)) {
            CHECK(session_next(&s, wall_at(1), err, sizeof err) == SESSION_NEXT_PRESENTED);
            check_frames(&s, 0, drills[i]);
        }
        session_deinit(&s);
        exercise_free(&ex);
    }
    Exercise ex = fixture_load("data/scenario.yaml");
    Session s;
    session_init(&s, ex.scenario, ex.procedure);
    CHECK(session_start(&s, wall_at(0), err, sizeof err));
    CHECK(session_next(&s, wall_at(0), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK(session_next(&s, wall_at(1), err, sizeof err) == SESSION_NEXT_PRESENTED);
    CHECK(session_decide(&s, wall_at(2), "pay", err, sizeof err));
    /* goto recover-pay: recover-1 skipped */
    CHECK(session_next(&s, wall_at(3), err, sizeof err) == SESSION_NEXT_PRESENTED);
    check_frames(&s, 1, "example pay branch");
    session_deinit(&s);
    exercise_free(&ex);
}

/* ---- the geometry on its own ---------------------------------------------------------------- */

static void test_axis(void)
{
    Exercise ex = fixture_load("../scenarios/ransomware.yaml");
    const Scenario *sc = ex.scenario;
    Arena a;
    arena_init(&a);
    TlAxis axis;
    int gaps[32];
    for (size_t i = 0; i < TTX_ARRAY_LEN(gaps); i++) {
        gaps[i] = i % 2 ? 80 : 100;
    }
    CHECK(sc->n_injects <= TTX_ARRAY_LEN(gaps));
    tl_axis_build(&axis, &a, sc, 100, 1700, gaps);
    bool ordered = true;
    for (size_t i = 1; i < sc->n_injects; i++) {
        ordered &= axis.x[i] - axis.x[i - 1] >= gaps[i - 1];
    }
    CHECK(ordered);
    CHECK(axis.x[0] == 100 && axis.x[sc->n_injects - 1] <= 1700);
    /* The first hour (four injects) gets a real share of the width, not 0.3% as on a line. */
    CHECK(tl_axis_x(&axis, 60) - 100 > 1600 / 5);
    bool monotonic = true;
    int prev = tl_axis_x(&axis, 0);
    for (int m = 1; m <= 320 * 60; m++) {
        int x = tl_axis_x(&axis, m);
        monotonic &= x >= prev;
        prev = x;
    }
    CHECK(monotonic);
    CHECK(tl_axis_x(&axis, 25 * 60) == axis.x[scenario_inject_index(sc, "rep-3")]);
    CHECK(tl_axis_x(&axis, 400 * 60) == axis.x[sc->n_injects - 1]);
    /* Too narrow for the minimum gap: evenly spread, still in order and inside. */
    tl_axis_build(&axis, &a, sc, 0, 160, gaps);
    ordered = true;
    for (size_t i = 1; i < sc->n_injects; i++) {
        ordered &= axis.x[i] - axis.x[i - 1] >= 8 && axis.x[i] <= 160;
    }
    CHECK(ordered && axis.x[0] >= 0);
    arena_deinit(&a);
    exercise_free(&ex);
}

/* No text over another, no pole through a lower text, and the current inject first. */
static void test_label_rows(void)
{
    enum { N = 12, OFF = 5, GAP = 10 };
    TlLabel v[N];
    for (int i = 0; i < N; i++) {
        v[i] = (TlLabel){.x = 100 + 70 * i, .natural = 300, .min = 50};
    }
    v[4].priority = 2;
    tl_labels_place(v, N, 3, OFF, GAP, 1000);
    CHECK(v[4].width == 300 && v[4].row == 2);
    bool all = true, apart = true, poles = true;
    for (int i = 0; i < N; i++) {
        all &= v[i].row >= 0 && v[i].width >= v[i].min && v[i].width <= v[i].natural;
        int end_i = v[i].x + OFF + v[i].width;
        all &= end_i <= 1000;
        for (int j = 0; j < N; j++) {
            if (j == i) {
                continue;
            }
            if (v[j].row == v[i].row && v[j].x > v[i].x) {
                apart &= end_i + GAP <= v[j].x;
            }
            /* j's pole climbs through the rows below j's own */
            if (v[j].row > v[i].row && v[j].x >= v[i].x) {
                poles &= end_i + GAP <= v[j].x;
            }
        }
    }
    CHECK(all && apart && poles);
    /* With room, every label is whole and sits on the lowest row. */
    for (int i = 0; i < 3; i++) {
        v[i] = (TlLabel){.x = 100 + 400 * i, .natural = 300, .min = 50};
    }
    tl_labels_place(v, 3, 3, OFF, GAP, 1500);
    CHECK(v[0].row == 0 && v[1].row == 0 && v[2].row == 0 && v[2].width == 300);
}

/* The memo gives what placing afresh gives, over a run of frames where the inputs stay, change
 * one field at a time, and change in number. */
static void test_label_memo(void)
{
    enum { N = 20 };
    TimelineMemo *memo = timeline_memo_create();
    TlLabel fresh[N], memoed[N];
    unsigned seed = 7;
    bool same = true;
    for (int frame = 0; frame < 200; frame++) {
        seed = seed * 1103515245u + 12345u;
        size_t n = 5 + (frame / 50) * 5; /* 5, 10, 15, 20 labels */
        for (size_t i = 0; i < n; i++) {
            fresh[i] = (TlLabel){.x = 60 + 90 * (int)i, .natural = 120 + 40 * (int)(i % 4),
                                 .min = 50, .priority = 0};
        }
        switch (frame % 5) { /* from one frame to the next: ... */
        case 1:
            fresh[seed % n].priority = 2; /* the current inject moved */
            break;
        case 2:
            fresh[seed % n].natural += 30; /* a title changed width */
            break;
        case 3:
            fresh[seed % n].x += 3; /* the window was resized */
            break;
        default: /* nothing */
            break;
        }
        memcpy(memoed, fresh, n * sizeof *fresh);
        int right = frame % 7 == 6 ? 1500 : 1800;
        tl_labels_place(fresh, n, 3, 5, 10, right);
        tl_labels_place_memo(memo, memoed, n, 3, 5, 10, right);
        for (size_t i = 0; i < n; i++) {
            same &= fresh[i].row == memoed[i].row && fresh[i].width == memoed[i].width;
        }
    }
    CHECK(same);
    timeline_memo_free(memo);
}

int main(void)
{
    test_axis();
    test_label_rows();
    test_label_memo();
    test_goldens();
    test_mid_content();
    test_other_scenarios();
    return check_done();
}
