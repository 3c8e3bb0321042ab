/* Words the Markdown and CSV sheets share with the printed one (report_text*.c), so the three
 * forms of a sheet call each thing by the same Japanese name. Not for use outside
 * report_text*.c, report_md.c and report_csv.c. */
#ifndef TTX_REPORT_LABELS_H
#define TTX_REPORT_LABELS_H

#include <stddef.h>

#include "sheet.h"

/* 未実施, 一部実施, 期限超過, 担当者違い, 準備物不足, 手順書参照の混乱, 不適切な判断, 判断なし */
const char *report_finding_label(FindingKind k);
/* 準備物, 手順項目, 判断 */
const char *report_source_label(ActionSource s);
/* 未着手, 対応中, 完了 for open, in_progress, done (others as they are; NULL → 未着手) */
const char *report_action_status(const char *status);
/* "A 問題なく実施", or NULL without a rating. */
const char *report_rating_text(bool has, Rating r, char *buf, size_t size);
/* procedure_role_name (the role's name, else the id), or "未定" when role_id is NULL. */
const char *report_role_name(const Sheet *sh, const char *role_id);
/* "T+H:MM" into buf. */
const char *report_simtime(int minutes, char *buf, size_t size);
/* The header's texts (malloc'd; the caller frees): "title（id）", "title（id、改訂 R）",
 * the participants joined with 、, the wall-clock duration, the simulated span. */
char *report_scenario_text(const Sheet *sh);
char *report_procedure_text(const Sheet *sh);
char *report_participants_text(const Sheet *sh);
char *report_wall_text(const Sheet *sh);
char *report_span_text(const Sheet *sh);
/* "期限超過・担当者違い" from an item outcome's flags, or NULL (malloc'd). */
char *report_item_flags(const ItemOutcome *o);
/* The 解説 shown with a poor or unmade decision, NULL for a good or fair one. */
const char *report_decision_feedback(const Sheet *sh, const DecisionOutcome *d);
/* printf into a new string (malloc'd). */
char *report_format(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
