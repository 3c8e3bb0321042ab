/* What the kill test's writer writes, so the checker can tell every replayed event is exactly
 * the one written: event 1 starts the exercise, event 2 presents the first inject, and every
 * later event N is a note whose text kill_note_text(N) gives. Every fifth note is large (tens
 * to hundreds of KiB), so a kill often lands in the middle of its write and tears the line. */
#ifndef TTX_JOURNAL_KILL_H
#define TTX_JOURNAL_KILL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "walltime.h"

static inline WallTime kill_wall(long seq)
{
    WallTime t = {INT64_C(1796083200000) + (int64_t)seq * 1000, 540};
    return t;
}

/* The note of event seq (caller frees). */
static inline char *kill_note_text(long seq)
{
    size_t len = seq % 5 == 0 ? 20000 + (size_t)(seq * 7919) % 180000 : 10 + (size_t)seq % 300;
    char *text = malloc(len + 64);
    int head = snprintf(text, 64, "メモ%ld:", seq);
    for (size_t i = (size_t)head; i < len; i++) {
        text[i] = (char)('a' + (seq + (long)i) % 26);
    }
    text[len > (size_t)head ? len : (size_t)head] = '\0';
    return text;
}

/* Commits event seq of the writer's script to s (persisted first when s has a persist hook). */
static inline bool kill_step(Session *s, long seq, char *err, size_t err_size)
{
    if (seq == 1) {
        return session_start(s, kill_wall(seq), err, err_size);
    }
    if (seq == 2) {
        return session_next(s, kill_wall(seq), err, err_size) == SESSION_NEXT_PRESENTED;
    }
    char *text = kill_note_text(seq);
    bool ok = session_note(s, kill_wall(seq), text, err, err_size);
    free(text);
    return ok;
}

#endif
