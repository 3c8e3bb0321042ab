/* The order decision options are shown in (session.h, session_option_order). In the bundled
 * drills, as in most written ones, the good option tends to be authored first; shown in that
 * order a team learns the pattern after two injects. The order is a Fisher–Yates shuffle driven
 * by a small generator (splitmix64) seeded from the drill's seed and the inject's id: the same
 * in every window, after --resume and in every replay, and different from inject to inject.
 * Pure C11: the seed comes in through the start event, never from a clock or the system. */
#include "session.h"

#include "base.h"

/* splitmix64: one well-mixed 64-bit value per step (Steele, Lea and Flood 2014). */
static uint64_t next(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

/* FNV-1a of the inject's id, so each decision gets its own order from one seed. */
static uint64_t id_hash(const char *id)
{
    uint64_t h = UINT64_C(0xCBF29CE484222325);
    for (const unsigned char *p = (const unsigned char *)(id ? id : ""); *p; p++) {
        h = (h ^ *p) * UINT64_C(0x100000001B3);
    }
    return h;
}

void session_option_order(const Session *s, const Inject *in, size_t *order)
{
    size_t n = in->decision ? in->decision->n_options : 0;
    /* The validator allows no more; callers size order by it. */
    TTX_EXPECT(n <= DECISION_MAX_OPTIONS);
    for (size_t i = 0; i < n; i++) {
        order[i] = i;
    }
    if (s->option_seed == 0 || n < 2) {
        return;
    }
    uint64_t state = id_hash(in->id.s) ^ ((uint64_t)s->option_seed << 32 | s->option_seed);
    for (size_t i = n - 1; i > 0; i--) {
        /* Modulo bias is below 1e-17 for nine options: immaterial here. */
        size_t j = (size_t)(next(&state) % (i + 1));
        size_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
