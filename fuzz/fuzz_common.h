/* What the libFuzzer harnesses share: the entry points libFuzzer calls, a scratch folder for
 * inputs that the code under test reads from a path, and the fixtures of tests/ they load once.
 * The harnesses build two ways: with clang's -fsanitize=fuzzer (TTX_FUZZ, the fuzzers), and with
 * replay_main.c in the normal build, which runs saved inputs once each (the regression corpus).
 * Depends on engine/io only. */
#ifndef TTX_FUZZ_COMMON_H
#define TTX_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

/* Called by libFuzzer (or replay_main.c): once before the first input, then once per input. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The source tree: $TTX_SOURCE_DIR, else the tree this was built from. */
const char *fuzz_source_dir(void);

/* A path in this process's scratch folder (created on first use, removed at exit with every
 * file named through here). The returned string is static: one per name. */
const char *fuzz_scratch(const char *name);

/* Replaces the file at path with exactly size bytes of data (aborts on failure: the scratch
 * folder is ours, so a failure is the machine's fault, not the input's). */
void fuzz_write_file(const char *path, const void *data, size_t size);

/* Links (or copies) the file src to dst, for fixtures the input may refer to. */
void fuzz_link(const char *src, const char *dst);

/* Checks what every reader promises about its diagnostics: each names a file, has a message
 * and a position that is 1-based or 0 (unknown). Sorts and formats them as the CLI would.
 * Aborts (a finding) when a promise is broken. */
void fuzz_check_diags(Diags *d);

#endif
