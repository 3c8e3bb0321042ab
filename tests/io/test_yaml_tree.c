/* The YAML tree: positions kept, limits enforced, aliases shared, duplicate keys found. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "yaml_tree.h"

static bool parse(const char *text, YDoc *doc, Diags *d)
{
    diags_init(d);
    return ydoc_parse(doc, "t.yaml", text, strlen(text), d);
}

static void test_positions(void)
{
    YDoc doc;
    Diags d;
    CHECK(parse("a: 1\nlist:\n  - x\n  - {k: 日本語}\n", &doc, &d));
    CHECK(doc.root && doc.root->kind == YNODE_MAPPING && doc.root->n_pairs == 2);
    YNode *list = ynode_get(doc.root, "list");
    CHECK(list && list->kind == YNODE_SEQUENCE && list->n_items == 2);
    CHECK(list->items[0]->pos.line == 3 && list->items[0]->pos.col == 5);
    YNode *k = ynode_get(list->items[1], "k");
    /* Columns count characters, not bytes: "  - {k: " is 8 characters. */
    CHECK(k && k->pos.line == 4 && k->pos.col == 9);
    CHECK_STR(k->text, "日本語");
    CHECK(ynode_get(doc.root, "a")->plain);
    ydoc_deinit(&doc);
    diags_deinit(&d);
}

static void test_nulls_and_quotes(void)
{
    YDoc doc;
    Diags d;
    CHECK(parse("a:\nb: ~\nc: 'null'\nd: null\n", &doc, &d));
    CHECK(ynode_is_null(ynode_get(doc.root, "a")));
    CHECK(ynode_is_null(ynode_get(doc.root, "b")));
    CHECK(!ynode_is_null(ynode_get(doc.root, "c")));
    CHECK(ynode_is_null(ynode_get(doc.root, "d")));
    ydoc_deinit(&doc);
    diags_deinit(&d);
}

static void test_duplicates(void)
{
    YDoc doc;
    Diags d;
    /* More than 16 keys takes the sorted path; the duplicate must still be found. */
    char big[4096] = "";
    for (int i = 0; i < 40; i++) {
        char line[32];
        snprintf(line, sizeof line, "k%d: %d\n", i, i);
        strcat(big, line);
    }
    strcat(big, "k7: again\n");
    CHECK(!parse(big, &doc, &d));
    CHECK(d.n_errors == 1 && d.v[0].pos.line == 41 && strstr(d.v[0].message, "'k7'"));
    ydoc_deinit(&doc);
    diags_deinit(&d);
    CHECK(!parse("a: 1\nb: 2\na: 3\n", &doc, &d));
    CHECK(d.n_errors == 1 && d.v[0].pos.line == 3 && d.v[0].pos.col == 1);
    ydoc_deinit(&doc);
    diags_deinit(&d);
}

static void test_aliases(void)
{
    YDoc doc;
    Diags d;
    CHECK(parse("owners: &o [it, gm]\nagain: *o\n", &doc, &d));
    CHECK(ynode_get(doc.root, "owners") == ynode_get(doc.root, "again"));
    ydoc_deinit(&doc);
    diags_deinit(&d);
    CHECK(!parse("a: &a [*a]\n", &doc, &d));
    CHECK(d.n_errors == 1);
    ydoc_deinit(&doc);
    diags_deinit(&d);
}

static void test_depth(void)
{
    YDoc doc;
    Diags d;
    char deep[200];
    memset(deep, '[', 70);
    memset(deep + 70, ']', 70);
    deep[140] = '\0';
    CHECK(!parse(deep, &doc, &d));
    CHECK(d.n_errors == 1 && strstr(d.v[0].message, "deeper than 64"));
    ydoc_deinit(&doc);
    diags_deinit(&d);
    memset(deep, '[', 64);
    memset(deep + 64, ']', 64);
    deep[128] = '\0';
    CHECK(parse(deep, &doc, &d));
    ydoc_deinit(&doc);
    diags_deinit(&d);
}

static void test_empty(void)
{
    YDoc doc;
    Diags d;
    CHECK(parse("", &doc, &d) && doc.root == NULL);
    ydoc_deinit(&doc);
    diags_deinit(&d);
    CHECK(parse("# only a comment\n", &doc, &d) && doc.root == NULL);
    ydoc_deinit(&doc);
    diags_deinit(&d);
}

int main(void)
{
    test_positions();
    test_nulls_and_quotes();
    test_duplicates();
    test_aliases();
    test_depth();
    test_empty();
    return check_done();
}
