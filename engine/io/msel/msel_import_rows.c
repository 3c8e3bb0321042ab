/* The MSEL reader's tables: the column-name rows (columns may come in any order, some may be
 * left out) and the inject and quiz rows under them, including the option cells
 * "id|verdict|text|feedback|set|goto". Cross-references (expects, goto, by) are left to
 * validate_scenario, which then points at these cells. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "msel_import_internal.h"

/* "id, at, …, option_1 … option_9, when": the names for a message. */
static void column_list(const char *const *names, size_t n, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < n && used < size; k++) {
        bool middle_option = strncmp(names[k], "option_", 7) == 0 &&
                             strcmp(names[k], "option_1") != 0 && strcmp(names[k], "option_9") != 0;
        if (!middle_option) {
            used += (size_t)snprintf(buf + used, size - used, "%s%s",
                                     k == 0                              ? ""
                                     : strcmp(names[k], "option_9") == 0 ? " … "
                                                                         : ", ",
                                     names[k]);
        }
    }
}

static bool map_columns(Importer *im, const CsvRow *r, const char *const *names, size_t n,
                        int *cols, const char *table)
{
    for (size_t k = 0; k < n; k++) {
        cols[k] = -1;
    }
    bool ok = true;
    for (size_t i = 0; i < r->n; i++) {
        const char *name = r->cells[i].text;
        size_t k = 0;
        while (k < n && strcmp(names[k], name) != 0) {
            k++;
        }
        if (!name[0]) {
            continue;
        } else if (k == n) {
            char list[512];
            column_list(names, n, list, sizeof list);
            diags_error(im->diags, im->path, r->cells[i].pos,
                        "unknown column '%s' in the %s table; its columns are %s", name, table,
                        list);
            ok = false;
        } else if (cols[k] >= 0) {
            diags_error(im->diags, im->path, r->cells[i].pos, "column '%s' appears twice", name);
            ok = false;
        } else {
            cols[k] = (int)i;
        }
    }
    return ok;
}

bool imp_inject_header(Importer *im, const CsvRow *r)
{
    static const MselColumn required[] = {MC_ID, MC_AT, MC_STEP, MC_PHASE, MC_TITLE, MC_TEXT};
    bool ok = map_columns(im, r, MSEL_COLUMNS, MC_COUNT, im->cols, "inject");
    for (size_t i = 0; i < TTX_ARRAY_LEN(required); i++) {
        if (im->cols[required[i]] < 0) {
            diags_error(im->diags, im->path, r->pos,
                        "the inject table has no column '%s'; it needs id, at, step, phase, "
                        "title and text",
                        MSEL_COLUMNS[required[i]]);
            ok = false;
        }
    }
    return ok;
}

bool imp_quiz_header(Importer *im, const CsvRow *r)
{
    static const QuizColumn required[] = {QC_ID, QC_QUESTION, QC_OPTIONS, QC_ANSWER};
    bool ok = map_columns(im, r, MSEL_QUIZ_COLUMNS, QC_COUNT, im->qcols, "quiz");
    for (size_t i = 0; i < TTX_ARRAY_LEN(required); i++) {
        if (im->qcols[required[i]] < 0) {
            diags_error(im->diags, im->path, r->pos,
                        "the quiz table has no column '%s'; it needs quiz, question, options and "
                        "answer",
                        MSEL_QUIZ_COLUMNS[required[i]]);
            ok = false;
        }
    }
    return ok;
}

static CsvCell cell(const CsvRow *r, int col)
{
    if (col < 0) {
        CsvCell none = {"", r->pos};
        return none;
    }
    return csv_row_cell(r, (size_t)col);
}

/* Reports a required cell that is empty (or whose column is missing); returns its value
 * otherwise. */
static const char *required(Importer *im, const CsvCell *c, int col, const char *what,
                            const char *name)
{
    const char *v = imp_value(c);
    if (!v && col < 0) {
        diags_error(im->diags, im->path, c->pos,
                    "%s needs a '%s', but the table has no such "
                    "column; add it",
                    what, name);
    } else if (!v) {
        diags_error(im->diags, im->path, c->pos, "%s has no '%s'; fill in this cell", what, name);
    }
    return v;
}

static void no_extra_cells(Importer *im, const CsvRow *r, const int *cols, size_t n)
{
    for (size_t i = 0; i < r->n; i++) {
        bool known = false;
        for (size_t k = 0; k < n && !known; k++) {
            known = cols[k] == (int)i;
        }
        if (!known && r->cells[i].text[0]) {
            diags_error(im->diags, im->path, r->cells[i].pos,
                        "this cell is outside the table's named columns; move it under a "
                        "column or delete it");
        }
    }
}

/* "T+0:05", "0:05" and Excel's "0:05:00" all mean T+0:05. */
static bool parse_at(const char *s, int *minutes)
{
    char buf[32];
    if (strncmp(s, "T+", 2) == 0) {
        s += 2;
    }
    size_t n = strlen(s);
    if (n >= sizeof buf) {
        return false;
    }
    memcpy(buf, s, n + 1);
    char *first = strchr(buf, ':');
    char *second = first ? strchr(first + 1, ':') : NULL;
    if (second) {
        if (strcmp(second, ":00") != 0) {
            return false;
        }
        *second = '\0';
    }
    return simtime_parse(buf, minutes);
}

/* Splits an option cell at unescaped '|' into at most MSEL_OPTION_PARTS parts (unescaped,
 * in the arena); returns the number of parts, or MSEL_OPTION_PARTS + 1 when there are more. */
static size_t option_parts(Importer *im, const char *v, char **parts)
{
    size_t n = 0, len = strlen(v);
    char *buf = arena_alloc(&im->s->arena, len + 1);
    size_t o = 0;
    parts[n++] = buf;
    for (size_t i = 0; i < len; i++) {
        if (v[i] == MSEL_ESCAPE && (v[i + 1] == MSEL_PART_SEP || v[i + 1] == MSEL_ESCAPE)) {
            buf[o++] = v[++i];
        } else if (v[i] == MSEL_PART_SEP) {
            buf[o++] = '\0';
            if (n == MSEL_OPTION_PARTS) {
                return MSEL_OPTION_PARTS + 1;
            }
            parts[n++] = buf + o;
        } else {
            buf[o++] = v[i];
        }
    }
    buf[o] = '\0';
    return n;
}

static bool parse_option(Importer *im, const CsvCell *c, Option *o)
{
    char *parts[MSEL_OPTION_PARTS] = {NULL};
    size_t n = option_parts(im, imp_value(c), parts);
    memset(o, 0, sizeof *o);
    o->pos = c->pos;
    o->verdict_pos = c->pos;
    o->verdict = VERDICT_COUNT;
    if (n < 3 || n > MSEL_OPTION_PARTS || !parts[0][0] || !parts[2][0]) {
        diags_error(im->diags, im->path, c->pos,
                    "an option cell is id|verdict|text, optionally followed by |feedback|set|goto "
                    "(write \\| for a '|' inside a part)");
        return false;
    }
    if (imp_check_id(im, parts[0], c->pos, "option id", false)) {
        o->id = (Text){parts[0], c->pos};
    }
    int k = vocab_find(&VOCAB_VERDICT, parts[1]);
    if (k < 0) {
        diags_error(im->diags, im->path, c->pos, "verdict '%s' is not one of %s", parts[1],
                    VOCAB_VERDICT.allowed);
    } else {
        o->verdict = (Verdict)k;
    }
    o->text = (Text){parts[2], c->pos};
    o->feedback = (Text){n > 3 && parts[3][0] ? parts[3] : NULL, c->pos};
    if (n > 4 && parts[4][0]) {
        CsvCell set = {parts[4], c->pos};
        imp_counters(im, &set, "the option's set", &o->set, &o->n_set);
    }
    if (n > 5 && parts[5][0] && imp_check_id(im, parts[5], c->pos, "goto", false)) {
        o->go_to = (Text){parts[5], c->pos};
    }
    return true;
}

static void parse_decision(Importer *im, const CsvRow *r, Inject *in)
{
    CsvCell by = cell(r, im->cols[MC_DECISION_BY]), prompt = cell(r, im->cols[MC_DECISION_PROMPT]);
    size_t n_options = 0;
    for (int k = 0; k < MSEL_MAX_OPTIONS; k++) {
        CsvCell c = cell(r, im->cols[MC_OPTION_1 + k]);
        n_options += imp_value(&c) != NULL;
    }
    if (!imp_value(&by) && !imp_value(&prompt) && n_options == 0) {
        return;
    }
    Decision *d = arena_alloc(&im->s->arena, sizeof *d);
    d->pos = by.pos;
    d->options_pos = by.pos;
    const char *v = required(im, &by, im->cols[MC_DECISION_BY], "the decision", "decision_by");
    if (v && imp_check_id(im, v, by.pos, "decision_by", false)) {
        d->by = imp_text(im, &by);
    }
    required(im, &prompt, im->cols[MC_DECISION_PROMPT], "the decision", "decision_prompt");
    d->prompt = imp_text(im, &prompt);
    d->options = arena_array(&im->s->arena, n_options, sizeof(Option));
    for (int k = 0; k < MSEL_MAX_OPTIONS; k++) {
        CsvCell c = cell(r, im->cols[MC_OPTION_1 + k]);
        if (imp_value(&c)) {
            d->options_pos = d->n_options == 0 ? c.pos : d->options_pos;
            parse_option(im, &c, &d->options[d->n_options++]);
        }
    }
    in->decision = d;
}

static Inject *new_inject(Importer *im)
{
    if (im->n_injects == im->cap_injects) {
        im->cap_injects = im->cap_injects ? im->cap_injects * 2 : 32;
        im->injects = ttx_realloc(im->injects, im->cap_injects * sizeof(Inject));
    }
    Inject *in = &im->injects[im->n_injects++];
    memset(in, 0, sizeof *in);
    in->step = STEP_COUNT;
    in->phase = PHASE_COUNT;
    in->at_minutes = -1;
    return in;
}

void imp_inject_row(Importer *im, const CsvRow *r)
{
    Inject *in = new_inject(im);
    in->pos = r->pos;
    CsvCell c = cell(r, im->cols[MC_ID]);
    const char *v = required(im, &c, im->cols[MC_ID], "the inject", "id");
    if (v && imp_check_id(im, v, c.pos, "inject id", false)) {
        in->id = imp_text(im, &c);
    }
    c = cell(r, im->cols[MC_AT]);
    in->at_pos = c.pos;
    v = required(im, &c, im->cols[MC_AT], "the inject", "at");
    if (v && !parse_at(v, &in->at_minutes)) {
        diags_error(im->diags, im->path, c.pos,
                    "bad time '%s' for 'at'; expected a time like 0:05 or 72:00 (hours:minutes "
                    "after the start)",
                    v);
        in->at_minutes = -1;
    }
    c = cell(r, im->cols[MC_STEP]);
    in->step_pos = c.pos;
    int k = imp_value(&c) ? imp_enum(im, &c, &VOCAB_STEP, "step") : -1;
    in->step = k < 0 ? STEP_COUNT : (Step)k;
    required(im, &c, im->cols[MC_STEP], "the inject", "step");
    c = cell(r, im->cols[MC_PHASE]);
    in->phase_pos = c.pos;
    k = imp_value(&c) ? imp_enum(im, &c, &VOCAB_PHASE, "phase") : -1;
    in->phase = k < 0 ? PHASE_COUNT : (Phase)k;
    required(im, &c, im->cols[MC_PHASE], "the inject", "phase");
    c = cell(r, im->cols[MC_TITLE]);
    required(im, &c, im->cols[MC_TITLE], "the inject", "title");
    in->title = imp_text(im, &c);
    c = cell(r, im->cols[MC_FROM]);
    in->from = imp_text(im, &c);
    c = cell(r, im->cols[MC_TEXT]);
    required(im, &c, im->cols[MC_TEXT], "the inject", "text");
    in->text = imp_text(im, &c);
    c = cell(r, im->cols[MC_QUESTIONS]);
    in->questions = imp_lines(im, &c);
    c = cell(r, im->cols[MC_NOTE]);
    in->facilitator_note = imp_text(im, &c);
    c = cell(r, im->cols[MC_DISCUSS]);
    in->discuss_pos = c.pos;
    if (imp_value(&c)) {
        imp_duration(im, &c, "'discuss'", &in->discuss_seconds);
    }
    c = cell(r, im->cols[MC_EXPECTS]);
    in->expects = imp_ids(im, &c, "expected item");
    parse_decision(im, r, in);
    c = cell(r, im->cols[MC_WHEN]);
    imp_counters(im, &c, "'when'", &in->when, &in->n_when);
    no_extra_cells(im, r, im->cols, MC_COUNT);
}

static void parse_answer(Importer *im, const CsvCell *c, QuizQuestion *q)
{
    const char *v = imp_value(c);
    size_t cap = v ? strlen(v) : 0; /* more than the numbers it can hold */
    q->answer = arena_array(&im->s->arena, cap, sizeof(int));
    q->answer_pos = arena_array(&im->s->arena, cap, sizeof(SrcPos));
    q->answer_list_pos = c->pos;
    for (const char *s = v; s && *s;) {
        char *end;
        long a = strtol(s, &end, 10);
        if (end == s || a < 1 || a > 99) {
            diags_error(im->diags, im->path, c->pos,
                        "answer must be option numbers from 1 (like 2, or 1 3), found '%s'", v);
            return;
        }
        q->answer_pos[q->n_answer] = c->pos;
        q->answer[q->n_answer++] = (int)a;
        s = end;
        while (*s == ' ' || *s == ',' || *s == '\t') {
            s++;
        }
    }
}

void imp_quiz_row(Importer *im, const CsvRow *r)
{
    if (im->n_quiz == im->cap_quiz) {
        im->cap_quiz = im->cap_quiz ? im->cap_quiz * 2 : 16;
        im->quiz = ttx_realloc(im->quiz, im->cap_quiz * sizeof(QuizQuestion));
    }
    QuizQuestion *q = &im->quiz[im->n_quiz++];
    memset(q, 0, sizeof *q);
    q->pos = r->pos;
    CsvCell c = cell(r, im->qcols[QC_ID]);
    const char *v = required(im, &c, im->qcols[QC_ID], "the quiz question", "quiz");
    if (v && imp_check_id(im, v, c.pos, "quiz id", false)) {
        q->id = imp_text(im, &c);
    }
    c = cell(r, im->qcols[QC_QUESTION]);
    required(im, &c, im->qcols[QC_QUESTION], "the quiz question", "question");
    q->question = imp_text(im, &c);
    c = cell(r, im->qcols[QC_OPTIONS]);
    required(im, &c, im->qcols[QC_OPTIONS], "the quiz question", "options");
    q->options = imp_lines(im, &c);
    c = cell(r, im->qcols[QC_ANSWER]);
    if (required(im, &c, im->qcols[QC_ANSWER], "the quiz question", "answer")) {
        parse_answer(im, &c, q);
    }
    c = cell(r, im->qcols[QC_EXPLANATION]);
    q->explanation = imp_text(im, &c);
    c = cell(r, im->qcols[QC_TEACHES]);
    q->teaches = imp_ids(im, &c, "teaches entry");
    no_extra_cells(im, r, im->qcols, QC_COUNT);
}
