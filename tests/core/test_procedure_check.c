/* The 手順書 gap check: the guide's own 13-row example lacks exactly what REFERENCE §2.3 says
 * (届け出 to IPA and 警察, the reporter's contact, an inquiry desk, isolating without powering
 * off), the bundled 手順書 have no 重大 gap, and each rule fires — and stays quiet — on small
 * 手順書 made for it: phases, prepare lists, leaders, the 届け出 each incident kind calls for
 * (by notify or by wording, not by a mere 相談), and the guessing of the incident kind. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"
#include "procedure_check.h"

static Procedure *from_text(const char *text)
{
    YDoc doc;
    Diags d;
    diags_init(&d);
    if (!ydoc_parse(&doc, "p.yaml", text, strlen(text), &d)) {
        diags_print(&d, stderr);
        exit(2);
    }
    Procedure *p = procedure_from_yaml(&doc, &d);
    validate_procedure(p, &d);
    ydoc_deinit(&doc);
    if (d.n_errors) {
        diags_print(&d, stderr);
        exit(2);
    }
    diags_deinit(&d);
    return p;
}

/* All findings as "LINE:COL: MESSAGE" lines. */
static char *findings(const Procedure *p, IncidentKind kind, CheckCounts *n)
{
    Diags d;
    diags_init(&d);
    *n = procedure_check(p, kind, (SrcPos){99, 1}, &d);
    diags_sort(&d);
    size_t size = 1;
    for (size_t i = 0; i < d.n; i++) {
        size += strlen(d.v[i].message) + 32;
    }
    char *s = calloc(size, 1);
    for (size_t i = 0; i < d.n; i++) {
        CHECK(d.v[i].severity == DIAG_WARNING);
        sprintf(s + strlen(s), "%d:%d: %s\n", d.v[i].pos.line, d.v[i].pos.col, d.v[i].message);
    }
    diags_deinit(&d);
    return s;
}

static bool has(const char *all, const char *what)
{
    bool found = strstr(all, what) != NULL;
    if (!found) {
        fprintf(stderr, "missing: %s\nin:\n%s", what, all);
    }
    return found;
}

static void test_guide_example(void)
{
    Exercise ex = fixture_load("data/guide-ransomware-procedure.yaml");
    CHECK(procedure_guess_incident(ex.procedure) == INCIDENT_RANSOMWARE);
    CheckCounts n;
    char *f = findings(ex.procedure, INCIDENT_RANSOMWARE, &n);
    CHECK(n.n[CHECK_HIGH] == 3 && n.n[CHECK_MEDIUM] == 11);
    CHECK(has(f, "重大: IPA（情報処理推進機構）への届け出の項目がありません"));
    CHECK(has(f, "重大: 警察への届け出の項目がありません"));
    CHECK(has(f, "注意: 通報者の連絡先等を記録する項目がありません"));
    CHECK(has(f, "注意: 顧客や取引先が関わるのに、受付専用の問い合わせ窓口"));
    CHECK(has(f, "重大: 初動対応に、記録を消さないこと"));
    CHECK(has(f, "'G02'（感染端末の隔離）")); /* the isolation item is named and pointed at */
    CHECK(!strstr(f, "に項目がありません") && !strstr(f, "復元（リストア）する項目") &&
          !strstr(f, "正しく修復できたことを確認"));
    free(f);
    exercise_free(&ex);
}

static void test_bundled(void)
{
    static const char *const files[] = {"../scenarios/procedures/ransomware.yaml",
                                        "../scenarios/procedures/data-leak.yaml",
                                        "../scenarios/procedures/system-outage.yaml"};
    static const IncidentKind kinds[] = {INCIDENT_RANSOMWARE, INCIDENT_DATA_LEAK,
                                         INCIDENT_SYSTEM_OUTAGE};
    for (size_t i = 0; i < 3; i++) {
        Exercise ex = fixture_load(files[i]);
        CHECK(procedure_guess_incident(ex.procedure) == (int)kinds[i]);
        CheckCounts n;
        char *f = findings(ex.procedure, kinds[i], &n);
        CHECK(n.n[CHECK_HIGH] == 0);
        if (n.n[CHECK_HIGH]) {
            fprintf(stderr, "%s:\n%s", files[i], f);
        }
        free(f);
        exercise_free(&ex);
    }
}

/* A 手順書 with one item per phase; `extra` is spliced into the containment item's detail and
 * `follow` is the follow_up item's name and detail. */
static Procedure *made(const char *title, const char *extra, const char *follow, const char *leader)
{
    char text[4096];
    snprintf(text, sizeof text,
             "ttx-procedure: 1\nid: made\ntitle: %s\n"
             "roles: [{id: it, name: IT}, {id: boss, name: 社長, leader: %s}]\n"
             "externals: [{id: k, name: 県警サイバー犯罪対策課}, {id: ipa, name: IPA}]\n"
             "items:\n"
             "  - {id: a, step: detect, phase: detection, name: 検知, owners: [it], prepare: [x],"
             " detail: 外部から通報を受けたら通報者の連絡先を記録する}\n"
             "  - {id: b, step: detect, phase: mobilization, name: 体制, owners: [boss], prepare: "
             "[x]}\n"
             "  - {id: c, step: detect, phase: containment, name: 隔離, owners: [it], prepare: [x],"
             " detail: ネットワークから切断する。%s}\n"
             "  - {id: d, step: report, phase: first_report, name: 第一報と問い合わせ窓口の開設,"
             " owners: [it], prepare: [x], detail: 顧客からの問い合わせ窓口を開設する}\n"
             "  - {id: e, step: report, phase: follow_up, owners: [it], prepare: [x], %s}\n"
             "  - {id: f, step: recover, phase: investigation, name: 5W1Hで整理, owners: [it],"
             " prepare: [x]}\n"
             "  - {id: g, step: recover, phase: evidence, name: 保全, owners: [it], prepare: []}\n"
             "  - {id: h, step: recover, phase: restoration, name: 復旧, owners: [it], prepare: "
             "[x], detail: バックアップから復元し、整合性を確認してから再開する}\n",
             title, leader, extra, follow);
    return from_text(text);
}

static void test_rules(void)
{
    CheckCounts n;
    /* no prevention phase; an empty prepare list; the police reached through an external whose
     * name only says 県警; IPA only consulted (相談), which is not a 届け出 */
    Procedure *p =
        made("ランサムウェア対応", "電源は切らない。",
             "name: 外部への相談, notify: [k], detail: IPAの相談窓口に助言を求める", "true");
    char *f = findings(p, INCIDENT_RANSOMWARE, &n);
    CHECK(has(f, "99:1: 重大: 復旧・再発防止の再発防止（prevention）に項目がありません"));
    CHECK(has(f, "に予め準備しておくもの（文書等）がありません"));
    CHECK(has(f, "IPA（情報処理推進機構）への届け出の項目がありません"));
    CHECK(has(f, "報告する項目に notify: [ipa] を加えてください"));
    CHECK(!strstr(f, "警察への届け出") && !strstr(f, "初動対応に、記録を消さない"));
    CHECK(!strstr(f, "通報者の連絡先") && !strstr(f, "問い合わせ窓口"));
    free(f);
    procedure_free(p);
    /* no leader role at all; data leak by 不正アクセス with personal data: all three bodies are
     * 重大 and the power-off caution is only 注意 */
    p = made("情報漏えい対応", "",
             "name: 顧客への報告, detail: 個人情報の不正アクセスによる漏えいを本人に報告する",
             "false");
    CHECK(procedure_guess_incident(p) == INCIDENT_DATA_LEAK);
    f = findings(p, INCIDENT_DATA_LEAK, &n);
    CHECK(has(f, "重大: 経営層の役割（leader: true）がありません"));
    CHECK(has(f, "重大: 個人情報保護委員会への届け出の項目がありません"));
    CHECK(has(f, "重大: IPA（情報処理推進機構）への届け出の項目がありません"));
    CHECK(has(f, "重大: 警察への届け出の項目がありません"));
    CHECK(has(f, "注意: 初動対応に、記録を消さないこと"));
    free(f);
    procedure_free(p);
    /* the wording of an item counts: body + reporting verb */
    p = made("システム停止", "再起動はしない。電源も切らない。",
             "name: 届け出, detail: IPAと警察に届け出る。所管の省庁への報告要否を確認する", "true");
    f = findings(p, INCIDENT_SYSTEM_OUTAGE, &n);
    CHECK(!strstr(f, "への届け出の項目がありません") && !strstr(f, "所管の省庁等が書かれていません"));
    free(f);
    procedure_free(p);
}

static void test_guess(void)
{
    Procedure *p = made("ランサムウェアと情報漏えい", "", "name: x", "true");
    CHECK(procedure_guess_incident(p) == -1); /* two kinds: ask */
    procedure_free(p);
    p = made("インシデント対応", "", "name: x", "true");
    CHECK(procedure_guess_incident(p) == -1); /* none */
    procedure_free(p);
}

int main(void)
{
    test_guide_example();
    test_bundled();
    test_rules();
    test_guess();
    return check_done();
}
