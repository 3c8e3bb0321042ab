/* The feedback form's fixed statements. Their ids are written to CSV headings and the sheet's
 * JSON, so they never change meaning; a new statement would get a new id. */
#include "feedback.h"

#include <string.h>

const char *const FEEDBACK_IDS[FEEDBACK_STATEMENTS] = {"f1", "f2", "f3", "f4", "f5"};

const char *const FEEDBACK_TEXTS[FEEDBACK_STATEMENTS] = {
    "演習の目的は明確だった",
    "シナリオは現実的だった",
    "自分の役割と手順書の記載を理解できた",
    "演習で課題を見つけられた",
    "演習の結果は次の改善につながる",
};

int feedback_find(const char *s)
{
    for (int i = 0; s && i < FEEDBACK_STATEMENTS; i++) {
        if (strcmp(s, FEEDBACK_IDS[i]) == 0 || strcmp(s, FEEDBACK_TEXTS[i]) == 0) {
            return i;
        }
    }
    return -1;
}
