/* The 手順書 panel: the items the viewed inject expects (then every other item, for steps done
 * later than planned), each with its status chip, owners, time and due time; the selected item
 * expanded with acting roles, prepare documents (missing ones marked), 混乱 and its note. In R or
 * M mode the roles or documents are numbered for the digit keys. Scrolls to keep the selection in
 * view. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_internal.h"
#include "base.h"
#include "textlayout.h"

typedef struct Panel {
    App *app;
    DrawList *dl;
    const Measurer *m;
    const Theme *t;
    Rect r;
    HitList *hits;
    int lh, slh; /* line heights: text, small */
} Panel;

static const char *status_text(const ItemRecord *rec)
{
    if (!rec->recorded) {
        return "未記録";
    }
    static const char *const names[STATUS_COUNT] = {"実施", "一部", "未実施"};
    return names[rec->status];
}

static Color status_color(const Panel *p, const ProcItem *it, const ItemRecord *rec)
{
    return rec->recorded ? p->t->chip[item_chip(it, rec)] : p->t->panel_border;
}

/* A small labelled box (a chip) at x, y; returns its width. */
static int chip(Panel *p, int x, int y, const char *text, Color fill, Color fg, bool outline)
{
    int w = p->m->text_width(p->m->ctx, text, strlen(text), p->t->small, FONT_BOLD) + p->t->gap;
    Rect r = {x, y, w, p->slh};
    if (outline) {
        draw_frame(p->dl, r, fill, p->t->line);
    } else {
        draw_fill(p->dl, r, fill);
    }
    draw_text(p->dl, x + p->t->gap / 2, y, text, strlen(text), p->t->small, FONT_BOLD, fg, p->m);
    return w;
}

static int details(Panel *p, const ProcItem *it, const ItemRecord *rec, int row, int x, int y,
                   int w)
{
    const Theme *t = p->t;
    const Procedure *proc = p->app->s->procedure;
    int x0 = x;
    bool roles_mode = p->app->item_mode == ITEM_MODE_ROLES;
    draw_text(p->dl, x, y, "実施者:", strlen("実施者:"), t->small, FONT_BOLD, t->text_dim, p->m);
    x += p->m->text_width(p->m->ctx, "実施者: ", strlen("実施者: "), t->small, FONT_BOLD);
    for (size_t i = 0; i < proc->n_roles; i++) {
        bool on = false;
        for (size_t k = 0; rec->recorded && k < rec->n_by; k++) {
            on |= strcmp(rec->by[k], proc->roles[i].id.s) == 0;
        }
        char label[160];
        if (roles_mode && i < 9) {
            snprintf(label, sizeof label, "%zu %s", i + 1, proc->roles[i].name.s);
        } else {
            snprintf(label, sizeof label, "%s", proc->roles[i].name.s);
        }
        int cw = p->m->text_width(p->m->ctx, label, strlen(label), t->small, FONT_BOLD) + t->gap;
        if (x + cw > x0 + w) {
            x = x0;
            y += p->slh + t->gap / 3;
        }
        chip(p, x, y, label, on ? t->accent : t->panel_border, on ? t->on_dark : t->text_dim, !on);
        hits_add(p->hits, (Rect){x, y, cw, p->slh}, HIT_ITEM_ROLE, row, (int)i);
        x += cw + t->gap / 2;
    }
    y += p->slh + t->gap / 2;
    x = x0;
    bool missing_mode = p->app->item_mode == ITEM_MODE_MISSING;
    draw_text(p->dl, x, y, "準備物:", strlen("準備物:"), t->small, FONT_BOLD, t->text_dim, p->m);
    x += p->m->text_width(p->m->ctx, "準備物: ", strlen("準備物: "), t->small, FONT_BOLD);
    for (size_t i = 0; i < it->prepare.n; i++) {
        bool missing = false;
        for (size_t k = 0; rec->recorded && k < rec->n_missing; k++) {
            missing |= strcmp(rec->missing[k], it->prepare.v[i].s) == 0;
        }
        char label[300];
        if (missing_mode && i < 9) {
            snprintf(label, sizeof label, "%zu %s%s", i + 1, missing ? "✕ " : "",
                     it->prepare.v[i].s);
        } else {
            snprintf(label, sizeof label, "%s%s", missing ? "✕ " : "", it->prepare.v[i].s);
        }
        int cw = p->m->text_width(p->m->ctx, label, strlen(label), t->small, FONT_BOLD) + t->gap;
        if (x + cw > x0 + w) {
            x = x0;
            y += p->slh + t->gap / 3;
        }
        chip(p, x, y, label, missing ? t->error : t->panel_border,
             missing ? t->on_dark : t->text_dim, !missing);
        hits_add(p->hits, (Rect){x, y, cw, p->slh}, HIT_ITEM_MISSING, row, (int)i);
        x += cw + t->gap / 2;
    }
    y += p->slh + t->gap / 2;
    x = x0;
    int cw = chip(p, x, y, rec->recorded && rec->confused ? "混乱あり (C)" : "混乱なし (C)",
                  rec->recorded && rec->confused ? t->warn : t->panel_border,
                  rec->recorded && rec->confused ? t->on_dark : t->text_dim,
                  !(rec->recorded && rec->confused));
    hits_add(p->hits, (Rect){x, y, cw, p->slh}, HIT_ITEM_CONFUSED, row, 0);
    y += p->slh + t->gap / 2;
    if (rec->recorded && rec->note) {
        char note[1024];
        snprintf(note, sizeof note, "メモ: %s", rec->note);
        y += draw_text_box(p->dl, p->m, (Rect){x0, y, w, p->slh * 3}, note, t->small,
                           FONT_REGULAR, t->text_color);
    }
    if (it->detail.s) {
        y += draw_text_box(p->dl, p->m, (Rect){x0, y, w, p->slh * 3}, it->detail.s, t->small,
                           FONT_REGULAR, t->text_dim);
    }
    return y;
}

/* One row; returns the y below it. */
static int row(Panel *p, int index, size_t item, int y, bool selected)
{
    const Theme *t = p->t;
    const ProcItem *it = &p->app->s->procedure->items[item];
    const ItemRecord *rec = &p->app->s->items[item];
    int x = p->r.x + t->gap, w = p->r.w - 2 * t->gap;
    int top = y;
    size_t bg = p->dl->n;
    draw_fill(p->dl, (Rect){0, 0, 1, 1}, selected ? t->bg : t->panel);
    y += t->gap / 3;
    int cw = chip(p, x, y, status_text(rec), status_color(p, it, rec),
                  rec->recorded ? t->chip_text[item_chip(it, rec)] : t->text_dim, !rec->recorded);
    hits_add(p->hits, (Rect){x, y, cw, p->slh}, HIT_ITEM_STATUS, index, 0);
    char title[300];
    snprintf(title, sizeof title, "%s %s", it->id.s, it->name.s ? it->name.s : "");
    draw_text_fit(p->dl, p->m, x + cw + t->gap / 2, y, w - cw - t->gap / 2, title, t->text,
                  selected ? FONT_BOLD : FONT_REGULAR, t->text_color);
    y += p->lh;
    char info[512], tm[24], due[24];
    const char *owners = "";
    char owners_buf[300] = "";
    for (size_t k = 0; k < it->owners.n; k++) {
        size_t used = strlen(owners_buf);
        snprintf(owners_buf + used, sizeof owners_buf - used, "%s%s", k ? "、" : "",
                 procedure_role_name(p->app->s->procedure, it->owners.v[k].s));
    }
    owners = owners_buf;
    snprintf(info, sizeof info, "担当: %s%s%s%s%s", owners, rec->recorded && rec->has_at ? "  実施 T+" : "",
             rec->recorded && rec->has_at ? simtime_format(rec->at_minutes, tm, sizeof tm) : "",
             it->has_due ? "  期限 T+" : "", it->has_due ? simtime_format(it->due_minutes, due, sizeof due) : "");
    draw_text_fit(p->dl, p->m, x, y, w, info, t->small, FONT_REGULAR, t->text_dim);
    y += p->slh;
    if (selected) {
        y = details(p, it, rec, index, x, y + t->gap / 3, w);
    }
    y += t->gap / 3;
    p->dl->v[bg].rect = (Rect){p->r.x + t->line, top, p->r.w - 2 * t->line, y - top};
    if (selected) {
        draw_frame(p->dl, p->dl->v[bg].rect, t->focus, t->line * 2);
    }
    hits_add(p->hits, (Rect){p->r.x, top, p->r.w, y - top}, HIT_ITEM, index, 0);
    draw_line(p->dl, p->r.x, y, p->r.x + p->r.w, y, t->panel_border, 1);
    return y;
}

void app_layout_panel(App *app, DrawList *dl, const Measurer *m, const Theme *t, Rect r,
                      HitList *hits)
{
    HitList scratch = {0};
    Panel p = {app, dl, m, t, r, hits ? hits : &scratch, m->line_height(m->ctx, t->text, FONT_REGULAR),
               m->line_height(m->ctx, t->small, FONT_BOLD)};
    draw_fill(dl, r, t->panel);
    draw_frame(dl, r, t->panel_border, t->line);
    char head[300];
    const Procedure *proc = app->s->procedure;
    snprintf(head, sizeof head, "手順書: %s", proc->title.s ? proc->title.s : "");
    draw_text_fit(dl, m, r.x + t->gap, r.y + t->gap / 2, r.w - 2 * t->gap, head, t->small, FONT_BOLD,
                  t->accent);
    int y0 = r.y + t->gap / 2 + p.slh + t->gap / 2;
    size_t *rows = ttx_calloc(proc->n_items + 1, sizeof(size_t));
    size_t n_expected;
    size_t n = app_panel_rows(app, rows, &n_expected);
    /* Keep the selection in view: start a few rows above it when it would fall off. */
    int first = app->panel_scroll;
    int row_h = p.lh + p.slh + t->gap;
    int visible = (r.y + r.h - y0) / (row_h > 0 ? row_h : 1);
    if (app->sel_row < first) {
        first = app->sel_row;
    } else if (app->sel_row >= first + visible - 3) {
        first = app->sel_row - (visible > 4 ? visible - 4 : 0);
    }
    first = first < 0 ? 0 : first;
    app->panel_scroll = first;
    draw_clip_push(dl, (Rect){r.x, y0, r.w, r.y + r.h - y0});
    int y = y0;
    for (size_t i = (size_t)first; i < n && y < r.y + r.h; i++) {
        if (i == n_expected) {
            const char *sep = n_expected ? "その他の項目（予定より前後して実施した場合に記録）"
                                         : "この状況付与で想定する項目はありません。その他の項目:";
            draw_text_fit(dl, m, r.x + t->gap, y + t->gap / 3, r.w - 2 * t->gap, sep, t->small,
                          FONT_BOLD, t->text_dim);
            y += p.slh + t->gap / 2;
        }
        y = row(&p, (int)i, rows[i], y, (int)i == app->sel_row);
    }
    draw_clip_pop(dl);
    free(rows);
    hits_free(&scratch);
}
