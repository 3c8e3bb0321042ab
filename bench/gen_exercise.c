/* The generator of bench exercises (gen_exercise.h). Texts are Japanese and about as long as
 * the bundled scenarios' so the loader's UTF-8 checks and copies cost what they cost there. */
#include "gen_exercise.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base.h"

static const char *const phases[] = {"detection",    "mobilization", "containment",
                                     "first_report", "follow_up",    "investigation",
                                     "evidence",     "restoration",  "prevention"};
static const char *const steps[] = {"detect",  "detect",  "detect",  "report", "report",
                                    "recover", "recover", "recover", "recover"};
enum { N_PHASES = 9, N_ROLES = 6 };

static FILE *open_out(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    return f;
}

static void close_out(FILE *f, const char *path)
{
    if (ferror(f) || fclose(f) != 0) {
        fprintf(stderr, "bench: cannot write %s\n", path);
        exit(2);
    }
}

static void write_procedure(const char *path)
{
    FILE *f = open_out(path);
    fprintf(f, "ttx-procedure: 1\nid: bench-procedure\ntitle: 性能測定用の対応手順書\n"
               "company: 株式会社ベンチマーク製作所\nrevision: \"2026-12\"\nroles:\n");
    for (int r = 0; r < N_ROLES; r++) {
        fprintf(f, "  - {id: r%d, name: 担当者%d（部門%d）%s}\n", r, r, r,
                r < 2 ? ", leader: true" : "");
    }
    fprintf(f, "externals:\n  - {id: ipa, name: IPA（情報処理推進機構）}\n"
               "  - {id: police, name: 警察}\nitems:\n");
    for (int k = 0; k < GEN_ITEMS; k++) {
        int p = k % N_PHASES;
        fprintf(f,
                "  - id: B%02d\n    step: %s\n    phase: %s\n    name: 手順項目%dの実施\n"
                "    detail: |\n      担当者%dが手順%dを確認し、結果を経営管理部長へ報告する。"
                "必要な資料は事前に準備しておき、対応の経過は記録票に残す。\n"
                "    owners: [r%d]\n    prepare: [資料%d-1, 資料%d-2]\n    due: \"%d:%02d\"\n",
                k + 1, steps[p], phases[p], k + 1, k % N_ROLES, k + 1, k % N_ROLES, k + 1, k + 1,
                k / 2, k % 2 * 30);
        if (k % 7 == 0) {
            fprintf(f, "    notify: [ipa]\n");
        }
    }
    close_out(f, path);
}

static void write_inject(FILE *f, size_t i)
{
    int p = (int)(i % N_PHASES);
    /* The items of phase p are p, p + 9, p + 18 …; take two of them in turn. */
    int count = (GEN_ITEMS - 1 - p) / N_PHASES + 1;
    int a = p + N_PHASES * (int)((i / N_PHASES) % (size_t)count);
    int b = p + N_PHASES * (int)((i / N_PHASES + 1) % (size_t)count);
    fprintf(f,
            "  - id: i%06zu\n    at: \"%zu:%02zu\"\n    step: %s\n    phase: %s\n"
            "    title: 状況付与%zu 取引先から問い合わせが入った\n    from: 営業部 B氏\n"
            "    text: |\n      午前%zu時、取引先から「送ったファイルが開けない」と連絡があった。"
            "社内のファイルサーバにも同じ症状が広がっている。\n"
            "      情報システム担当者は状況を確認している。\n"
            "    questions: [最初に誰に連絡しますか？, 何を記録しますか？]\n"
            "    facilitator_note: 記録係が時刻を控えているかを確認する。\n"
            "    discuss: 5m\n    expects: [B%02d, B%02d]\n",
            i + 1, i / 60, i % 60, steps[p], phases[p], i + 1, i % 12 + 1, a + 1, b + 1);
    if (i % GEN_DECISION_EVERY == GEN_DECISION_EVERY - 1) {
        fprintf(f,
                "    decision:\n      by: r0\n      prompt: 状況付与%zuについて、公表しますか？\n"
                "      options:\n"
                "        - {id: now, text: すぐに公表する, verdict: fair, feedback: 早すぎる}\n"
                "        - {id: later, text: 事実を確認してから公表する, verdict: good, "
                "feedback: 事実確認が先}\n",
                i + 1);
    }
}

char *gen_exercise(const char *dir, size_t n_injects)
{
    size_t len = strlen(dir) + 64;
    char *procedure = ttx_malloc(len), *scenario = ttx_malloc(len);
    snprintf(procedure, len, "%s/procedure.yaml", dir);
    snprintf(scenario, len, "%s/scenario-%zu.yaml", dir, n_injects);
    if (access(procedure, F_OK) != 0) {
        write_procedure(procedure);
    }
    FILE *f = open_out(scenario);
    fprintf(f,
            "ttx: 1\nid: bench-%zu\ntitle: 性能測定用シナリオ（状況付与%zu件）\n"
            "incident: ransomware\nprocedure: procedure.yaml\nsheet:\n"
            "  summary: ランサムウェア感染により、重要データが暗号化された\n"
            "  objectives:\n    - {id: O1, text: 初動対応力の向上, measures: [detect]}\n"
            "    - {id: O2, text: 経営層への報告, measures: [report, B04]}\n"
            "  date: 2026-12-01\ntimebox: {detect: 30m, report: 20m, recover: 30m}\n"
            "injects:\n",
            n_injects, n_injects);
    for (size_t i = 0; i < n_injects; i++) {
        write_inject(f, i);
    }
    close_out(f, scenario);
    free(procedure);
    return scenario;
}
