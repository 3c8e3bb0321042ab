/* The YAML scalar writer (yaml_write.c): every string, however awkward — YAML keywords, numbers,
 * times, indicators, ": " and " #", leading and trailing blanks, line breaks with every
 * chomping, tabs, CR, NEL, LS/PS, a BOM, quotes and backslashes — is written so that the
 * project's own YAML reader gives back exactly the same string, and ordinary Japanese text stays
 * plain so people can edit it. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "textbuf.h"
#include "yaml_tree.h"
#include "yaml_write.h"

static const char *const CASES[] = {
    "感染兆候の検知",
    "IT管理担当者（総務課兼務）",
    "",
    "true",
    "False",
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "n",
    "null",
    "~",
    "Null",
    "0:30",
    "72:00",
    "2026-07-10",
    "1",
    "-1",
    "+1",
    ".5",
    ".inf",
    "1e3",
    "0x1F",
    "4m",
    "- item",
    "-",
    "? x",
    ": x",
    "# not a comment",
    "a # comment?",
    "a: b",
    "key:",
    "a:b",
    "[x]",
    "{x}",
    "!tag",
    "&anchor",
    "*alias",
    "|",
    ">",
    "'single'",
    "\"double\"",
    "%dir",
    "@at",
    "`tick`",
    " leading",
    "trailing ",
    "\ttab",
    "tab\tinside",
    "line one\nline two\n",
    "no newline at end\nsecond",
    "two newlines at end\n\n",
    "\nleading newline",
    "blank\n\nline inside\n",
    "trailing space \nnext",
    "  indented first\nsecond",
    "first\n  indented second\n",
    "cr\r\nlf",
    "nel\xC2\x85"
    "next",
    "ls\xE2\x80\xA8"
    "ps\xE2\x80\xA9"
    "end",
    "bom\xEF\xBB\xBF"
    "inside",
    "quote \" and backslash \\",
    "ctrl\x01\x1F\x7F",
    "日本語の文。\n二行目（全角：コロン）\n",
    "「R01 感染兆候の検知」で「感染兆候チェックリスト」が準備されていなかった",
};

/* Writes "v: <s>" and reads it back with the project's reader. */
static char *round_trip(const char *s)
{
    TextBuf b;
    textbuf_init(&b);
    textbuf_put(&b, "items:\n");
    yaml_write_item(&b, 2, s);
    yaml_write_field(&b, 0, "v", s);
    YDoc doc;
    Diags d;
    diags_init(&d);
    char *back = NULL;
    if (ydoc_parse(&doc, "w.yaml", b.s, b.len, &d) && doc.root) {
        const YNode *v = ynode_get(doc.root, "v");
        const YNode *items = ynode_get(doc.root, "items");
        bool same_item =
            items && items->n_items == 1 && v && strcmp(items->items[0]->text, v->text) == 0;
        if (v && v->kind == YNODE_SCALAR && same_item && !(v->plain && v->len == 0 && *s)) {
            back = strdup(v->text);
        }
    } else {
        diags_print(&d, stderr);
    }
    if (!back || strcmp(back, s) != 0) {
        fprintf(stderr, "written:\n%s\n", b.s);
    }
    ydoc_deinit(&doc);
    diags_deinit(&d);
    textbuf_deinit(&b);
    return back;
}

static void test_round_trips(void)
{
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char *back = round_trip(CASES[i]);
        CHECK_STR(back, CASES[i]);
        free(back);
    }
}

static void test_styles(void)
{
    /* Japanese text stays plain; things YAML would read as another type are quoted. */
    CHECK(yaml_plain_ok("感染兆候の検知"));
    CHECK(yaml_plain_ok("IT管理担当者（総務課兼務）"));
    CHECK(!yaml_plain_ok("true") && !yaml_plain_ok("0:30") && !yaml_plain_ok("a: b"));
    TextBuf b;
    textbuf_init(&b);
    yaml_write_field(&b, 2, "text", "一行目\n二行目\n");
    CHECK_STR(b.s, "  text: |\n    一行目\n    二行目\n");
    b.len = 0;
    yaml_write_field(&b, 0, "text", "end\n\n");
    CHECK_STR(b.s, "text: |+\n  end\n\n");
    b.len = 0;
    yaml_write_field(&b, 0, "at", "0:30");
    CHECK_STR(b.s, "at: \"0:30\"\n");
    textbuf_deinit(&b);
}

int main(void)
{
    test_round_trips();
    test_styles();
    return check_done();
}
