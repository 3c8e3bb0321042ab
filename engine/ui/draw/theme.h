/* Sizes and colours of the screens, scaled with the window so the same layout reads from the back
 * of a room at 1280×720 and at 3840×2160. Colours are chosen for a washed-out projector: near-
 * black text on white, saturated step and outcome colours, no meaning carried by colour alone
 * (chips also carry a letter, the legend names them). Pure C11. */
#ifndef TTX_THEME_H
#define TTX_THEME_H

#include "draw.h"
#include "vocab.h"

/* The outcome a recorded item shows as, in the order of precedence used for a chip's colour. */
typedef enum ChipOutcome {
    CHIP_DONE,
    CHIP_PARTIAL,
    CHIP_LATE,
    CHIP_WRONG_OWNER,
    CHIP_MISSED,
    CHIP_COUNT
} ChipOutcome;

typedef struct Theme {
    double scale; /* 1.0 at 1920×1080 */
    int pad;      /* outer padding */
    int gap;      /* between elements */
    int line;     /* standard line thickness */
    int text;     /* body text size (px) */
    int small;    /* labels, hints */
    int title;    /* card titles */
    int huge;     /* clocks */
    Color bg, panel, panel_border, text_color, text_dim, accent, highlight, focus, warn, error,
        on_dark;
    Color step[STEP_COUNT];      /* saturated: markers, labels */
    Color step_band[STEP_COUNT]; /* light tint: bands behind the timeline */
    Color chip[CHIP_COUNT];
    Color chip_text[CHIP_COUNT];
} Theme;

Theme theme_for(int width, int height);
/* Scales a 1920×1080 pixel size, at least 1. */
int theme_px(const Theme *t, int px_at_1080p);

/* "完了", "一部", "遅延", "担当違い", "未実施" and one-letter marks for chips. */
const char *chip_label(ChipOutcome o);
const char *chip_mark(ChipOutcome o);

#endif
