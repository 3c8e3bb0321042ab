/* ttx check-procedure PROCEDURE [--incident KIND]: the 手順書's gaps against the guide, before
 * any drill (engine/core/review/procedure_check.c has the rules). The findings go to standard output as
 * FILE:LINE:COL warnings so editors can jump to them; problems that stop the check (an invalid
 * 手順書) go to standard error like `ttx validate`'s. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "exercise_load.h"
#include "file_read.h"
#include "procedure_check.h"
#include "yaml_tree.h"

static const char usage[] =
    "usage: ttx check-procedure PROCEDURE [--incident KIND]\n"
    "\n"
    "手順書 PROCEDURE（ttx-procedure: 1）を手引き（付録8「中小企業のためのセキュリティ\n"
    "インシデント対応の手引き」）と照らし合わせ、足りない点を1件ずつ\n"
    "  FILE:LINE:COL: warning: 重大: … / 注意: …\n"
    "の形で、該当する項目（または足りない項目を加える場所）に、何を加えるかとともに示します。\n"
    "  - 3つのステップのすべてのフェーズに項目があるか。各項目に定義済みの担当者と予め準備\n"
    "    しておく文書等があるか。経営層が担当する項目があるか\n"
    "  - 報告の流れ（発見者 → 情報セキュリティ責任者 → 経営者）、経営者への適時報告と復旧後\n"
    "    の報告、外部の専門組織への支援要請\n"
    "  - インシデントに応じた届け出: IPA（ウイルス感染・不正アクセス）、警察（犯罪性）、\n"
    "    個人情報保護委員会（個人情報の漏えい）、所管の省庁（業法等）の確認\n"
    "  - 通報者の連絡先の記録、顧客が関わる場合の問い合わせ窓口、証拠を残す初動（電源を\n"
    "    切らずに切り離す）、公表の条件と時期・内容・対象、第二報と補償、確認してからの復旧、\n"
    "    対応経過の記録、根本原因の分析\n"
    "  - ランサムウェア: バックアップの保護、復号ツール、再構築の判断。システム停止: 原因不明\n"
    "    のうちはセキュリティの問題も疑う、事業継続計画（BCP）\n"
    "  --incident   ransomware、data_leak、system_outage のいずれか。省略すると手順書の\n"
    "               id と題名（例: ランサムウェア）から判断します\n"
    "\n"
    "Exit status: 0 checked (gaps are warnings), 64 usage or unknown incident\n"
    "kind, 65 invalid 手順書, 66 unreadable file.\n";

/* Where the `items:` key of the document stands: findings about a phase without any item point
 * there. The model keeps only the items' own positions, so the file is parsed once more. */
static SrcPos items_key_pos(const char *path, SrcPos fallback)
{
    char *data;
    size_t len;
    const char *reason;
    SrcPos pos = fallback;
    if (file_read_all(path, &data, &len, &reason) != FILE_READ_OK) {
        return pos;
    }
    Diags quiet;
    diags_init(&quiet);
    YDoc doc;
    if (ydoc_parse(&doc, path, data, len, &quiet) && doc.root && doc.root->kind == YNODE_MAPPING) {
        for (size_t i = 0; i < doc.root->n_pairs; i++) {
            if (strcmp(doc.root->pairs[i].key->text, "items") == 0) {
                pos = doc.root->pairs[i].key->pos;
            }
        }
    }
    ydoc_deinit(&doc);
    diags_deinit(&quiet);
    free(data);
    return pos;
}

static int parse_args(int argc, char **argv, const char **path, int *kind)
{
    *path = NULL;
    *kind = -1;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--incident") == 0) {
            if (i + 1 >= argc) {
                return cli_usage_error("check-procedure", "--incident needs a value");
            }
            *kind = vocab_find(&VOCAB_INCIDENT, argv[++i]);
            if (*kind < 0) {
                return cli_usage_error("check-procedure", "unknown incident kind '%s'; expected %s",
                                       argv[i], VOCAB_INCIDENT.allowed);
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return cli_usage_error("check-procedure", "unknown option '%s'", arg);
        } else if (!*path) {
            *path = arg;
        } else {
            return cli_usage_error("check-procedure", "unexpected argument '%s'", arg);
        }
    }
    if (!*path) {
        return cli_usage_error("check-procedure", "no PROCEDURE given");
    }
    return EXIT_OK;
}

static int run_check_procedure(int argc, char **argv)
{
    const char *path;
    int kind;
    int st = parse_args(argc, argv, &path, &kind);
    if (st != EXIT_OK) {
        return st;
    }
    Exercise ex;
    st = cli_load_exercise(path, FILE_KIND_PROCEDURE, &ex);
    if (st != EXIT_OK) {
        return st;
    }
    const Procedure *p = ex.procedure;
    if (kind < 0) {
        kind = procedure_guess_incident(p);
    }
    if (kind < 0) {
        st = cli_usage_error("check-procedure",
                             "cannot tell the incident kind from the id '%s' and title '%s'; "
                             "give --incident with one of %s",
                             p->id.s, p->title.s, VOCAB_INCIDENT.allowed);
        exercise_free(&ex);
        return st;
    }
    Diags d;
    diags_init(&d);
    CheckCounts n = procedure_check(p, (IncidentKind)kind, items_key_pos(path, p->pos), &d);
    diags_sort(&d);
    diags_print(&d, stdout);
    diags_deinit(&d);
    fprintf(stderr, "ttx check-procedure: %s (%s): ", path, vocab_id(&VOCAB_INCIDENT, kind));
    if (n.n[CHECK_HIGH] + n.n[CHECK_MEDIUM] == 0) {
        fprintf(stderr, "足りない点は見つかりませんでした\n");
    } else {
        fprintf(stderr, "足りない点 %zu 件（重大 %zu 件、注意 %zu 件）\n",
                n.n[CHECK_HIGH] + n.n[CHECK_MEDIUM], n.n[CHECK_HIGH], n.n[CHECK_MEDIUM]);
    }
    exercise_free(&ex);
    return EXIT_OK;
}

const Command CMD_CHECK_PROCEDURE = {"check-procedure", "手順書を手引きと照らし合わせて足りない点を示す",
                                     usage, run_check_procedure};
