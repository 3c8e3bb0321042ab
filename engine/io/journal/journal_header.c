/* The journal's first line ↔ JournalHeader. The format version is checked before anything else,
 * so a journal from a newer ttx says "version 2" rather than failing on a key it added. */
#include <stdio.h>
#include <string.h>

#include "base.h"
#include "journal_json.h"
#include "json_build.h"
#include "json_read.h"

static void encode_file(cJSON *o, const char *key, const JournalFileRef *f)
{
    cJSON *ref = json_put_object(o, key);
    json_put_string(ref, "path", f->path);
    if (f->abs_path) {
        json_put_string(ref, "abs_path", f->abs_path);
    }
    json_put_string(ref, "sha256", f->sha256);
}

char *journal_header_encode(const JournalHeader *h)
{
    char started[64];
    cJSON *o = json_new_object();
    json_put_int(o, "ttx-journal", h->format);
    json_put_string(o, "ttx_version", h->ttx_version);
    encode_file(o, "scenario", &h->scenario);
    encode_file(o, "procedure", &h->procedure);
    json_put_string(o, "started", walltime_format(h->started, started, sizeof(started)));
    json_put_string(o, "facilitator", h->facilitator);
    cJSON *people = json_put_object(o, "participants");
    for (size_t i = 0; i < h->n_participants; i++) {
        if (h->participants[i].role.s) {
            json_put_string(people, h->participants[i].role.s, h->participants[i].name.s);
        }
    }
    char *line = json_print_line(o);
    cJSON_Delete(o);
    return line;
}

static bool is_sha256(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++) {
        if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f'))) {
            return false;
        }
    }
    return n == SHA256_HEX_SIZE - 1;
}

static bool decode_file(const cJSON *v, const char *key, JournalFileRef *f, Arena *a, char *err,
                        size_t err_size)
{
    static const char *const keys[] = {"path", "abs_path", "sha256"};
    const cJSON *found[3];
    char inner[256];
    const char *hash = NULL;
    if (!cJSON_IsObject(v)) {
        snprintf(err, err_size, "'%s' must be an object with \"path\" and \"sha256\"", key);
        return false;
    }
    if (!json_collect(v, keys, 3, found, inner, sizeof(inner)) ||
        !json_get_text(found[0], "path", false, a, &f->path, inner, sizeof(inner)) ||
        (found[1] &&
         !json_get_text(found[1], "abs_path", true, a, &f->abs_path, inner, sizeof(inner))) ||
        !json_get_text(found[2], "sha256", false, a, &hash, inner, sizeof(inner))) {
        snprintf(err, err_size, "in '%s': %s", key, inner);
        return false;
    }
    if (!is_sha256(hash)) {
        snprintf(err, err_size, "in '%s': 'sha256' must be 64 lowercase hex digits", key);
        return false;
    }
    memcpy(f->sha256, hash, SHA256_HEX_SIZE);
    return true;
}

static bool decode_participants(const cJSON *v, JournalHeader *h, Arena *a, char *err,
                                size_t err_size)
{
    h->participants = NULL;
    h->n_participants = 0;
    if (!v || cJSON_IsNull(v)) {
        return true;
    }
    if (!cJSON_IsObject(v)) {
        snprintf(err, err_size, "'participants' must be an object of role ids and names");
        return false;
    }
    size_t n = (size_t)cJSON_GetArraySize(v);
    h->participants = arena_array(a, n, sizeof(Participant));
    for (const cJSON *c = v->child; c; c = c->next) {
        for (size_t i = 0; i < h->n_participants; i++) {
            if (strcmp(h->participants[i].role.s, c->string) == 0) {
                snprintf(err, err_size, "the role '%s' appears twice in 'participants'", c->string);
                return false;
            }
        }
        Participant *p = &h->participants[h->n_participants];
        if (cJSON_IsNull(c)) {
            p->role.s = arena_strdup(a, c->string); /* a role whose person was not named */
            h->n_participants++;
            continue;
        }
        if (!cJSON_IsString(c)) {
            snprintf(err, err_size, "the participant of role '%s' must be a name in quotes",
                     c->string);
            return false;
        }
        p->role.s = arena_strdup(a, c->string);
        p->name.s = arena_strdup(a, c->valuestring);
        h->n_participants++;
    }
    return true;
}

/* Checks "ttx-journal" first: a missing key means this is not a journal at all. */
static bool decode_version(const cJSON *root, JournalHeader *h, char *err, size_t err_size)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "ttx-journal");
    int64_t version;
    if (!v) {
        snprintf(err, err_size, "it is not a ttx journal: line 1 has no \"ttx-journal\" key");
        return false;
    }
    if (!json_get_int(v, "ttx-journal", 0, JSON_INT_MAX, &version, err, err_size)) {
        return false;
    }
    if (version != JOURNAL_FORMAT_VERSION) {
        snprintf(err, err_size,
                 "this journal has format version %lld; this ttx reads version %d (use the ttx "
                 "that wrote it, or a newer one)",
                 (long long)version, JOURNAL_FORMAT_VERSION);
        return false;
    }
    h->format = (long)version;
    return true;
}

enum { H_VERSION, H_TTX, H_SCENARIO, H_PROCEDURE, H_STARTED, H_FACILITATOR, H_PEOPLE, H_COUNT };

static bool decode_fields(const cJSON *root, JournalHeader *h, Arena *a, char *err, size_t err_size)
{
    static const char *const keys[H_COUNT] = {"ttx-journal", "ttx_version", "scenario",
                                              "procedure",   "started",     "facilitator",
                                              "participants"};
    const cJSON *f[H_COUNT];
    if (!json_collect(root, keys, H_COUNT, f, err, err_size)) {
        return false;
    }
    for (int k = H_SCENARIO; k <= H_STARTED; k++) {
        if (!f[k]) {
            snprintf(err, err_size, "the header needs '%s'", keys[k]);
            return false;
        }
    }
    if ((f[H_TTX] &&
         !json_get_text(f[H_TTX], "ttx_version", true, a, &h->ttx_version, err, err_size)) ||
        !decode_file(f[H_SCENARIO], "scenario", &h->scenario, a, err, err_size) ||
        !decode_file(f[H_PROCEDURE], "procedure", &h->procedure, a, err, err_size) ||
        (f[H_FACILITATOR] && !json_get_text(f[H_FACILITATOR], "facilitator", true, a,
                                            &h->facilitator, err, err_size)) ||
        !decode_participants(f[H_PEOPLE], h, a, err, err_size)) {
        return false;
    }
    if (!cJSON_IsString(f[H_STARTED]) || !walltime_parse(f[H_STARTED]->valuestring, &h->started)) {
        snprintf(err, err_size,
                 "'started' must be a date and time like \"2026-12-01T09:00:00+09:00\"");
        return false;
    }
    return true;
}

JournalLineStatus journal_header_decode(const char *line, size_t len, JournalHeader *h,
                                        Arena *arena, char *err, size_t err_size)
{
    memset(h, 0, sizeof(*h));
    cJSON *root;
    JournalLineStatus st = journal_parse_object(line, len, &root, err, err_size);
    if (st != JOURNAL_LINE_OK) {
        return st;
    }
    bool ok =
        decode_version(root, h, err, err_size) && decode_fields(root, h, arena, err, err_size);
    cJSON_Delete(root);
    return ok ? JOURNAL_LINE_OK : JOURNAL_LINE_INVALID;
}
