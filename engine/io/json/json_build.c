/* cJSON builders that abort on exhaustion, and the two byte-stable printers (indented for
 * reports, one line for the journal). */
#include "json_build.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base.h"
#include "textbuf.h"

static void attach(cJSON *parent, const char *key, cJSON *item)
{
    if (!item) {
        ttx_die(__FILE__, __LINE__, "out of memory");
    }
    cJSON_bool ok =
        key ? cJSON_AddItemToObject(parent, key, item) : cJSON_AddItemToArray(parent, item);
    if (!ok) {
        cJSON_Delete(item);
        ttx_die(__FILE__, __LINE__, "out of memory");
    }
}

cJSON *json_new_object(void)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) {
        ttx_die(__FILE__, __LINE__, "out of memory");
    }
    return o;
}

cJSON *json_put_object(cJSON *parent, const char *key)
{
    cJSON *o = cJSON_CreateObject();
    attach(parent, key, o);
    return o;
}

cJSON *json_put_array(cJSON *parent, const char *key)
{
    cJSON *a = cJSON_CreateArray();
    attach(parent, key, a);
    return a;
}

static size_t next_char(const char *s, size_t left)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)left, &cp);
    return k > 0 ? (size_t)k : 0;
}

/* A copy of s with U+FFFD for each byte that does not start a valid UTF-8 sequence, or NULL
 * when s is valid already (the common case costs no copy). */
static char *repair_utf8(const char *s)
{
    size_t n = strlen(s), i = 0, k;
    while (i < n && (k = next_char(s + i, n - i)) > 0) {
        i += k;
    }
    if (i == n) {
        return NULL;
    }
    char *out = ttx_malloc(n * 3 + 1);
    size_t o = 0;
    for (i = 0; i < n; i += k ? k : 1) {
        k = next_char(s + i, n - i);
        memcpy(out + o, k ? s + i : "\xEF\xBF\xBD", k ? k : 3);
        o += k ? k : 3;
    }
    out[o] = '\0';
    return out;
}

void json_put_string(cJSON *parent, const char *key, const char *s)
{
    if (!s) {
        json_put_null(parent, key);
        return;
    }
    char *fixed = repair_utf8(s);
    attach(parent, key, cJSON_CreateString(fixed ? fixed : s));
    free(fixed);
}

void json_put_int(cJSON *parent, const char *key, int64_t v)
{
    TTX_EXPECT(v >= -JSON_INT_MAX && v <= JSON_INT_MAX);
    attach(parent, key, cJSON_CreateNumber((double)v));
}

void json_put_bool(cJSON *parent, const char *key, bool v)
{
    attach(parent, key, cJSON_CreateBool(v));
}

void json_put_null(cJSON *parent, const char *key)
{
    attach(parent, key, cJSON_CreateNull());
}

void json_put_strings(cJSON *parent, const char *key, const char *const *v, size_t n)
{
    cJSON *a = json_put_array(parent, key);
    for (size_t i = 0; i < n; i++) {
        json_put_string(a, NULL, v[i]);
    }
}

/* A JSON string literal: quotes, backslashes and control characters escaped, everything else
 * (UTF-8 included) as it is — the same bytes cJSON would print. */
static void print_string(TextBuf *b, const char *s)
{
    textbuf_put(b, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        static const char short_escapes[] = "\b\t\n\f\r";
        const char *e = *p ? strchr(short_escapes, *p) : NULL;
        if (*p == '"' || *p == '\\') {
            textbuf_printf(b, "\\%c", *p);
        } else if (e) {
            textbuf_printf(b, "\\%c", "btnfr"[e - short_escapes]);
        } else if (*p < 0x20) {
            textbuf_printf(b, "\\u%04x", *p);
        } else {
            textbuf_putn(b, (const char *)p, 1);
        }
    }
    textbuf_put(b, "\"");
}

static void print_scalar(TextBuf *b, const cJSON *v)
{
    if (cJSON_IsString(v)) {
        print_string(b, v->valuestring);
    } else if (cJSON_IsNumber(v)) {
        /* json_put_int's numbers are whole and within ±2^53: digits only. A number added to
         * the document some other way keeps its full precision. */
        double d = v->valuedouble;
        if (d == (double)(long long)d) {
            textbuf_printf(b, "%lld", (long long)d);
        } else {
            textbuf_printf(b, "%.17g", d);
        }
    } else if (cJSON_IsBool(v)) {
        textbuf_put(b, cJSON_IsTrue(v) ? "true" : "false");
    } else {
        textbuf_put(b, "null");
    }
}

/* depth < 0 prints on one line; otherwise depth is the indentation level of v. */
static void print_value(TextBuf *b, const cJSON *v, int depth)
{
    bool object = cJSON_IsObject(v);
    if (!object && !cJSON_IsArray(v)) {
        print_scalar(b, v);
        return;
    }
    if (!v->child) {
        textbuf_put(b, object ? "{}" : "[]");
        return;
    }
    bool indent = depth >= 0;
    textbuf_put(b, object ? "{" : "[");
    textbuf_put(b, indent ? "\n" : "");
    for (const cJSON *c = v->child; c; c = c->next) {
        if (indent) {
            textbuf_printf(b, "%*s", 2 * (depth + 1), "");
        }
        if (object) {
            print_string(b, c->string);
            textbuf_put(b, indent ? ": " : ":");
        }
        print_value(b, c, indent ? depth + 1 : -1);
        textbuf_put(b, c->next ? "," : "");
        textbuf_put(b, indent ? "\n" : "");
    }
    if (indent) {
        textbuf_printf(b, "%*s", 2 * depth, "");
    }
    textbuf_put(b, object ? "}" : "]");
}

/* Printed here rather than with cJSON_Print, which indents with tabs, puts a tab after each
 * colon and keeps arrays of strings on one line: one value per line makes golden files diff
 * well. */
char *json_print_stable(const cJSON *doc)
{
    TextBuf b;
    textbuf_init(&b);
    print_value(&b, doc, 0);
    textbuf_put(&b, "\n");
    return textbuf_take(&b);
}

char *json_print_line(const cJSON *doc)
{
    TextBuf b;
    textbuf_init(&b);
    print_value(&b, doc, -1);
    return textbuf_take(&b);
}
