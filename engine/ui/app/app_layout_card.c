/* The inject card: step and phase, time, title, who brings the news, the text, the discussion
 * questions, the decision with numbered options and — once chosen — the verdict and 解説, and
 * for the facilitator only the 進行役メモ. Text is wrapped, never cut: when the card's content is
 * taller than the card, it is laid out again with smaller type until it fits. */
#include <stdio.h>
#include <string.h>

#include "app_internal.h"
#include "textlayout.h"

typedef struct CardType {
    int title, text, small;
} CardType;

typedef struct Cursor {
    DrawList *dl;
    const Measurer *m;
    const Theme *t;
    int x, y, w;
} Cursor;

static void para(Cursor *c, const char *text, int size, FontStyle st, Color color)
{
    if (!text || !*text) {
        return;
    }
    c->y += draw_text_box(c->dl, c->m, (Rect){c->x, c->y, c->w, 1 << 20}, text, size, st, color);
}

static void boxed(Cursor *c, const char *label, const char *text, const CardType *ty, Color border,
                  Color fill, Color label_color)
{
    int pad = c->t->gap;
    int top = c->y;
    size_t first = c->dl->n;
    draw_fill(c->dl, (Rect){0, 0, 1, 1}, fill); /* placeholder, sized below */
    c->x += pad;
    c->w -= 2 * pad;
    c->y += pad;
    para(c, label, ty->small, FONT_BOLD, label_color);
    para(c, text, ty->text, FONT_REGULAR, c->t->text_color);
    c->x -= pad;
    c->w += 2 * pad;
    c->y += pad;
    c->dl->v[first].rect = (Rect){c->x, top, c->w, c->y - top};
    draw_frame(c->dl, (Rect){c->x, top, c->w, c->y - top}, border, c->t->line);
    c->y += c->t->gap;
}

static void options(Cursor *c, const App *app, const Inject *in, const CardType *ty, bool fac,
                    HitList *hits)
{
    const Decision *d = in->decision;
    const Option *chosen = app->s->injects[app->viewed].chosen;
    char label[512];
    const char *by = procedure_role_name(app->s->procedure, d->by.s);
    snprintf(label, sizeof label, "判断（%s）", by ? by : "?");
    para(c, label, ty->small, FONT_BOLD, c->t->accent);
    para(c, d->prompt.s, ty->text, FONT_BOLD, c->t->text_color);
    c->y += c->t->gap / 2;
    int lh = c->m->line_height(c->m->ctx, ty->text, FONT_REGULAR);
    size_t order[DECISION_MAX_OPTIONS];
    session_option_order(app->s, in, order);
    for (size_t i = 0; i < d->n_options; i++) {
        const Option *o = &d->options[order[i]];
        bool is = o == chosen;
        char num[24];
        snprintf(num, sizeof num, "%zu", i + 1);
        int num_w = lh + c->t->gap;
        size_t first = c->dl->n;
        draw_fill(c->dl, (Rect){0, 0, 1, 1}, is ? c->t->highlight : c->t->bg);
        int top = c->y;
        draw_fill(c->dl, (Rect){c->x, top, lh, lh}, is ? c->t->text_color : c->t->accent);
        int nw = c->m->text_width(c->m->ctx, num, strlen(num), ty->text, FONT_BOLD);
        draw_text(c->dl, c->x + (lh - nw) / 2, top, num, strlen(num), ty->text, FONT_BOLD,
                  c->t->on_dark, c->m);
        int h;
        if (chosen && !is) {
            /* Once the team has chosen, the other options shrink to one line each so the 解説
             * gets the room. */
            draw_text_fit(c->dl, c->m, c->x + num_w, top, c->w - num_w, o->text.s, ty->text,
                          FONT_REGULAR, c->t->text_dim);
            h = lh;
        } else {
            h = draw_text_box(c->dl, c->m, (Rect){c->x + num_w, top, c->w - num_w, 1 << 20},
                              o->text.s, ty->text, is ? FONT_BOLD : FONT_REGULAR,
                              c->t->text_color);
        }
        h = h > lh ? h : lh;
        if (fac && !chosen && app->layout_view == APP_VIEW_FACILITATOR) {
            /* The facilitator's own console (--two-windows) shows the verdict of each option
             * before the team chooses. The single window is the projector's mirror: there a
             * verdict would give the answer away, so it waits for the choice. */
            const char *v = o->verdict < VERDICT_COUNT ? vocab_label(&VOCAB_VERDICT, o->verdict) : "";
            int vw = c->m->text_width(c->m->ctx, v, strlen(v), ty->small, FONT_REGULAR);
            draw_text(c->dl, c->x + c->w - vw, top + h, v, strlen(v), ty->small, FONT_REGULAR,
                      c->t->text_dim, c->m);
            h += c->m->line_height(c->m->ctx, ty->small, FONT_REGULAR);
        }
        c->dl->v[first].rect = (Rect){c->x, top, c->w, h};
        if (hits) {
            hits_add(hits, (Rect){c->x, top, c->w, h}, HIT_OPTION, (int)i, 0);
        }
        c->y = top + h + c->t->gap / 2;
    }
    if (chosen) {
        char label2[128];
        const char *verdict = chosen->verdict < VERDICT_COUNT
                                  ? vocab_label(&VOCAB_VERDICT, chosen->verdict) : "";
        snprintf(label2, sizeof label2, "解説 — 選択: %s（%s）", chosen->id.s, verdict);
        Color border = chosen->verdict == VERDICT_GOOD   ? c->t->chip[CHIP_DONE]
                       : chosen->verdict == VERDICT_FAIR ? c->t->warn
                                                         : c->t->error;
        boxed(c, label2, chosen->feedback.s ? chosen->feedback.s : "", ty, border, c->t->bg,
              border);
    }
}

/* Lays the card out at the given type sizes; returns the height the content needs. */
static int card_content(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r,
                        bool fac, const CardType *ty, HitList *hits)
{
    const Inject *in = &app->s->scenario->injects[app->viewed];
    Cursor c = {dl, m, t, r.x + t->pad, r.y + t->gap, r.w - 2 * t->pad};
    char head[256], tm[24];
    snprintf(head, sizeof head, "T+%s  %s ＞ %s%s", simtime_format(in->at_minutes, tm, sizeof tm),
             in->step < STEP_COUNT ? vocab_label(&VOCAB_STEP, in->step) : "",
             in->phase < PHASE_COUNT ? vocab_label(&VOCAB_PHASE, in->phase) : "",
             app->viewed != app->s->cursor ? "   （過去の状況付与を表示中）" : "");
    para(&c, head, ty->small, FONT_BOLD, in->step < STEP_COUNT ? t->step[in->step] : t->text_dim);
    para(&c, in->title.s, ty->title, FONT_BOLD, t->text_color);
    if (in->from.s) {
        char from[256];
        snprintf(from, sizeof from, "連絡元: %s", in->from.s);
        para(&c, from, ty->small, FONT_REGULAR, t->text_dim);
    }
    c.y += t->gap / 2;
    para(&c, in->text.s, ty->text, FONT_REGULAR, t->text_color);
    if (in->questions.n) {
        c.y += t->gap / 2;
        para(&c, "検討事項", ty->small, FONT_BOLD, t->accent);
        for (size_t i = 0; i < in->questions.n; i++) {
            char q[1024];
            snprintf(q, sizeof q, "・%s", in->questions.v[i].s);
            para(&c, q, ty->text, FONT_REGULAR, t->text_color);
        }
    }
    if (in->decision) {
        c.y += t->gap;
        options(&c, app, in, ty, fac, hits);
    }
    if (fac && in->facilitator_note.s) {
        c.y += t->gap / 2;
        boxed(&c, "進行役メモ（参加者には表示されません）", in->facilitator_note.s, ty, t->warn,
              t->panel, t->warn);
    }
    return c.y - r.y;
}

void app_layout_card(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r, bool fac,
                     HitList *hits)
{
    draw_fill(dl, r, t->panel);
    draw_frame(dl, r, t->panel_border, t->line);
    if (app->viewed < 0) {
        return;
    }
    const Inject *in = &app->s->scenario->injects[app->viewed];
    draw_fill(dl, (Rect){r.x, r.y, t->gap / 2 + 1, r.h},
              in->step < STEP_COUNT ? t->step[in->step] : t->panel_border);
    /* Try the normal sizes, then smaller ones, until the content fits the card. */
    CardType ty = {t->title, t->text, t->small};
    int need = 0;
    for (int attempt = 0; attempt < 5; attempt++) {
        DrawList trial;
        drawlist_init(&trial, dl->width, dl->height);
        need = card_content(app, &trial, m, t, r, fac, &ty, NULL);
        drawlist_deinit(&trial);
        /* Never below the small size: past that, a projector loses the text; the card clips
         * instead (the facilitator note, last, goes first). */
        if (need <= r.h || ty.text * 85 / 100 < t->small) {
            break;
        }
        ty.title = ty.title * 85 / 100;
        ty.text = ty.text * 85 / 100;
        ty.small = ty.small * 85 / 100;
    }
    draw_clip_push(dl, r);
    card_content(app, dl, m, t, r, fac, &ty, hits);
    draw_clip_pop(dl);
    if (need > r.h) {
        /* Still too tall at the smallest readable size: say so rather than cut silently. */
        const char *more = "▼ 表示しきれない内容があります（ウィンドウを大きくすると全文を表示）";
        int lh = m->line_height(m->ctx, t->small, FONT_BOLD);
        Rect tag = {r.x + t->line, r.y + r.h - lh - t->line, r.w - 2 * t->line, lh};
        draw_fill(dl, tag, t->warn);
        draw_text_fit(dl, m, tag.x + t->gap, tag.y, tag.w - 2 * t->gap, more, t->small, FONT_BOLD,
                      t->on_dark);
    }
}
