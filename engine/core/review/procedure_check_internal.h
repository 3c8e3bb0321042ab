/* What the two halves of the 手順書 gap check share (procedure_check.c: the frame and the
 * structure rules; procedure_check_guide.c: the rules taken from the guide's wording). Not for use
 * outside procedure_check*.c. */
#ifndef TTX_PROCEDURE_CHECK_INTERNAL_H
#define TTX_PROCEDURE_CHECK_INTERNAL_H

#include <stdbool.h>

#include "procedure_check.h"

typedef struct CheckCtx {
    const Procedure *p;
    IncidentKind kind;
    SrcPos items_pos;
    Diags *out;
    CheckCounts counts;
    char **texts; /* per item: its name and detail, one text to search (malloc'd) */
    char *all;    /* the title and every item's text: facts about the whole 手順書 */
} CheckCtx;

void check_report(CheckCtx *c, CheckSeverity sev, SrcPos pos, const char *fmt, ...)
    TTX_PRINTF(4, 5);

/* The first (or last) item of phase ph in file order, NULL when the phase has none. */
const ProcItem *check_phase_item(const CheckCtx *c, Phase ph, bool last);
/* Where to add an item to phase ph: after its last item, else at the `items:` key. */
SrcPos check_phase_place(const CheckCtx *c, Phase ph);
/* The first item of phase ph (PHASE_COUNT: of any phase) whose text has one of the words of a
 * and, when b is not NULL, also one of the words of b. NULL when none has. */
const ProcItem *check_find(const CheckCtx *c, Phase ph, const char *const *a, const char *const *b);
/* "'G02'（感染端末の隔離）" for messages, into buf. */
const char *check_item_name(const ProcItem *it, char *buf, size_t size);

/* The rules from the guide's wording: 届け出先, the reporter's contact, the inquiry desk,
 * isolating without powering off, a verified restore, the incident record. */
void check_guide_rules(CheckCtx *c);

/* The rules on who tells whom and on what follows the first hours (procedure_check_duties.c):
 * the report chain, reports to the 経営者, outside specialists, 公表, the 第二報 with 補償, and
 * per incident the backups, 復号ツール, rebuild, unknown causes, BCP and the root cause. */
void check_duty_rules(CheckCtx *c);

#endif
