/* Events ↔ journal lines. Each type writes only the fields it uses, and reading rejects fields
 * that do not belong to the type, so a damaged or hand-edited line cannot slip in a value the
 * writer would never have produced. Every field is written so that reading it back gives the
 * identical Event (the round-trip test in tests/unit/test_journal_json.c holds us to that). */
#include "journal_json.h"

#include <stdio.h>
#include <string.h>

#include "base.h"
#include "journal_json_review.h"
#include "json_build.h"
#include "json_read.h"
#include "simtime.h"

typedef enum EventKey {
    K_SEQ,
    K_TYPE,
    K_WALL,
    K_WALL_MS,
    K_UTC_OFFSET,
    K_SIM,
    K_INJECT,
    K_ITEM,
    K_STATUS,
    K_BY,
    K_AT,
    K_MISSING,
    K_CONFUSED,
    K_NOTE,
    K_OPTION,
    K_TEXT,
    K_FIELD,
    K_REVIEW,
    K_RATING,
    K_REASON,
    K_CLEAR,
    K_KEY,
    K_ACTION,
    K_OWNER,
    K_OWNER_NAME,
    K_DUE,
    K_DONE,
    K_SCORES,
    K_STRENGTHS,
    K_IMPROVEMENTS,
    K_OPTION_SEED,
    K_COUNT
} EventKey;

static const char *const event_keys[K_COUNT] = {
    "seq",    "type",   "wall",  "wall_ms", "utc_offset", "sim",      "inject",
    "item",   "status", "by",    "at",      "missing",    "confused", "note",
    "option", "text",   "field", "review",  "rating",     "reason",   "clear",
    "key",    "action", "owner", "owner_name", "due",      "done",     "scores",
    "strengths", "improvements", "option_seed",
};

#define BIT(k) (1u << (k))
#define COMMON                                                                                     \
    (BIT(K_SEQ) | BIT(K_TYPE) | BIT(K_WALL) | BIT(K_WALL_MS) | BIT(K_UTC_OFFSET) | BIT(K_SIM))

/* The keys each type may carry, and those it must carry. */
static const unsigned type_allowed[EVENT_COUNT] = {
    [EVENT_START] = BIT(K_OPTION_SEED),
    [EVENT_PRESENT] = BIT(K_INJECT),
    [EVENT_ITEM] = BIT(K_INJECT) | BIT(K_ITEM) | BIT(K_STATUS) | BIT(K_BY) | BIT(K_AT) |
                   BIT(K_MISSING) | BIT(K_CONFUSED) | BIT(K_NOTE),
    [EVENT_DECISION] = BIT(K_INJECT) | BIT(K_OPTION),
    [EVENT_NOTE] = BIT(K_INJECT) | BIT(K_TEXT),
    [EVENT_RECORD_FIELD] = BIT(K_FIELD) | BIT(K_TEXT),
    [EVENT_REVIEW] = BIT(K_REVIEW) | BIT(K_TEXT),
    [EVENT_OVERRIDE] = BIT(K_REVIEW) | BIT(K_RATING) | BIT(K_REASON) | BIT(K_CLEAR),
    [EVENT_PAUSE] = 0,
    [EVENT_RESUME] = 0,
    [EVENT_END] = 0,
    [EVENT_PLAN_ACTION] = BIT(K_KEY) | BIT(K_ACTION) | BIT(K_TEXT) | BIT(K_OWNER) |
                          BIT(K_OWNER_NAME) | BIT(K_DUE) | BIT(K_STATUS),
    [EVENT_PLAN_CONFIRM] = BIT(K_KEY) | BIT(K_DONE) | BIT(K_NOTE),
    [EVENT_FEEDBACK] = BIT(K_SCORES) | BIT(K_STRENGTHS) | BIT(K_IMPROVEMENTS),
};
static const unsigned type_required[EVENT_COUNT] = {
    [EVENT_PRESENT] = BIT(K_INJECT),
    [EVENT_ITEM] = BIT(K_INJECT) | BIT(K_ITEM) | BIT(K_STATUS),
    [EVENT_DECISION] = BIT(K_INJECT) | BIT(K_OPTION),
    [EVENT_NOTE] = BIT(K_TEXT),
    [EVENT_RECORD_FIELD] = BIT(K_FIELD),
    [EVENT_REVIEW] = BIT(K_REVIEW),
    [EVENT_OVERRIDE] = BIT(K_REVIEW),
    [EVENT_PLAN_ACTION] = BIT(K_KEY) | BIT(K_TEXT) | BIT(K_STATUS),
    [EVENT_PLAN_CONFIRM] = BIT(K_KEY) | BIT(K_DONE),
    [EVENT_FEEDBACK] = BIT(K_SCORES),
};

/* The earliest and latest wall times whose ISO text has a four-digit year. */
#define WALL_MS_MIN INT64_C(-62135596800000)
#define WALL_MS_MAX INT64_C(253402300799999)

/* ---- encoding ----------------------------------------------------------------------------- */

static void add_simtime(cJSON *o, const char *key, int minutes)
{
    char buf[32];
    json_put_string(o, key, simtime_format(minutes, buf, sizeof(buf)));
}

static void encode_item(cJSON *o, const Event *e)
{
    json_put_string(o, "inject", e->inject);
    json_put_string(o, "item", e->item);
    json_put_string(o, "status", vocab_id(&VOCAB_STATUS, (int)e->status));
    json_put_strings(o, "by", e->by, e->n_by);
    if (e->has_at) {
        add_simtime(o, "at", e->at_minutes);
    }
    json_put_strings(o, "missing", e->missing, e->n_missing);
    json_put_bool(o, "confused", e->confused);
    if (e->note) {
        json_put_string(o, "note", e->note);
    }
}

static void encode_fields(cJSON *o, const Event *e)
{
    switch (e->type) {
    case EVENT_START:
        /* Absent when the options keep their authored order (and in journals before it). */
        if (e->option_seed) {
            json_put_int(o, "option_seed", e->option_seed);
        }
        break;
    case EVENT_PRESENT:
        json_put_string(o, "inject", e->inject);
        break;
    case EVENT_ITEM:
        encode_item(o, e);
        break;
    case EVENT_DECISION:
        json_put_string(o, "inject", e->inject);
        json_put_string(o, "option", e->option);
        break;
    case EVENT_NOTE:
        json_put_string(o, "inject", e->inject);
        json_put_string(o, "text", e->text);
        break;
    case EVENT_RECORD_FIELD:
        json_put_string(o, "field", vocab_id(&VOCAB_RECFIELD, (int)e->field));
        json_put_string(o, "text", e->text);
        break;
    case EVENT_REVIEW:
        json_put_string(o, "review", vocab_id(&VOCAB_REVIEW, (int)e->review));
        json_put_string(o, "text", e->text);
        break;
    case EVENT_OVERRIDE:
        json_put_string(o, "review", vocab_id(&VOCAB_REVIEW, (int)e->review));
        if (e->clear) {
            json_put_bool(o, "clear", true);
        } else {
            json_put_string(o, "rating", vocab_id(&VOCAB_RATING, (int)e->rating));
            json_put_string(o, "reason", e->reason);
        }
        break;
    case EVENT_PLAN_ACTION:
    case EVENT_PLAN_CONFIRM:
    case EVENT_FEEDBACK:
        journal_review_encode(o, e);
        break;
    default:
        break;
    }
}

char *journal_event_encode(const Event *e)
{
    TTX_EXPECT(e->type >= 0 && e->type < EVENT_COUNT);
    char wall[64];
    cJSON *o = json_new_object();
    json_put_int(o, "seq", e->seq);
    json_put_string(o, "type", EVENT_TYPE_IDS[e->type]);
    json_put_string(o, "wall", walltime_format(e->wall, wall, sizeof(wall)));
    json_put_int(o, "wall_ms", e->wall.ms);
    json_put_int(o, "utc_offset", e->wall.utc_offset_min);
    add_simtime(o, "sim", e->sim_minutes);
    encode_fields(o, e);
    char *line = json_print_line(o);
    cJSON_Delete(o);
    return line;
}

/* ---- decoding ----------------------------------------------------------------------------- */

static bool get_simtime(const cJSON *v, const char *key, int *out, char *err, size_t err_size)
{
    if (!cJSON_IsString(v) || !simtime_parse(v->valuestring, out)) {
        snprintf(err, err_size, "'%s' must be a simulated time like \"1:30\"", key);
        return false;
    }
    return true;
}

/* The clock fields. "wall" repeats wall_ms and utc_offset for people reading the file; it must
 * agree with them to the second, which also catches a damaged digit in either. */
static bool decode_clock(const cJSON **f, Event *e, char *err, size_t err_size)
{
    int64_t seq, ms, off;
    WallTime shown;
    if (!json_get_int(f[K_SEQ], "seq", 0, JSON_INT_MAX, &seq, err, err_size) ||
        !json_get_int(f[K_WALL_MS], "wall_ms", WALL_MS_MIN, WALL_MS_MAX, &ms, err, err_size) ||
        !json_get_int(f[K_UTC_OFFSET], "utc_offset", -(23 * 60 + 59), 23 * 60 + 59, &off, err,
                      err_size) ||
        !get_simtime(f[K_SIM], "sim", &e->sim_minutes, err, err_size)) {
        return false;
    }
    e->seq = (long)seq;
    e->wall.ms = ms;
    e->wall.utc_offset_min = (int)off;
    int64_t whole_s = ms >= 0 || ms % 1000 == 0 ? ms / 1000 : ms / 1000 - 1;
    if (!cJSON_IsString(f[K_WALL]) || !walltime_parse(f[K_WALL]->valuestring, &shown)) {
        snprintf(err, err_size,
                 "'wall' must be a date and time like \"2026-12-01T09:00:00+09:00\"");
        return false;
    }
    if (shown.ms != whole_s * 1000 || shown.utc_offset_min != e->wall.utc_offset_min) {
        snprintf(err, err_size, "'wall' (%s) does not match 'wall_ms' and 'utc_offset'",
                 f[K_WALL]->valuestring);
        return false;
    }
    return true;
}

static bool decode_item(const cJSON **f, Event *e, Arena *a, char *err, size_t err_size)
{
    int status;
    const char **by = NULL, **missing = NULL;
    if (!json_get_text(f[K_ITEM], "item", false, a, &e->item, err, err_size) ||
        !json_get_id(f[K_STATUS], "status", &VOCAB_STATUS, &status, err, err_size) ||
        (f[K_BY] && !json_get_text_array(f[K_BY], "by", a, &by, &e->n_by, err, err_size)) ||
        (f[K_MISSING] && !json_get_text_array(f[K_MISSING], "missing", a, &missing, &e->n_missing,
                                              err, err_size)) ||
        (f[K_CONFUSED] && !json_get_bool(f[K_CONFUSED], "confused", &e->confused, err, err_size)) ||
        (f[K_NOTE] && !json_get_text(f[K_NOTE], "note", true, a, &e->note, err, err_size))) {
        return false;
    }
    e->status = (ItemStatus)status;
    e->by = by;
    e->missing = missing;
    e->has_at = f[K_AT] != NULL;
    return !e->has_at || get_simtime(f[K_AT], "at", &e->at_minutes, err, err_size);
}

static bool decode_override(const cJSON **f, Event *e, Arena *a, char *err, size_t err_size)
{
    if (f[K_CLEAR] && !json_get_bool(f[K_CLEAR], "clear", &e->clear, err, err_size)) {
        return false;
    }
    if (e->clear) {
        if (f[K_RATING] || f[K_REASON]) {
            snprintf(err, err_size, "an override that is cleared takes no 'rating' or 'reason'");
            return false;
        }
        return true;
    }
    int rating;
    if (!f[K_RATING]) {
        snprintf(err, err_size, "an 'override' event needs 'rating' (or \"clear\": true)");
        return false;
    }
    if (!json_get_id(f[K_RATING], "rating", &VOCAB_RATING, &rating, err, err_size) ||
        (f[K_REASON] &&
         !json_get_text(f[K_REASON], "reason", true, a, &e->reason, err, err_size))) {
        return false;
    }
    e->rating = (Rating)rating;
    return true;
}

/* The type's own fields; presence was checked against type_allowed/type_required already. */
static bool decode_fields(const cJSON **f, Event *e, Arena *a, char *err, size_t err_size)
{
    int id;
    if (f[K_INJECT] && !json_get_text(f[K_INJECT], "inject", e->type == EVENT_NOTE, a, &e->inject,
                                      err, err_size)) {
        return false;
    }
    if (f[K_TEXT] && !json_get_text(f[K_TEXT], "text", true, a, &e->text, err, err_size)) {
        return false;
    }
    switch (e->type) {
    case EVENT_START: {
        int64_t seed = 0;
        if (f[K_OPTION_SEED] && !json_get_int(f[K_OPTION_SEED], "option_seed", 1, UINT32_MAX,
                                              &seed, err, err_size)) {
            return false;
        }
        e->option_seed = (uint32_t)seed;
        return true;
    }
    case EVENT_ITEM:
        return decode_item(f, e, a, err, err_size);
    case EVENT_DECISION:
        return json_get_text(f[K_OPTION], "option", false, a, &e->option, err, err_size);
    case EVENT_RECORD_FIELD:
        if (!json_get_id(f[K_FIELD], "field", &VOCAB_RECFIELD, &id, err, err_size)) {
            return false;
        }
        e->field = (RecordField)id;
        return true;
    case EVENT_REVIEW:
    case EVENT_OVERRIDE:
        if (!json_get_id(f[K_REVIEW], "review", &VOCAB_REVIEW, &id, err, err_size)) {
            return false;
        }
        e->review = (ReviewKey)id;
        return e->type == EVENT_REVIEW || decode_override(f, e, a, err, err_size);
    case EVENT_PLAN_ACTION:
        return journal_review_decode_action(f[K_KEY], f[K_ACTION], f[K_OWNER], f[K_OWNER_NAME],
                                            f[K_DUE], f[K_STATUS], e, a, err, err_size);
    case EVENT_PLAN_CONFIRM:
        return journal_review_decode_confirm(f[K_KEY], f[K_DONE], f[K_NOTE], e, a, err,
                                             err_size);
    case EVENT_FEEDBACK:
        return journal_review_decode_feedback(f[K_SCORES], f[K_STRENGTHS], f[K_IMPROVEMENTS], e,
                                              a, err, err_size);
    default:
        return true;
    }
}

/* Which keys are present, against what the type allows and needs. */
static bool check_keys(const cJSON **f, EventType type, char *err, size_t err_size)
{
    unsigned allowed = COMMON | type_allowed[type];
    unsigned required = COMMON | type_required[type];
    for (int k = 0; k < K_COUNT; k++) {
        if (f[k] && !(allowed & BIT(k))) {
            snprintf(err, err_size, "a '%s' event takes no '%s'", EVENT_TYPE_IDS[type],
                     event_keys[k]);
            return false;
        }
        if (!f[k] && (required & BIT(k))) {
            snprintf(err, err_size, "a '%s' event needs '%s'", EVENT_TYPE_IDS[type], event_keys[k]);
            return false;
        }
    }
    return true;
}

JournalLineStatus journal_parse_object(const char *line, size_t len, cJSON **out, char *err,
                                       size_t err_size)
{
    *out = NULL;
    const char *end = NULL;
    cJSON *root = strlen(line) == len ? cJSON_ParseWithOpts(line, &end, true) : NULL;
    if (!root) {
        snprintf(err, err_size, "it is not complete JSON");
        return JOURNAL_LINE_NOT_JSON;
    }
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        snprintf(err, err_size, "it is not a JSON object ({…})");
        return JOURNAL_LINE_INVALID;
    }
    *out = root;
    return JOURNAL_LINE_OK;
}

JournalLineStatus journal_event_decode(const char *line, size_t len, Event *e, Arena *arena,
                                       char *err, size_t err_size)
{
    memset(e, 0, sizeof(*e));
    cJSON *root;
    JournalLineStatus st = journal_parse_object(line, len, &root, err, err_size);
    if (st != JOURNAL_LINE_OK) {
        return st;
    }
    const cJSON *f[K_COUNT];
    int type = -1;
    bool ok = json_collect(root, event_keys, K_COUNT, f, err, err_size);
    if (ok && !f[K_TYPE]) {
        snprintf(err, err_size, "it has no 'type'");
        ok = false;
    } else if (ok && (!cJSON_IsString(f[K_TYPE]) ||
                      (type = event_type_find(f[K_TYPE]->valuestring)) < 0)) {
        snprintf(err, err_size,
                 "unknown event 'type'; expected one of start, present, item, decision, note, "
                 "record_field, review, override, pause, resume, end, plan_action, "
                 "plan_confirm, feedback");
        ok = false;
    }
    if (ok) {
        e->type = (EventType)type;
        ok = check_keys(f, e->type, err, err_size) && decode_clock(f, e, err, err_size) &&
             decode_fields(f, e, arena, err, err_size);
    }
    cJSON_Delete(root);
    return ok ? JOURNAL_LINE_OK : JOURNAL_LINE_INVALID;
}
