/* The 手順書 gap check: the frame (severity words, where a finding points, the searchable texts)
 * and the structural rules of the guide's table — every phase of the three steps has an item,
 * every item has its 担当者 (a defined role) and 予め準備しておかなければならないもの, and the
 * 経営層 exist and own something. The rules drawn from the guide's wording are in
 * procedure_check_guide.c. */
#include "procedure_check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "procedure_check_internal.h"
#include "textmatch.h"

const char *const CHECK_SEVERITY_WORDS[CHECK_SEVERITY_COUNT] = {"重大", "注意"};

/* What each phase is for, in the guide's words (付録8, detailed version): the hint printed when
 * a phase has no item, so the reader knows what kind of row to write. */
static const char *const PHASE_HINTS[PHASE_COUNT] = {
    "兆候や発生を見つけたら情報セキュリティ責任者に報告し、外部からの通報は通報者の連絡先を"
    "記録する",
    "情報セキュリティ責任者が経営者に報告し、経営者が体制を立ち上げて責任者と担当者を定める",
    "ネットワークの遮断や機器の隔離で被害の拡大を防ぐ（電源を切る等で記録を消さない）",
    "関係者への第一報、必要に応じた公表、顧客が関わる場合は受付専用の問い合わせ窓口",
    "被害者・取引先への対応状況と再発防止策の報告、個人情報保護委員会・警察・IPA等への届け出",
    "5W1Hで状況を整理して原因を調査し、必要なら外部の専門組織に支援を求め、経営者に適時報告する",
    "訴訟等に備えてログ・不審ファイル・メモリ内データなどの証拠を保全する",
    "正しく修復できたことを確認してからシステムやサービスを再開し、経営者に結果を報告する",
    "根本原因を分析し、技術的対策・ルール・教育・体制・運用の再発防止策を実施する",
};

void check_report(CheckCtx *c, CheckSeverity sev, SrcPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    TTX_EXPECT(n >= 0);
    char *msg = ttx_malloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    diags_warning(c->out, c->p->path, pos, "%s: %s", CHECK_SEVERITY_WORDS[sev], msg);
    c->counts.n[sev]++;
    free(msg);
}

const ProcItem *check_phase_item(const CheckCtx *c, Phase ph, bool last)
{
    const ProcItem *found = NULL;
    for (size_t i = 0; i < c->p->n_items; i++) {
        if (c->p->items[i].phase == ph) {
            found = &c->p->items[i];
            if (!last) {
                break;
            }
        }
    }
    return found;
}

SrcPos check_phase_place(const CheckCtx *c, Phase ph)
{
    const ProcItem *it = check_phase_item(c, ph, true);
    return it ? it->pos : c->items_pos;
}

const ProcItem *check_find(const CheckCtx *c, Phase ph, const char *const *a, const char *const *b)
{
    for (size_t i = 0; i < c->p->n_items; i++) {
        const ProcItem *it = &c->p->items[i];
        if ((ph == PHASE_COUNT || it->phase == ph) && text_has_any(c->texts[i], a) &&
            (!b || text_has_any(c->texts[i], b))) {
            return it;
        }
    }
    return NULL;
}

const char *check_item_name(const ProcItem *it, char *buf, size_t size)
{
    snprintf(buf, size, "'%s'（%s）", it->id.s ? it->id.s : "?", it->name.s ? it->name.s : "");
    return buf;
}

int procedure_guess_incident(const Procedure *p)
{
    static const char *const words[INCIDENT_COUNT][6] = {
        [INCIDENT_RANSOMWARE] = {"ransomware", "ランサムウェア", "ウイルス", "malware", NULL},
        [INCIDENT_DATA_LEAK] = {"leak", "漏えい", "漏洩", "流出", "紛失", NULL},
        [INCIDENT_SYSTEM_OUTAGE] = {"outage", "停止", "障害", NULL},
    };
    int found = -1;
    for (int k = 0; k < INCIDENT_COUNT; k++) {
        /* Ids are written with '-' between words ("ransomware-procedure"): each part is a word. */
        bool hit = text_has_any(p->title.s, words[k]);
        for (const char *s = p->id.s; s && *s && !hit; s++) {
            hit = (s == p->id.s || s[-1] == '-') && text_has_any(s, words[k]);
        }
        if (hit) {
            if (found >= 0) {
                return -1;
            }
            found = k;
        }
    }
    return found;
}

static void check_phases(CheckCtx *c)
{
    for (int ph = 0; ph < PHASE_COUNT; ph++) {
        if (check_phase_item(c, (Phase)ph, false)) {
            continue;
        }
        Step st = phase_step((Phase)ph);
        check_report(c, CHECK_HIGH, c->items_pos,
                     "%sの%s（%s）に項目がありません。step: %s, phase: %s の項目を加えてくださ"
                     "い（付録8: %s）",
                     vocab_label(&VOCAB_STEP, st), vocab_label(&VOCAB_PHASE, ph),
                     vocab_id(&VOCAB_PHASE, ph), vocab_id(&VOCAB_STEP, st),
                     vocab_id(&VOCAB_PHASE, ph), PHASE_HINTS[ph]);
    }
}

/* The guide's table has a 担当者 and a 予め準備しておかなければならないもの for every row; the
 * walkthrough checks both one by one. Undefined owners are also a validation error, so this
 * only fires for a 手順書 that was not validated first. */
static void check_items(CheckCtx *c)
{
    char name[256];
    for (size_t i = 0; i < c->p->n_items; i++) {
        const ProcItem *it = &c->p->items[i];
        for (size_t k = 0; k < it->owners.n; k++) {
            if (!procedure_find_role(c->p, it->owners.v[k].s)) {
                check_report(c, CHECK_HIGH, it->owners.v[k].pos,
                             "項目 %2$s の担当者 '%1$s' は定義された役割ではありません。roles: "
                             "に定義するか、役割の id を使ってください",
                             it->owners.v[k].s, check_item_name(it, name, sizeof name));
            }
        }
        if (it->owners.n == 0) {
            check_report(c, CHECK_HIGH, it->pos,
                         "項目 %s に担当者がいません。owners: [役割] を加えてください",
                         check_item_name(it, name, sizeof name));
        }
        if (it->prepare.n == 0) {
            check_report(c, CHECK_MEDIUM, it->prepare.pos,
                         "項目 %s に予め準備しておくもの（文書等）がありません。prepare: "
                         "[連絡先リスト, チェックリストの名前 …] のように加えてください",
                         check_item_name(it, name, sizeof name));
        }
    }
}

/* The 経営者 sets up the response and decides (付録8 対応体制の構築); a 手順書 without 経営層
 * roles, or where they own nothing, leaves those decisions to nobody. */
static void check_leaders(CheckCtx *c)
{
    const Procedure *p = c->p;
    bool any = false, owns = false;
    for (size_t r = 0; r < p->n_roles; r++) {
        any |= p->roles[r].leader;
    }
    if (!any) {
        check_report(c, CHECK_HIGH, p->n_roles ? p->roles[0].pos : p->pos,
                     "経営層の役割（leader: true）がありません。手引きでは経営者が対応体制を立ち"
                     "上げて方針を決めます。{id: president, name: 社長, leader: true} のように"
                     "経営層の役割に印を付けてください");
        return;
    }
    for (size_t i = 0; i < p->n_items && !owns; i++) {
        for (size_t k = 0; k < p->items[i].owners.n; k++) {
            const Role *r = procedure_find_role(p, p->items[i].owners.v[k].s);
            owns |= r && r->leader;
        }
    }
    if (!owns) {
        check_report(c, CHECK_MEDIUM, check_phase_place(c, PHASE_MOBILIZATION),
                     "経営層が担当する項目がありません。対応体制の立ち上げ（mobilization）や公表の"
                     "判断（first_report）など、経営層が決める項目の担当にしてください");
    }
}

static char *join_texts(const char *a, const char *b)
{
    size_t la = a ? strlen(a) : 0, lb = b ? strlen(b) : 0;
    char *s = ttx_malloc(la + lb + 2);
    memcpy(s, a ? a : "", la);
    s[la] = '\n';
    memcpy(s + la + 1, b ? b : "", lb);
    s[la + lb + 1] = '\0';
    return s;
}

static void ctx_init(CheckCtx *c, const Procedure *p, IncidentKind kind, SrcPos items_pos,
                     Diags *out)
{
    memset(c, 0, sizeof *c);
    c->p = p;
    c->kind = kind;
    c->items_pos = items_pos;
    c->out = out;
    c->texts = ttx_calloc(p->n_items + 1, sizeof(char *));
    size_t total = strlen(p->title.s ? p->title.s : "") + 2;
    for (size_t i = 0; i < p->n_items; i++) {
        c->texts[i] = join_texts(p->items[i].name.s, p->items[i].detail.s);
        total += strlen(c->texts[i]) + 1;
    }
    char *all = ttx_malloc(total);
    size_t used = (size_t)snprintf(all, total, "%s", p->title.s ? p->title.s : "");
    for (size_t i = 0; i < p->n_items; i++) {
        used += (size_t)snprintf(all + used, total - used, "\n%s", c->texts[i]);
    }
    c->all = all;
}

static void ctx_deinit(CheckCtx *c)
{
    for (size_t i = 0; i < c->p->n_items; i++) {
        free(c->texts[i]);
    }
    free(c->texts);
    free(c->all);
}

CheckCounts procedure_check(const Procedure *p, IncidentKind kind, SrcPos items_pos, Diags *out)
{
    TTX_EXPECT(p && kind < INCIDENT_COUNT);
    CheckCtx c;
    ctx_init(&c, p, kind, items_pos, out);
    check_phases(&c);
    check_items(&c);
    check_leaders(&c);
    check_guide_rules(&c);
    check_duty_rules(&c);
    CheckCounts counts = c.counts;
    ctx_deinit(&c);
    return counts;
}
