/* File hashing with nettle's SHA-256, read in fixed-size chunks so a large file never has to fit
 * in memory. */
#include "sha256.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

static void to_hex(const unsigned char digest[SHA256_DIGEST_SIZE], char hex[SHA256_HEX_SIZE])
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0x0f];
    }
    hex[2 * SHA256_DIGEST_SIZE] = '\0';
}

void sha256_buffer(const void *data, size_t len, char hex[SHA256_HEX_SIZE])
{
    struct sha256_ctx ctx;
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    sha256_digest(&ctx, sizeof(digest), digest);
    to_hex(digest, hex);
}

bool sha256_file(const char *path, char hex[SHA256_HEX_SIZE], char *err, size_t err_size)
{
    hex[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, err_size, "cannot read '%s': %s", path, strerror(errno));
        return false;
    }
    struct sha256_ctx ctx;
    unsigned char buf[16384];
    sha256_init(&ctx);
    size_t got;
    while ((got = fread(buf, 1, sizeof(buf), f)) > 0) {
        sha256_update(&ctx, got, buf);
    }
    if (ferror(f)) {
        /* fread sets errno on POSIX systems; a directory reads as EISDIR here. */
        snprintf(err, err_size, "cannot read '%s': %s", path, strerror(errno));
        fclose(f);
        return false;
    }
    fclose(f);
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof(digest), digest);
    to_hex(digest, hex);
    return true;
}
