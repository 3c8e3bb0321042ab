/* Bump allocator in growing blocks. Large requests get a block of their own so a 100k-inject
 * scenario does not waste a half-empty block per array. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

struct ArenaBlock {
    ArenaBlock *next;
    size_t size;
    size_t used;
    alignas(max_align_t) unsigned char data[];
};

enum { ARENA_BLOCK_MIN = 16 * 1024 };

void arena_init(Arena *a)
{
    a->head = NULL;
    a->used_bytes = 0;
}

void arena_deinit(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used_bytes = 0;
}

static ArenaBlock *arena_new_block(size_t size)
{
    ArenaBlock *b = ttx_malloc(sizeof(ArenaBlock) + size);
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

void *arena_alloc(Arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    size_t need = (n + align - 1) & ~(align - 1);
    if (need < n) {
        ttx_die(__FILE__, __LINE__, "arena request overflows");
    }
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < need) {
        if (need > ARENA_BLOCK_MIN / 4) {
            /* A big array: its own block, linked behind the current one so the current block
             * keeps serving small requests. */
            ArenaBlock *big = arena_new_block(need);
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            big->used = need;
            a->used_bytes += need;
            memset(big->data, 0, need);
            return big->data;
        }
        b = arena_new_block(ARENA_BLOCK_MIN);
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->used_bytes += need;
    memset(p, 0, need);
    return p;
}

void *arena_array(Arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) {
        ttx_die(__FILE__, __LINE__, "arena array size overflows");
    }
    return arena_alloc(a, count * size);
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}
