/* Scenario → MSEL CSV (layout in msel.h). Values are written exactly as the model holds them —
 * texts unsanitised, with their line breaks — so that the import gives the same model back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "csv_write.h"
#include "msel_internal.h"

const char *const MSEL_COLUMNS[MC_COUNT] = {
    "id",
    "at",
    "step",
    "phase",
    "title",
    "from",
    "text",
    "questions",
    "facilitator_note",
    "discuss",
    "expects",
    "decision_by",
    "decision_prompt",
    "option_1",
    "option_2",
    "option_3",
    "option_4",
    "option_5",
    "option_6",
    "option_7",
    "option_8",
    "option_9",
    "when",
};

const char *const MSEL_QUIZ_COLUMNS[QC_COUNT] = {"quiz",   "question",    "options",
                                                 "answer", "explanation", "teaches"};

static void header(CsvWriter *w, const char *key, const char *value)
{
    if (value) {
        csv_cell(w, "#");
        csv_cell(w, key);
        csv_cell(w, value);
        csv_end_row(w);
    }
}

static void header_list(CsvWriter *w, const char *key, const TextList *l)
{
    if (l->n == 0) {
        return;
    }
    csv_cell(w, "#");
    csv_cell(w, key);
    for (size_t i = 0; i < l->n; i++) {
        csv_cell(w, l->v[i].s);
    }
    csv_end_row(w);
}

/* The entries of l joined by sep into t (t is reset first). */
static const char *joined(TextBuf *t, const TextList *l, const char *sep)
{
    t->len = 0;
    textbuf_put(t, "");
    for (size_t i = 0; i < l->n; i++) {
        textbuf_printf(t, "%s%s", i ? sep : "", l->v[i].s);
    }
    t->s[t->len] = '\0';
    return t->s;
}

static const char *counters(TextBuf *t, const Counter *c, size_t n)
{
    t->len = 0;
    textbuf_put(t, "");
    for (size_t i = 0; i < n; i++) {
        textbuf_printf(t, "%s%s=%ld", i ? " " : "", c[i].name.s, c[i].value);
    }
    t->s[t->len] = '\0';
    return t->s;
}

static void put_part(TextBuf *t, const char *s)
{
    for (; s && *s; s++) {
        if (*s == MSEL_PART_SEP || *s == MSEL_ESCAPE) {
            textbuf_printf(t, "%c", MSEL_ESCAPE);
        }
        textbuf_putn(t, s, 1);
    }
}

/* "id|verdict|text|feedback|set|goto" without the trailing empty parts. */
static const char *option_cell(TextBuf *t, const Option *o)
{
    TextBuf set;
    textbuf_init(&set);
    const char *parts[MSEL_OPTION_PARTS] = {
        o->id.s,       vocab_id(&VOCAB_VERDICT, (int)o->verdict), o->text.s,
        o->feedback.s, counters(&set, o->set, o->n_set),          o->go_to.s};
    size_t n = MSEL_OPTION_PARTS;
    while (n > 3 && (!parts[n - 1] || !parts[n - 1][0])) {
        n--;
    }
    t->len = 0;
    textbuf_put(t, "");
    for (size_t i = 0; i < n; i++) {
        if (i) {
            textbuf_printf(t, "%c", MSEL_PART_SEP);
        }
        put_part(t, parts[i]);
    }
    textbuf_deinit(&set);
    return t->s;
}

static void put_header(CsvWriter *w, const Scenario *s)
{
    const ScenarioSheet *sh = &s->sheet;
    char buf[64];
    csv_cell(w, "#");
    csv_cell(w, "ttx-msel");
    csv_cell_long(w, MSEL_FORMAT_VERSION);
    csv_end_row(w);
    header(w, "id", s->id.s);
    header(w, "title", s->title.s);
    header(w, "incident", vocab_id(&VOCAB_INCIDENT, (int)s->incident));
    header(w, "procedure", s->procedure_path.s);
    header(w, "summary", sh->summary.s);
    header(w, "story", sh->story.s);
    header(w, "impact", sh->impact.s);
    TextBuf t;
    textbuf_init(&t);
    for (size_t i = 0; i < sh->n_objectives; i++) {
        const Objective *o = &sh->objectives[i];
        csv_cell(w, "#");
        csv_cell(w, "objective");
        csv_cell(w, o->id.s);
        csv_cell(w, o->text.s);
        csv_cell(w, joined(&t, &o->measures, " "));
        csv_end_row(w);
    }
    textbuf_deinit(&t);
    header_list(w, "participants", &sh->participants);
    header(w, "facilitation", sh->facilitation.s);
    header(w, "role_assignment", sh->role_assignment.s);
    header_list(w, "materials", &sh->materials);
    header_list(w, "challenges", &sh->challenges);
    header_list(w, "evaluation_points", &sh->evaluation_points);
    header(w, "after_action", sh->after_action.s);
    header(w, "date", sh->has_date ? date_format(sh->date, buf, sizeof buf) : NULL);
    header(w, "remarks", sh->remarks.s);
    bool any = false;
    for (int st = 0; st < STEP_COUNT; st++) {
        any |= s->timebox_seconds[st] > 0;
    }
    if (any) {
        csv_cell(w, "#");
        csv_cell(w, "timebox");
        for (int st = 0; st < STEP_COUNT; st++) {
            int sec = s->timebox_seconds[st];
            csv_cell(w, sec > 0 ? duration_format(sec, buf, sizeof buf) : NULL);
        }
        csv_end_row(w);
    }
}

static void put_inject(CsvWriter *w, const Inject *in, TextBuf *t)
{
    char buf[64];
    csv_cell(w, in->id.s);
    csv_cell(w, simtime_format(in->at_minutes, buf, sizeof buf));
    csv_cell(w, vocab_id(&VOCAB_STEP, (int)in->step));
    csv_cell(w, vocab_id(&VOCAB_PHASE, (int)in->phase));
    csv_cell(w, in->title.s);
    csv_cell(w, in->from.s);
    csv_cell(w, in->text.s);
    csv_cell(w, joined(t, &in->questions, "\n"));
    csv_cell(w, in->facilitator_note.s);
    csv_cell(w, in->discuss_seconds > 0 ? duration_format(in->discuss_seconds, buf, sizeof buf)
                                        : NULL);
    csv_cell(w, joined(t, &in->expects, " "));
    const Decision *d = in->decision;
    csv_cell(w, d ? d->by.s : NULL);
    csv_cell(w, d ? d->prompt.s : NULL);
    for (size_t k = 0; k < MSEL_MAX_OPTIONS; k++) {
        csv_cell(w, d && k < d->n_options ? option_cell(t, &d->options[k]) : NULL);
    }
    csv_cell(w, counters(t, in->when, in->n_when));
    csv_end_row(w);
}

static void put_quiz(CsvWriter *w, const QuizQuestion *q, TextBuf *t)
{
    csv_cell(w, q->id.s);
    csv_cell(w, q->question.s);
    csv_cell(w, joined(t, &q->options, "\n"));
    t->len = 0;
    textbuf_put(t, "");
    for (size_t i = 0; i < q->n_answer; i++) {
        textbuf_printf(t, "%s%d", i ? " " : "", q->answer[i]);
    }
    csv_cell(w, t->s);
    csv_cell(w, q->explanation.s);
    csv_cell(w, joined(t, &q->teaches, " "));
    csv_end_row(w);
}

/* A list entry with a line break would come back as two entries. */
static bool one_line_entries(const TextList *l, const char *what, const char *id, char *err,
                             size_t err_size)
{
    for (size_t i = 0; i < l->n; i++) {
        if (strpbrk(l->v[i].s, "\r\n")) {
            snprintf(err, err_size,
                     "%s %zu of '%s' has a line break; an MSEL cell keeps one entry per line, so "
                     "write it on one line",
                     what, i + 1, id ? id : "?");
            return false;
        }
    }
    return true;
}

char *msel_export(const Scenario *s, char *err, size_t err_size)
{
    for (size_t i = 0; i < s->n_injects; i++) {
        if (!one_line_entries(&s->injects[i].questions, "question", s->injects[i].id.s, err,
                              err_size)) {
            return NULL;
        }
    }
    for (size_t i = 0; i < s->n_quiz; i++) {
        if (!one_line_entries(&s->quiz[i].options, "option", s->quiz[i].id.s, err, err_size)) {
            return NULL;
        }
    }
    TextBuf b, t;
    textbuf_init(&b);
    textbuf_init(&t);
    CsvWriter w;
    csv_begin(&w, &b);
    put_header(&w, s);
    csv_end_row(&w);
    for (size_t c = 0; c < MC_COUNT; c++) {
        csv_cell(&w, MSEL_COLUMNS[c]);
    }
    csv_end_row(&w);
    for (size_t i = 0; i < s->n_injects; i++) {
        put_inject(&w, &s->injects[i], &t);
    }
    if (s->n_quiz) {
        csv_end_row(&w);
        for (size_t c = 0; c < QC_COUNT; c++) {
            csv_cell(&w, MSEL_QUIZ_COLUMNS[c]);
        }
        csv_end_row(&w);
        for (size_t i = 0; i < s->n_quiz; i++) {
            put_quiz(&w, &s->quiz[i], &t);
        }
    }
    textbuf_deinit(&t);
    return textbuf_take(&b);
}
