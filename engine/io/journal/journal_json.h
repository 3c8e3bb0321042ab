/* Journal lines ↔ values: the header and events as single-line JSON objects, with integers printed
 * as integers (never as doubles) so output is byte-stable, and only the fields an event's type
 * uses. Decoding checks syntax and types (unknown keys, wrong kinds, unknown ids), not whether
 * the event fits the exercise: that is session_apply's job. Internal to the journal and its
 * tests. */
#ifndef TTX_JOURNAL_JSON_H
#define TTX_JOURNAL_JSON_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "event.h"
#include "journal.h"

typedef enum JournalLineStatus {
    JOURNAL_LINE_OK,
    JOURNAL_LINE_NOT_JSON, /* not a complete JSON value: what a torn write leaves */
    JOURNAL_LINE_INVALID,  /* well-formed JSON that is not a valid header or event */
} JournalLineStatus;

/* Parses a NUL-terminated line of len bytes that must hold one whole JSON object (*out, free
 * with cJSON_Delete). A line holding a NUL byte counts as not JSON: that is what a file extended
 * but never written looks like after a power loss (zeros). */
JournalLineStatus journal_parse_object(const char *line, size_t len, cJSON **out, char *err,
                                       size_t err_size);

/* The event as one line of JSON, without the newline (caller frees). */
char *journal_event_encode(const Event *e);

/* Parses a NUL-terminated line (len bytes, which must not contain NUL) into *e; the strings and
 * arrays e points to are allocated in arena. On failure err says why, in words. */
JournalLineStatus journal_event_decode(const char *line, size_t len, Event *e, Arena *arena,
                                       char *err, size_t err_size);

/* The header as one line of JSON, without the newline (caller frees). */
char *journal_header_encode(const JournalHeader *h);

/* Parses line 1; strings land in arena. Rejects other format versions with a clear message. */
JournalLineStatus journal_header_decode(const char *line, size_t len, JournalHeader *h,
                                        Arena *arena, char *err, size_t err_size);

#endif
