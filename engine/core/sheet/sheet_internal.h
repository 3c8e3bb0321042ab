/* Shared between the three files that build the sheet (sheet.c, sheet_findings.c,
 * sheet_review.c); not part of the sheet's API. */
#ifndef TTX_SHEET_INTERNAL_H
#define TTX_SHEET_INTERNAL_H

#include "sheet.h"

/* Growable list of strings in the sheet arena, finished into a StringList. */
typedef struct StrBuf {
    const char **v;
    size_t n, cap;
} StrBuf;

void strbuf_push(StrBuf *b, const char *s);
void strbuf_pushf(StrBuf *b, Arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
StringList strbuf_finish(StrBuf *b, Arena *a);

const char *sheet_printf(Arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

Score score_of(double value);
Score score_none(void);

/* 「P05 初期報告」 */
const char *item_label(Arena *a, const ProcItem *it);
/* The strings of a TextList as an array in the arena. */
const char **text_ids(Arena *a, const TextList *l);
/* "IT管理担当者、経営管理部長" for a list of role ids (procedure_role_name of each). */
const char *role_names(Arena *a, const Procedure *p, const char *const *ids, size_t n);

void sheet_findings_and_actions(Sheet *sh, const Session *s);
void sheet_review_items(Sheet *sh, const Session *s);
void sheet_followup(Sheet *sh, const Session *s);

#endif
