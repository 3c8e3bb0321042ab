/* Parsing and formatting of simulated times, durations and dates. Strict on purpose: a scenario
 * with "0:5" or "1:75" is more likely a typo than an intent, and the validator says so. */
#include "simtime.h"

#include <stdio.h>

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool simtime_parse(const char *s, int *minutes)
{
    long hours = 0;
    int digits = 0;
    while (is_digit(*s)) {
        hours = hours * 10 + (*s - '0');
        if (hours > 9999) {
            return false;
        }
        s++;
        digits++;
    }
    if (digits == 0 || *s != ':' || !is_digit(s[1]) || !is_digit(s[2]) || s[3] != '\0') {
        return false;
    }
    int mins = (s[1] - '0') * 10 + (s[2] - '0');
    if (mins > 59) {
        return false;
    }
    *minutes = (int)(hours * 60 + mins);
    return true;
}

char *simtime_format(int minutes, char *buf, size_t size)
{
    if (minutes < 0) {
        snprintf(buf, size, "-%d:%02d", -minutes / 60, -minutes % 60);
    } else {
        snprintf(buf, size, "%d:%02d", minutes / 60, minutes % 60);
    }
    return buf;
}

bool duration_parse(const char *s, int *seconds)
{
    static const struct {
        char unit;
        long scale;
    } units[] = {{'h', 3600}, {'m', 60}, {'s', 1}};
    long total = 0;
    size_t next_unit = 0;
    if (*s == '\0') {
        return false;
    }
    while (*s) {
        long value = 0;
        int digits = 0;
        while (is_digit(*s)) {
            value = value * 10 + (*s - '0');
            if (value > DURATION_MAX_SECONDS) {
                return false;
            }
            s++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        /* Units must come in order h, m, s and each at most once. */
        while (next_unit < 3 && units[next_unit].unit != *s) {
            next_unit++;
        }
        if (next_unit == 3) {
            return false;
        }
        total += value * units[next_unit].scale;
        if (total > DURATION_MAX_SECONDS) {
            return false;
        }
        next_unit++;
        s++;
    }
    *seconds = (int)total;
    return total > 0;
}

char *duration_format(int seconds, char *buf, size_t size)
{
    int h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
    int n = 0;
    buf[0] = '\0';
    if (h) {
        n += snprintf(buf + n, size - (size_t)n, "%dh", h);
    }
    if (m && (size_t)n < size) {
        n += snprintf(buf + n, size - (size_t)n, "%dm", m);
    }
    if ((s || seconds == 0) && (size_t)n < size) {
        snprintf(buf + n, size - (size_t)n, "%ds", s);
    }
    return buf;
}

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

bool date_parse(const char *s, Date *d)
{
    for (int i = 0; i < 10; i++) {
        bool want_dash = i == 4 || i == 7;
        if (want_dash ? s[i] != '-' : !is_digit(s[i])) {
            return false;
        }
    }
    if (s[10] != '\0') {
        return false;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1900 || m < 1 || m > 12 || day < 1 || day > days_in_month(y, m)) {
        return false;
    }
    d->year = y;
    d->month = m;
    d->day = day;
    return true;
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
long date_to_days(Date d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    Date out = {(int)(y + (m <= 2)), (int)m, (int)d};
    return out;
}

char *date_format(Date d, char *buf, size_t size)
{
    snprintf(buf, size, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}
