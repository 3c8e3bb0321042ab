/* ISO 8601 formatting and parsing without the C library's time zone state, which is global and
 * would make output depend on the machine's TZ setting. */
#include "walltime.h"

#include <stdio.h>

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

char *walltime_format(WallTime t, char *buf, size_t size)
{
    int64_t local_s = floor_div(t.ms, 1000) + (int64_t)t.utc_offset_min * 60;
    int64_t days = floor_div(local_s, 86400);
    int64_t secs = local_s - days * 86400;
    Date d = date_from_days((long)days);
    int off = t.utc_offset_min < 0 ? -t.utc_offset_min : t.utc_offset_min;
    snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, d.day,
             (int)(secs / 3600), (int)(secs % 3600 / 60), (int)(secs % 60),
             t.utc_offset_min < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
}

static bool digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

bool walltime_parse(const char *s, WallTime *out)
{
    int y, mo, d, h, mi, se, ms = 0;
    if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' ||
        !digits(s + 8, 2, &d) || s[10] != 'T' || !digits(s + 11, 2, &h) || s[13] != ':' ||
        !digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &se)) {
        return false;
    }
    const char *p = s + 19;
    if (*p == '.') {
        int scale = 100;
        p++;
        if (*p < '0' || *p > '9') {
            return false;
        }
        for (; *p >= '0' && *p <= '9'; p++) {
            ms += (*p - '0') * scale;
            scale /= 10;
        }
    }
    int offset = 0;
    if (*p == 'Z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int oh, om;
        if (!digits(p + 1, 2, &oh) || p[3] != ':' || !digits(p + 4, 2, &om) || oh > 23 ||
            om > 59) {
            return false;
        }
        offset = (oh * 60 + om) * (*p == '-' ? -1 : 1);
        p += 6;
    } else {
        return false;
    }
    char date_text[32];
    snprintf(date_text, sizeof date_text, "%04d-%02d-%02d", y, mo, d);
    Date date;
    if (*p != '\0' || !date_parse(date_text, &date) || h > 23 || mi > 59 || se > 60) {
        return false;
    }
    int64_t local_s = (int64_t)date_to_days(date) * 86400 + h * 3600 + mi * 60 + se;
    out->ms = (local_s - (int64_t)offset * 60) * 1000 + ms;
    out->utc_offset_min = offset;
    return true;
}

Date walltime_date(WallTime t)
{
    int64_t local_s = floor_div(t.ms, 1000) + (int64_t)t.utc_offset_min * 60;
    return date_from_days((long)floor_div(local_s, 86400));
}
