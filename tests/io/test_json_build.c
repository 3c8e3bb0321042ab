/* The one JSON builder and its two printers: integers print as integers in both layouts (never
 * "1e+15", which cJSON's own printer gives), the one-line layout is the bytes
 * cJSON_PrintUnformatted gives for the same document otherwise, strings that are not UTF-8 come out
 * repaired, and null stands in for NULL strings. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json_build.h"
#include "json_read.h"

/* A document with every kind of value the writers put. */
static cJSON *sample(void)
{
    static const char *const names[] = {"社長", NULL, "a\"b\\c\n\t\x01"};
    cJSON *doc = json_new_object();
    json_put_string(doc, "format", "ttx-test");
    json_put_int(doc, "version", 1);
    json_put_int(doc, "negative", -42);
    json_put_bool(doc, "yes", true);
    json_put_bool(doc, "no", false);
    json_put_null(doc, "nothing");
    json_put_string(doc, "none", NULL);
    json_put_strings(doc, "names", names, 3);
    json_put_array(doc, "empty_list");
    json_put_object(doc, "empty_object");
    cJSON *o = json_put_object(doc, "nested");
    cJSON *a = json_put_array(o, "numbers");
    json_put_int(a, NULL, 0);
    json_put_int(a, NULL, 2147483647);
    return doc;
}

static void test_stable_layout(void)
{
    cJSON *doc = sample();
    char *text = json_print_stable(doc);
    CHECK_STR(text, "{\n"
                    "  \"format\": \"ttx-test\",\n"
                    "  \"version\": 1,\n"
                    "  \"negative\": -42,\n"
                    "  \"yes\": true,\n"
                    "  \"no\": false,\n"
                    "  \"nothing\": null,\n"
                    "  \"none\": null,\n"
                    "  \"names\": [\n"
                    "    \"社長\",\n"
                    "    null,\n"
                    "    \"a\\\"b\\\\c\\n\\t\\u0001\"\n"
                    "  ],\n"
                    "  \"empty_list\": [],\n"
                    "  \"empty_object\": {},\n"
                    "  \"nested\": {\n"
                    "    \"numbers\": [\n"
                    "      0,\n"
                    "      2147483647\n"
                    "    ]\n"
                    "  }\n"
                    "}\n");
    free(text);
    cJSON_Delete(doc);
}

/* Where cJSON prints integers as integers, the line is exactly cJSON's. */
static void test_line_is_cjson_unformatted(void)
{
    cJSON *doc = sample();
    char *mine = json_print_line(doc);
    char *theirs = cJSON_PrintUnformatted(doc);
    CHECK_STR(mine, theirs);
    CHECK(strchr(mine, '\n') == NULL);
    cJSON_free(theirs);
    free(mine);
    cJSON_Delete(doc);
}

/* cJSON prints 10^15 as "1e+15" (it round-trips through "%1.15g"); a journal or a sheet must
 * show the digits, and reading them back must give the same integer. */
static void test_integers_never_take_an_exponent(void)
{
    cJSON *doc = json_new_object();
    json_put_int(doc, "big", INT64_C(1000000000000000));
    json_put_int(doc, "max", JSON_INT_MAX);
    json_put_int(doc, "min", -JSON_INT_MAX);
    json_put_int(doc, "ms", INT64_C(1796083200123));
    char *line = json_print_line(doc);
    CHECK_STR(line, "{\"big\":1000000000000000,\"max\":9007199254740992,"
                    "\"min\":-9007199254740992,\"ms\":1796083200123}");
    char *text = json_print_stable(doc);
    CHECK(strstr(text, "\"big\": 1000000000000000,\n") != NULL);
    cJSON *back = cJSON_Parse(line);
    int64_t v = 0;
    char err[128] = "";
    CHECK(back && json_get_int(cJSON_GetObjectItemCaseSensitive(back, "max"), "max", 0,
                               JSON_INT_MAX, &v, err, sizeof err));
    CHECK(v == JSON_INT_MAX);
    cJSON_Delete(back);
    free(text);
    free(line);
    cJSON_Delete(doc);
}

/* A stray byte (a Shift_JIS name pasted into a field) becomes U+FFFD, so the file stays JSON. */
static void test_bad_utf8_is_repaired(void)
{
    cJSON *doc = json_new_object();
    json_put_string(doc, "name", "ok\x82\xa0ok");
    char *line = json_print_line(doc);
    CHECK_STR(line, "{\"name\":\"ok\xef\xbf\xbd\xef\xbf\xbdok\"}");
    free(line);
    cJSON_Delete(doc);
}

int main(void)
{
    test_stable_layout();
    test_line_is_cjson_unformatted();
    test_integers_never_take_an_exponent();
    test_bad_utf8_is_repaired();
    return check_done();
}
