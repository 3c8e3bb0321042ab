/* Fitting a window to the usable area of its screen (see gui_fit.h). No SDL here. */
#include "gui_fit.h"

static int clamp_min1(int v)
{
    return v < 1 ? 1 : v;
}

GuiFitRect gui_fit_window(int want_w, int want_h, GuiFitRect usable, GuiFitBorders borders)
{
    int room_w = clamp_min1(usable.w - borders.left - borders.right);
    int room_h = clamp_min1(usable.h - borders.top - borders.bottom);
    GuiFitRect r;
    r.w = want_w < room_w ? want_w : room_w;
    r.h = want_h < room_h ? want_h : room_h;
    /* Centre the whole frame (client area and borders) in the usable area. */
    int frame_w = r.w + borders.left + borders.right;
    int frame_h = r.h + borders.top + borders.bottom;
    r.x = usable.x + (usable.w - frame_w) / 2 + borders.left;
    r.y = usable.y + (usable.h - frame_h) / 2 + borders.top;
    if (r.x < usable.x + borders.left) {
        r.x = usable.x + borders.left;
    }
    if (r.y < usable.y + borders.top) {
        r.y = usable.y + borders.top;
    }
    return r;
}

bool gui_fit_inside(GuiFitRect r, GuiFitRect usable, GuiFitBorders borders)
{
    return r.x - borders.left >= usable.x && r.y - borders.top >= usable.y &&
           r.x + r.w + borders.right <= usable.x + usable.w &&
           r.y + r.h + borders.bottom <= usable.y + usable.h;
}
