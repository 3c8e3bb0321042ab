/* Headings and cells of the trainer's spreadsheets (see train_cells.h). Pure C11. */
#include "train_cells.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

/* The code point of the three-byte UTF-8 sequence at s, or 0 when s does not start one. */
static unsigned three_byte(const unsigned char *s)
{
    if ((s[0] & 0xF0) != 0xE0 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) {
        return 0;
    }
    return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

char *train_fold(const char *s)
{
    size_t n = strlen(s);
    char *out = ttx_malloc(n + 1);
    size_t len = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned cp = i + 2 < n ? three_byte(p + i) : 0;
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out[len++] = (char)(cp - 0xFEE0);
            i += 3;
        } else if (cp == 0x3000) {
            out[len++] = ' ';
            i += 3;
        } else if (cp == 0x301C) {
            out[len++] = '~';
            i += 3;
        } else {
            out[len++] = (char)p[i++];
        }
    }
    out[len] = '\0';
    size_t start = 0;
    while (start < len && is_space(out[start])) {
        start++;
    }
    while (len > start && is_space(out[len - 1])) {
        len--;
    }
    memmove(out, out + start, len - start);
    out[len - start] = '\0';
    return out;
}

/* ASCII-case-insensitive equality with one of the NULL-terminated words. */
static bool is_one_of(const char *s, const char *const *words)
{
    for (; *words; words++) {
        const char *a = s, *b = *words;
        while (*a && *b && tolower((unsigned char)*a) == tolower((unsigned char)*b)) {
            a++;
            b++;
        }
        if (!*a && !*b) {
            return true;
        }
    }
    return false;
}

/* The N of "N" after an optional prefix, or 0 when rest is not a plain number. */
static size_t number_after(const char *s, const char *prefix)
{
    size_t k = strlen(prefix);
    if (strncmp(s, prefix, k) != 0 || s[k] == '\0' || strlen(s + k) > 4) {
        return 0;
    }
    size_t n = 0;
    for (const char *p = s + k; *p; p++) {
        if (!isdigit((unsigned char)*p)) {
            return 0;
        }
        n = n * 10 + (size_t)(*p - '0');
    }
    return n;
}

/* The question whose id is h: its index, or TRAIN_COLUMN_AMBIGUOUS / _UNKNOWN. */
static TrainColumn question_by_id(const TrainTest *t, const char *h, size_t *question)
{
    size_t n_found = 0;
    for (size_t i = 0; i < t->n_questions; i++) {
        if (t->questions[i].id && strcmp(t->questions[i].id, h) == 0) {
            if (n_found++ == 0) {
                *question = i;
            }
        }
    }
    return n_found > 1    ? TRAIN_COLUMN_AMBIGUOUS
           : n_found == 1 ? TRAIN_COLUMN_QUESTION
                          : TRAIN_COLUMN_UNKNOWN;
}

static TrainColumn question_by_number(const TrainTest *t, size_t n, size_t *question)
{
    if (n < 1 || n > t->n_questions) {
        return TRAIN_COLUMN_UNKNOWN;
    }
    *question = n - 1;
    return TRAIN_COLUMN_QUESTION;
}

TrainColumn train_person_column(const char *heading)
{
    static const char *const names[] = {"氏名", "名前", "name", NULL};
    static const char *const departments[] = {"所属", "部署", "department", NULL};
    char *h = train_fold(heading);
    TrainColumn kind = is_one_of(h, names)         ? TRAIN_COLUMN_NAME
                       : is_one_of(h, departments) ? TRAIN_COLUMN_DEPARTMENT
                                                   : TRAIN_COLUMN_UNKNOWN;
    free(h);
    return kind;
}

TrainColumn train_column(const TrainTest *t, const char *heading, size_t *question)
{
    TrainColumn kind = train_person_column(heading);
    if (kind != TRAIN_COLUMN_UNKNOWN) {
        return kind;
    }
    char *h = train_fold(heading);
    if (number_after(h, "問")) {
        kind = question_by_number(t, number_after(h, "問"), question);
    } else {
        kind = question_by_id(t, h, question);
        if (kind == TRAIN_COLUMN_UNKNOWN) {
            size_t n = number_after(h, "q");
            n = n ? n : number_after(h, "Q");
            kind = question_by_number(t, n ? n : number_after(h, ""), question);
        }
    }
    free(h);
    return kind;
}

/* Length of the separator at s (0 when none): ; , / space, 、 or ・. */
static size_t separator(const char *s)
{
    if (*s == ';' || *s == ',' || *s == '/' || is_space(*s)) {
        return 1;
    }
    unsigned cp = s[0] && s[1] && s[2] ? three_byte((const unsigned char *)s) : 0;
    return cp == 0x3001 || cp == 0x30FB ? 3 : 0;
}

static void copy_token(const char *s, size_t n, char *token, size_t size)
{
    if (size == 0) {
        return;
    }
    n = n < size - 1 ? n : size - 1;
    memcpy(token, s, n);
    token[n] = '\0';
}

TrainCell train_parse_choice(const char *cell, size_t n_options, TrainChoice *out, char *token,
                             size_t token_size)
{
    char *s = train_fold(cell);
    TrainCell st = TRAIN_CELL_OK;
    *out = 0;
    copy_token("", 0, token, token_size);
    for (const char *p = s; *p && st == TRAIN_CELL_OK;) {
        size_t sep = separator(p);
        if (sep) {
            p += sep;
            continue;
        }
        size_t len = 0;
        while (p[len] && !separator(p + len)) {
            len++;
        }
        size_t value = 0;
        bool digits = len <= 3;
        for (size_t i = 0; i < len && digits; i++) {
            digits = isdigit((unsigned char)p[i]);
            value = value * 10 + (size_t)(p[i] - '0');
        }
        if (!digits) {
            st = TRAIN_CELL_NOT_NUMBER;
        } else if (value < 1 || value > n_options || value > TRAIN_MAX_OPTIONS) {
            st = TRAIN_CELL_OUT_OF_RANGE;
        } else {
            *out |= 1u << (value - 1);
        }
        if (st != TRAIN_CELL_OK) {
            copy_token(p, len, token, token_size);
        }
        p += len;
    }
    if (st == TRAIN_CELL_OK && *out == 0) {
        st = TRAIN_CELL_EMPTY;
    }
    free(s);
    return st;
}

/* The start of the last opening bracket ( [ （ ［ in s, or NULL. */
static const char *last_bracket(const char *s)
{
    const char *last = NULL;
    for (const char *p = s; *p; p++) {
        unsigned cp = p[0] && p[1] && p[2] ? three_byte((const unsigned char *)p) : 0;
        if (*p == '(' || *p == '[' || cp == 0xFF08 || cp == 0xFF3B) {
            last = p;
        }
    }
    return last;
}

bool train_likert_heading(const char *heading, size_t *label_len)
{
    const char *open = last_bracket(heading);
    if (!open) {
        return false;
    }
    char *mark = train_fold(open);
    size_t len = 0;
    for (size_t i = 0; mark[i]; i++) {
        if (!is_space(mark[i])) {
            mark[len++] = mark[i];
        }
    }
    mark[len] = '\0';
    static const char *const marks[] = {"(1-5)", "[1-5]", "(1~5)", "[1~5]", NULL};
    bool likert = is_one_of(mark, marks);
    free(mark);
    if (likert) {
        size_t n = (size_t)(open - heading);
        for (;;) { /* spaces before the mark, ASCII or ideographic */
            if (n > 0 && is_space(heading[n - 1])) {
                n--;
            } else if (n >= 3 && three_byte((const unsigned char *)heading + n - 3) == 0x3000) {
                n -= 3;
            } else {
                break;
            }
        }
        *label_len = n;
    }
    return likert;
}

int train_parse_likert(const char *cell)
{
    char *s = train_fold(cell);
    int v = -1;
    if (s[0] == '\0') {
        v = 0;
    } else if (s[0] >= '1' && s[0] <= '5' && s[1] == '\0') {
        v = s[0] - '0';
    }
    free(s);
    return v;
}
