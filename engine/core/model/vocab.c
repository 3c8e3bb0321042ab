/* Vocabulary tables. The order of each table is the enum order and the order of the sheet. */
#include "vocab.h"

#include <math.h>
#include <string.h>

#include "base.h"

static const char *const step_ids[] = {"detect", "report", "recover"};
static const char *const step_labels[] = {"検知・初動対応", "報告・公表", "復旧・再発防止"};

static const char *const phase_ids[] = {
    "detection",     "mobilization", "containment", "first_report", "follow_up",
    "investigation", "evidence",     "restoration", "prevention",
};
static const char *const phase_labels[] = {
    "検知と連絡受付", "対応体制の構築", "初動対応", "第一報", "第二報以降・最終報",
    "調査・対応",     "証拠保全",       "復旧",     "再発防止",
};
static const Step phase_steps[] = {
    STEP_DETECT, STEP_DETECT,  STEP_DETECT,  STEP_REPORT,  STEP_REPORT,
    STEP_RECOVER, STEP_RECOVER, STEP_RECOVER, STEP_RECOVER,
};

static const char *const incident_ids[] = {"ransomware", "data_leak", "system_outage"};
static const char *const incident_labels[] = {"ウイルス感染・ランサムウェア感染", "情報漏えい",
                                              "システム停止"};

static const char *const rating_ids[] = {"A", "B", "C", "D"};
static const char *const rating_labels[] = {"問題なく実施", "一部課題あり", "重大な課題あり",
                                            "実施できず"};

static const char *const verdict_ids[] = {"good", "fair", "poor"};
static const char *const verdict_labels[] = {"適切", "一部適切", "不適切"};

static const char *const status_ids[] = {"done", "partial", "missed"};
static const char *const status_labels[] = {"実施", "一部実施", "未実施"};

static const char *const review_ids[] = {
    "objectives", "understanding", "coordination", "leadership",
    "recording",  "issues",        "actions",      "overall",
};
static const char *const review_labels[] = {
    "演習の目的達成度",       "対応手順の理解度",   "連携・コミュニケーション",
    "リーダーシップの発揮",   "情報共有と記録の適切さ", "課題点および改善点",
    "次回演習に向けたアクションアイテム", "総合評価",
};

static const char *const recfield_ids[] = {
    "classification", "organization", "owners", "discovered_at",    "occurred_at",
    "events",         "timeline",     "cause",  "affected_systems", "system_configuration",
};
static const char *const recfield_labels[] = {
    "インシデントの分類", "事業者",   "担当者・責任者",         "発覚日時",
    "発生日時",           "発生事象", "対応経過",               "想定される原因",
    "被害を受けたシステムの状況", "システム構成・運用状況",
};

const Vocab VOCAB_STEP = {step_ids, step_labels, STEP_COUNT, "detect, report, recover"};
const Vocab VOCAB_PHASE = {phase_ids, phase_labels, PHASE_COUNT,
                           "detection, mobilization, containment, first_report, follow_up, "
                           "investigation, evidence, restoration, prevention"};
const Vocab VOCAB_INCIDENT = {incident_ids, incident_labels, INCIDENT_COUNT,
                              "ransomware, data_leak, system_outage"};
const Vocab VOCAB_RATING = {rating_ids, rating_labels, RATING_COUNT, "A, B, C, D"};
const Vocab VOCAB_VERDICT = {verdict_ids, verdict_labels, VERDICT_COUNT, "good, fair, poor"};
const Vocab VOCAB_STATUS = {status_ids, status_labels, STATUS_COUNT, "done, partial, missed"};
const Vocab VOCAB_REVIEW = {review_ids, review_labels, REVIEW_COUNT,
                            "objectives, understanding, coordination, leadership, recording, "
                            "issues, actions, overall"};
const Vocab VOCAB_RECFIELD = {recfield_ids, recfield_labels, RECFIELD_COUNT,
                              "classification, organization, owners, discovered_at, occurred_at, "
                              "events, timeline, cause, affected_systems, system_configuration"};

int vocab_find(const Vocab *v, const char *id)
{
    for (int i = 0; i < v->count; i++) {
        if (strcmp(v->ids[i], id) == 0) {
            return i;
        }
    }
    return -1;
}

const char *vocab_id(const Vocab *v, int value)
{
    TTX_EXPECT(value >= 0 && value < v->count);
    return v->ids[value];
}

const char *vocab_label(const Vocab *v, int value)
{
    TTX_EXPECT(value >= 0 && value < v->count);
    return v->labels[value];
}

Step phase_step(Phase p)
{
    TTX_EXPECT(p >= 0 && p < PHASE_COUNT);
    return phase_steps[p];
}

const char *step_phases_allowed(Step s)
{
    static const char *const allowed[] = {
        "detection, mobilization, containment",
        "first_report, follow_up",
        "investigation, evidence, restoration, prevention",
    };
    TTX_EXPECT(s >= 0 && s < STEP_COUNT);
    return allowed[s];
}

int score_round(double score)
{
    return (int)floor(score + 0.5);
}

Rating rating_for_score(int score)
{
    if (score >= 90) {
        return RATING_A;
    }
    if (score >= 70) {
        return RATING_B;
    }
    if (score >= 40) {
        return RATING_C;
    }
    return RATING_D;
}
