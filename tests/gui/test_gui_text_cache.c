/* The text-texture cache: hits and misses by key (size, style, colour, text — alpha is not part
 * of it), LRU eviction under a small byte budget (the least recently *used* goes first, not the
 * oldest), an oversized line that still renders, no render at all for an empty string, clearing
 * on a render-target reset, and texture sizes equal to what the Measurer reports. */
#include <SDL.h>
#include <string.h>

#include "check.h"
#include "gui_fonts.h"
#include "gui_test.h"
#include "gui_text_cache.h"

static const Color black = {0, 0, 0, 255};

static SDL_Texture *get(GuiTextCache *c, const char *s, int size, Color col)
{
    int w, h;
    return gui_text_cache_get(c, s, size, FONT_REGULAR, col, &w, &h);
}

static size_t entry_bytes(GuiTextCache *c, const char *s, int size)
{
    size_t before = gui_text_cache_stats(c).bytes;
    get(c, s, size, black);
    return gui_text_cache_stats(c).bytes - before;
}

static void test_keys(GuiTextCache *c, const Measurer *m)
{
    GuiTextStats s0 = gui_text_cache_stats(c);
    int w, h;
    CHECK(gui_text_cache_get(c, "", 20, FONT_REGULAR, black, &w, &h) == NULL);
    CHECK(w == 0 && h == 0);
    CHECK(gui_text_cache_get(c, NULL, 20, FONT_REGULAR, black, &w, &h) == NULL);
    GuiTextStats s1 = gui_text_cache_stats(c);
    CHECK(s1.renders == s0.renders && s1.misses == s0.misses && s1.entries == s0.entries);

    SDL_Texture *a = gui_text_cache_get(c, "山田が対応", 20, FONT_REGULAR, black, &w, &h);
    CHECK(a != NULL);
    CHECK(w == m->text_width(m->ctx, "山田が対応", strlen("山田が対応"), 20, FONT_REGULAR));
    CHECK(h > 0);
    CHECK(get(c, "山田が対応", 20, black) == a);
    CHECK(get(c, "山田が対応", 20, (Color){0, 0, 0, 100}) == a); /* alpha is applied per draw */
    CHECK(get(c, "山田が対応", 20, (Color){255, 0, 0, 255}) != a);
    CHECK(get(c, "山田が対応", 21, black) != a);
    CHECK(gui_text_cache_get(c, "山田が対応", 20, FONT_BOLD, black, &w, &h) != a);
    GuiTextStats s2 = gui_text_cache_stats(c);
    CHECK(s2.renders == s1.renders + 4);
    CHECK(s2.hits == s1.hits + 2);
    CHECK(s2.entries == s1.entries + 4);
}

static void test_eviction(SDL_Renderer *r, GuiFonts *fonts)
{
    /* Learn an entry's cost, then allow a little more than two of them. */
    GuiTextCache *probe = gui_text_cache_create(r, fonts, (size_t)1 << 30);
    size_t one = entry_bytes(probe, "1111", 30);
    gui_text_cache_destroy(probe);
    CHECK(one > 0);

    GuiTextCache *c = gui_text_cache_create(r, fonts, one * 2 + one / 2);
    get(c, "1111", 30, black);
    get(c, "2222", 30, black);
    get(c, "1111", 30, black); /* 1111 is now more recent than 2222 */
    get(c, "3333", 30, black); /* over budget: 2222 goes, not 1111 */
    GuiTextStats s = gui_text_cache_stats(c);
    CHECK(s.evictions == 1);
    CHECK(s.entries == 2);
    CHECK(s.bytes <= s.budget);
    unsigned long renders = s.renders;
    get(c, "1111", 30, black);
    CHECK(gui_text_cache_stats(c).renders == renders); /* still cached */
    get(c, "2222", 30, black);
    CHECK(gui_text_cache_stats(c).renders == renders + 1); /* was evicted, rendered again */

    /* A line bigger than the whole budget is still drawn, and goes at the next insertion. */
    const char *big = "とても長い一行のテキストは予算より大きいテクスチャになる";
    CHECK(get(c, big, 60, black) != NULL);
    s = gui_text_cache_stats(c);
    CHECK(s.entries == 1);
    get(c, "4444", 30, black);
    CHECK(gui_text_cache_stats(c).entries == 1);

    gui_text_cache_clear(c);
    s = gui_text_cache_stats(c);
    CHECK(s.entries == 0 && s.bytes == 0 && s.clears == 1);
    gui_text_cache_destroy(c);
}

/* Many distinct lines: the table grows and every line stays findable. */
static void test_growth(SDL_Renderer *r, GuiFonts *fonts)
{
    GuiTextCache *c = gui_text_cache_create(r, fonts, GUI_TEXT_CACHE_BUDGET);
    char s[32];
    for (int i = 0; i < 600; i++) {
        snprintf(s, sizeof s, "行 %d", i);
        get(c, s, 12, black);
    }
    unsigned long renders = gui_text_cache_stats(c).renders;
    for (int i = 0; i < 600; i++) {
        snprintf(s, sizeof s, "行 %d", i);
        get(c, s, 12, black);
    }
    GuiTextStats st = gui_text_cache_stats(c);
    CHECK(st.renders == renders);
    CHECK(st.entries == 600);
    CHECK(st.hits >= 600);
    gui_text_cache_destroy(c);
}

int main(void)
{
    GuiFontFile font = gui_test_font();
    char err[512];
    GuiFonts *fonts = gui_fonts_open(&font, err, sizeof err);
    if (!fonts) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_RGBA32);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
    CHECK(r != NULL);
    Measurer m = gui_fonts_measurer(fonts);
    GuiTextCache *c = gui_text_cache_create(r, fonts, GUI_TEXT_CACHE_BUDGET);
    test_keys(c, &m);
    gui_text_cache_destroy(c);
    test_eviction(r, fonts);
    test_growth(r, fonts);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    gui_fonts_close(fonts);
    SDL_Quit();
    return check_done();
}
