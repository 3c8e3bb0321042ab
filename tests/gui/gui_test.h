/* Helpers shared by the GUI tests: finding the font (or skipping with exit 77 when no Japanese
 * font is installed), so a machine without one reports "skipped", not "failed". */
#ifndef TTX_GUI_TEST_H
#define TTX_GUI_TEST_H

#include <stdio.h>
#include <stdlib.h>

#include "gui_font.h"

enum { GUI_TEST_SKIP = 77 };

static inline GuiFontFile gui_test_font(void)
{
    GuiFontFile f;
    char err[512];
    if (gui_font_find(NULL, &f, err, sizeof err) != GUI_FONT_OK) {
        printf("skipped: %s\n", err);
        exit(GUI_TEST_SKIP);
    }
    return f;
}

#endif
