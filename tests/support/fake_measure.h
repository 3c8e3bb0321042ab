/* A font-free Measurer for layout tests: ASCII is 0.6 × size wide, everything else 1.0 × size,
 * lines are 1.25 × size high. Deterministic on every machine. */
#ifndef TTX_FAKE_MEASURE_H
#define TTX_FAKE_MEASURE_H

#include "draw.h"

static inline int fake_text_width(void *ctx, const char *s, size_t len, int size, FontStyle st)
{
    (void)ctx;
    (void)st;
    int w10 = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            w10 += 6 * size;
        } else if ((c & 0xc0) != 0x80) {
            w10 += 10 * size;
        }
    }
    return w10 / 10;
}

static inline int fake_line_height(void *ctx, int size, FontStyle st)
{
    (void)ctx;
    (void)st;
    return size * 5 / 4;
}

static const Measurer FAKE_MEASURER = {NULL, fake_text_width, fake_line_height};

#endif
