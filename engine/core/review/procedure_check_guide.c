/* The gap-check rules drawn from the wording of 付録8 (REFERENCE §2.1.3, §2.8, §5.2). A 手順書
 * is free Japanese text, so each rule looks for the guide's own terms in item names and details
 * (and in the names and ids of the externals an item notifies). The word lists below are the
 * whole heuristic; a rule is satisfied by any item that uses the words, wherever it stands,
 * because companies order and name their rows in their own way (REFERENCE §2.1.1). */
#include <stdio.h>
#include <string.h>

#include "base.h"
#include "procedure_check_internal.h"
#include "textmatch.h"

/* ---- 届け出先 (付録8 第二報以降・最終報; REFERENCE §2.8.1) -------------------------------------
 * 「個人情報漏えいの場合は個人情報保護委員会、業法等で求められる場合は所管の省庁等、犯罪性が
 * ある場合は警察、ウイルス感染や不正アクセスの場合はIPAへ届け出」. A body counts as covered
 * when an item's notify names an external whose id or name has one of the body's words, or when
 * an item's own text names the body together with a reporting verb. 相談 alone does not count:
 * asking IPA's 安心相談窓口 for advice is not a 届け出. */

enum { BODY_PPC, BODY_POLICE, BODY_IPA, BODY_MINISTRY, BODY_COUNT };

typedef struct Body {
    const char *label;        /* in messages */
    const char *suggested_id; /* for the external to define */
    const char *suggested_name;
    const char *const *words;
} Body;

static const char *const PPC_WORDS[] = {"個人情報保護委員会", "ppc", NULL};
static const char *const POLICE_WORDS[] = {"警察",         "県警",   "警視庁",
                                           "サイバー犯罪", "police", NULL};
static const char *const IPA_WORDS[] = {"IPA", "情報処理推進機構", NULL};
static const char *const MINISTRY_WORDS[] = {"所管", "省庁", "監督官庁", "業法", "ministry", NULL};

static const Body BODIES[BODY_COUNT] = {
    [BODY_PPC] = {"個人情報保護委員会", "ppc", "個人情報保護委員会", PPC_WORDS},
    [BODY_POLICE] = {"警察", "police", "警察", POLICE_WORDS},
    [BODY_IPA] = {"IPA（情報処理推進機構）", "ipa", "IPA", IPA_WORDS},
    [BODY_MINISTRY] = {"所管の省庁等", "ministry", "所管の省庁", MINISTRY_WORDS},
};

static const char *const REPORT_VERBS[] = {"届け出", "届出", "届ける", "報告", "通報", NULL};

/* Facts about the incident that the 手順書 itself states, which decide how strongly a body is
 * needed. */
static const char *const PERSONAL_DATA[] = {"個人情報",     "個人データ", "顧客情報", "名簿",
                                            "マイナンバー", "personal",   NULL};
static const char *const UNAUTHORISED_ACCESS[] = {"不正アクセス", "不正ログイン", "侵入", NULL};
static const char *const INSIDER[] = {"内部犯行", "内部不正", NULL};

static bool external_is(const External *e, const Body *b)
{
    return e && (text_has_any(e->id.s, b->words) || text_has_any(e->name.s, b->words));
}

static bool item_reports_to(const CheckCtx *c, size_t i, const Body *b)
{
    const ProcItem *it = &c->p->items[i];
    for (size_t k = 0; k < it->notify.n; k++) {
        if (external_is(procedure_find_external(c->p, it->notify.v[k].s), b)) {
            return true;
        }
    }
    return text_has_any(c->texts[i], b->words) && text_has_any(c->texts[i], REPORT_VERBS);
}

/* Where a missing 届け出 belongs: beside an item that already reports to an authority, else at
 * the end of 第二報以降・最終報. */
static SrcPos notify_place(const CheckCtx *c)
{
    for (size_t i = 0; i < c->p->n_items; i++) {
        for (int b = 0; b < BODY_COUNT; b++) {
            if (item_reports_to(c, i, &BODIES[b])) {
                return c->p->items[i].pos;
            }
        }
    }
    return check_phase_place(c, PHASE_FOLLOW_UP);
}

static void need_body(CheckCtx *c, int body, CheckSeverity sev, const char *why)
{
    const Body *b = &BODIES[body];
    for (size_t i = 0; i < c->p->n_items; i++) {
        if (item_reports_to(c, i, b)) {
            return;
        }
    }
    const External *ext = NULL;
    for (size_t e = 0; e < c->p->n_externals && !ext; e++) {
        ext = external_is(&c->p->externals[e], b) ? &c->p->externals[e] : NULL;
    }
    char how[256];
    if (ext) {
        snprintf(how, sizeof how, "報告する項目に notify: [%s] を加えてください", ext->id.s);
    } else {
        snprintf(how, sizeof how,
                 "notify: [%s] とし、届け出先 {id: %s, name: %s} を externals: に定義してください",
                 b->suggested_id, b->suggested_id, b->suggested_name);
    }
    if (body == BODY_MINISTRY) {
        check_report(c, sev, notify_place(c),
                     "%sが書かれていません。業法等で報告が求められるかを確かめ、求められる場合は"
                     "届け出の項目に加えてください（%s）",
                     b->label, why);
        return;
    }
    check_report(c, sev, notify_place(c),
                 "%sへの届け出の項目がありません（%s）。第二報以降・最終報（follow_up）に届け出"
                 "の項目を加え、%s",
                 b->label, why, how);
}

static void check_notify(CheckCtx *c)
{
    bool personal = text_has_any(c->all, PERSONAL_DATA);
    bool access = text_has_any(c->all, UNAUTHORISED_ACCESS);
    bool insider = text_has_any(c->all, INSIDER);
    switch (c->kind) {
    case INCIDENT_RANSOMWARE:
        need_body(c, BODY_IPA, CHECK_HIGH, "ウイルス感染の場合はIPAへ届け出る");
        need_body(c, BODY_POLICE, CHECK_HIGH,
                  "身代金を要求する脅迫には犯罪性があり、警察へ届け出る");
        if (personal) {
            need_body(c, BODY_PPC, CHECK_MEDIUM,
                      "個人データが暗号化・窃取された場合は個人情報保護委員会へ報告する");
        }
        break;
    case INCIDENT_DATA_LEAK:
        need_body(c, BODY_PPC, personal ? CHECK_HIGH : CHECK_MEDIUM,
                  "個人情報漏えいの場合は個人情報保護委員会へ報告する");
        need_body(c, BODY_IPA, access ? CHECK_HIGH : CHECK_MEDIUM,
                  "不正アクセスによる漏えいの場合はIPAへ届け出る");
        need_body(c, BODY_POLICE, access || insider ? CHECK_HIGH : CHECK_MEDIUM,
                  "不正アクセスや内部犯行には犯罪性があり、警察へ届け出る");
        break;
    case INCIDENT_SYSTEM_OUTAGE:
    case INCIDENT_COUNT:
        /* The cause of an outage is often unknown at first and may be an attack (付録8). */
        need_body(c, BODY_IPA, CHECK_MEDIUM, "原因がウイルス感染や不正アクセスだった場合");
        need_body(c, BODY_POLICE, CHECK_MEDIUM, "原因が攻撃で犯罪性がある場合");
        break;
    }
    need_body(c, BODY_MINISTRY, CHECK_MEDIUM, "業法等で求められる場合は所管の省庁等へ届け出る");
}

/* ---- 検知と連絡受付: 「外部から通報を受け付けた場合は、通報者の連絡先等を記録」 --------------
 * Satisfied by an item that speaks of the reporter (通報者, 発見者, a call from outside) and of
 * their contact details (連絡先). A 連絡先リスト in the prepare list is the company's own
 * contacts and does not count. */
static const char *const REPORTER[] = {"通報者",   "発見者",   "報告者", "通報を受け",
                                       "社外から", "外部から", NULL};
static const char *const CONTACT[] = {"連絡先", NULL};

static void check_reporter(CheckCtx *c)
{
    if (check_find(c, PHASE_COUNT, REPORTER, CONTACT)) {
        return;
    }
    const ProcItem *first = check_phase_item(c, PHASE_DETECTION, false);
    check_report(c, CHECK_MEDIUM, first ? first->pos : c->items_pos,
                 "通報者の連絡先等を記録する項目がありません。検知と連絡受付（detection）に、外"
                 "部からの通報を受けた人が通報者の名前・連絡先・日時・内容を記録することを加えて"
                 "ください");
}

/* ---- 第一報: 「顧客や消費者に関係する場合は受付専用の問い合わせ窓口を開設」 ------------------
 * Customers are concerned in every data leak, and in other incidents when the 手順書 itself
 * speaks of customers or business partners. An item about inquiries (問い合わせ) that sets up
 * or runs a desk (窓口, 受付, 一本化, 対応) satisfies the rule. */
static const char *const CUSTOMERS[] = {"顧客", "消費者", "お客様", "取引先", "customer", NULL};
static const char *const INQUIRY[] = {"問い合わせ", "問合せ", "問い合せ", "inquiry", NULL};
static const char *const DESK[] = {"窓口", "受付", "一本化", "対応", "desk", NULL};

static void check_inquiry_desk(CheckCtx *c)
{
    bool customers = c->kind == INCIDENT_DATA_LEAK || text_has_any(c->all, CUSTOMERS);
    if (!customers || check_find(c, PHASE_COUNT, INQUIRY, DESK)) {
        return;
    }
    check_report(c, c->kind == INCIDENT_DATA_LEAK ? CHECK_HIGH : CHECK_MEDIUM,
                 check_phase_place(c, PHASE_FIRST_REPORT),
                 "顧客や取引先が関わるのに、受付専用の問い合わせ窓口を開設する項目がありません。"
                 "第一報（first_report）に、誰が窓口を開くか、回答をそろえる想定問答集、問い合わ"
                 "せの記録を加えてください");
}

/* ---- 初動対応: 「対象機器の電源を切る等、不用意な操作でシステム上に残された記録を消さない」 ----
 * Satisfied by an item that mentions the power (電源) together with a negation or a caution
 * (切らず, 切らない, しない, 行わない, 避け …): "電源は切らない", "電源を切る…操作はしない". */
static const char *const POWER[] = {"電源", NULL};
static const char *const DO_NOT[] = {"切らず",   "切らない", "落とさず", "落とさない", "入れたまま",
                                     "行わない", "しない",   "避け",     "禁止",       NULL};
static const char *const ISOLATE[] = {"隔離", "切断", "切り離", "遮断", "停止", "抜", NULL};

static void check_power_off(CheckCtx *c)
{
    if (check_find(c, PHASE_COUNT, POWER, DO_NOT)) {
        return;
    }
    const ProcItem *it = check_find(c, PHASE_CONTAINMENT, ISOLATE, NULL);
    if (!it) {
        it = check_phase_item(c, PHASE_CONTAINMENT, false);
    }
    char name[256];
    char where[300];
    snprintf(where, sizeof where, "%s",
             it ? check_item_name(it, name, sizeof name) : "初動対応（containment）の項目");
    check_report(c, c->kind == INCIDENT_RANSOMWARE ? CHECK_HIGH : CHECK_MEDIUM,
                 it ? it->pos : c->items_pos,
                 "初動対応に、記録を消さないこと（電源を切る等の不用意な操作をしない）が書かれて"
                 "いません。%s に、機器はネットワークから切り離すが電源は切らず再起動もしない"
                 "（証拠保全のためログやメモリを残す）と加えてください",
                 where);
}

/* ---- 復旧: 「正しく修復できたことが確認できたら、停止したシステムやサービスを復旧」 -----------
 * For ransomware and outages the data come back from a backup (バックアップ, リストア, 復元)
 * and must be checked (確認, 確かめ, 整合性, 検証, テスト) before use; for a leak, the fix must
 * be checked before the service reopens. */
static const char *const BACKUP[] = {"バックアップ", "リストア", "復元", "backup", "restore", NULL};
static const char *const VERIFY[] = {"確認", "確かめ", "整合性", "検証", "テスト", "verify", NULL};

static void check_restore(CheckCtx *c)
{
    bool needs_backup = c->kind != INCIDENT_DATA_LEAK;
    CheckSeverity sev = needs_backup ? CHECK_HIGH : CHECK_MEDIUM;
    const ProcItem *restore = check_find(c, PHASE_RESTORATION, BACKUP, NULL);
    if (!restore) {
        restore = check_find(c, PHASE_COUNT, BACKUP, NULL);
    }
    if (needs_backup && !restore) {
        check_report(c, sev, check_phase_place(c, PHASE_RESTORATION),
                     "バックアップからデータを復元（リストア）する項目がありません。復旧"
                     "（restoration）に、誰がどのデータを復元し、使い始める前に誰が確認するかを加"
                     "えてください");
        return;
    }
    bool verified = (restore && text_has_any(c->texts[restore - c->p->items], VERIFY)) ||
                    check_find(c, PHASE_RESTORATION, VERIFY, NULL);
    if (!verified) {
        char name[256];
        check_report(c, sev, restore ? restore->pos : check_phase_place(c, PHASE_RESTORATION),
                     "正しく修復できたことを確認してから再開する手順がありません。%s に、システム"
                     "やサービスを再開する前の確認（データの整合性、駆除の確認）を加えてください",
                     restore ? check_item_name(restore, name, sizeof name) : "復旧（restoration）");
    }
}

/* ---- 調査・対応: 「インシデント対応時に整理しておくべき事項」 and 5W1H -----------------------
 * Someone must keep the timeline (対応経過) and the facts the guide lists; satisfied by an item
 * that speaks of them or of the record keeper. */
static const char *const RECORD[] = {"対応経過", "時系列",   "整理しておくべき事項", "5W1H",
                                     "記録係",   "対応記録", "インシデント記録",     NULL};

static void check_record(CheckCtx *c)
{
    if (check_find(c, PHASE_COUNT, RECORD, NULL)) {
        return;
    }
    check_report(c, CHECK_MEDIUM, check_phase_place(c, PHASE_INVESTIGATION),
                 "インシデント対応時に整理しておくべき事項（発覚日時、発生日時、対応経過…）を記録"
                 "する項目がありません。調査・対応（investigation）に、誰が対応経過を記録し、5W1H"
                 "で事実を整理するかを加えてください");
}

void check_guide_rules(CheckCtx *c)
{
    check_reporter(c);
    check_power_off(c);
    check_inquiry_desk(c);
    check_notify(c);
    check_record(c);
    check_restore(c);
}
