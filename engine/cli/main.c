/* ttx: one binary, one subcommand per file. This file only dispatches and prints help. */
#include <stdio.h>
#include <string.h>

#include "base.h"
#include "cli.h"

static const Command *const commands[] = {&CMD_PLAY, &CMD_RUN, &CMD_REPORT, &CMD_VALIDATE,
                                          &CMD_TRAIN, &CMD_LIST,
                                          &CMD_CHECK_PROCEDURE, &CMD_PLAN, &CMD_HISTORY,
                                          &CMD_MSEL};

static void print_overview(FILE *out)
{
    fprintf(out, "ttx %s — インシデント対応机上演習シミュレータ (incident-response tabletop "
                 "exercises)\n\n"
                 "usage: ttx COMMAND [ARGS...]\n\ncommands:\n",
            TTX_VERSION);
    for (size_t i = 0; i < TTX_ARRAY_LEN(commands); i++) {
        fprintf(out, "  %-16s %s\n", commands[i]->name, commands[i]->summary);
    }
    fprintf(out, "  %-16s %s\n", "help", "this overview, or 'ttx help COMMAND' for one command");
    fprintf(out, "\n'ttx COMMAND --help' describes a command. 'ttx --version' prints the "
                 "version.\n");
}

static const Command *find_command(const char *name)
{
    for (size_t i = 0; i < TTX_ARRAY_LEN(commands); i++) {
        if (strcmp(commands[i]->name, name) == 0) {
            return commands[i];
        }
    }
    return NULL;
}

static int unknown_command(const char *name)
{
    fprintf(stderr, "ttx: unknown command '%s'; see 'ttx help' for the list of commands\n",
            name);
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_overview(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        printf("ttx %s\n", TTX_VERSION);
        return EXIT_OK;
    }
    if (strcmp(name, "help") == 0 || cli_is_help(name)) {
        if (argc > 2 && strcmp(name, "help") == 0) {
            const Command *c = find_command(argv[2]);
            if (!c) {
                return unknown_command(argv[2]);
            }
            fputs(c->usage, stdout);
            return EXIT_OK;
        }
        print_overview(stdout);
        return EXIT_OK;
    }
    if (name[0] == '-') {
        fprintf(stderr, "ttx: unknown option '%s'; see 'ttx help'\n", name);
        return EXIT_USAGE;
    }
    const Command *c = find_command(name);
    if (!c) {
        return unknown_command(name);
    }
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            break;
        }
        if (cli_is_help(argv[i])) {
            fputs(c->usage, stdout);
            return EXIT_OK;
        }
    }
    return c->run(argc - 1, argv + 1);
}
