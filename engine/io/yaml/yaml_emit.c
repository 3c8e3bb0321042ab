/* The YAML writers' helpers over libyaml's emitter (yaml_emit.h). libyaml writes whatever style it
 * is asked for as long as the scalar allows it, and otherwise falls back to a quoted style on its
 * own; the style is chosen here, conservatively, so that it never has to: whenever a plain or
 * block scalar might be read differently (by YAML 1.1 or 1.2 resolvers, or by an editor that
 * strips trailing spaces), the double-quoted style with escapes is used, which is always exact. */
#include "yaml_emit.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "base.h"
#include "textbuf.h"

struct YamlEmit {
    yaml_emitter_t emitter;
    TextBuf out;
    char *error; /* the first error, or NULL */
};

/* True when the character at p is one that libyaml 0.2.5 writes only as an escape inside double
 * quotes (its IS_PRINTABLE): C0 controls other than '\n', DEL, C1 controls (NEL among them), the
 * BOM, U+FFFE, U+FFFF and every character beyond U+FFFF; and the line breaks other than '\n' (CR,
 * LS, PS), which no other style keeps as they are. Works on the lead byte of a valid UTF-8
 * sequence (libyaml refuses invalid UTF-8 before this matters); continuation bytes never match. */
static bool escaped_char(const unsigned char *p)
{
    return (p[0] < 0x20 && p[0] != '\n') || p[0] == 0x7F || (p[0] == 0xC2 && p[1] < 0xA0) ||
           (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) ||
           (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) ||
           (p[0] == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) || p[0] >= 0xF0;
}

static bool any_escaped(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (escaped_char(p)) {
            return true;
        }
    }
    return false;
}

/* Words that a YAML 1.1 or 1.2 reader resolves to null or a boolean. */
static bool reserved_word(const char *s)
{
    static const char *const words[] = {"null", "~",  "true", "false", "yes",
                                        "no",   "on", "off",  "y",     "n"};
    char low[8];
    size_t n = strlen(s);
    if (n >= sizeof low) {
        return false;
    }
    for (size_t i = 0; i <= n; i++) {
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
    }
    for (size_t i = 0; i < TTX_ARRAY_LEN(words); i++) {
        if (strcmp(low, words[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* True when s can be written plain and read back as the same text. Stricter than libyaml's own
 * test (which knows no types: it would write true or 0:30 plain). */
static bool plain_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || strchr(s, '\n') || any_escaped(s) || reserved_word(s)) {
        return false;
    }
    /* Indicators at the start, and anything that looks like a number, a time or a date. */
    if (strchr("-?:,[]{}#&*!|>'\"%@`. \t", s[0]) || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    if ((s[0] == '+') || s[n - 1] == ' ' || s[n - 1] == ':') {
        return false;
    }
    return !strstr(s, ": ") && !strstr(s, " #");
}

/* A literal block keeps the text exactly when no line has leading or trailing blanks that the
 * indentation rules or an editor would change, and the text does not start with a line break. */
static bool literal_ok(const char *s)
{
    if (!strchr(s, '\n') || s[0] == '\n' || s[0] == ' ' || any_escaped(s)) {
        return false;
    }
    return !strstr(s, " \n") && s[strlen(s) - 1] != ' ';
}

static void fail(YamlEmit *e, const char *what)
{
    if (!e->error) {
        e->error = ttx_strdup(what);
    }
}

static int put_output(void *data, unsigned char *buffer, size_t size)
{
    textbuf_putn(data, (const char *)buffer, size);
    return 1;
}

/* Hands an initialized event to the emitter, which owns it from here on. */
static void emit(YamlEmit *e, yaml_event_t *event)
{
    if (!yaml_emitter_emit(&e->emitter, event)) {
        char *msg = ttx_format("YAML emitter: %s",
                               e->emitter.problem ? e->emitter.problem : "out of memory");
        fail(e, msg);
        free(msg);
    }
}

/* ok is what an event's *_initialize returned: it fails only on memory or on invalid UTF-8. */
static void emit_initialized(YamlEmit *e, int ok, yaml_event_t *event, const char *what)
{
    if (!ok) {
        char *msg = ttx_format("YAML emitter: cannot write %s (not valid UTF-8?)", what);
        fail(e, msg);
        free(msg);
        return;
    }
    emit(e, event);
}

YamlEmit *yaml_emit_create(const char *prologue)
{
    YamlEmit *e = ttx_calloc(1, sizeof *e);
    textbuf_init(&e->out);
    textbuf_put(&e->out, prologue ? prologue : "");
    if (!yaml_emitter_initialize(&e->emitter)) {
        fail(e, "YAML emitter: out of memory");
        return e;
    }
    yaml_emitter_set_output(&e->emitter, put_output, &e->out);
    yaml_emitter_set_unicode(&e->emitter, 1);
    yaml_emitter_set_width(&e->emitter, -1);
    yaml_emitter_set_indent(&e->emitter, 2);
    yaml_emitter_set_break(&e->emitter, YAML_LN_BREAK);
    yaml_event_t event;
    emit_initialized(e, yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING), &event,
                     "the stream");
    /* implicit: no "---" (nor "%YAML") line. */
    emit_initialized(e, yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1), &event,
                     "the document");
    return e;
}

char *yaml_emit_finish(YamlEmit *e, char *err, size_t err_size)
{
    yaml_event_t event;
    if (!e->error) {
        emit_initialized(e, yaml_document_end_event_initialize(&event, 1), &event, "the end");
    }
    /* The document end flushes the whole document. libyaml 0.2.5 then ends the stream with "..."
     * whenever a |+ block appeared anywhere in it; a reader keeps a |+ block's final line breaks
     * up to the end of the file all the same, so whatever the stream end adds is dropped. */
    size_t len = e->out.len;
    if (!e->error) {
        emit_initialized(e, yaml_stream_end_event_initialize(&event), &event, "the end");
    }
    if (e->error) {
        snprintf(err, err_size, "%s", e->error);
        return NULL;
    }
    e->out.len = len;
    if (e->out.s) {
        e->out.s[len] = '\0';
    }
    return textbuf_take(&e->out);
}

void yaml_emit_destroy(YamlEmit *e)
{
    if (!e) {
        return;
    }
    yaml_emitter_delete(&e->emitter);
    textbuf_deinit(&e->out);
    free(e->error);
    free(e);
}

void yaml_emit_map_begin(YamlEmit *e)
{
    yaml_event_t event;
    if (!e->error) {
        emit_initialized(
            e, yaml_mapping_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE),
            &event, "a mapping");
    }
}

void yaml_emit_map_end(YamlEmit *e)
{
    yaml_event_t event;
    if (!e->error) {
        emit_initialized(e, yaml_mapping_end_event_initialize(&event), &event, "a mapping");
    }
}

void yaml_emit_seq_begin(YamlEmit *e)
{
    yaml_event_t event;
    if (!e->error) {
        emit_initialized(
            e,
            yaml_sequence_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE),
            &event, "a list");
    }
}

void yaml_emit_seq_end(YamlEmit *e)
{
    yaml_event_t event;
    if (!e->error) {
        emit_initialized(e, yaml_sequence_end_event_initialize(&event), &event, "a list");
    }
}

static void scalar(YamlEmit *e, const char *s, yaml_scalar_style_t style)
{
    yaml_event_t event;
    if (e->error) {
        return;
    }
    /* No tag, implicit either way: the reader resolves the type from the style and the text. */
    int ok = yaml_scalar_event_initialize(&event, NULL, NULL, (const yaml_char_t *)s,
                                          (int)strlen(s), 1, 1, style);
    emit_initialized(e, ok, &event, "a value");
}

static yaml_scalar_style_t text_style(const char *s)
{
    return plain_ok(s)     ? YAML_PLAIN_SCALAR_STYLE
           : literal_ok(s) ? YAML_LITERAL_SCALAR_STYLE
                           : YAML_DOUBLE_QUOTED_SCALAR_STYLE;
}

void yaml_emit_key(YamlEmit *e, const char *key)
{
    scalar(e, key, plain_ok(key) ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

void yaml_emit_text(YamlEmit *e, const char *s)
{
    /* An empty plain scalar is null; libyaml writes nothing after "key:" for it. */
    scalar(e, s ? s : "", s ? text_style(s) : YAML_PLAIN_SCALAR_STYLE);
}

void yaml_emit_int(YamlEmit *e, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    scalar(e, buf, YAML_PLAIN_SCALAR_STYLE);
}

void yaml_emit_field(YamlEmit *e, const char *key, const char *value)
{
    yaml_emit_key(e, key);
    yaml_emit_text(e, value);
}
