/* SHA-256 of a whole file, as the journal header records it for the scenario and the 手順書, so
 * a replay can tell whether the files it is about to use are the ones the exercise ran with.
 * Uses nettle; callers see only hex text. */
#ifndef TTX_SHA256_H
#define TTX_SHA256_H

#include <stdbool.h>
#include <stddef.h>

/* 64 lowercase hex digits and the terminating NUL. */
enum { SHA256_HEX_SIZE = 65 };

/* Hashes the file at path into hex (64 lowercase hex digits). Returns false with the reason in
 * err ("cannot read 'x': No such file or directory") when the file cannot be read. */
bool sha256_file(const char *path, char hex[SHA256_HEX_SIZE], char *err, size_t err_size);

/* Hashes a buffer (used by tests and by callers that already hold the bytes). */
void sha256_buffer(const void *data, size_t len, char hex[SHA256_HEX_SIZE]);

#endif
