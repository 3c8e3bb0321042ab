#!/usr/bin/env bash
# kill -9 at random moments of `ttx run` (the bundled ransomware exercise: 74 events, each
# fsync'd): before the journal exists, while its header or its events are written, while the
# sheets are written, after the end. After every kill the journal must be a byte prefix of the
# complete run's journal and replay with `ttx report` (lib.sh: check_journal), and a sheet file
# that exists must be the complete run's, byte for byte: a sheet is whole or absent, never
# half-written. A journal is absent or has its whole header: it is created under a temporary
# name and renamed into place once its header is on disk, so no kill leaves an empty one. The kill moments adapt to the machine (lib.sh: kill_sleep); the trials stop
# early after TTX_FAULT_BUDGET seconds (default 40), but never before 50 have run.
#   usage: kill_run.sh TTX [TRIALS]; TTX_FAULT_SEED=N repeats a run's delays.
set -u
ttx=$(realpath "$1")
trials=${2:-300}
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00
scenario=$src/scenarios/ransomware.yaml
record=$src/scenarios/records/ransomware.yaml

kill_load=$(shortest_us "$ttx" validate "$record") ||
    { echo "FAIL the record does not validate"; exit 1; }
full_run() { rm -rf "$tmp/full" && "$ttx" run "$scenario" --record "$record" --out "$tmp/full"; }
span=$(shortest_us full_run) ||
    { echo "FAIL the complete run failed"; exit 1; }
kill_width=$((span > kill_load ? span - kill_load : span))
start=$(now_us)
full=$(ls "$tmp"/full/*.ttxj)
base=$(basename "${full%.ttxj}")
reference_journal "$full"
seed_random kill_run
declare -A seen=([none]=0 [header]=0 [events]=0 [torn]=0)
finished=0 sheets=0 temps=0 most=0 budget=$((${TTX_FAULT_BUDGET:-40} * 1000000)) t=0
shopt -s nullglob dotglob
# The budget only ends the trials early once 50 have run: on a loaded machine (the whole suite
# on two cores) each trial is slower, and fewer than 50 would not cover the run's moments.
while ((t < trials)) && { ((t < 50)) || (($(now_us) - start < budget)); }; do
    t=$((t + 1))
    out=$tmp/t$t
    "$ttx" run "$scenario" --record "$record" --out "$out" > /dev/null 2>&1 &
    pid=$!
    kill_sleep
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    rc=$?
    check_journal "trial $t" "$out/$base.ttxj" "$full" || continue
    kill_adapt "$rc"
    seen[$journal_state]=$((seen[$journal_state] + 1))
    [ "$journal_state" = header ] && bad "trial $t: a journal without its whole header was left"
    ((events > most)) && most=$events
    for ext in json txt; do
        if [ -e "$out/$base.$ext" ]; then
            sheets=$((sheets + 1))
            cmp -s "$out/$base.$ext" "$tmp/full/$base.$ext" ||
                bad "trial $t: $base.$ext exists but is not the complete sheet"
        fi
    done
    if [ "$rc" = 0 ]; then
        finished=$((finished + 1))
        [ "$journal_state" = events ] && [ "$events" = "${line_end[$full_size]}" ] &&
            [ -f "$out/$base.txt" ] || bad "trial $t: the run finished but its files are not whole"
    fi
    # A kill between creating a temporary file (the journal's or a sheet's) and renaming it
    # leaves that file (named apart from the sheets); counted: the next ttx that writes into
    # the folder removes it once it is stale (kill_rename.sh), and each trial has its own.
    files=("$out"/*)
    temps=$((temps + ${#files[@]}))
    for f in "${files[@]}"; do
        case $f in "$out/$base".*) temps=$((temps - 1)) ;; esac
    done
    ((t % 50 == 0)) && rm -rf "$tmp"/t*
    ok
done
echo "kill_run: $t kills (at the end: after $kill_load µs, within $kill_width µs):" \
    "${seen[none]} before the journal," \
    "${seen[header]} in its header, ${seen[events]} between events, ${seen[torn]} inside one;" \
    "$finished after the end; $sheets sheet files whole; $temps temporary files left;" \
    "up to $most of ${line_end[$full_size]} events kept"
echo "kill_run: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$t" -ge 50 ]
