/* JSON sheet → SheetSummary. Each wrong value is reported once, naming its JSON path
 * ("actions[3].due") and what was expected; reading goes on so one run lists every problem. */
#include "sheet_read.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "file_read.h"

typedef struct Reader {
    const char *path;
    SheetSummary *s;
    Diags *diags;
    bool ok;
} Reader;

static void fail(Reader *r, const char *where, const char *key, const char *expected)
{
    diags_error(r->diags, r->path, (SrcPos){1, 1}, "'%s%s%s' must be %s", where,
                *where && key ? "." : "", key ? key : "", expected);
    r->ok = false;
}

/* A string member copied to the arena; absent or null gives NULL (an error when required). */
static const char *text(Reader *r, const cJSON *obj, const char *key, const char *where,
                        bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (cJSON_IsString(v)) {
        return arena_strdup(&r->s->arena, v->valuestring);
    }
    if (required || (v && !cJSON_IsNull(v))) {
        fail(r, where, key, required ? "text" : "text or null");
    }
    return NULL;
}

static void score(Reader *r, const cJSON *obj, const char *where, SummaryScore *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "score");
    memset(out, 0, sizeof *out);
    if (cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble <= 100 &&
        floor(v->valuedouble) == v->valuedouble) {
        out->has_score = true;
        out->score = (int)v->valuedouble;
    } else if (v && !cJSON_IsNull(v)) {
        fail(r, where, "score", "a whole number from 0 to 100, or null");
    }
    const char *rating = text(r, obj, "rating", where, false);
    if (rating) {
        int k = vocab_find(&VOCAB_RATING, rating);
        if (k < 0) {
            fail(r, where, "rating", "one of A, B, C, D, or null");
        } else {
            out->has_rating = true;
            out->rating = (Rating)k;
        }
    }
}

static bool date(Reader *r, const cJSON *obj, const char *key, const char *where, Date *out)
{
    const char *s = text(r, obj, key, where, false);
    if (s && !date_parse(s, out)) {
        fail(r, where, key, "a date like 2026-12-01, or null");
        return false;
    }
    return s != NULL;
}

static const cJSON *member(Reader *r, const cJSON *obj, const char *key, bool array)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (array ? !cJSON_IsArray(v) : !cJSON_IsObject(v)) {
        fail(r, "", key, array ? "a list" : "an object");
        return NULL;
    }
    return v;
}

static void read_header(Reader *r, const cJSON *root)
{
    SheetSummary *s = r->s;
    const cJSON *h = member(r, root, "header", false);
    if (!h) {
        return;
    }
    s->company = text(r, h, "company", "header", false);
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(h, "scenario");
    s->scenario_id = text(r, o, "id", "header.scenario", true);
    s->scenario_title = text(r, o, "title", "header.scenario", false);
    o = cJSON_GetObjectItemCaseSensitive(h, "incident");
    const char *kind = text(r, o, "id", "header.incident", true);
    int k = kind ? vocab_find(&VOCAB_INCIDENT, kind) : -1;
    if (kind && k < 0) {
        fail(r, "header.incident", "id", "one of ransomware, data_leak, system_outage");
    }
    s->incident = k < 0 ? INCIDENT_COUNT : (IncidentKind)k;
    o = cJSON_GetObjectItemCaseSensitive(h, "procedure");
    s->procedure_id = text(r, o, "id", "header.procedure", true);
    s->procedure_revision = text(r, o, "revision", "header.procedure", false);
    s->has_date = date(r, h, "exercise_date", "header", &s->date);
}

/* steps[] and review[]: each entry is found by its key, so order does not matter here. */
static void read_scores(Reader *r, const cJSON *root, const char *key, const Vocab *v,
                        SummaryScore *out)
{
    const cJSON *a = member(r, root, key, true);
    const cJSON *e;
    char where[64];
    size_t i = 0;
    cJSON_ArrayForEach(e, a)
    {
        snprintf(where, sizeof where, "%s[%zu]", key, i++);
        const char *id = text(r, e, "key", where, true);
        int k = id ? vocab_find(v, id) : -1;
        if (id && k < 0) {
            char expected[256];
            snprintf(expected, sizeof expected, "one of %s", v->allowed);
            fail(r, where, "key", expected);
        } else if (k >= 0) {
            score(r, e, where, &out[k]);
        }
    }
}

static void read_findings(Reader *r, const cJSON *root)
{
    const cJSON *a = member(r, root, "findings", true);
    SheetSummary *s = r->s;
    s->findings = arena_array(&s->arena, (size_t)cJSON_GetArraySize(a), sizeof(SummaryFinding));
    const cJSON *e;
    char where[64];
    cJSON_ArrayForEach(e, a)
    {
        snprintf(where, sizeof where, "findings[%zu]", s->n_findings);
        SummaryFinding *f = &s->findings[s->n_findings++];
        const char *kind = text(r, e, "kind", where, true);
        int k = summary_finding_kind(kind);
        if (kind && k < 0) {
            fail(r, where, "kind", "a finding kind such as missed or missing_document");
        }
        f->kind = k < 0 ? FINDING_KIND_COUNT : (FindingKind)k;
        f->inject = text(r, e, "inject", where, false);
        f->item = text(r, e, "item", where, false);
        f->document = text(r, e, "document", where, false);
        f->text = text(r, e, "text", where, true);
    }
}

static void read_actions(Reader *r, const cJSON *root)
{
    const cJSON *a = member(r, root, "actions", true);
    SheetSummary *s = r->s;
    s->actions = arena_array(&s->arena, (size_t)cJSON_GetArraySize(a), sizeof(SummaryAction));
    const cJSON *e;
    char where[64];
    cJSON_ArrayForEach(e, a)
    {
        snprintf(where, sizeof where, "actions[%zu]", s->n_actions);
        SummaryAction *x = &s->actions[s->n_actions++];
        x->text = text(r, e, "text", where, true);
        x->owner = text(r, e, "owner", where, false);
        x->owner_name = text(r, e, "owner_name", where, false);
        x->has_due = date(r, e, "due", where, &x->due);
        x->status = text(r, e, "status", where, false);
        const char *src = text(r, e, "source", where, true);
        int k = summary_source_find(src);
        if (src && k < 0) {
            fail(r, where, "source", "one of document, item, decision");
        }
        x->source = k < 0 ? ACTION_FROM_ITEM : (ActionSource)k;
        x->item = text(r, e, "item", where, false);
        x->inject = text(r, e, "inject", where, false);
        x->document = text(r, e, "document", where, false);
        const char *needed = x->source == ACTION_FROM_DOCUMENT   ? x->document
                             : x->source == ACTION_FROM_DECISION ? x->inject
                                                                 : x->item;
        if (k >= 0 && !needed) {
            fail(r, where,
                 x->source == ACTION_FROM_DOCUMENT   ? "document"
                 : x->source == ACTION_FROM_DECISION ? "inject"
                                                     : "item",
                 "text for an action of this source");
        }
    }
}

/* The line and column of the byte at offset, for a JSON syntax error. */
static SrcPos position_of(const char *data, size_t offset)
{
    SrcPos p = {1, 1};
    for (size_t i = 0; i < offset && data[i]; i++) {
        if (data[i] == '\n') {
            p.line++;
            p.col = 1;
        } else if (((unsigned char)data[i] & 0xC0) != 0x80) {
            p.col++;
        }
    }
    return p;
}

static bool is_sheet(Reader *r, const cJSON *root)
{
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(root, "format");
    if (!cJSON_IsString(format) || strcmp(format->valuestring, "ttx-sheet") != 0) {
        diags_error(r->diags, r->path, (SrcPos){1, 1},
                    "not a ttx evaluation sheet: expected \"format\": \"ttx-sheet\" (the JSON "
                    "sheet that 'ttx run' writes or 'ttx report --format json' prints)");
        return false;
    }
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "version");
    if (!cJSON_IsNumber(version) || version->valuedouble != SHEET_FORMAT_VERSION) {
        diags_error(r->diags, r->path, (SrcPos){1, 1},
                    "unsupported sheet version; this ttx reads \"version\": %d",
                    SHEET_FORMAT_VERSION);
        return false;
    }
    return true;
}

SheetSummary *sheet_read(const char *path, Diags *diags, LoadStatus *status)
{
    char *data;
    size_t len;
    const char *reason;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        diags_error(diags, path, (SrcPos){0, 0}, "cannot read this file: %s", reason);
        *status = LOAD_UNREADABLE;
        return NULL;
    }
    *status = LOAD_INVALID;
    const char *end = NULL;
    /* len + 1: the terminating NUL that file_read_all adds must be seen for cJSON to accept
     * the end of the document (require_null_terminated rejects trailing garbage). */
    cJSON *root = cJSON_ParseWithLengthOpts(data, len + 1, &end, true);
    if (!root || !cJSON_IsObject(root)) {
        const char *at = root ? data : cJSON_GetErrorPtr();
        size_t offset = at && at >= data && at <= data + len ? (size_t)(at - data) : 0;
        diags_error(diags, path, position_of(data, offset),
                    root ? "not a ttx evaluation sheet: expected a JSON object"
                         : "not valid JSON here; is this the JSON sheet of 'ttx run'?");
        cJSON_Delete(root);
        free(data);
        return NULL;
    }
    SheetSummary *s = ttx_calloc(1, sizeof *s);
    arena_init(&s->arena);
    s->path = arena_strdup(&s->arena, path);
    Reader r = {s->path, s, diags, true};
    if (is_sheet(&r, root)) {
        read_header(&r, root);
        read_scores(&r, root, "steps", &VOCAB_STEP, s->steps);
        read_scores(&r, root, "review", &VOCAB_REVIEW, s->review);
        read_findings(&r, root);
        read_actions(&r, root);
    } else {
        r.ok = false;
    }
    cJSON_Delete(root);
    free(data);
    if (!r.ok) {
        sheet_summary_free(s);
        return NULL;
    }
    *status = LOAD_OK;
    return s;
}
