#!/usr/bin/env bash
# The README's main-job command: install what is missing, build, then open the facilitator's
# window on the bundled ransomware exercise. Without a display, play the exercise's example
# record headless instead: print the evaluation sheet and say how to get the window.
set -eu
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    mkdir -p out
    cd out
    exec ../build/ttx play "$@"
fi
echo "== No display (DISPLAY is not set): playing the bundled ransomware exercise headless,"
echo "   with its example record (scenarios/records/ransomware.yaml)."
echo
out=$(mktemp -d "${TMPDIR:-/tmp}/ttx-run.XXXXXX")
./build/ttx run scenarios/ransomware.yaml --record scenarios/records/ransomware.yaml --out "$out"
echo
echo "== The journal and the sheet (JSON and text) are in $out"
echo "== To open the facilitator's window, run this same command in a desktop session (or over"
echo "   'ssh -X'); the window opens on the bundled ransomware exercise. Keys: ? shows them all."
