/* Damage between two draw lists (engine/ui/draw/draw_damage.c): which rectangles must be redrawn
 * for the new frame — nothing for the same list, the old and new place of what changed,
 * clips, lists that grew or shrank, slanted lines taken in whole, merging, and everything when
 * the size differs. That the pixels then match a full redraw is tested with real rendering in
 * tests/gui/test_gui_redraw.c. */
#include "check.h"
#include "draw_damage.h"
#include "fake_measure.h"

static const Color white = {255, 255, 255, 255}, red = {220, 40, 40, 255};

static bool rect_eq(Rect a, Rect b)
{
    return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

static bool has_rect(const DrawDamage *d, Rect r)
{
    for (int i = 0; i < d->n; i++) {
        if (rect_eq(d->v[i], r)) {
            return true;
        }
    }
    return false;
}

/* A screen like the app's: background, a panel under a clip, a clock, a line. */
static void base_screen(DrawList *dl, const char *clock, int panel_x)
{
    drawlist_reset(dl, 800, 600);
    draw_fill(dl, (Rect){0, 0, 800, 600}, white);
    draw_text(dl, 700, 10, clock, strlen(clock), 20, FONT_BOLD, red, &FAKE_MEASURER);
    draw_clip_push(dl, (Rect){0, 100, 400, 400});
    draw_fill(dl, (Rect){panel_x, 120, 100, 50}, red);
    draw_text(dl, 20, 200, "checklist", 9, 16, FONT_REGULAR, red, &FAKE_MEASURER);
    draw_clip_pop(dl);
    draw_line(dl, 0, 550, 800, 550, red, 1);
}

static void test_same_list_is_no_damage(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&a, "10:00", 10);
    base_screen(&b, "10:00", 10);
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full);
    CHECK(d.n == 0);
    CHECK(draw_damage_area(&d) == 0);
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static void test_no_previous_or_resized_is_full(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&b, "10:00", 10);
    DrawDamage d;
    draw_damage(NULL, &b, NULL, NULL, &d);
    CHECK(d.full && d.n == 1 && rect_eq(d.v[0], (Rect){0, 0, 800, 600}));
    base_screen(&a, "10:00", 10);
    a.width = 1024; /* the window was resized */
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(d.full && d.n == 1 && draw_damage_area(&d) == 800L * 600);
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static void test_changed_text_and_moved_fill(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&a, "10:00", 10);
    base_screen(&b, "10:01", 10);
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    /* The same width, so old and new boxes coincide: one rectangle, the clock's. */
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){700, 10, 60, 25}));

    base_screen(&b, "10:00", 200);
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 2);
    CHECK(has_rect(&d, (Rect){10, 120, 100, 50}));
    CHECK(has_rect(&d, (Rect){200, 120, 100, 50}));

    base_screen(&b, "10:00", 60); /* overlapping old and new places merge into one */
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){10, 120, 150, 50}));
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static Rect wide_text(void *ctx, const DrawCmd *c)
{
    (void)ctx;
    return (Rect){c->rect.x - 2, c->rect.y, c->rect.w + 4, c->rect.h + 3};
}

static void test_text_bounds_come_from_the_caller(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&a, "10:00", 10);
    base_screen(&b, "10:01", 10);
    DrawDamage d;
    draw_damage(&a, &b, wide_text, NULL, &d);
    CHECK(d.n == 1 && rect_eq(d.v[0], (Rect){698, 10, 64, 28}));
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static void test_changed_clip_damages_both_clips(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&a, "10:00", 10);
    base_screen(&b, "10:00", 10);
    b.v[2].rect = (Rect){0, 100, 300, 400}; /* the clip push */
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){0, 100, 400, 400}));

    b.v[2].kind = DRAW_CLIP_POP; /* the nesting itself differs: everything */
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(d.full);
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static void test_grown_list(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&a, "10:00", 10);
    base_screen(&b, "10:00", 10);
    /* A chip appended at the end, outside every clip. */
    draw_fill(&b, (Rect){500, 300, 40, 20}, red);
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){500, 300, 40, 20}));
    /* And the other way round. */
    draw_damage(&b, &a, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){500, 300, 40, 20}));

    /* Inserted in the middle: a clipped group, closed again; only what it draws. */
    drawlist_reset(&b, 800, 600);
    draw_fill(&b, (Rect){0, 0, 800, 600}, white);
    draw_clip_push(&b, (Rect){0, 0, 100, 100});
    draw_fill(&b, (Rect){50, 50, 100, 100}, red);
    draw_clip_pop(&b);
    for (size_t i = 1; i < a.n; i++) {
        b.v[b.n] = a.v[i]; /* the rest as in a (texts stay in a's arena) */
        b.n++;
    }
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){50, 50, 100, 100}));
    /* An opened clip not closed: what follows is clipped differently, so everything. */
    b.v[4] = b.v[1]; /* the pop becomes another push */
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(d.full);
    drawlist_deinit(&a);
    b.n = 0;
    drawlist_deinit(&b);
}

static void test_slanted_line_is_taken_whole(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    base_screen(&a, "10:00", 10);
    draw_line(&a, 600, 100, 700, 300, red, 1);
    base_screen(&b, "10:00", 10);
    draw_line(&b, 600, 100, 700, 300, red, 1);
    /* Something small changes where the line passes. */
    draw_fill(&b, (Rect){640, 180, 10, 10}, white);
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1);
    CHECK(d.n == 1 && d.v[0].x <= 600 && d.v[0].y <= 100 && d.v[0].x + d.v[0].w > 700 &&
          d.v[0].y + d.v[0].h > 300);
    /* An axis-aligned line through the damage is clipped exactly, so it is not taken in. */
    drawlist_reset(&b, 800, 600);
    base_screen(&b, "10:00", 10);
    draw_line(&b, 600, 100, 700, 300, red, 1);
    draw_fill(&b, (Rect){100, 545, 10, 10}, white);
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){100, 545, 10, 10}));
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static void test_many_changes_merge_within_the_limit(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    for (int i = 0; i < 40; i++) {
        draw_fill(&a, (Rect){i * 20, (i % 5) * 100, 10, 10}, red);
        draw_fill(&b, (Rect){i * 20, (i % 5) * 100, 10, 10}, white);
    }
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n >= 1 && d.n <= DRAW_DAMAGE_MAX);
    /* Every changed fill is inside some rectangle, and the rectangles do not overlap. */
    for (int i = 0; i < 40; i++) {
        Rect r = {i * 20, (i % 5) * 100, 10, 10};
        bool in = false;
        for (int k = 0; k < d.n; k++) {
            in = in || rect_contains(d.v[k], r);
        }
        CHECK(in);
    }
    for (int i = 0; i < d.n; i++) {
        for (int k = i + 1; k < d.n; k++) {
            CHECK(!rect_intersects(d.v[i], d.v[k]));
        }
    }
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

static void test_damage_stays_on_the_canvas(void)
{
    DrawList a, b;
    drawlist_init(&a, 800, 600);
    drawlist_init(&b, 800, 600);
    draw_fill(&a, (Rect){-50, 580, 100, 100}, red);
    draw_fill(&b, (Rect){-50, 580, 100, 100}, white);
    draw_fill(&a, (Rect){900, 0, 100, 100}, red); /* entirely off the canvas */
    DrawDamage d;
    draw_damage(&a, &b, NULL, NULL, &d);
    CHECK(!d.full && d.n == 1 && rect_eq(d.v[0], (Rect){0, 580, 50, 20}));
    drawlist_deinit(&a);
    drawlist_deinit(&b);
}

int main(void)
{
    test_same_list_is_no_damage();
    test_no_previous_or_resized_is_full();
    test_changed_text_and_moved_fill();
    test_text_bounds_come_from_the_caller();
    test_changed_clip_damages_both_clips();
    test_grown_list();
    test_slanted_line_is_taken_whole();
    test_many_changes_merge_within_the_limit();
    test_damage_stays_on_the_canvas();
    return check_done();
}
