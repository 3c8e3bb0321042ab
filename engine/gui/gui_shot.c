/* Screenshot names and saving (see gui_shot.h). Must not depend on the main loop. */
#include "gui_shot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base.h"
#include "gui_png.h"
#include "paths.h"

bool gui_shot_path(const char *journal_path, WallTime now, char *out, size_t size)
{
    Date d = walltime_date(now);
    int64_t local_s = now.ms / 1000 + (int64_t)now.utc_offset_min * 60;
    int64_t day_s = ((local_s % 86400) + 86400) % 86400;
    char stamp[64];
    snprintf(stamp, sizeof stamp, "ttx-%04d%02d%02d-%02d%02d%02d", d.year, d.month, d.day,
             (int)(day_s / 3600), (int)(day_s / 60 % 60), (int)(day_s % 60));
    char *dir = journal_path ? path_folder(journal_path) : ttx_strdup(".");
    bool found = false;
    for (int n = 1; n < 1000 && !found; n++) {
        int len = n == 1 ? snprintf(out, size, "%s/%s.png", dir, stamp)
                         : snprintf(out, size, "%s/%s-%d.png", dir, stamp, n);
        if (len < 0 || (size_t)len >= size) {
            break;
        }
        found = access(out, F_OK) != 0;
    }
    free(dir);
    return found;
}

bool gui_shot_save(GuiWindow *w, const char *path, char *err, size_t err_size)
{
    int width, height;
    uint8_t *px = gui_window_read(w, &width, &height);
    if (!px) {
        snprintf(err, err_size, "cannot read the frame back: %s", SDL_GetError());
        return false;
    }
    bool ok = gui_png_write(path, px, width, height, err, err_size);
    free(px);
    return ok;
}

void gui_shot_sibling(const char *path, const char *suffix, char *out, size_t size)
{
    size_t n = strlen(path);
    size_t stem = n >= 4 && strcmp(path + n - 4, ".png") == 0 ? n - 4 : n;
    snprintf(out, size, "%.*s%s.png", (int)stem, path, suffix);
}
