/* The one theme. Sizes derive from the shorter side of the window relative to 1080p, so a 4K
 * projector gets twice the pixels and the same proportions. */
#include "theme.h"

static Color rgb(unsigned v)
{
    Color c = {(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, 255};
    return c;
}

int theme_px(const Theme *t, int px)
{
    int v = (int)(px * t->scale + 0.5);
    return v > 0 ? v : 1;
}

Theme theme_for(int width, int height)
{
    Theme t;
    double sx = width / 1920.0, sy = height / 1080.0;
    t.scale = sx < sy ? sx : sy;
    if (t.scale < 0.5) {
        t.scale = 0.5;
    }
    t.pad = theme_px(&t, 20);
    t.gap = theme_px(&t, 12);
    t.line = theme_px(&t, 2);
    t.text = theme_px(&t, 28);
    t.small = theme_px(&t, 21);
    t.title = theme_px(&t, 38);
    t.huge = theme_px(&t, 44);
    t.bg = rgb(0xffffff);
    t.panel = rgb(0xf2f4f7);
    t.panel_border = rgb(0x9aa3ad);
    t.text_color = rgb(0x111111);
    t.text_dim = rgb(0x3d4550);
    t.accent = rgb(0x0b4f9c);
    t.highlight = rgb(0xffe36e);
    t.focus = rgb(0x0b4f9c);
    t.warn = rgb(0xb35c00);
    t.error = rgb(0xc00000);
    t.on_dark = rgb(0xffffff);
    t.step[STEP_DETECT] = rgb(0x1f5fbf);
    t.step[STEP_REPORT] = rgb(0xc25400);
    t.step[STEP_RECOVER] = rgb(0x1b7a33);
    t.step_band[STEP_DETECT] = rgb(0xdde8f8);
    t.step_band[STEP_REPORT] = rgb(0xfbe6d4);
    t.step_band[STEP_RECOVER] = rgb(0xdcf0e0);
    t.chip[CHIP_DONE] = rgb(0x1b7a33);
    t.chip[CHIP_PARTIAL] = rgb(0xf2b705);
    t.chip[CHIP_LATE] = rgb(0x6a1b9a);
    t.chip[CHIP_WRONG_OWNER] = rgb(0xb0306a);
    t.chip[CHIP_MISSED] = rgb(0xc00000);
    for (int i = 0; i < CHIP_COUNT; i++) {
        t.chip_text[i] = i == CHIP_PARTIAL ? rgb(0x111111) : rgb(0xffffff);
    }
    return t;
}

const char *chip_label(ChipOutcome o)
{
    static const char *const labels[CHIP_COUNT] = {"完了", "一部実施", "遅延", "担当違い",
                                                   "未実施"};
    return o < CHIP_COUNT ? labels[o] : "";
}

const char *chip_mark(ChipOutcome o)
{
    static const char *const marks[CHIP_COUNT] = {"✓", "△", "遅", "担", "✕"};
    return o < CHIP_COUNT ? marks[o] : "";
}
