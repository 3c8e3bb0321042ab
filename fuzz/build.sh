#!/usr/bin/env bash
# Makes the clang build of the fuzzers (TTX_FUZZ=ON with ASan+UBSan) in its own folder, so the
# main build stays gcc: fuzz/build.sh [BUILD_DIR] (default build/fuzz-build). Exits 77 (skipped)
# when clang or its libFuzzer runtime (libclang-rt-14-dev) is missing. The fuzzers use the
# engine's code as it is; warnings are not errors here, because clang warns about things gcc
# does not and the gcc build already enforces -Werror.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$src/build/fuzz-build}
cc=${TTX_FUZZ_CC:-clang}
if ! command -v "$cc" > /dev/null; then
    echo "skipped: no $cc (apt-get install clang libclang-rt-14-dev)"
    exit 77
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);\n%s\n' \
    'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }' \
    > "$probe/p.c"
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" 2> "$probe/err"; then
    echo "skipped: $cc cannot link libFuzzer (apt-get install libclang-rt-14-dev):"
    head -3 "$probe/err"
    exit 77
fi
jobs=$(nproc 2> /dev/null || echo 2)
cmake -S "$src" -B "$bin" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTTX_FUZZ=ON -DTTX_SANITIZE=ON -DTTX_WERROR=OFF -DTTX_SANITIZER_TESTS=OFF > "$probe/log" 2>&1 \
    || { cat "$probe/log"; echo "configuring the fuzz build failed"; exit 1; }
cmake --build "$bin" --target fuzzers -j "$jobs" > "$probe/log" 2>&1 \
    || {
        grep -E 'error|Error' "$probe/log" | head -40
        echo "building the fuzzers failed"
        exit 1
    }
echo "fuzzers built in $bin"
