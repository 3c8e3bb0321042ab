#!/usr/bin/env bash
# One command-line run of ttx under valgrind memcheck (tests/valgrind/CMakeLists.txt):
#   cli.sh VALGRIND TTX CASE [VALGRIND OPTIONS...]
# CASE is validate (every bundled file), run (the bundled ransomware record), report (its
# journal as text and JSON), train (scoring the class of tests/train), play (a scripted exercise
# under SDL's dummy driver, ended and resumed) or csv-errors (the trainer's broken CSV files, and
# one in Shift_JIS).
# Valgrind's exit status 99 means a memory error or a definite/indirect leak; any other failure
# of the command fails the case too.
set -u
valgrind=$1 ttx=$(realpath "$2") case=$3
shift 3
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
vg() { # want-rc ttx-args...
    local want=$1 rc
    shift
    "$valgrind" "$@" > "$tmp/.stdout" 2> "$tmp/.stderr"
    rc=$?
    if [ "$rc" != "$want" ]; then
        echo "FAIL ttx ${*:$((vg_nopts + 2))}: exit $rc, want $want"
        tail -60 "$tmp/.stderr"
        exit 1
    fi
}
vg_opts=("$@")
vg_nopts=${#vg_opts[@]}
run() { vg "$1" "${vg_opts[@]}" "$ttx" "${@:2}"; }

cd "$tmp" || exit 1
case $case in
validate)
    run 0 validate "$src"/scenarios/*.yaml "$src"/scenarios/*/*.yaml "$src"/tests/data/*.yaml
    run 65 validate "$src"/tests/bad/unknown-references.yaml "$src"/tests/bad/alias-bomb.yaml \
        "$src"/tests/bad/record-broken.yaml "$src"/tests/bad/deep-nesting.yaml
    ;;
run | report)
    run 0 run "$src/scenarios/ransomware.yaml" --record "$src/scenarios/records/ransomware.yaml" \
        --out out
    if [ "$case" = report ]; then
        journal=$(ls out/*.ttxj)
        run 0 report "$journal"
        run 0 report "$journal" --format json -o sheet.json
    fi
    ;;
train)
    run 0 train "$src/scenarios/ransomware.yaml" --score "$src/tests/train/answers.csv" \
        --survey "$src/tests/train/survey.csv" -o out
    run 0 train "$src/scenarios/ransomware.yaml" --print-test
    ;;
csv-errors)
    for f in "$src"/tests/train/csv/{broken-quote,mixed-encodings,not-a-number,short-row}.csv; do
        run 65 train "$src/tests/train/mini.yaml" --score "$f" -o out
    done
    # Shift_JIS, read through iconv
    run 0 train "$src/tests/train/mini.yaml" --score "$src/tests/train/csv/bom-crlf-sjis.csv" \
        -o out
    ;;
play)
    if ! fc-list :lang=ja file 2> /dev/null | grep -q .; then
        echo "skipped: no Japanese font"
        exit 77
    fi
    # Few steps, since each draws a 1600 × 900 frame, which valgrind makes slow.
    printf '%s\n' "key enter" "key space" "char n" "text 山田が対応" "key enter" "key right" \
        "char 1" "char e" "char e" "char q" > play.script
    run 0 play "$src/tests/data/scenario.yaml" --journal play.ttxj --script play.script \
        --screenshot final.png
    echo "char q" > resume.script
    run 0 play --resume play.ttxj --script resume.script
    ;;
*)
    echo "unknown case '$case'"
    exit 64
    ;;
esac
echo "valgrind $case: clean"
