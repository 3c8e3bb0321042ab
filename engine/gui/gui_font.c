/* Font discovery through fontconfig (see gui_font.h). It asks for preferred families by name and
 * checks that the answer really is that family, because fontconfig always answers with
 * something — often a Latin-only face that would draw every kanji as a box. Must not depend on
 * SDL. */
#include "gui_font.h"

#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* In order of preference: the font STYLE.md names, then the common CJK families of Debian. */
static const char *const preferred[] = {"IPAexGothic", "Noto Sans CJK JP", "Noto Sans JP",
                                        "IPAGothic",   "IPAPGothic",       "VL Gothic"};

typedef struct Face {
    char path[PATH_MAX];
    int index;
    int weight;
    char family[128];
} Face;

static bool has_family(FcPattern *m, const char *family)
{
    FcChar8 *f;
    for (int i = 0; FcPatternGetString(m, FC_FAMILY, i, &f) == FcResultMatch; i++) {
        if (FcStrCmpIgnoreCase(f, (const FcChar8 *)family) == 0) {
            return true;
        }
    }
    return false;
}

static bool supports_japanese(FcPattern *m)
{
    FcLangSet *ls;
    FcBool outline = FcFalse;
    FcPatternGetBool(m, FC_OUTLINE, 0, &outline);
    return outline && FcPatternGetLangSet(m, FC_LANG, 0, &ls) == FcResultMatch &&
           FcLangSetHasLang(ls, (const FcChar8 *)"ja") != FcLangDifferentLang;
}

/* The face fontconfig picks for family (NULL: any) at weight; false when the pick is not that
 * family, cannot show Japanese, or its file cannot be read. */
static bool match_face(FcConfig *cfg, const char *family, int weight, Face *out)
{
    FcPattern *pat = FcPatternCreate();
    if (!pat) {
        return false;
    }
    if (family) {
        FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
    }
    FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"ja");
    FcPatternAddInteger(pat, FC_WEIGHT, weight);
    FcPatternAddBool(pat, FC_OUTLINE, FcTrue);
    FcConfigSubstitute(cfg, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *m = FcFontMatch(cfg, pat, &res);
    FcPatternDestroy(pat);
    if (!m) {
        return false;
    }
    bool ok = false;
    FcChar8 *file, *fam;
    if ((!family || has_family(m, family)) && supports_japanese(m) &&
        FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
        strlen((const char *)file) < sizeof out->path && access((const char *)file, R_OK) == 0) {
        snprintf(out->path, sizeof out->path, "%s", (const char *)file);
        out->index = 0;
        out->weight = FC_WEIGHT_REGULAR;
        FcPatternGetInteger(m, FC_INDEX, 0, &out->index);
        FcPatternGetInteger(m, FC_WEIGHT, 0, &out->weight);
        const char *name = family;
        if (!name && FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch) {
            name = (const char *)fam;
        }
        snprintf(out->family, sizeof out->family, "%s", name ? name : "");
        ok = true;
    }
    FcPatternDestroy(m);
    return ok;
}

static bool find_with_fontconfig(GuiFontFile *out)
{
    FcConfig *cfg = FcInitLoadConfigAndFonts();
    if (!cfg) {
        return false;
    }
    Face face = {0};
    bool found = false;
    for (size_t i = 0; i < sizeof preferred / sizeof preferred[0] && !found; i++) {
        found = match_face(cfg, preferred[i], FC_WEIGHT_REGULAR, &face);
    }
    if (!found) {
        found = match_face(cfg, NULL, FC_WEIGHT_REGULAR, &face);
    }
    if (found) {
        snprintf(out->path, sizeof out->path, "%s", face.path);
        out->index = face.index;
        snprintf(out->family, sizeof out->family, "%s", face.family);
        /* A real bold face reads better on a projector than SDL_ttf's synthetic emboldening,
         * but only when it is a different face of the same family. */
        Face bold = {0};
        if (match_face(cfg, face.family, FC_WEIGHT_BOLD, &bold) &&
            bold.weight >= FC_WEIGHT_DEMIBOLD &&
            (strcmp(bold.path, face.path) != 0 || bold.index != face.index)) {
            snprintf(out->bold_path, sizeof out->bold_path, "%s", bold.path);
            out->bold_index = bold.index;
        }
    }
    FcConfigDestroy(cfg);
    /* Releases fontconfig's global tables too, so leak checkers see a clean exit. */
    FcFini();
    return found;
}

GuiFontStatus gui_font_find(const char *override, GuiFontFile *out, char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    if (override) {
        if (strlen(override) >= sizeof out->path || access(override, R_OK) != 0) {
            snprintf(err, err_size, "cannot read the font file '%s'", override);
            return GUI_FONT_UNREADABLE;
        }
        snprintf(out->path, sizeof out->path, "%s", override);
        return GUI_FONT_OK;
    }
    if (find_with_fontconfig(out)) {
        return GUI_FONT_OK;
    }
    snprintf(err, err_size,
             "no Japanese font found; install one with 'apt-get install " GUI_FONT_PACKAGE
             "' or name a font file with --font FILE");
    return GUI_FONT_NONE;
}
