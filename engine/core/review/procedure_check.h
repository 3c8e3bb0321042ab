/* The 手順書 gap check (`ttx check-procedure`): a valid 手順書 compared with what the guide
 * (付録8「中小企業のためのセキュリティインシデント対応の手引き」) says a response needs, before
 * any drill is run. Each gap becomes one warning at the item it concerns, or at the nearest
 * place to add what is missing, with a severity word and what to add:
 *     FILE:LINE:COL: warning: 重大: …（何を加えるか）
 * The checks are heuristics over the free Japanese text of item names and details; the words
 * they look for are listed and explained in procedure_check.c and procedure_check_guide.c.
 * Pure C11. */
#ifndef TTX_PROCEDURE_CHECK_H
#define TTX_PROCEDURE_CHECK_H

#include <stddef.h>

#include "diag.h"
#include "model.h"

typedef enum CheckSeverity {
    CHECK_HIGH, /* 重大: the guide requires it (a phase, a 届け出, evidence, a checked restore) */
    CHECK_MEDIUM, /* 注意: recommended, or depends on facts the 手順書 cannot show: check it */
    CHECK_SEVERITY_COUNT
} CheckSeverity;

/* "重大", "注意" */
extern const char *const CHECK_SEVERITY_WORDS[CHECK_SEVERITY_COUNT];

typedef struct CheckCounts {
    size_t n[CHECK_SEVERITY_COUNT];
} CheckCounts;

/* The incident kind a 手順書 is written for, from its id and title: ransomware / ランサムウェア /
 * ウイルス → ransomware; leak / 漏えい / 漏洩 / 流出 / 紛失 → data_leak; outage / 停止 / 障害 →
 * system_outage. -1 when nothing matches or more than one kind does (then ask the user). */
int procedure_guess_incident(const Procedure *p);

/* Checks p (which validate_procedure accepted) for an incident of the given kind, adding one
 * DIAG_WARNING per gap to out (path: p->path). items_pos is the position of the `items:` key:
 * gaps about a phase that has no item at all point there. Returns the counts per severity. */
CheckCounts procedure_check(const Procedure *p, IncidentKind kind, SrcPos items_pos, Diags *out);

#endif
