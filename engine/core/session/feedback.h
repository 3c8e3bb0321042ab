/* The participant feedback form (参加者アンケート), after HSEEP's Participant Feedback Form: five
 * statements each answered on a Likert scale 1 (そう思わない) to 5 (そう思う), and two free
 * texts, strengths (良かった点) and improvements (改善点). The statements are fixed so that the
 * answers of different drills can be compared. Pure C11. */
#ifndef TTX_FEEDBACK_H
#define TTX_FEEDBACK_H

#include "event.h"

/* "f1" … "f5" */
extern const char *const FEEDBACK_IDS[FEEDBACK_STATEMENTS];
/* The statements in Japanese, as the form and the sheet print them. */
extern const char *const FEEDBACK_TEXTS[FEEDBACK_STATEMENTS];
/* The headings of the two free-text columns and fields. */
#define FEEDBACK_STRENGTHS_LABEL "良かった点"
#define FEEDBACK_IMPROVEMENTS_LABEL "改善点"

/* The statement whose id or Japanese text is s, or -1. */
int feedback_find(const char *s);

#endif
