/* The evaluation sheet as Markdown for sharing (`ttx report --format md`): the same content and
 * order as the printed sheet — header table, step and review-item tables, the eight レビュー項目
 * with their evidence, findings and action items as lists and tables, decisions, per-item
 * outcomes, notes and the incident record — in GitHub-flavoured Markdown (pipe tables). Text from
 * files is sanitised (no control characters), Markdown punctuation in it is backslash-escaped,
 * and its line breaks become <br>, so scenario text can never turn into headings, lists or
 * links. Byte-stable; it only renders a computed Sheet. */
#ifndef TTX_REPORT_MD_H
#define TTX_REPORT_MD_H

#include "sheet.h"

/* The Markdown sheet, ending with a newline (malloc'd, the caller frees). */
char *report_md(const Sheet *sh);

#endif
