/* Plan → YAML. Block style throughout (no flow collections), so every value is a scalar that
 * yaml_write quotes only when it must, and a person can edit any line without knowing YAML's
 * flow syntax. Empty optional fields are left out. */
#include <stdlib.h>

#include "plan_io.h"
#include "textbuf.h"
#include "yaml_write.h"

static const char HEADER[] =
    "# 改善計画（次回演習に向けたアクションアイテム）\n"
    "# `ttx plan SHEET.json -o このファイル` が作成し、次の評価シートで新しいアクションを\n"
    "# 追加します（既にあるアクションは書き換えません）。\n"
    "# 編集してよい項目: text, owner, due, status (open / in_progress / done),\n"
    "#   element (体制 / 手順 / 設備 / 教育 / 訓練), note。\n"
    "# key は変えないでください（同じアクションを見分けるために使います）。\n"
    "# 不要になったアクションは消さずに status: done にして、note に理由を書いてください\n"
    "# （消すと、同じシートから更新したときに戻ってきます）。\n"
    "# このファイルのコメントは更新のたびに書き直されます。メモは note: に書いてください。\n";

static void put_date(TextBuf *b, int indent, const char *key, bool has, Date d)
{
    char buf[32];
    if (has) {
        yaml_write_field(b, indent, key, date_format(d, buf, sizeof buf));
    }
}

static void put_opt(TextBuf *b, int indent, const char *key, const char *value)
{
    if (value) {
        yaml_write_field(b, indent, key, value);
    }
}

static void put_action(TextBuf *b, const PlanAction *a)
{
    /* "- " opens the mapping: its keys stand at column 4. */
    textbuf_put(b, "  - id: ");
    yaml_write_scalar(b, 4, a->id.s);
    yaml_write_field(b, 4, "key", a->key.s);
    yaml_write_field(b, 4, "text", a->text.s);
    if (a->owner_id.s || a->owner_name.s) {
        yaml_write_key(b, 4, "owner");
        put_opt(b, 6, "id", a->owner_id.s);
        put_opt(b, 6, "name", a->owner_name.s);
    }
    put_date(b, 4, "due", a->has_due, a->due);
    yaml_write_field(b, 4, "status", vocab_id(&VOCAB_PLAN_STATUS, (int)a->status));
    yaml_write_field(b, 4, "element", vocab_id(&VOCAB_PLAN_ELEMENT, (int)a->element));
    if (a->findings.n) {
        yaml_write_key(b, 4, "findings");
        for (size_t i = 0; i < a->findings.n; i++) {
            yaml_write_item(b, 6, a->findings.v[i].s);
        }
    }
    const PlanExercise *e = &a->exercise;
    if (e->scenario.s || e->has_date || e->sheet.s) {
        yaml_write_key(b, 4, "exercise");
        put_opt(b, 6, "scenario", e->scenario.s);
        put_date(b, 6, "date", e->has_date, e->date);
        put_opt(b, 6, "sheet", e->sheet.s);
    }
    if (a->n_recurred) {
        yaml_write_key(b, 4, "recurred");
        for (size_t i = 0; i < a->n_recurred; i++) {
            char buf[32];
            yaml_write_item(b, 6, date_format(a->recurred[i], buf, sizeof buf));
        }
    }
    put_opt(b, 4, "note", a->note.s);
}

char *plan_to_yaml(const Plan *p)
{
    TextBuf b;
    textbuf_init(&b);
    textbuf_put(&b, HEADER);
    textbuf_put(&b, "ttx-plan: 1\n");
    put_opt(&b, 0, "company", p->company.s);
    if (p->n_actions == 0) {
        textbuf_put(&b, "actions: []\n");
    } else {
        textbuf_put(&b, "actions:\n");
    }
    for (size_t i = 0; i < p->n_actions; i++) {
        put_action(&b, &p->actions[i]);
    }
    return textbuf_take(&b);
}
