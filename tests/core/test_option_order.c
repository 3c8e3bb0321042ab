/* The order decision options are shown in (engine/core/session/session_option_order.c): the authored
 * order without a seed; with one, a permutation that is the same every time for the same seed
 * and inject, differs between injects and seeds, and puts the authored first option in every
 * place about equally often — so the good option, usually written first, cannot be guessed by
 * its place. Links ttx_core alone: the inject and session are built by hand. */
#include <stdbool.h>
#include <string.h>

#include "check.h"
#include "session.h"

static bool is_permutation(const size_t *order, size_t n)
{
    bool seen[DECISION_MAX_OPTIONS] = {false};
    for (size_t i = 0; i < n; i++) {
        if (order[i] >= n || seen[order[i]]) {
            return false;
        }
        seen[order[i]] = true;
    }
    return true;
}

int main(void)
{
    Option opts[4];
    memset(opts, 0, sizeof opts);
    Decision d;
    memset(&d, 0, sizeof d);
    d.options = opts;
    d.n_options = 4;
    Inject a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    a.id.s = "det-4";
    b.id.s = "rep-1";
    a.decision = b.decision = &d;
    Session s;
    memset(&s, 0, sizeof s);

    size_t o1[4], o2[4];
    s.option_seed = 0;
    session_option_order(&s, &a, o1);
    CHECK(o1[0] == 0 && o1[1] == 1 && o1[2] == 2 && o1[3] == 3);

    int first_at[4] = {0}, differs_between_injects = 0, moved = 0;
    const int seeds = 4000;
    for (int seed = 1; seed <= seeds; seed++) {
        s.option_seed = (uint32_t)seed * 2654435761u;
        session_option_order(&s, &a, o1);
        CHECK(is_permutation(o1, 4));
        session_option_order(&s, &a, o2);
        CHECK(memcmp(o1, o2, sizeof o1) == 0); /* the same order every time */
        for (int k = 0; k < 4; k++) {
            first_at[k] += o1[k] == 0;
        }
        session_option_order(&s, &b, o2);
        differs_between_injects += memcmp(o1, o2, sizeof o1) != 0;
        moved += o1[0] != 0;
    }
    /* Each place about a quarter of the time (binomial: ±4 σ is well inside 20–30 %). */
    for (int k = 0; k < 4; k++) {
        CHECK(first_at[k] > seeds * 20 / 100 && first_at[k] < seeds * 30 / 100);
        if (!(first_at[k] > seeds * 20 / 100 && first_at[k] < seeds * 30 / 100)) {
            fprintf(stderr, "  the first option was shown at place %d %d times of %d\n", k + 1,
                    first_at[k], seeds);
        }
    }
    CHECK(differs_between_injects > seeds * 9 / 10);
    CHECK(moved > seeds * 7 / 10);

    /* Two options: both orders happen; one option: nothing to shuffle. */
    d.n_options = 2;
    int swapped = 0;
    for (int seed = 1; seed <= 100; seed++) {
        s.option_seed = (uint32_t)seed;
        session_option_order(&s, &a, o1);
        swapped += o1[0] == 1;
    }
    CHECK(swapped > 25 && swapped < 75);
    d.n_options = 1;
    session_option_order(&s, &a, o1);
    CHECK(o1[0] == 0);
    return check_done();
}
