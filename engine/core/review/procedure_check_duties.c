/* The 手順書 gap-check rules for who tells whom and what happens after the first hours, drawn
 * from the wording of 付録8 (REFERENCE §2.1.3, §2.8, lines 97–126 and 182): the report chain
 * 発見者 → 情報セキュリティ責任者 → 経営者, the 経営者 kept informed and told the result after
 * recovery, help from outside specialists, 公表 under its two conditions with its 時期・内容・
 * 対象 weighed, the 第二報 to victims and partners with 補償, and per incident: protected
 * backups, 復号ツール and the rebuild decision for ransomware; an unknown cause treated as a
 * possible attack and the BCP for an outage; and the 根本原因分析 before prevention. Like the
 * other guide rules (procedure_check_guide.c) each one looks for the guide's own terms anywhere
 * in an item's name and detail. Messages are Japanese: they are read by the company's
 * 情報セキュリティ責任者. */
#include <stdio.h>

#include "procedure_check_internal.h"
#include "textmatch.h"

static const char *const TELL[] = {"報告", "連絡", "伝え", "知らせ", "通知", NULL};
static const char *const SECURITY_LEAD[] = {"情報セキュリティ責任者", "セキュリティ責任者",
                                            "セキュリティ担当", "情報システム責任者", NULL};
static const char *const EXECUTIVE[] = {"経営者", "経営層", "社長",   "代表者",
                                        "役員",   "取締役", "経営陣", NULL};

/* An item of step st (STEP_COUNT: any) whose text has one of a and one of b. */
static const ProcItem *find_in_step(const CheckCtx *c, Step st, const char *const *a,
                                    const char *const *b)
{
    for (int ph = 0; ph < PHASE_COUNT; ph++) {
        if (st != STEP_COUNT && phase_step((Phase)ph) != st) {
            continue;
        }
        const ProcItem *it = check_find(c, (Phase)ph, a, b);
        if (it) {
            return it;
        }
    }
    return NULL;
}

/* The most common rule: some item anywhere uses the words of a (and of b, when not NULL);
 * otherwise a 注意 finding where the item belongs, at the end of phase place. */
static void need_item(CheckCtx *c, const char *const *a, const char *const *b, Phase place,
                      const char *message)
{
    if (!check_find(c, PHASE_COUNT, a, b)) {
        check_report(c, CHECK_MEDIUM, check_phase_place(c, place), "%s", message);
    }
}

/* ---- 報告の流れ: 「兆候…を発見した場合は、情報セキュリティ責任者に報告」「情報セキュリティ責任者
 * は、対応すべきインシデントであると判断したら、速やかに経営者に報告」(002:1388, 1394) ---- */
static void check_report_chain(CheckCtx *c)
{
    if (!find_in_step(c, STEP_DETECT, SECURITY_LEAD, TELL)) {
        const ProcItem *first = check_phase_item(c, PHASE_DETECTION, false);
        check_report(c, CHECK_MEDIUM, first ? first->pos : c->items_pos,
                     "兆候や発生に気づいた人が情報セキュリティ責任者に報告する流れが書かれていま"
                     "せん。検知と連絡受付（detection）に「発見者は情報セキュリティ責任者に報告す"
                     "る」と、責任者の名前または役割を書いてください");
    }
    if (!find_in_step(c, STEP_DETECT, EXECUTIVE, TELL) &&
        !check_find(c, PHASE_FIRST_REPORT, EXECUTIVE, TELL)) {
        check_report(c, CHECK_HIGH, check_phase_place(c, PHASE_MOBILIZATION),
                     "情報セキュリティ責任者から経営者への報告が書かれていません。対応すべきイン"
                     "シデントと判断したら速やかに経営者に報告し、経営者が対応体制を立ち上げる項目"
                     "を対応体制の構築（mobilization）に加えてください");
    }
}

/* ---- 経営者への適時報告と対処結果: 「経営者に適時報告」「復旧…対処結果を経営者に報告」
 * (002:1427, 1440) ------------------------------------------------------------------------ */
static void check_executive_updates(CheckCtx *c)
{
    if (find_in_step(c, STEP_RECOVER, EXECUTIVE, TELL)) {
        return;
    }
    check_report(c, CHECK_MEDIUM, check_phase_place(c, PHASE_RESTORATION),
                 "調査の途中経過と復旧後の対処結果を経営者に報告する項目がありません。調査・対応"
                 "（investigation）か復旧（restoration）に、誰がいつ経営者に報告するかを加えてく"
                 "ださい");
}

/* ---- 外部の専門組織: 「自社で対応が難しい場合は、IT製品のメーカー、保守ベンダー等の外部専門
 * 組織や公的機関の相談窓口等に支援、助言を要請」(002:1426) ------------------------------------ */
static const char *const SPECIALIST[] = {
    "専門", "ベンダー", "保守", "メーカー", "相談窓口", "お助け隊", "セキスペ", "支援事業者", NULL};
static const char *const ASK[] = {"要請", "相談", "依頼", "支援", "助言", NULL};

static void check_specialists(CheckCtx *c)
{
    need_item(c, SPECIALIST, ASK, PHASE_INVESTIGATION,
              "自社で対応が難しいときに外部の専門組織（保守ベンダー、メーカー、公的機関の相談"
              "窓口など）へ支援や助言を求める項目がありません。調査・対応（investigation）に、"
              "誰がどこへ依頼するかと、その連絡先を準備物に加えてください");
}

/* ---- 公表: 「すべての関係者への通知が困難な場合や、インシデントの影響が広く一般に及ぶ場合は
 * …公表」「公表によって被害の拡大を招かないよう、時期、内容、対象などを考慮」(002:1401-1408) */
static const char *const PUBLISH[] = {"公表",           "プレスリリース", "報道発表",
                                      "ウェブサイトで", "ホームページで", NULL};
static const char *const PUBLISH_WHEN[] = {"通知が困難",   "連絡が困難", "通知が難しい",
                                           "連絡が難しい", "広く",       "一般に",
                                           "多数",         "必要に応じ", NULL};
static const char *const PUBLISH_HOW[] = {"時期", "内容", "対象", "タイミング", "範囲", NULL};

static void check_publication(CheckCtx *c)
{
    const ProcItem *pub = check_find(c, PHASE_COUNT, PUBLISH, NULL);
    if (!pub) {
        check_report(c, CHECK_MEDIUM, check_phase_place(c, PHASE_FIRST_REPORT),
                     "公表の判断が書かれていません。関係者全員への通知が困難な場合や影響が広く一"
                     "般に及ぶ場合に、経営者がウェブサイトや報道で公表するかを決める項目を第一報"
                     "（first_report）に加え、公表の時期・内容・対象を考えることも書いてください");
        return;
    }
    const char *text = c->texts[pub - c->p->items];
    char name[256];
    if (!text_has_any(text, PUBLISH_WHEN)) {
        check_report(c, CHECK_MEDIUM, pub->pos,
                     "%s に、公表する条件（関係者全員への通知が困難な場合、影響が広く一般に及ぶ"
                     "場合）が書かれていません",
                     check_item_name(pub, name, sizeof name));
    }
    if (!text_has_any(text, PUBLISH_HOW)) {
        check_report(c, CHECK_MEDIUM, pub->pos,
                     "%s に、公表で被害を広げないために考える時期・内容・対象が書かれていません",
                     check_item_name(pub, name, sizeof name));
    }
}

/* ---- 第二報以降: 「被害者や、影響を及ぼした取引先や顧客に対して…対応状況や再発防止策等に関
 * して報告。また、被害者に対する損害の補償等を、必要に応じて実施」(002:1414) ----------------- */
static const char *const AFFECTED[] = {"被害者", "取引先", "顧客", "お客様", "本人", NULL};
static const char *const COMPENSATE[] = {"補償", "賠償", "損害", "お詫び", NULL};

static void check_follow_up(CheckCtx *c)
{
    const ProcItem *told = check_find(c, PHASE_FOLLOW_UP, AFFECTED, TELL);
    if (!told) {
        check_report(c, CHECK_MEDIUM, check_phase_place(c, PHASE_FOLLOW_UP),
                     "第二報以降で、被害者や影響を受けた取引先・顧客に対応状況と再発防止策を報告す"
                     "る項目がありません。第二報以降・最終報（follow_up）に加えてください");
        return;
    }
    if (!check_find(c, PHASE_COUNT, COMPENSATE, NULL)) {
        char name[256];
        check_report(c, CHECK_MEDIUM, told->pos,
                     "%s に、被害者への損害の補償等を必要に応じて検討することが書かれていません",
                     check_item_name(told, name, sizeof name));
    }
}

/* ---- ランサムウェア: バックアップの保護、復号ツール、再構築の判断 (002:1376-1378; 003:502) --- */
static const char *const BACKUP[] = {"バックアップ", NULL};
static const char *const PROTECT[] = {"オフライン", "切り離",         "隔離",   "保護",
                                      "世代",       "感染していない", "別保管", NULL};
static const char *const DECRYPT[] = {"復号", "No More Ransom", "NoMoreRansom", NULL};
static const char *const REBUILD[] = {"再構築", "初期化", "再インストール", "入れ替え", NULL};

static void check_ransomware(CheckCtx *c)
{
    need_item(c, BACKUP, PROTECT, PHASE_CONTAINMENT,
              "バックアップを感染から守る手順がありません。バックアップ装置やクラウドの保"
              "管先をネットワークから切り離して暗号化を防ぎ、感染前の世代を確保する項目を初"
              "動対応（containment）に加えてください");
    need_item(c, DECRYPT, NULL, PHASE_INVESTIGATION,
              "復号ツールの確認が書かれていません。No More Ransom 等で復号ツールがあるか"
              "を調べる項目を調査・対応（investigation）に加えてください（すべてのランサム"
              "ウェアに対応しているわけではありません）");
    need_item(c, REBUILD, NULL, PHASE_RESTORATION,
              "復号もバックアップからの復元もできない場合に、感染した機器やデータの復旧を"
              "断念して再構築する判断が書かれていません。誰が判断するかを復旧（restoration）"
              "に加えてください");
}

/* ---- システム停止: 「原因がわからない場合は、セキュリティの問題の可能性も含めて対応」「経営者
 * は事業継続計画（BCP）を策定し、これに備える」(REFERENCE line 182) ------------------------- */
static const char *const UNKNOWN_CAUSE[] = {"原因不明",   "原因がわから", "原因が分から",
                                            "原因が不明", "原因を特定",   NULL};
static const char *const SECURITY[] = {"セキュリティ", "攻撃", "ウイルス", "不正", "侵入", NULL};
static const char *const CONTINUITY[] = {"BCP", "事業継続", "代替手段", "代替手順", "手作業", NULL};

static void check_outage(CheckCtx *c)
{
    need_item(c, UNKNOWN_CAUSE, SECURITY, PHASE_DETECTION,
              "停止の原因がわからないうちはサイバー攻撃などセキュリティの問題の可能性も含"
              "めて対応する、と書かれていません。検知と連絡受付（detection）か調査・対応"
              "（investigation）に加えてください");
    need_item(c, CONTINUITY, NULL, PHASE_MOBILIZATION,
              "事業継続計画（BCP）に沿って業務を続ける手順（代替手段や手作業への切り替え、"
              "取引先への納期連絡）がありません。経営者が発動を判断する項目を加えてください");
}

/* ---- 再発防止: 「インシデントを再発させないために根本原因を分析し…抜本的な再発防止策を検討し、
 * 実施」(002:1442) -------------------------------------------------------------------------- */
static const char *const ROOT_CAUSE[] = {"根本原因", "原因分析", "原因を分析",
                                         "真因",     "なぜなぜ", NULL};

static void check_root_cause(CheckCtx *c)
{
    need_item(c, ROOT_CAUSE, NULL, PHASE_PREVENTION,
              "根本原因の分析が書かれていません。再発防止策（prevention）の前に、なぜ起きたか"
              "を分析して技術的対策・ルール・教育・体制・運用の見直しにつなげる項目を加えてくだ"
              "さい");
}

void check_duty_rules(CheckCtx *c)
{
    check_report_chain(c);
    check_executive_updates(c);
    check_specialists(c);
    check_publication(c);
    check_follow_up(c);
    if (c->kind == INCIDENT_RANSOMWARE) {
        check_ransomware(c);
    }
    if (c->kind == INCIDENT_SYSTEM_OUTAGE) {
        check_outage(c);
    }
    check_root_cause(c);
}
