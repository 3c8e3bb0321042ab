/* Simulated time, durations and dates as they are written in scenario files:
 *   "H:MM"   simulated time after the exercise start (hours unbounded, minutes 00–59);
 *   "1h30m"  a duration (units h, m, s in that order, each at most once);
 *   "YYYY-MM-DD" a calendar date.
 * Parsers return false on malformed text and never read past the string. Pure C11. */
#ifndef TTX_SIMTIME_H
#define TTX_SIMTIME_H

#include <stdbool.h>
#include <stddef.h>

/* Largest accepted simulated time: 9999:59 (over a year; more is surely a typo). */
enum { SIMTIME_MAX_MINUTES = 9999 * 60 + 59 };
/* Largest accepted duration: 24 hours of wall time for one timer. */
enum { DURATION_MAX_SECONDS = 24 * 3600 };

bool simtime_parse(const char *s, int *minutes);
/* Writes "H:MM" (no "T+") into buf; returns buf. */
char *simtime_format(int minutes, char *buf, size_t size);

bool duration_parse(const char *s, int *seconds);
/* Writes "1h30m", "10m", "90s" style text; returns buf. */
char *duration_format(int seconds, char *buf, size_t size);

typedef struct Date {
    int year, month, day;
} Date;

bool date_parse(const char *s, Date *d);
/* Days since 1970-01-01 (proleptic Gregorian), and back. */
long date_to_days(Date d);
Date date_from_days(long days);
/* Writes "YYYY-MM-DD"; returns buf. */
char *date_format(Date d, char *buf, size_t size);

#endif
