/* Open addressing with linear probing and FNV-1a hashing; grows at 50% load. */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

void strmap_init(StrMap *m)
{
    memset(m, 0, sizeof(*m));
}

void strmap_deinit(StrMap *m)
{
    free(m->slots);
    memset(m, 0, sizeof(*m));
}

static StrMapSlot *find_slot(StrMapSlot *slots, size_t cap, const char *key)
{
    size_t i = (size_t)hash_str(key) & (cap - 1);
    while (slots[i].key && strcmp(slots[i].key, key) != 0) {
        i = (i + 1) & (cap - 1);
    }
    return &slots[i];
}

static void grow(StrMap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 16;
    StrMapSlot *slots = ttx_calloc(cap, sizeof(StrMapSlot));
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].key) {
            *find_slot(slots, cap, m->slots[i].key) = m->slots[i];
        }
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

bool strmap_put(StrMap *m, const char *key, size_t value, size_t *existing)
{
    if ((m->n + 1) * 2 > m->cap) {
        grow(m);
    }
    StrMapSlot *s = find_slot(m->slots, m->cap, key);
    if (s->key) {
        if (existing) {
            *existing = s->value;
        }
        return false;
    }
    s->key = key;
    s->value = value;
    m->n++;
    return true;
}

bool strmap_get(const StrMap *m, const char *key, size_t *value)
{
    if (!m->cap) {
        return false;
    }
    const StrMapSlot *s = find_slot(m->slots, m->cap, key);
    if (!s->key) {
        return false;
    }
    *value = s->value;
    return true;
}
