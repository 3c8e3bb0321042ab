#!/usr/bin/env bash
# The README's main-job command: install what is missing, build, and check and list the bundled
# exercises. (Until the facilitator's window lands, this is the headless part of the main job.)
set -eu
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
echo "== ttx validate: the bundled scenarios, 手順書 and records"
find scenarios -name '*.yaml' | sort | xargs ./build/ttx validate
echo "   all valid."
echo
echo "== ttx list: the bundled exercises"
./build/ttx list
