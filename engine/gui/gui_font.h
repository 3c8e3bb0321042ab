/* Finding the font file the screens are drawn with: one face that covers Latin and Japanese
 * (STYLE.md), named with --font, else found through fontconfig (IPAexGothic, then Noto Sans CJK
 * JP, then any face that supports Japanese). Plain C API without SDL types, so engine/cli can
 * report a missing font before it opens a window. Depends on fontconfig only. */
#ifndef TTX_GUI_FONT_H
#define TTX_GUI_FONT_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

/* The package that provides the preferred font, for error messages. */
#define GUI_FONT_PACKAGE "fonts-ipaexfont-gothic"

typedef struct GuiFontFile {
    char path[PATH_MAX];
    int index;                /* face index inside a .ttc collection */
    char family[128];         /* as fontconfig names it ("" for --font) */
    char bold_path[PATH_MAX]; /* a real bold face of the same family, "" when none (synthetic) */
    int bold_index;
} GuiFontFile;

typedef enum GuiFontStatus {
    GUI_FONT_OK,
    GUI_FONT_UNREADABLE, /* the --font file cannot be read (exit 66) */
    GUI_FONT_NONE,       /* no Japanese font is installed (exit 69) */
} GuiFontStatus;

/* Fills out with override (face 0, synthetic bold) when it is given and readable, else with the
 * best Japanese-capable face fontconfig knows. On failure err says what to install or fix. */
GuiFontStatus gui_font_find(const char *override, GuiFontFile *out, char *err, size_t err_size);

#endif
