/* The YAML writers' helpers over libyaml's emitter (yaml_emit.c): every string, however awkward —
 * YAML keywords, numbers, times, indicators, ": " and " #", leading and trailing blanks, line
 * breaks with every chomping, tabs, CR, NEL, LS/PS, a BOM, quotes, backslashes, control
 * characters, characters beyond U+FFFF — written as a value, a list item, a key and a value deep
 * in the tree, reads back through libyaml (the project's reader) as exactly the same string, and
 * is never left plain where a YAML 1.1 or 1.2 reader would take it for a number, a boolean, null
 * or a date. Thousands of generated strings, then the exact style of the ordinary cases (Japanese
 * stays plain so people can edit it) and the document's frame (prologue, no "---", no "..."). */
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "yaml_emit.h"
#include "yaml_tree.h"

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
    "0123",
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
    "a#b",
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
    "---",
    "...",
    " leading",
    "trailing ",
    "\ttab",
    "tab\tinside",
    "line one\nline two\n",
    "no newline at end\nsecond",
    "two newlines at end\n\n",
    "\nleading newline",
    "\n",
    "blank\n\nline inside\n",
    "trailing space \nnext",
    "trailing spaces at the end\nof text  ",
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
    "bell\a backspace\b vt\v ff\f esc\x1B",
    "c1\xC2\x80\xC2\x9F and nbsp\xC2\xA0",
    "noncharacters \xEF\xBF\xBE\xEF\xBF\xBF",
    "emoji \xF0\x9F\x98\x80",
    "𠮷野家の担当者",
    "日本語の文。\n二行目（全角：コロン）\n",
    "「R01 感染兆候の検知」で「感染兆候チェックリスト」が準備されていなかった",
};

/* Fragments the generated strings are made of: the characters that decide a scalar's style. */
static const char *const FRAGMENTS[] = {
    "a",
    "あ",
    " ",
    "  ",
    "\n",
    "\t",
    ":",
    "#",
    "-",
    "?",
    "'",
    "\"",
    "\\",
    "0",
    "1",
    ".",
    "e",
    "~",
    ",",
    "[",
    "]",
    "{",
    "}",
    "&",
    "*",
    "!",
    "|",
    ">",
    "%",
    "@",
    "`",
    "\r",
    "yes",
    "null",
    ": ",
    " #",
    "\xC2\x85",
    "\xE2\x80\xA8",
    "\xEF\xBB\xBF",
    "\x01",
    "\x7F",
    "\xF0\x9F\x98\x80",
    "\xC2\xA0",
};

/* YAML 1.1 (PyYAML's resolver) and 1.2 core types other than strings, for plain scalars. */
static const char *const TYPED[] = {
    "^(y|yes|n|no|true|false|on|off)$",
    "^(~|null|)$",
    "^[-+]?(0b[0-1_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-f_]+|0o[0-7]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$",
    "^([-+]?[0-9][0-9_]*\\.[0-9_]*([e][-+]?[0-9]+)?|\\.[0-9_]+([e][-+]?[0-9]+)?"
    "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.inf|\\.nan"
    "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)(e[-+]?[0-9]+)?)$",
    "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([tT ]|$)",
    "^(<<|=)$",
};

static bool typed_plain(const char *s)
{
    for (size_t i = 0; i < sizeof TYPED / sizeof TYPED[0]; i++) {
        regex_t re;
        if (regcomp(&re, TYPED[i], REG_EXTENDED | REG_ICASE | REG_NOSUB) != 0) {
            fprintf(stderr, "bad regex %s\n", TYPED[i]);
            exit(2);
        }
        bool match = regexec(&re, s, 0, NULL, 0) == 0;
        regfree(&re);
        if (match) {
            return true;
        }
    }
    return false;
}

/* A scalar read back as s: the same text, and not plain where a reader would type it. */
static bool same(const YNode *n, const char *s)
{
    return n && n->kind == YNODE_SCALAR && n->len == strlen(s) && strcmp(n->text, s) == 0 &&
           !(n->plain && typed_plain(s));
}

/* Writes s as a value, a list item, a key and a value three levels down, and reads it back. */
static bool round_trip(const char *s)
{
    YamlEmit *e = yaml_emit_create("# prologue\n");
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "v", s);
    yaml_emit_key(e, "items");
    yaml_emit_seq_begin(e);
    yaml_emit_text(e, s);
    yaml_emit_text(e, "after");
    yaml_emit_seq_end(e);
    yaml_emit_key(e, "keyed");
    yaml_emit_map_begin(e);
    yaml_emit_key(e, s);
    yaml_emit_int(e, -3);
    yaml_emit_map_end(e);
    yaml_emit_key(e, "deep");
    yaml_emit_seq_begin(e);
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "t", s);
    yaml_emit_map_end(e);
    yaml_emit_seq_end(e);
    yaml_emit_map_end(e);
    char err[256];
    char *text = yaml_emit_finish(e, err, sizeof err);
    yaml_emit_destroy(e);
    if (!text) {
        fprintf(stderr, "emitter failed: %s\n", err);
        return false;
    }
    YDoc doc;
    Diags d;
    diags_init(&d);
    bool ok = ydoc_parse(&doc, "w.yaml", text, strlen(text), &d) && doc.root;
    if (ok) {
        const YNode *items = ynode_get(doc.root, "items");
        const YNode *keyed = ynode_get(doc.root, "keyed");
        const YNode *deep = ynode_get(doc.root, "deep");
        ok = same(ynode_get(doc.root, "v"), s) && items && items->n_items == 2 &&
             same(items->items[0], s) && same(items->items[1], "after") && keyed &&
             keyed->kind == YNODE_MAPPING && keyed->n_pairs == 1 && same(keyed->pairs[0].key, s) &&
             strcmp(keyed->pairs[0].value->text, "-3") == 0 && deep && deep->n_items == 1 &&
             same(ynode_get(deep->items[0], "t"), s);
    } else {
        diags_print(&d, stderr);
    }
    if (!ok) {
        fprintf(stderr, "written:\n%s\n", text);
    }
    ydoc_deinit(&doc);
    diags_deinit(&d);
    free(text);
    return ok;
}

static void test_cases(void)
{
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        CHECK(round_trip(CASES[i]));
    }
}

/* Strings of 1 to 8 fragments from a fixed-seed generator: the same strings on every run. */
static void test_generated(void)
{
    uint32_t seed = 12345;
    int failed = 0;
    for (int i = 0; i < 4000 && failed < 5; i++) {
        char s[128] = "";
        seed = seed * 1103515245u + 12345u;
        int n = 1 + (int)((seed >> 16) % 8);
        for (int k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            strcat(s, FRAGMENTS[(seed >> 16) % (sizeof FRAGMENTS / sizeof FRAGMENTS[0])]);
        }
        bool ok = round_trip(s);
        CHECK(ok);
        failed += !ok;
    }
}

/* The text of a document holding one "key: value" pair. */
static char *field(const char *key, const char *value)
{
    YamlEmit *e = yaml_emit_create(NULL);
    yaml_emit_map_begin(e);
    yaml_emit_field(e, key, value);
    yaml_emit_map_end(e);
    char err[256];
    char *text = yaml_emit_finish(e, err, sizeof err);
    yaml_emit_destroy(e);
    return text;
}

static void check_field(const char *key, const char *value, const char *want)
{
    char *got = field(key, value);
    CHECK_STR(got, want);
    free(got);
}

static void test_styles(void)
{
    /* Japanese text and ids stay plain; things YAML would read as another type are quoted. */
    check_field("text", "感染兆候の検知", "text: 感染兆候の検知\n");
    check_field("id", "R01", "id: R01\n");
    check_field("key", "item:ransomware-procedure/R01", "key: item:ransomware-procedure/R01\n");
    check_field("at", "0:30", "at: \"0:30\"\n");
    check_field("discuss", "4m", "discuss: \"4m\"\n");
    check_field("date", "2026-07-10", "date: \"2026-07-10\"\n");
    check_field("v", "yes", "v: \"yes\"\n");
    check_field("v", "No", "v: \"No\"\n");
    check_field("v", "on", "v: \"on\"\n");
    check_field("v", "0123", "v: \"0123\"\n");
    check_field("v", "1e3", "v: \"1e3\"\n");
    check_field("v", "~", "v: \"~\"\n");
    check_field("v", "", "v: \"\"\n");
    check_field("v", " leading", "v: \" leading\"\n");
    check_field("v", "trailing ", "v: \"trailing \"\n");
    check_field("v", "a #b", "v: \"a #b\"\n");
    check_field("v", "a#b", "v: a#b\n");
    check_field("v", "a: b", "v: \"a: b\"\n");
    check_field("v", "tab\there", "v: \"tab\\there\"\n");
    check_field("v", "ctrl\x01\x7F", "v: \"ctrl\\x01\\x7F\"\n");
    /* libyaml 0.2.5 escapes every character beyond U+FFFF. */
    check_field("v", "emoji \xF0\x9F\x98\x80", "v: \"emoji \\U0001F600\"\n");
    check_field("name", "𠮷野家", "name: \"\\U00020BB7野家\"\n");
    /* Multi-line text is a literal block, chomping chosen to keep the ending... */
    check_field("text", "一行目\n二行目\n", "text: |\n  一行目\n  二行目\n");
    check_field("text", "一行目\n\n二行目", "text: |-\n  一行目\n\n  二行目\n");
    /* ...and keeping two line breaks at the end does not end the stream with "...". */
    check_field("text", "end\n\n", "text: |+\n  end\n\n");
    /* Trailing blanks in a line would be lost to editors: double quotes. */
    check_field("text", "trailing \nnext", "text: \"trailing \\nnext\"\n");
    check_field("text", "first\nlast  ", "text: \"first\\nlast  \"\n");
    /* A first line that starts with blanks would need an indentation indicator: quoted too. */
    check_field("text", "  indented\nsecond", "text: \"  indented\\nsecond\"\n");
    /* null: nothing after the key, not even a space. */
    check_field("v", NULL, "v:\n");
}

static void test_document(void)
{
    YamlEmit *e = yaml_emit_create("# first\n# second\n");
    yaml_emit_map_begin(e);
    yaml_emit_key(e, "ttx");
    yaml_emit_int(e, 1);
    yaml_emit_key(e, "counters");
    yaml_emit_map_begin(e);
    yaml_emit_key(e, "01");
    yaml_emit_int(e, -3);
    yaml_emit_key(e, "shop_open");
    yaml_emit_int(e, 1);
    yaml_emit_map_end(e);
    yaml_emit_key(e, "empty");
    yaml_emit_seq_begin(e);
    yaml_emit_seq_end(e);
    yaml_emit_key(e, "injects");
    yaml_emit_seq_begin(e);
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "id", "i1");
    yaml_emit_field(e, "text", "一行目\n二行目\n\n");
    yaml_emit_key(e, "expects");
    yaml_emit_seq_begin(e);
    yaml_emit_text(e, "P01");
    yaml_emit_seq_end(e);
    yaml_emit_map_end(e);
    yaml_emit_seq_end(e);
    yaml_emit_map_end(e);
    char err[256];
    char *text = yaml_emit_finish(e, err, sizeof err);
    yaml_emit_destroy(e);
    /* libyaml writes a list that is a mapping's value at the key's column. */
    CHECK_STR(text, "# first\n"
                    "# second\n"
                    "ttx: 1\n"
                    "counters:\n"
                    "  \"01\": -3\n"
                    "  shop_open: 1\n"
                    "empty: []\n"
                    "injects:\n"
                    "- id: i1\n"
                    "  text: |+\n"
                    "    一行目\n"
                    "    二行目\n"
                    "\n"
                    "  expects:\n"
                    "  - P01\n");
    free(text);
}

static void test_errors(void)
{
    /* Invalid UTF-8 (the loaders never let it through) fails the whole document with a message,
     * and the calls after the error do nothing. */
    YamlEmit *e = yaml_emit_create("# x\n");
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "a", "ok");
    yaml_emit_field(e, "b", "bad \xFF byte");
    yaml_emit_field(e, "c", "ok");
    yaml_emit_map_end(e);
    char err[256] = "";
    char *text = yaml_emit_finish(e, err, sizeof err);
    yaml_emit_destroy(e);
    CHECK(text == NULL);
    CHECK(strstr(err, "UTF-8") != NULL);
    free(text);
    /* A document that breaks libyaml's event grammar: the emitter's own message. */
    e = yaml_emit_create(NULL);
    yaml_emit_seq_end(e);
    text = yaml_emit_finish(e, err, sizeof err);
    yaml_emit_destroy(e);
    CHECK(text == NULL);
    CHECK(strncmp(err, "YAML emitter: ", 14) == 0 && strlen(err) > 14);
    free(text);
    yaml_emit_destroy(NULL);
}

int main(void)
{
    test_cases();
    test_generated();
    test_styles();
    test_document();
    test_errors();
    return check_done();
}
