/* Plan → YAML through libyaml's emitter (yaml_emit.h). Block style throughout (no flow
 * collections), so every value is a scalar that is quoted only when it must be, and a person can
 * edit any line without knowing YAML's flow syntax. Empty optional fields are left out. The
 * header comment is written before the document: libyaml's emitter writes no comments. */
#include <stdlib.h>

#include "plan_io.h"
#include "yaml_emit.h"

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

static void put_date(YamlEmit *e, const char *key, bool has, Date d)
{
    char buf[32];
    if (has) {
        yaml_emit_field(e, key, date_format(d, buf, sizeof buf));
    }
}

static void put_opt(YamlEmit *e, const char *key, const char *value)
{
    if (value) {
        yaml_emit_field(e, key, value);
    }
}

static void put_action(YamlEmit *e, const PlanAction *a)
{
    yaml_emit_map_begin(e);
    yaml_emit_field(e, "id", a->id.s);
    yaml_emit_field(e, "key", a->key.s);
    yaml_emit_field(e, "text", a->text.s);
    if (a->owner_id.s || a->owner_name.s) {
        yaml_emit_key(e, "owner");
        yaml_emit_map_begin(e);
        put_opt(e, "id", a->owner_id.s);
        put_opt(e, "name", a->owner_name.s);
        yaml_emit_map_end(e);
    }
    put_date(e, "due", a->has_due, a->due);
    yaml_emit_field(e, "status", vocab_id(&VOCAB_PLAN_STATUS, (int)a->status));
    yaml_emit_field(e, "element", vocab_id(&VOCAB_PLAN_ELEMENT, (int)a->element));
    if (a->findings.n) {
        yaml_emit_key(e, "findings");
        yaml_emit_seq_begin(e);
        for (size_t i = 0; i < a->findings.n; i++) {
            yaml_emit_text(e, a->findings.v[i].s);
        }
        yaml_emit_seq_end(e);
    }
    const PlanExercise *x = &a->exercise;
    if (x->scenario.s || x->has_date || x->sheet.s) {
        yaml_emit_key(e, "exercise");
        yaml_emit_map_begin(e);
        put_opt(e, "scenario", x->scenario.s);
        put_date(e, "date", x->has_date, x->date);
        put_opt(e, "sheet", x->sheet.s);
        yaml_emit_map_end(e);
    }
    if (a->n_recurred) {
        yaml_emit_key(e, "recurred");
        yaml_emit_seq_begin(e);
        for (size_t i = 0; i < a->n_recurred; i++) {
            char buf[32];
            yaml_emit_text(e, date_format(a->recurred[i], buf, sizeof buf));
        }
        yaml_emit_seq_end(e);
    }
    put_opt(e, "note", a->note.s);
    yaml_emit_map_end(e);
}

char *plan_to_yaml(const Plan *p, char *err, size_t err_size)
{
    YamlEmit *e = yaml_emit_create(HEADER);
    yaml_emit_map_begin(e);
    yaml_emit_key(e, "ttx-plan");
    yaml_emit_int(e, 1);
    put_opt(e, "company", p->company.s);
    /* An empty list is written "actions: []". */
    yaml_emit_key(e, "actions");
    yaml_emit_seq_begin(e);
    for (size_t i = 0; i < p->n_actions; i++) {
        put_action(e, &p->actions[i]);
    }
    yaml_emit_seq_end(e);
    yaml_emit_map_end(e);
    char *yaml = yaml_emit_finish(e, err, err_size);
    yaml_emit_destroy(e);
    return yaml;
}
