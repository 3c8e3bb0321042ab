/* Substring and whole-word matching for the review heuristics. */
#include "textmatch.h"

#include <stddef.h>
#include <string.h>

static bool ascii_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static bool is_ascii_word(const char *s)
{
    if (!*s) {
        return false;
    }
    for (; *s; s++) {
        if (!ascii_alnum((unsigned char)*s)) {
            return false;
        }
    }
    return true;
}

/* Case-insensitive whole-word search: the characters around a hit must not be ASCII letters or
 * digits (Japanese text around an ASCII word counts as a boundary: "IPAへ届け出る"). */
static bool has_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = text; *p; p++) {
        size_t k = 0;
        while (k < n && p[k] && lower((unsigned char)p[k]) == lower((unsigned char)word[k])) {
            k++;
        }
        if (k < n) {
            continue;
        }
        bool before = p == text || !ascii_alnum((unsigned char)p[-1]);
        bool after = !ascii_alnum((unsigned char)p[n]);
        if (before && after) {
            return true;
        }
    }
    return false;
}

bool text_has(const char *text, const char *needle)
{
    if (!text || !needle || !*needle) {
        return false;
    }
    return is_ascii_word(needle) ? has_word(text, needle) : strstr(text, needle) != NULL;
}

bool text_has_any(const char *text, const char *const *needles)
{
    for (size_t i = 0; needles && needles[i]; i++) {
        if (text_has(text, needles[i])) {
            return true;
        }
    }
    return false;
}
