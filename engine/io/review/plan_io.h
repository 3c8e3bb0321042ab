/* The improvement plan as a YAML file (`ttx-plan: 1`) that people edit by hand between drills:
 *
 *   ttx-plan: 1
 *   company: 株式会社サンプル製作所
 *   actions:
 *     - id: A01                              # short id for people ("A" and a number)
 *       key: item:ransomware-procedure/R01   # stable key: do not edit
 *       text: 「R01 感染兆候の検知」の手順…を見直し、手順書を改訂する
 *       owner: {id: it, name: IT管理担当者}   # written as a block mapping
 *       due: "2026-07-10"
 *       status: open                         # open | in_progress | done
 *       element: 手順                        # 体制 | 手順 | 設備 | 教育 | 訓練
 *       findings: [「R01 感染兆候の検知」で「感染兆候チェックリスト」が準備されていなかった]
 *       exercise: {scenario: ransomware-sales-mail, date: "2026-06-10", sheet: sheet.json}
 *       recurred: ["2026-12-01"]             # later exercises that had the same action again
 *       note: 11月の全体会議で配布する          # free text
 *
 * The loader uses the same helpers as the scenario loaders, so a typo in a hand-edited plan is an
 * error at its FILE:LINE:COL with the allowed values. Comments are not kept when ttx rewrites
 * the file (the header comment says so); `note:` is the place for remarks. Read by
 * plan_io_load.c, written by plan_io_write.c. */
#ifndef TTX_PLAN_IO_H
#define TTX_PLAN_IO_H

#include "diag.h"
#include "exercise_load.h"
#include "plan.h"

/* Reads and checks the plan at path. Returns it (free with plan_free) with LOAD_OK, or NULL with
 * LOAD_UNREADABLE (cannot read the file) or LOAD_INVALID (errors in diags). */
Plan *plan_load(const char *path, Diags *diags, LoadStatus *status);

/* The plan as YAML text (malloc'd, the caller frees), byte-stable; NULL with a message in err when
 * libyaml's emitter fails (out of memory, or text that is not valid UTF-8). */
char *plan_to_yaml(const Plan *p, char *err, size_t err_size);

#endif
