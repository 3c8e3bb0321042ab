/* MSEL CSV → Scenario: the frame (which row is what) and the scenario header rows. The layout
 * is in msel.h; the tables are read in msel_import_rows.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "msel_import_internal.h"

enum {
    H_ID,
    H_TITLE,
    H_INCIDENT,
    H_PROCEDURE,
    H_SUMMARY,
    H_STORY,
    H_IMPACT,
    H_OBJECTIVE,
    H_PARTICIPANTS,
    H_FACILITATION,
    H_ROLE_ASSIGNMENT,
    H_MATERIALS,
    H_CHALLENGES,
    H_EVALUATION_POINTS,
    H_AFTER_ACTION,
    H_DATE,
    H_REMARKS,
    H_TIMEBOX,
    H_COUNT
};

static const char *const HEADER_KEYS[H_COUNT] = {
    "id",
    "title",
    "incident",
    "procedure",
    "summary",
    "story",
    "impact",
    "objective",
    "participants",
    "facilitation",
    "role_assignment",
    "materials",
    "challenges",
    "evaluation_points",
    "after_action",
    "date",
    "remarks",
    "timebox",
};

/* The text of a one-value header row; more non-empty cells are an error. */
static Text one_value(Importer *im, const CsvRow *r)
{
    for (size_t i = 3; i < r->n; i++) {
        if (r->cells[i].text[0]) {
            diags_error(im->diags, im->path, r->cells[i].pos,
                        "'%s' takes one value; put the whole text in one cell", r->cells[1].text);
            break;
        }
    }
    CsvCell c = csv_row_cell(r, 2);
    return imp_text(im, &c);
}

static TextList entries(Importer *im, const CsvRow *r)
{
    TextList l = {arena_array(&im->s->arena, r->n, sizeof(Text)), 0, r->pos};
    for (size_t i = 2; i < r->n; i++) {
        Text t = imp_text(im, &r->cells[i]);
        if (t.s) {
            l.v[l.n++] = t;
        }
    }
    return l;
}

/* YYYY-MM-DD, or Excel's YYYY/M/D. */
static bool parse_date(const char *s, Date *d)
{
    int y, m, day;
    char tail;
    if (date_parse(s, d)) {
        return true;
    }
    if (sscanf(s, "%d/%d/%d%c", &y, &m, &day, &tail) != 3) {
        return false;
    }
    char iso[32];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, day);
    return date_parse(iso, d);
}

static void objective(Importer *im, const CsvRow *r)
{
    ScenarioSheet *sh = &im->s->sheet;
    Objective *o = &sh->objectives[sh->n_objectives++];
    memset(o, 0, sizeof *o);
    o->pos = r->pos;
    CsvCell c = csv_row_cell(r, 2);
    const char *id = imp_value(&c);
    if (!id) {
        diags_error(im->diags, im->path, c.pos, "an objective row is #,objective,ID,TEXT,MEASURES");
    } else if (imp_check_id(im, id, c.pos, "objective id", false)) {
        o->id = imp_text(im, &c);
    }
    c = csv_row_cell(r, 3);
    o->text = imp_text(im, &c);
    c = csv_row_cell(r, 4);
    o->measures = imp_ids(im, &c, "measure");
}

static void timebox(Importer *im, const CsvRow *r)
{
    for (int st = 0; st < STEP_COUNT; st++) {
        CsvCell c = csv_row_cell(r, 2 + (size_t)st);
        im->s->timebox_pos[st] = c.pos;
        if (imp_value(&c)) {
            imp_duration(im, &c, vocab_id(&VOCAB_STEP, st), &im->s->timebox_seconds[st]);
        }
    }
}

static void header_value(Importer *im, int key, const CsvRow *r)
{
    Scenario *s = im->s;
    ScenarioSheet *sh = &s->sheet;
    Text *texts[H_COUNT] = {
        [H_ID] = &s->id,
        [H_TITLE] = &s->title,
        [H_PROCEDURE] = &s->procedure_path,
        [H_SUMMARY] = &sh->summary,
        [H_STORY] = &sh->story,
        [H_IMPACT] = &sh->impact,
        [H_FACILITATION] = &sh->facilitation,
        [H_ROLE_ASSIGNMENT] = &sh->role_assignment,
        [H_AFTER_ACTION] = &sh->after_action,
        [H_REMARKS] = &sh->remarks,
    };
    TextList *lists[H_COUNT] = {
        [H_PARTICIPANTS] = &sh->participants,
        [H_MATERIALS] = &sh->materials,
        [H_CHALLENGES] = &sh->challenges,
        [H_EVALUATION_POINTS] = &sh->evaluation_points,
    };
    CsvCell c = csv_row_cell(r, 2);
    if (texts[key]) {
        *texts[key] = one_value(im, r);
        if (key == H_ID && s->id.s && !imp_check_id(im, s->id.s, c.pos, "scenario id", true)) {
            s->id.s = NULL;
        }
    } else if (lists[key]) {
        *lists[key] = entries(im, r);
    } else if (key == H_INCIDENT) {
        int k = imp_enum(im, &c, &VOCAB_INCIDENT, "incident kind");
        s->incident = k < 0 ? INCIDENT_COUNT : (IncidentKind)k;
        s->incident_pos = c.pos;
    } else if (key == H_OBJECTIVE) {
        objective(im, r);
    } else if (key == H_DATE) {
        const char *v = imp_value(&c);
        sh->date_pos = c.pos;
        sh->has_date = v && parse_date(v, &sh->date);
        if (!sh->has_date) {
            diags_error(im->diags, im->path, c.pos,
                        "bad date '%s'; expected a date like 2026-12-01", v ? v : "");
        }
    } else if (key == H_TIMEBOX) {
        timebox(im, r);
    }
}

static void header_row(Importer *im, const CsvRow *r, bool *seen)
{
    CsvCell key = csv_row_cell(r, 1);
    int k = 0;
    while (k < H_COUNT && strcmp(HEADER_KEYS[k], key.text) != 0) {
        k++;
    }
    if (k == H_COUNT) {
        diags_error(im->diags, im->path, key.pos,
                    "unknown scenario field '%s'; the '#' rows are id, title, incident, "
                    "procedure, summary, story, impact, objective, participants, facilitation, "
                    "role_assignment, materials, challenges, evaluation_points, after_action, "
                    "date, remarks, timebox",
                    key.text);
        return;
    }
    if (seen[k] && k != H_OBJECTIVE) {
        diags_error(im->diags, im->path, key.pos, "'%s' is given twice; keep one row", key.text);
        return;
    }
    seen[k] = true;
    header_value(im, k, r);
}

static bool is_msel(Importer *im, const CsvTable *t)
{
    const CsvRow *r = t->n_rows ? &t->rows[0] : NULL;
    if (!r || strcmp(csv_row_cell(r, 0).text, "#") != 0 ||
        strcmp(csv_row_cell(r, 1).text, "ttx-msel") != 0) {
        diags_error(im->diags, im->path, r ? r->pos : (SrcPos){1, 0},
                    "not a ttx MSEL file: the first row must be #,ttx-msel,1 (a file written "
                    "by 'ttx msel export')");
        return false;
    }
    if (strcmp(csv_row_cell(r, 2).text, "1") != 0) {
        diags_error(im->diags, im->path, csv_row_cell(r, 2).pos,
                    "unsupported MSEL version '%s'; this ttx reads version %d",
                    csv_row_cell(r, 2).text, MSEL_FORMAT_VERSION);
        return false;
    }
    return true;
}

/* The quiz table's column names: cells "quiz", "question" and "answer" in any order (no inject
 * row holds all three). */
static bool is_quiz_header(const CsvRow *r)
{
    int found = 0;
    for (size_t i = 0; i < r->n; i++) {
        const char *t = r->cells[i].text;
        found |= (strcmp(t, "quiz") == 0) | (strcmp(t, "question") == 0) << 1 |
                 (strcmp(t, "answer") == 0) << 2;
    }
    return found == 7;
}

/* Gives each row the heading row of its table, so that a message names a cell by its column
 * ("id", "phase"): the inject table's column names, the quiz table's, none for the '#' rows. The
 * same walk as read_rows, and done also when the CSV could be read only in part, so that a
 * broken quote is named the same way. */
static void mark_headings(CsvTable *t)
{
    bool head = true, injects = false;
    size_t heading = CSV_NO_HEADING;
    for (size_t i = 0; i < t->n_rows; i++) {
        CsvRow *r = &t->rows[i];
        bool hash = strcmp(csv_row_cell(r, 0).text, "#") == 0;
        if (i > 0 && ((head && !hash) || (injects && is_quiz_header(r)))) {
            heading = i;
            injects = head;
            head = false;
        }
        r->heading = heading;
    }
}

/* Reads every row after the first; returns false when no inject table was found. */
static bool read_rows(Importer *im, const CsvTable *t)
{
    enum { HEAD, INJECTS, QUIZ } mode = HEAD;
    bool seen[H_COUNT] = {false};
    size_t objectives = 0;
    for (size_t i = 1; i < t->n_rows; i++) {
        objectives += strcmp(csv_row_cell(&t->rows[i], 1).text, "objective") == 0;
    }
    im->s->sheet.objectives = arena_array(&im->s->arena, objectives, sizeof(Objective));
    for (size_t i = 1; i < t->n_rows; i++) {
        const CsvRow *r = &t->rows[i];
        const char *first = csv_row_cell(r, 0).text;
        if (mode == HEAD && strcmp(first, "#") == 0) {
            header_row(im, r, seen);
        } else if (mode == HEAD) {
            /* the first row after the '#' rows names the inject table's columns */
            imp_inject_header(im, r);
            mode = INJECTS;
        } else if (mode == INJECTS && is_quiz_header(r)) {
            imp_quiz_header(im, r);
            mode = QUIZ;
        } else if (mode == INJECTS) {
            imp_inject_row(im, r);
        } else {
            imp_quiz_row(im, r);
        }
    }
    /* procedure may be left out: `ttx msel import --procedure` names the 手順書 then */
    static const int needed[] = {H_ID, H_TITLE, H_INCIDENT};
    for (size_t k = 0; k < TTX_ARRAY_LEN(needed); k++) {
        if (!seen[needed[k]]) {
            diags_error(im->diags, im->path, t->rows[0].pos,
                        "the scenario has no '#,%s,…' row; add it to the '#' rows at the top",
                        HEADER_KEYS[needed[k]]);
        }
    }
    if (mode == HEAD) {
        diags_error(im->diags, im->path, t->rows[t->n_rows - 1].pos,
                    "no inject table: add the column names row (id, at, step, phase, title, "
                    "text, …) and one row per inject");
    }
    return mode != HEAD;
}

static void move_to_arena(Importer *im)
{
    Scenario *s = im->s;
    s->injects = arena_array(&s->arena, im->n_injects, sizeof(Inject));
    if (im->n_injects) {
        memcpy(s->injects, im->injects, im->n_injects * sizeof(Inject));
    }
    s->n_injects = im->n_injects;
    s->quiz = arena_array(&s->arena, im->n_quiz, sizeof(QuizQuestion));
    if (im->n_quiz) {
        memcpy(s->quiz, im->quiz, im->n_quiz * sizeof(QuizQuestion));
    }
    s->n_quiz = im->n_quiz;
    free(im->injects);
    free(im->quiz);
}

Scenario *msel_import(CsvTable *t, const char *path, const char *data, size_t len, Diags *diags)
{
    bool read = csv_table_read(t, path, data, len, diags);
    mark_headings(t);
    if (!read) {
        return NULL;
    }
    Scenario *s = ttx_calloc(1, sizeof *s);
    arena_init(&s->arena);
    s->path = arena_strdup(&s->arena, path);
    s->pos = (SrcPos){1, 0};
    s->incident = INCIDENT_COUNT;
    Importer im = {.path = s->path, .s = s, .diags = diags};
    if (!is_msel(&im, t)) {
        scenario_free(s);
        return NULL;
    }
    s->pos = t->rows[0].pos;
    if (read_rows(&im, t) && im.n_injects == 0) {
        diags_error(diags, path, t->rows[t->n_rows - 1].pos,
                    "the inject table has no rows; add at least one 状況付与");
    }
    move_to_arena(&im);
    return s;
}
