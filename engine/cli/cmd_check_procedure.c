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
    "Checks the 手順書 PROCEDURE (ttx-procedure: 1) against the guide (付録8\n"
    "「中小企業のためのセキュリティインシデント対応の手引き」) and prints each gap as\n"
    "  FILE:LINE:COL: warning: 重大 (high): … | 注意 (medium): …\n"
    "at the item concerned or where the missing item belongs, with what to add:\n"
    "  - every phase of the three steps has an item; every item has 担当者 that\n"
    "    are defined roles and a list of what to prepare; 経営層 roles own items\n"
    "  - the 届け出 the incident calls for: IPA (ウイルス感染・不正アクセス),\n"
    "    警察 (犯罪性), 個人情報保護委員会 (個人情報の漏えい), and a reminder\n"
    "    to check 所管の省庁 (業法等)\n"
    "  - the reporter's contact is recorded; an inquiry desk where customers are\n"
    "    concerned; containment keeps the evidence (disconnect, do not power\n"
    "    off); a restore is checked before service resumes; someone keeps the\n"
    "    incident record\n"
    "  --incident   ransomware, data_leak or system_outage; by default it is\n"
    "               read from the 手順書's id and title (e.g. ランサムウェア)\n"
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
        fprintf(stderr, "no gaps found\n");
    } else {
        fprintf(stderr, "%zu gap(s): %zu 重大 (high), %zu 注意 (medium)\n",
                n.n[CHECK_HIGH] + n.n[CHECK_MEDIUM], n.n[CHECK_HIGH], n.n[CHECK_MEDIUM]);
    }
    exercise_free(&ex);
    return EXIT_OK;
}

const Command CMD_CHECK_PROCEDURE = {"check-procedure", "check a 手順書 for gaps against the guide",
                                     usage, run_check_procedure};
