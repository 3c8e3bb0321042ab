#!/usr/bin/env bash
# Builds ttx in Release in its own folder (default build/bench-build) and runs every benchmark,
# printing Markdown tables for README's Benchmarks section with the machine they ran on.
#   bench/run.sh [BUILD_DIR]
# Journals are appended on the disk of BUILD_DIR (fsync must reach a real disk to mean
# anything); the generated scenarios go to $TMPDIR. Takes a few minutes; close other programs
# first, since every figure is the best (or the median) of repeated runs on a quiet machine.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$src/build/bench-build}
jobs=$(nproc 2> /dev/null || echo 2)
cmake -S "$src" -B "$bin" -DCMAKE_BUILD_TYPE=Release -DTTX_SANITIZER_TESTS=OFF > /dev/null
cmake --build "$bin" --target benchmarks -j "$jobs" > /dev/null
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
mkdir -p "$bin/bench-disk"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
commit=$(git -C "$src" describe --always --dirty 2> /dev/null || echo '?')
echo "Machine: $(nproc) CPUs, $cpu, $(uname -sr); $(date -u +%Y-%m-%d); ttx $commit," \
    "gcc $(gcc -dumpversion), Release"
echo
echo "Loading and validating a scenario (target: ≤ 2× libyaml, linear growth):"
echo
"$bin/bench/bench_load"
echo
echo "Journal append with fsync per event, on $(stat -f -c %T "$bin/bench-disk") (target ≤ 1.2×):"
echo
"$bin/bench/bench_journal" --dir "$bin/bench-disk"
echo
echo "The sheet from a journal (target: ≤ 2× cJSON, linear growth):"
echo
"$bin/bench/bench_sheet"
echo
echo "GUI frames at 1920 × 1080, SDL software renderer (target: p99 < 8 ms):"
echo
"$bin/bench/bench_gui" --root "$src" || [ $? = 77 ]
rmdir "$bin/bench-disk" 2> /dev/null || true
