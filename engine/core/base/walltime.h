/* Wall-clock time as the core sees it: always passed in by the caller (never read from the system
 * here), so that a session replays exactly and reports can be golden-tested. Pure C11. */
#ifndef TTX_WALLTIME_H
#define TTX_WALLTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "simtime.h"

typedef struct WallTime {
    int64_t ms;         /* milliseconds since 1970-01-01T00:00:00Z */
    int utc_offset_min; /* the local offset when it was taken, e.g. +540 for JST */
} WallTime;

/* "2026-12-01T09:00:00+09:00" (seconds precision; ms are kept in the journal separately). */
char *walltime_format(WallTime t, char *buf, size_t size);
/* Parses the form above, also with fractional seconds or "Z". */
bool walltime_parse(const char *s, WallTime *out);
/* The local calendar date of t. */
Date walltime_date(WallTime t);

#endif
