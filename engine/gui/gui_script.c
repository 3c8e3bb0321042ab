/* Reading input scripts and turning their steps into SDL events (see gui_script.h). Must not
 * depend on the app: what a step means is decided by the app through the normal input path. */
#include "gui_script.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base.h"

static const struct {
    const char *name;
    SDL_Keycode sym;
} key_names[] = {
    {"left", SDLK_LEFT},     {"right", SDLK_RIGHT},
    {"up", SDLK_UP},         {"down", SDLK_DOWN},
    {"pageup", SDLK_PAGEUP}, {"pagedown", SDLK_PAGEDOWN},
    {"home", SDLK_HOME},     {"end", SDLK_END},
    {"tab", SDLK_TAB},       {"enter", SDLK_RETURN},
    {"return", SDLK_RETURN}, {"kp_enter", SDLK_KP_ENTER},
    {"escape", SDLK_ESCAPE}, {"esc", SDLK_ESCAPE},
    {"space", SDLK_SPACE},   {"backspace", SDLK_BACKSPACE},
    {"delete", SDLK_DELETE}, {"f1", SDLK_F1},
    {"f11", SDLK_F11},
};

/* The US layout: which unshifted key types each shifted character. */
static const char unshifted[] = "`1234567890-=[]\\;',./";
static const char shifted[] = "~!@#$%^&*()_+{}|:\"<>?";

/* One printable ASCII character as the key a person presses for it. */
static void char_key(char c, GuiStep *st)
{
    const char *p = strchr(shifted, c);
    st->printable = true;
    st->ch = c;
    if (c >= 'A' && c <= 'Z') {
        st->sym = c - 'A' + 'a';
        st->mod |= KMOD_SHIFT;
    } else if (p) {
        st->sym = unshifted[p - shifted];
        st->mod |= KMOD_SHIFT;
    } else {
        st->sym = c;
    }
}

static bool parse_key(const char *arg, GuiStep *st)
{
    static const struct {
        const char *prefix;
        Uint16 mod;
    } mods[] = {{"shift+", KMOD_LSHIFT}, {"ctrl+", KMOD_LCTRL}, {"alt+", KMOD_LALT}};
    for (bool again = true; again;) {
        again = false;
        for (size_t i = 0; i < TTX_ARRAY_LEN(mods); i++) {
            size_t n = strlen(mods[i].prefix);
            if (strncasecmp(arg, mods[i].prefix, n) == 0 && arg[n]) {
                st->mod |= mods[i].mod;
                arg += n;
                again = true;
            }
        }
    }
    for (size_t i = 0; i < TTX_ARRAY_LEN(key_names); i++) {
        if (strcasecmp(arg, key_names[i].name) == 0) {
            st->sym = key_names[i].sym;
            st->printable = st->sym == SDLK_SPACE;
            st->ch = ' ';
            return true;
        }
    }
    if (arg[0] > ' ' && arg[0] < 127 && arg[1] == '\0') {
        char_key(arg[0], st);
        return true;
    }
    return false;
}

static bool parse_ints(const char *arg, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        char *end;
        errno = 0;
        long v = strtol(arg, &end, 10);
        if (end == arg || errno || v < -1000000 || v > 100000000) {
            return false;
        }
        out[i] = (int)v;
        arg = end;
    }
    while (isspace((unsigned char)*arg)) {
        arg++;
    }
    return *arg == '\0';
}

/* Parses one line into st; returns an error message or NULL. */
static const char *parse_step(char *cmd, char *arg, GuiStep *st)
{
    int v[2];
    if (strcmp(cmd, "key") == 0) {
        st->kind = GUI_STEP_KEY;
        return parse_key(arg, st) ? NULL : "unknown key (see the list in gui_script.h)";
    }
    if (strcmp(cmd, "char") == 0) {
        st->kind = GUI_STEP_KEY;
        if (arg[0] <= ' ' || arg[0] >= 127 || arg[1] != '\0') {
            return "char takes one printable ASCII character";
        }
        char_key(arg[0], st);
        return NULL;
    }
    if (strcmp(cmd, "text") == 0 || strcmp(cmd, "screenshot") == 0) {
        st->kind = cmd[0] == 't' ? GUI_STEP_TEXT : GUI_STEP_SCREENSHOT;
        st->text = ttx_strdup(arg);
        return arg[0] ? NULL : "this step needs an argument";
    }
    if (strcmp(cmd, "edit") == 0) {
        st->kind = GUI_STEP_EDIT;
        char *end;
        st->a = (int)strtol(arg, &end, 10);
        if (end == arg) {
            return "edit takes a cursor position and then the composition";
        }
        if (*end == ',') {
            const char *len_at = end + 1;
            st->b = (int)strtol(len_at, &end, 10);
            if (end == len_at || st->b < 0) {
                return "edit takes CURSOR or CURSOR,LENGTH (the segment being converted)";
            }
        }
        st->text = ttx_strdup(*end == ' ' ? end + 1 : end);
        return NULL;
    }
    if (strcmp(cmd, "window") == 0) {
        st->kind = GUI_STEP_WINDOW;
        st->a = strcmp(arg, "main") == 0 ? 0 : strcmp(arg, "console") == 0 ? 1 : -1;
        return st->a >= 0 ? NULL : "window takes main or console";
    }
    if (strcmp(cmd, "quit") == 0) {
        st->kind = GUI_STEP_QUIT;
        return arg[0] ? "quit takes no argument" : NULL;
    }
    static const struct {
        const char *name;
        GuiStepKind kind;
        int n;
    } numeric[] = {{"click", GUI_STEP_CLICK, 2},
                   {"wheel", GUI_STEP_WHEEL, 1},
                   {"resize", GUI_STEP_RESIZE, 2},
                   {"wait", GUI_STEP_WAIT, 1}};
    for (size_t i = 0; i < TTX_ARRAY_LEN(numeric); i++) {
        if (strcmp(cmd, numeric[i].name) == 0) {
            st->kind = numeric[i].kind;
            if (!parse_ints(arg, numeric[i].n, v)) {
                return numeric[i].n == 2 ? "this step takes two numbers"
                                         : "this step takes a number";
            }
            st->a = v[0];
            st->b = numeric[i].n == 2 ? v[1] : 0;
            bool bad = (st->kind == GUI_STEP_RESIZE && (st->a < 1 || st->b < 1)) ||
                       (st->kind == GUI_STEP_WAIT && st->a < 0);
            return bad ? "the number is out of range" : NULL;
        }
    }
    return "unknown step";
}

/* Splits a line into its command and the rest, trimmed; false for blank lines and comments. */
static bool split_line(char *line, char **cmd, char **arg)
{
    line[strcspn(line, "\r\n")] = '\0';
    while (isspace((unsigned char)*line)) {
        line++;
    }
    if (!*line || *line == '#') {
        return false;
    }
    size_t n = strlen(line);
    while (n > 0 && isspace((unsigned char)line[n - 1])) {
        line[--n] = '\0';
    }
    *cmd = line;
    *arg = line + strcspn(line, " \t");
    if (**arg) {
        *(*arg)++ = '\0';
        while (isspace((unsigned char)**arg)) {
            (*arg)++;
        }
    }
    return true;
}

GuiScript *gui_script_load(const char *path, int *status, char *err, size_t err_size)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, err_size, "%s: error: cannot read the script: %s", path, strerror(errno));
        *status = 66;
        return NULL;
    }
    GuiScript *s = ttx_calloc(1, sizeof *s);
    size_t cap = 0;
    char line[4096];
    for (int lineno = 1; fgets(line, sizeof line, f); lineno++) {
        char *cmd, *arg;
        if (!split_line(line, &cmd, &arg)) {
            continue;
        }
        if (s->n == cap) {
            cap = cap ? cap * 2 : 32;
            s->steps = ttx_realloc(s->steps, cap * sizeof(GuiStep));
        }
        GuiStep *st = &s->steps[s->n++];
        memset(st, 0, sizeof *st);
        st->line = lineno;
        const char *why = parse_step(cmd, arg, st);
        if (why) {
            snprintf(err, err_size, "%s:%d: error: %s: '%s%s%s'", path, lineno, why, cmd,
                     arg[0] ? " " : "", arg);
            *status = 65;
            fclose(f);
            gui_script_free(s);
            return NULL;
        }
    }
    fclose(f);
    return s;
}

void gui_script_free(GuiScript *s)
{
    if (!s) {
        return;
    }
    for (size_t i = 0; i < s->n; i++) {
        free(s->steps[i].text);
    }
    free(s->steps);
    free(s);
}
