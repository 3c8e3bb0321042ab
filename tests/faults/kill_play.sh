#!/usr/bin/env bash
# kill -9 at random moments of a scripted `ttx play` under SDL's dummy driver: the facilitator
# starts the fixture exercise, records items and notes on three injects, makes a decision, ends
# and quits — 32 journalled events, each fsync'd before the screen shows it. A script
# replays exactly (the clock moves only by its waits), so the complete run's journal is the
# reference: after every kill the journal must be a byte prefix of it and replay with
# `ttx report` (lib.sh: check_journal), and sheet files written at the end must be whole. Every
# third journal with events is then continued with `ttx play --resume`, which must accept it,
# keep every event and leave a journal that replays without a warning. Each trial is bounded by
# its kill; the trials stop early after TTX_FAULT_BUDGET seconds (default 40).
#   usage: kill_play.sh TTX [TRIALS]; TTX_FAULT_SEED=N repeats a run's delays.
set -u
ttx=$(realpath "$1")
trials=${2:-16}
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy TTX_NOW=2026-12-01T09:00:00+09:00
if ! fc-list :lang=ja file 2> /dev/null | grep -q .; then
    echo "skipped: no Japanese font (apt-get install fonts-ipaexfont-gothic)"
    exit 77
fi
tmp=$(fault_tmpdir)
trap 'rm -rf "$tmp"' EXIT
scenario=$src/tests/data/scenario.yaml
{
    echo "key enter"
    for i in 1 2 3 4 5 6 7 8 9; do
        printf 'key space\nchar +\nchar n\ntext メモ%d\nkey enter\nkey down\n' "$i"
        if [ $((i % 3)) = 0 ]; then echo "key right"; fi
    done
    printf 'char 1\nchar e\nchar e\nwait 1000\nchar q\n'
} > "$tmp/play.script"
echo "char q" > "$tmp/quit.script"
play() { # folder: plays the script there into play.ttxj
    mkdir -p "$1" && cd "$1" &&
        exec "$ttx" play "$scenario" --option-seed 20261201 --journal play.ttxj \
            --script "$tmp/play.script" \
            > /dev/null 2>&1
}
full_play() { rm -rf "$tmp/full" && (play "$tmp/full"); }
kill_load=$(cd "$tmp" && shortest_us "$ttx" validate "$scenario") ||
    { echo "FAIL the scenario does not validate"; exit 1; }
span=$(shortest_us full_play) || { echo "FAIL the complete play failed"; exit 1; }
kill_width=$((span > kill_load ? span - kill_load : span))
full=$tmp/full/play.ttxj
reference_journal "$full"
seed_random kill_play
declare -A seen=([none]=0 [header]=0 [events]=0 [torn]=0)
finished=0 sheets=0 resumed=0 most=0 budget=$((${TTX_FAULT_BUDGET:-40} * 1000000)) t=0
start=$(now_us)

# Continues a killed journal: resume must replay it, append nothing it did not do, and leave
# whole lines only (a torn tail is cut off before anything is appended).
resume() { # trial folder
    local t=$1 dir=$2 before out rc
    before=$(whole_lines "$(stat -c %s "$dir/play.ttxj")")
    out=$(cd "$dir" && "$ttx" play --resume play.ttxj --script "$tmp/quit.script" 2>&1)
    rc=$?
    if [ "$rc" != 0 ]; then
        bad "trial $t: resuming a journal of $events events: exit $rc: $out"
        return
    fi
    out=$("$ttx" report "$dir/play.ttxj" 2>&1 > /dev/null) ||
        { bad "trial $t: after resuming, report failed: $out"; return; }
    [ -z "$out" ] || bad "trial $t: after resuming, report warns: $out"
    cmp -s -n "$before" "$dir/play.ttxj" "$full" ||
        bad "trial $t: resuming changed the events that were there"
    resumed=$((resumed + 1))
}

while ((t < trials)) && (($(now_us) - start < budget)); do
    t=$((t + 1))
    dir=$tmp/t$t
    play "$dir" &
    pid=$!
    kill_sleep
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    rc=$?
    check_journal "trial $t" "$dir/play.ttxj" "$full" || continue
    kill_adapt "$rc"
    seen[$journal_state]=$((seen[$journal_state] + 1))
    ((events > most)) && most=$events
    for ext in json txt; do
        if [ -e "$dir/play.$ext" ]; then
            sheets=$((sheets + 1))
            cmp -s "$dir/play.$ext" "$tmp/full/play.$ext" ||
                bad "trial $t: play.$ext exists but is not the complete sheet"
        fi
    done
    [ "$rc" = 0 ] && finished=$((finished + 1))
    if [ "$journal_state" = events ] || [ "$journal_state" = torn ]; then
        if [ $(((seen[events] + seen[torn]) % 3)) = 1 ]; then resume "$t" "$dir"; fi
    fi
    rm -rf "$dir"
    ok
done
echo "kill_play: $t kills (at the end: after $kill_load µs, within $kill_width µs):" \
    "${seen[none]} before the journal, ${seen[header]} in its header, ${seen[events]} between" \
    "events, ${seen[torn]} inside one; $finished after the end; $sheets sheet files whole;" \
    "$resumed resumed; up to $most of ${line_end[$full_size]} events kept"
echo "kill_play: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$t" -ge 5 ]
