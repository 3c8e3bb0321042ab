/* The small pieces of vocabulary a sheet read back from JSON needs, and ordering sheets by
 * exercise date. */
#include "sheet_summary.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

static const char *const SOURCE_IDS[] = {
    [ACTION_FROM_DOCUMENT] = "document",
    [ACTION_FROM_ITEM] = "item",
    [ACTION_FROM_DECISION] = "decision",
};

const char *summary_source_id(ActionSource s)
{
    TTX_EXPECT((size_t)s < TTX_ARRAY_LEN(SOURCE_IDS));
    return SOURCE_IDS[s];
}

int summary_source_find(const char *id)
{
    for (size_t i = 0; id && i < TTX_ARRAY_LEN(SOURCE_IDS); i++) {
        if (strcmp(SOURCE_IDS[i], id) == 0) {
            return (int)i;
        }
    }
    return -1;
}

int summary_finding_kind(const char *id)
{
    for (int k = 0; id && k < FINDING_KIND_COUNT; k++) {
        if (strcmp(FINDING_KIND_IDS[k], id) == 0) {
            return k;
        }
    }
    return -1;
}

static long date_key(const SheetSummary *s)
{
    return s->has_date ? date_to_days(s->date) : LONG_MAX;
}

void sheet_summaries_sort(SheetSummary **v, size_t n)
{
    /* Insertion sort: stable, and a review compares a handful of sheets. */
    for (size_t i = 1; i < n; i++) {
        SheetSummary *x = v[i];
        size_t j = i;
        while (j > 0 && date_key(v[j - 1]) > date_key(x)) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

void sheet_summary_free(SheetSummary *s)
{
    if (s) {
        arena_deinit(&s->arena);
        free(s);
    }
}
