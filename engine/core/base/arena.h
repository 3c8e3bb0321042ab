/* Arena: a bump allocator whose memory is released in one call. Every string and array of a
 * loaded scenario, procedure or record lives in one arena, so a model is freed with
 * arena_deinit() and can never leak a piece. Pure C11. */
#ifndef TTX_ARENA_H
#define TTX_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;
    size_t used_bytes; /* total handed out, for statistics */
} Arena;

void arena_init(Arena *a);
/* Frees every block; the arena may be used again afterwards. */
void arena_deinit(Arena *a);

/* Zeroed memory aligned for any type, owned by the arena. n may be 0. */
void *arena_alloc(Arena *a, size_t n);
/* Zeroed array of count elements of size bytes; aborts on overflow. */
void *arena_array(Arena *a, size_t count, size_t size);
/* Copies of strings, owned by the arena. */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);

#endif
