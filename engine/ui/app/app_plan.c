/* The previous improvement plan in the facilitator app. At the start of the drill the team goes
 * through the plan's open actions and says which were done; the facilitator ticks them (A, ↑↓,
 * Space). Before the exercise starts the ticks are only kept here, because plan events belong
 * to a started session; the start then journals every open action and the ticks. Afterwards
 * each Space is one plan_confirm event, so a tick is on disk before it shows. */
#include <stdlib.h>
#include <string.h>

#include "app_internal.h"
#include "base.h"
#include "plan_carry.h"

/* Before the start: the plan's open actions, in plan order (the order plan_carry_show uses). */
static const PlanAction *open_action(const App *app, size_t i)
{
    for (size_t k = 0; app->plan && k < app->plan->n_actions; k++) {
        const PlanAction *a = &app->plan->actions[k];
        if (plan_carry_is_open(a) && i-- == 0) {
            return a;
        }
    }
    return NULL;
}

static bool before_start(const App *app)
{
    return !app->s->started;
}

size_t app_plan_count(const App *app)
{
    if (!before_start(app)) {
        return app->s->n_plan;
    }
    size_t n = 0;
    while (open_action(app, n)) {
        n++;
    }
    return n;
}

AppPlanRow app_plan_row(const App *app, size_t i)
{
    AppPlanRow r;
    memset(&r, 0, sizeof r);
    if (!before_start(app)) {
        const SessionPlanAction *p = &app->s->plan[i];
        r.key = p->key;
        r.action = p->action;
        r.text = p->text;
        r.owner_name = p->owner_name ? p->owner_name : p->owner;
        r.done = p->confirmed && p->done;
        return r;
    }
    const PlanAction *a = open_action(app, i);
    r.key = a->key.s;
    r.action = a->id.s;
    r.text = a->text.s;
    r.owner_name = a->owner_name.s ? a->owner_name.s : a->owner_id.s;
    r.done = app->plan_ticked && app->plan_ticked[i];
    return r;
}

int app_plan_open(App *app)
{
    if (app_plan_count(app) == 0) {
        app_status(app, false, "前回の改善計画の未完了アクションはありません（--plan で指定）");
        return APP_REDRAW;
    }
    app->overlay = OVERLAY_PLAN;
    app->plan_sel = 0;
    return APP_REDRAW;
}

static int toggle(App *app, WallTime now)
{
    size_t i = (size_t)app->plan_sel;
    AppPlanRow row = app_plan_row(app, i);
    if (before_start(app)) {
        if (!app->plan_ticked) {
            app->plan_ticked = ttx_calloc(app_plan_count(app) + 1, sizeof(bool));
        }
        app->plan_ticked[i] = !app->plan_ticked[i];
        return APP_REDRAW;
    }
    char err[256];
    if (!session_plan_confirm(app->s, now, row.key, !row.done, NULL, err, sizeof err)) {
        app_status(app, true, "記録できませんでした: %s", err);
    }
    return APP_REDRAW;
}

int app_plan_key(App *app, const UiEvent *e, WallTime now)
{
    int n = (int)app_plan_count(app);
    if (e->key == UIK_UP) {
        app->plan_sel = (app->plan_sel + n - 1) % n;
    } else if (e->key == UIK_DOWN || e->key == UIK_TAB) {
        app->plan_sel = (app->plan_sel + 1) % n;
    } else if (e->key == UIK_SPACE || e->key == UIK_ENTER) {
        return toggle(app, now);
    } else if (e->key == UIK_ESCAPE || (e->key == UIK_CHAR && e->ch == 'a')) {
        app->overlay = OVERLAY_NONE;
    }
    return APP_REDRAW;
}

bool app_plan_start(App *app, WallTime now, char *err, size_t err_size)
{
    if (!plan_carry_show(app->s, app->plan, now, err, err_size)) {
        return false;
    }
    const PlanAction *a;
    for (size_t i = 0; app->plan_ticked && (a = open_action(app, i)) != NULL; i++) {
        if (app->plan_ticked[i] &&
            !session_plan_confirm(app->s, now, a->key.s, true, NULL, err, err_size)) {
            return false;
        }
    }
    return true;
}

void app_plan_free(App *app)
{
    free(app->plan_ticked);
    app->plan_ticked = NULL;
}
