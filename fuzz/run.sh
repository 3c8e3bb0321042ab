#!/usr/bin/env bash
# Runs one fuzzer of the clang build (fuzz/build.sh) for a while:
#   fuzz/run.sh BUILD_DIR NAME SECONDS [libFuzzer options...]
# NAME is loaders, exercise, train_csv or journal. The seeds are gathered afresh from the test
# inputs (tests/data, tests/bad, tests/train, scenarios/, ../shared/yaml-test-suite/cases, the
# regression corpus fuzz/regressions/NAME) and, for the journal, from journals that `ttx run`
# and `ttx play --script` write ($TTX, default BUILD_DIR/../ttx). What the fuzzer learns is kept
# in BUILD_DIR/corpus/NAME for the next run; a crash, leak or timeout is saved as
# BUILD_DIR/artifacts/NAME-* and fails the run (exit 1). Exits 77 when the fuzzer is not built.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "$1" 2> /dev/null && pwd) || { echo "skipped: no fuzz build in $1"; exit 77; }
name=$2
secs=$3
shift 3
fuzzer=$bin/fuzz/fuzz_$name
if [ ! -x "$fuzzer" ]; then
    echo "skipped: $fuzzer is not built (fuzz/build.sh needs clang and libFuzzer)"
    exit 77
fi
seeds=$bin/seeds/$name
corpus=$bin/corpus/$name
artifacts=$bin/artifacts
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"

# Copies each file under the given folders (matching a find -name pattern) into the seeds,
# named by its path so that files of the same name do not collide.
gather() { # pattern dir...
    local pattern=$1
    shift
    for dir in "$@"; do
        [ -d "$dir" ] || continue
        find "$dir" -type f -name "$pattern" | while read -r f; do
            cp "$f" "$seeds/seed$(printf "%s" "${f#"$src"}" | tr "/" "_")"
        done
    done
}

# Journals of the fixture exercise: as whole files, and as the event lines after the header
# (what the harness appends to its own header).
journals() {
    local ttx=${TTX:-$bin/../ttx} tmp
    tmp=$(mktemp -d)
    ttx=$(realpath "$ttx" 2> /dev/null)
    if [ ! -x "$ttx" ]; then
        echo "note: no ttx at $ttx (set TTX=…); journal seeds only from the regressions"
        rm -rf "$tmp"
        return
    fi
    export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
    for r in record record-gui; do
        "$ttx" run "$src/tests/data/scenario.yaml" --record "$src/tests/data/$r.yaml" \
            --out "$tmp/$r" > /dev/null 2>&1
    done
    # The GUI journals every keystroke's change: items cycled, cleared, a pause, notes, a
    # decision, the incident record, the end, the review words and an override.
    printf '%s\n' "key enter" "key space" "char +" "char +" "char m" "char 2" "char m" \
        "key down" "key space" "key space" "char c" "char p" "wait 60000" "char p" \
        "char n" "text メモ" "key enter" "key right" "key space" "char 1" "key right" \
        "char i" "key enter" "text 分類" "key enter" "key escape" "char e" "char e" \
        "key down" "key enter" "text 所見" "key enter" "key up" "char c" "text 理由" \
        "key enter" "char q" > "$tmp/play.script"
    (cd "$tmp" && "$ttx" play "$src/tests/data/scenario.yaml" --journal play.ttxj \
        --script play.script > /dev/null 2>&1)
    local n=0
    for j in "$tmp"/*/*.ttxj "$tmp"/play.ttxj; do
        [ -f "$j" ] || continue
        n=$((n + 1))
        cp "$j" "$seeds/whole-$n.ttxj"
        tail -n +2 "$j" > "$seeds/events-$n.ttxj"
        head -n 6 "$j" | tail -n +2 > "$seeds/events-$n-start.ttxj"
    done
    echo "journal seeds: $n journals"
    rm -rf "$tmp"
}

case $name in
loaders | exercise)
    dict=yaml.dict
    gather '*.yaml' "$src/tests/data" "$src/tests/bad" "$src/tests/train" "$src/scenarios"
    suite=$src/../shared/yaml-test-suite/cases
    [ -d "$suite" ] && gather 'in.yaml' "$suite"
    ;;
train_csv)
    dict=csv.dict
    gather '*.csv' "$src/tests/train"
    ;;
journal)
    dict=journal.dict
    journals
    ;;
*)
    echo "unknown fuzzer '$name': loaders, exercise, train_csv or journal"
    exit 64
    ;;
esac
regressions=$src/fuzz/regressions/$name
dirs=("$corpus" "$seeds")
[ -d "$regressions" ] && dirs+=("$regressions")
echo "fuzz_$name: $(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) in the corpus, ${secs}s"
"$fuzzer" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$src/fuzz/dict/$dict" -artifact_prefix="$artifacts/$name-" -print_final_stats=1 \
    "$@" "${dirs[@]}" < /dev/null > "$bin/fuzz-$name.log" 2>&1
rc=$?
# -a: the log quotes inputs, which may make grep take it for a binary file.
grep -a -E '^#[0-9]+ *DONE|^stat::number_of_executed_units|^stat::peak_rss|^Done' \
    "$bin/fuzz-$name.log"
if [ "$rc" != 0 ]; then
    tail -60 "$bin/fuzz-$name.log"
    echo "FAIL fuzz_$name found a problem (exit $rc); the input is in $artifacts/$name-*."
    echo "Fix it, then add the input to fuzz/regressions/$name (or tests/bad)."
    exit 1
fi
