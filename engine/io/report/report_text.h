/* The evaluation sheet as printable Japanese text, laid out like the guide's
 * 「インシデント対応机上演習実施後レビュー項目」 form: header, step ratings, the eight レビュー項目
 * with their evidence and the facilitator's words (findings under 課題点および改善点, action items
 * under 次回演習に向けたアクションアイテム), decisions with their 解説, per-item outcomes, notes
 * and the インシデント対応時に整理しておくべき事項. Every line fits 80 display columns (East Asian
 * wide characters count two) and no control character from scenario or record text is printed. The
 * output is byte-stable. It only renders a computed Sheet. */
#ifndef TTX_REPORT_TEXT_H
#define TTX_REPORT_TEXT_H

#include "sheet.h"

/* The printable sheet, ending with a newline (malloc'd, the caller frees). */
char *report_text(const Sheet *sh);

#endif
