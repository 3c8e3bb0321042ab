/* Hand-built evaluation sheets for the report writers' tests, independent of sheet_build so the
 * renderers are tested on exactly the cases that matter to them: an empty sheet (every score,
 * rating and list absent), a full one (overrides, findings, actions, decisions, notes, long
 * Japanese and Latin text) and a hostile one (control characters, bidi overrides, invalid UTF-8,
 * unbreakable 300-character tokens, runs of 。). Everything lives in the sheet's arena or in
 * string literals; fixture_free releases it. */
#ifndef TTX_REPORT_FIXTURE_H
#define TTX_REPORT_FIXTURE_H

#include <string.h>

#include "sheet.h"
#include "walltime.h"

typedef struct Fixture {
    const char *name;
    Procedure proc;
    Scenario scen;
    Sheet sh;
} Fixture;

enum { FIXTURE_COUNT = 3 };

static inline StringList fx_strings(Fixture *f, const char *const *v, size_t n)
{
    StringList l = {arena_array(&f->sh.arena, n, sizeof(char *)), n};
    for (size_t i = 0; i < n; i++) {
        l.v[i] = v[i];
    }
    return l;
}

static inline TextList fx_texts(Fixture *f, const char *const *v, size_t n)
{
    TextList l = {arena_array(&f->sh.arena, n, sizeof(Text)), n, {0, 0}};
    for (size_t i = 0; i < n; i++) {
        l.v[i].s = v[i];
    }
    return l;
}

static inline Score fx_score(double v)
{
    int r = score_round(v);
    return (Score){true, v, r, rating_for_score(r)};
}

#define FX_STRINGS(f, ...)                                                                         \
    fx_strings((f), (const char *const[]){__VA_ARGS__},                                            \
               sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))
#define FX_TEXTS(f, ...)                                                                           \
    fx_texts((f), (const char *const[]){__VA_ARGS__},                                              \
             sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* The 手順書 and scenario both non-empty fixtures use: three roles, three items, three injects,
 * two decisions. `odd` is a string put into names and titles (control characters …). */
static inline void fx_model(Fixture *f, const char *odd)
{
    Procedure *p = &f->proc;
    p->id.s = "sample-procedure";
    p->title.s = "ランサムウェア感染時の対応手順書";
    p->company.s = odd ? odd : "株式会社サンプル製作所";
    p->revision.s = "2026-04";
    p->n_roles = 3;
    p->roles = arena_array(&f->sh.arena, 3, sizeof(Role));
    p->roles[0] = (Role){{"it", {0, 0}}, {"IT管理担当者", {0, 0}}, false, {0, 0}};
    p->roles[1] =
        (Role){{"gm", {0, 0}}, {"経営管理部長（情報セキュリティ責任者）", {0, 0}}, true, {0, 0}};
    p->roles[2] = (Role){{"president", {0, 0}}, {"社長", {0, 0}}, true, {0, 0}};
    p->n_items = 3;
    p->items = arena_array(&f->sh.arena, 3, sizeof(ProcItem));
    ProcItem *it = p->items;
    it[0].id.s = "P01";
    it[0].step = STEP_DETECT;
    it[0].phase = PHASE_DETECTION;
    it[0].name.s = "感染兆候の検知";
    it[0].owners = FX_TEXTS(f, "it");
    it[0].prepare = FX_TEXTS(f, "連絡先リスト", "感染兆候チェックリスト");
    it[0].has_due = true;
    it[0].due_minutes = 30;
    it[1].id.s = "P02";
    it[1].step = STEP_REPORT;
    it[1].phase = PHASE_FIRST_REPORT;
    it[1].name.s = odd ? odd : "経営層への第一報";
    it[1].owners = FX_TEXTS(f, "gm", "president");
    it[1].has_due = true;
    it[1].due_minutes = 60;
    it[2].id.s = "P03";
    it[2].step = STEP_RECOVER;
    it[2].phase = PHASE_RESTORATION;
    it[2].name.s = "Restore the file server from the offline backup";
    it[2].owners = FX_TEXTS(f, "it");

    Scenario *s = &f->scen;
    s->id.s = "fixture-scenario";
    s->title.s = "取引先を装ったメールによるランサムウェア感染";
    s->incident = INCIDENT_RANSOMWARE;
    s->n_injects = 3;
    s->injects = arena_array(&f->sh.arena, 3, sizeof(Inject));
    Inject *in = s->injects;
    in[0] = (Inject){.id = {"det-1", {0, 0}},
                     .at_minutes = 0,
                     .step = STEP_DETECT,
                     .title = {"画面に脅迫文が表示された", {0, 0}}};
    in[1] = (Inject){.id = {"rep-1", {0, 0}},
                     .at_minutes = 60,
                     .step = STEP_REPORT,
                     .title = {odd ? odd : "取引先からの問い合わせ", {0, 0}}};
    in[2] = (Inject){.id = {"rec-1", {0, 0}},
                     .at_minutes = 150,
                     .step = STEP_RECOVER,
                     .title = {"Backup restore", {0, 0}}};
    Decision *d = arena_array(&f->sh.arena, 2, sizeof(Decision));
    d[0].by.s = "president";
    d[0].prompt.s = "脅迫文に従い身代金を支払いますか？";
    d[0].n_options = 2;
    d[0].options = arena_array(&f->sh.arena, 2, sizeof(Option));
    d[0].options[0] = (Option){.id = {"refuse", {0, 0}},
                               .text = {"支払わない。警察とIPAに相談する", {0, 0}},
                               .verdict = VERDICT_GOOD,
                               .feedback = {"支払っても復号される保証はない。", {0, 0}}};
    d[0].options[1] = (Option){.id = {"pay", {0, 0}},
                               .text = {"支払う", {0, 0}},
                               .verdict = VERDICT_POOR,
                               .feedback = {"支払いは次の攻撃を招く。", {0, 0}}};
    d[1].by.s = "it";
    d[1].prompt.s = odd ? odd : "Which backup generation do you restore?";
    d[1].n_options = 1;
    d[1].options = arena_array(&f->sh.arena, 1, sizeof(Option));
    d[1].options[0] =
        (Option){.id = {"latest", {0, 0}}, .text = {"latest", {0, 0}}, .verdict = VERDICT_FAIR};
    in[1].decision = &d[0];
    in[2].decision = &d[1];
}

static inline void fx_review(Fixture *f, ReviewKey k, Score sc, const char *comment)
{
    ReviewEntry *r = &f->sh.review[k];
    r->key = k;
    r->score = sc;
    r->has_rating = sc.has;
    r->rating = sc.rating;
    r->comment = comment;
}

static inline void fx_override(Fixture *f, ReviewKey k, Rating r, const char *reason)
{
    f->sh.review[k].has_rating = true;
    f->sh.review[k].rating = r;
    f->sh.review[k].overridden = true;
    f->sh.review[k].override_reason = reason;
}

/* Fills in a sheet header, items, decisions, findings, actions, notes and record. */
static inline void fx_content(Fixture *f, const char *odd, const char *long_text)
{
    Sheet *sh = &f->sh;
    const ProcItem *it = f->proc.items;
    const Inject *in = f->scen.injects;
    sh->scenario = &f->scen;
    sh->procedure = &f->proc;
    sh->exercise_date = (Date){2026, 12, 1};
    sh->facilitator = odd ? odd : "高橋 誠（情報処理安全確保支援士）";
    sh->participants = FX_STRINGS(f, "山田 健太（IT管理担当者）",
                                  "佐藤 浩二（経営管理部長（情報セキュリティ責任者））",
                                  odd ? odd : "鈴木 一郎（社長）");
    sh->has_wall = walltime_parse("2026-12-01T09:00:00+09:00", &sh->started) &&
                   walltime_parse("2026-12-01T10:20:00+09:00", &sh->ended);
    sh->active_ms = 75 * 60 * 1000 + 59 * 1000 + 999;
    sh->sim_span_minutes = 150;
    sh->steps[STEP_DETECT] = fx_score(87.5);
    sh->steps[STEP_REPORT] = fx_score(45.0);
    sh->n_presented = 3;
    sh->presented = arena_array(&sh->arena, 3, sizeof(Inject *));
    for (size_t i = 0; i < 3; i++) {
        sh->presented[i] = &in[i];
    }

    sh->n_items = 3;
    sh->items = arena_array(&sh->arena, 3, sizeof(ItemOutcome));
    ItemOutcome *o = sh->items;
    o[0] = (ItemOutcome){.item = &it[0],
                         .first_inject = &in[0],
                         .recorded = true,
                         .status = STATUS_DONE,
                         .has_at = true,
                         .at_minutes = 45,
                         .late = true,
                         .score = 65.0,
                         .note = long_text};
    o[0].by = FX_STRINGS(f, "it");
    o[0].missing = FX_STRINGS(f, "感染兆候チェックリスト");
    o[1] = (ItemOutcome){.item = &it[1],
                         .first_inject = &in[1],
                         .recorded = true,
                         .status = STATUS_PARTIAL,
                         .has_at = true,
                         .at_minutes = 50,
                         .wrong_owner = true,
                         .confused = true,
                         .score = 25.0,
                         .note = odd};
    o[1].by = FX_STRINGS(f, "it", "unknown-role");
    o[2] = (ItemOutcome){.item = &it[2], .first_inject = &in[2], .status = STATUS_MISSED};

    sh->n_decisions = 2;
    sh->decisions = arena_array(&sh->arena, 2, sizeof(DecisionOutcome));
    sh->decisions[0] =
        (DecisionOutcome){&in[1], in[1].decision, &in[1].decision->options[1], true, 0.0};
    sh->decisions[1] = (DecisionOutcome){&in[2], in[2].decision, NULL, false, 0.0};

    sh->n_findings = 4;
    sh->findings = arena_array(&sh->arena, 4, sizeof(Finding));
    sh->findings[0] =
        (Finding){FINDING_LATE,
                  &in[0],
                  &it[0],
                  NULL,
                  "「P01 感染兆候の検知」の実施が期限 T+0:30 に対して T+0:45 と遅れた",
                  NULL};
    sh->findings[1] = (Finding){FINDING_MISSING_DOCUMENT,
                                &in[0],
                                &it[0],
                                "感染兆候チェックリスト",
                                odd ? odd : "「P01」で「感染兆候チェックリスト」がなかった",
                                NULL};
    sh->findings[2] =
        (Finding){FINDING_POOR_DECISION,
                  &in[1],
                  NULL,
                  NULL,
                  "社長の判断「脅迫文に従い身代金を支払いますか？」で「支払う」を選んだ",
                  long_text};
    sh->findings[3] = (Finding){
        FINDING_UNMADE_DECISION, &in[2], NULL, NULL, "IT管理担当者の判断が行われなかった", NULL};

    sh->n_actions = 3;
    sh->actions = arena_array(&sh->arena, 3, sizeof(ActionItem));
    sh->actions[0] = (ActionItem){ACTION_FROM_DOCUMENT,
                                  "「感染兆候チェックリスト」を準備する",
                                  "it",
                                  "IT管理担当者",
                                  {2026, 12, 31},
                                  "open",
                                  &it[0],
                                  NULL,
                                  "感染兆候チェックリスト"};
    sh->actions[1] = (ActionItem){ACTION_FROM_ITEM,
                                  long_text,
                                  "gm",
                                  "経営管理部長（情報セキュリティ責任者）",
                                  {2026, 12, 31},
                                  "open",
                                  &it[1],
                                  NULL,
                                  NULL};
    sh->actions[2] = (ActionItem){ACTION_FROM_DECISION,
                                  "判断基準を手順書に明記する",
                                  "president",
                                  "社長",
                                  {2026, 12, 31},
                                  "open",
                                  NULL,
                                  &in[1],
                                  NULL};

    sh->n_objectives = 2;
    sh->objectives = arena_array(&sh->arena, 2, sizeof(ObjectiveOutcome));
    Objective *ob = arena_array(&sh->arena, 2, sizeof(Objective));
    ob[0].id.s = "O1";
    ob[0].text.s = "初動対応力の向上";
    ob[1].id.s = "O2";
    ob[1].text.s = odd ? odd : "経営層への報告フローの確認";
    sh->objectives[0] = (ObjectiveOutcome){&ob[0], fx_score(65.0), 1};
    sh->objectives[1] = (ObjectiveOutcome){&ob[1], {0}, 0};

    SessionNote *n = arena_array(&sh->arena, 2, sizeof(SessionNote));
    n[0] = (SessionNote){-1, "開始前の確認: 参加者がそろった", 0, {0, 0}};
    n[1] = (SessionNote){1, odd ? odd : "報告ラインの確認に時間を要した", 60, {0, 0}};
    sh->notes = n;
    sh->n_notes = 2;

    sh->incident_record[RECFIELD_CLASSIFICATION] = "ウイルス感染・ランサムウェア感染";
    sh->incident_record[RECFIELD_TIMELINE] =
        "0:00 B氏から内線\n0:25 感染PCの隔離\n1:00 社長へ第一報";
    sh->incident_record[RECFIELD_EVENTS] = long_text;
    sh->incident_record[RECFIELD_CAUSE] = odd;
}

/* i = 0: empty, 1: full, 2: hostile. */
static inline void fixture_init(Fixture *f, int i)
{
    static const char long_text[] =
        "営業部のPC5台と共有ファイルサーバーの営業・設計フォルダが暗号化され、脅迫文が表示された。"
        "身代金（暗号資産）を要求され、図面データを公開するとの脅しを受けた。取引先各社に当社名義の"
        "不審メールが送られた。The attacker claimed to have copied the drawings, and asked for "
        "payment in cryptocurrency within 72 hours; nobody in the room knew whom to call first.";
    static const char odd[] =
        "制御\x1b[31m文字\x07と\tタブ\r\n改行\x7f、C1\xc2\x85と\xe2\x80\xae逆順\xe2\x80\xac、"
        "不正\xff\xfeバイト、https://example.com/"
        "a-very-long-path/that/never/breaks/anywhere/0123456789012345678901234567890123456789"
        "0123456789012345678901234567890123456789012345678901234567890123456789"
        "。。。。。、、、、」」」」）））ーーーー🔥e\xcc\x81";
    memset(f, 0, sizeof *f);
    arena_init(&f->sh.arena);
    f->sh.scenario = &f->scen;
    f->sh.procedure = &f->proc;
    for (int k = 0; k < REVIEW_COUNT; k++) {
        f->sh.review[k].key = (ReviewKey)k;
    }
    if (i == 0) {
        f->name = "empty";
        f->proc.id.s = "empty-procedure";
        f->scen.id.s = "empty";
        f->scen.incident = INCIDENT_SYSTEM_OUTAGE;
        return;
    }
    const char *weird = i == 2 ? odd : NULL;
    f->name = i == 1 ? "full" : "hostile";
    fx_model(f, weird);
    fx_content(f, weird, long_text);
    fx_review(f, REVIEW_OBJECTIVES, fx_score(65.0), "初期対応の手順確認を目的として実施。");
    fx_review(f, REVIEW_UNDERSTANDING, fx_score(72.4), long_text);
    fx_override(f, REVIEW_UNDERSTANDING, RATING_C, i == 2 ? odd : "報告ラインで混乱した");
    fx_review(f, REVIEW_COORDINATION, fx_score(89.5), NULL);
    fx_review(f, REVIEW_LEADERSHIP, fx_score(0.0), weird);
    fx_review(f, REVIEW_RECORDING, fx_score(30.0), "記録係を\n明確にする。\nNext time: a scribe.");
    fx_review(f, REVIEW_ISSUES, (Score){0}, "関係部署への連携スピードが課題となった。");
    fx_override(f, REVIEW_ISSUES, RATING_B, NULL);
    fx_review(f, REVIEW_ACTIONS, (Score){0}, NULL);
    fx_review(f, REVIEW_OVERALL, fx_score(51.38), i == 2 ? odd : long_text);
    f->sh.review[REVIEW_OBJECTIVES].evidence = FX_STRINGS(f, "O1 初動対応力の向上: 65点（1項目）",
                                                          weird ? weird : "O2: 評価対象の項目なし");
    f->sh.review[REVIEW_RECORDING].evidence = FX_STRINGS(f, "インシデント記録: 3/10項目記入");
}

static inline void fixture_free(Fixture *f)
{
    arena_deinit(&f->sh.arena);
}

#endif
