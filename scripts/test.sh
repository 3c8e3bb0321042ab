#!/usr/bin/env bash
# The README's test command: install what is missing, build with -Werror, run every test with
# ctest (including the ASan+UBSan rebuild of the whole suite).
set -eu
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTTX_WERROR=ON >/dev/null
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure -j "$(nproc)"
