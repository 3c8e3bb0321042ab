/* A string → index hash map for id lookups (inject ids, item ids) that must stay fast on
 * generated 100k-inject scenarios. Keys are borrowed, not copied: they must outlive the map.
 * Pure C11. */
#ifndef TTX_STRMAP_H
#define TTX_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct StrMapSlot {
    const char *key;
    size_t value;
} StrMapSlot;

typedef struct StrMap {
    StrMapSlot *slots;
    size_t cap, n;
} StrMap;

void strmap_init(StrMap *m);
void strmap_deinit(StrMap *m);
/* Inserts key → value unless key is present; returns true when inserted. When present and
 * existing is not NULL, *existing gets the stored value. */
bool strmap_put(StrMap *m, const char *key, size_t value, size_t *existing);
bool strmap_get(const StrMap *m, const char *key, size_t *value);

#endif
