#!/usr/bin/env bash
# kill -9 between a temporary file's creation and its rename, made exact by the writer's
# test-only hook: with TTX_FAULT_PAUSE_BEFORE_RENAME=1 ttx stops itself (SIGSTOP) right before
# the rename, and is killed while stopped.
#  - `ttx report -o sheet.txt` over an earlier sheet: the sheet is the earlier one byte for
#    byte; the leftover .sheet.txt.ttx-PID-XXXXXX holds the whole new sheet (flushed before
#    the rename); a write into the folder right away keeps it (too young to judge), one after
#    it has aged a minute removes it and leaves every other file alone;
#  - the same through a link: the link is still a link, its target the earlier sheet, the
#    leftover beside the target;
#  - `ttx run` killed while creating its journal: no journal at all (never an empty one), the
#    leftover holds the whole header line; the next run into the folder, a minute later,
#    writes the complete journal and removes the leftover.
set -u
ttx=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00
data=$src/tests/data
shopt -s nullglob dotglob
cd "$tmp" || exit 1

# paused_kill COMMAND...: runs it with the hook, waits until it has stopped itself, kills it.
# Sets killed to its pid; returns 1 when it never stopped (it finished or failed instead).
paused_kill() {
    TTX_FAULT_PAUSE_BEFORE_RENAME=1 "$@" > /dev/null 2>&1 &
    killed=$!
    local state i
    for ((i = 0; i < 600; i++)); do
        state=$(awk '{ print $3 }' "/proc/$killed/stat" 2> /dev/null)
        [ "$state" = T ] && break
        [ -z "$state" ] || [ "$state" = Z ] && break
        sleep_us 50000
    done
    kill -9 "$killed" 2> /dev/null
    wait "$killed" 2> /dev/null
    [ "$state" = T ]
}
# age FILE...: as if last modified two minutes ago (the sweep's minimum age is one).
age() { touch -d "@$(($(date +%s) - 120))" "$@"; }

"$ttx" run "$data/scenario.yaml" --record "$data/record.yaml" --out full > /dev/null 2>&1 ||
    { echo "FAIL the complete run failed"; exit 1; }
j=$(echo full/*.ttxj)
"$ttx" report "$j" > ref.txt || { echo "FAIL report failed"; exit 1; }

# 1. A sheet replaced in its folder.
mkdir d
echo "the earlier sheet" > d/sheet.txt
cp d/sheet.txt earlier.txt
echo "mine" > d/.sheet.txt.keep
echo "mine" > d/notes.ttx-1-abcdef
if paused_kill "$ttx" report "$j" -o d/sheet.txt; then ok; else bad "report never paused"; fi
cmp -s d/sheet.txt earlier.txt && ok || bad "report killed: the sheet is not the earlier one"
left=(d/.sheet.txt.ttx-"$killed"-??????)
if [ "${#left[@]}" = 1 ]; then
    ok
    cmp -s "${left[0]}" ref.txt && ok || bad "report killed: the leftover is not the whole sheet"
    "$ttx" report "$j" -o d/other.txt && [ -e "${left[0]}" ] && ok ||
        bad "a write right away removed a leftover a minute has not passed over"
    age "${left[0]}" d/.sheet.txt.keep d/notes.ttx-1-abcdef
    "$ttx" report "$j" -o d/other.txt && [ ! -e "${left[0]}" ] && ok ||
        bad "the next write into the folder did not remove the leftover"
else
    bad "report killed: want one leftover, found: ${left[*]}"
fi
[ -e d/.sheet.txt.keep ] && [ -e d/notes.ttx-1-abcdef ] && ok || bad "other files were removed"
cmp -s d/other.txt ref.txt && cmp -s d/sheet.txt earlier.txt && ok || bad "d: wrong contents"
files=(d/*)
[ "${#files[@]}" = 4 ] && ok || bad "d: files left: ${files[*]}"

# 2. Through a link: the target's folder holds the temporary file.
mkdir real links
cp earlier.txt real/sheet.txt
ln -s ../real/sheet.txt links/sheet.txt
if paused_kill "$ttx" report "$j" -o links/sheet.txt; then ok; else bad "report never paused"; fi
[ -L links/sheet.txt ] && cmp -s real/sheet.txt earlier.txt && ok ||
    bad "report via a link killed: the link or its target changed"
left=(real/.sheet.txt.ttx-"$killed"-??????)
[ "${#left[@]}" = 1 ] && ok || bad "report via a link killed: leftovers: ${left[*]}"
age "${left[@]}"
"$ttx" report "$j" -o links/sheet.txt && cmp -s real/sheet.txt ref.txt && [ -L links/sheet.txt ] &&
    ok || bad "report via a link, again: the target is not the new sheet"
files=(real/* links/*)
[ "${#files[@]}" = 2 ] && ok || bad "real, links: files left: ${files[*]}"

# 3. A journal being created.
if paused_kill "$ttx" run "$data/scenario.yaml" --record "$data/record.yaml" --out run; then
    ok
else
    bad "run never paused"
fi
journals=(run/*.ttxj)
[ "${#journals[@]}" = 0 ] && ok || bad "run killed while creating its journal: ${journals[*]}"
left=(run/.*.ttxj.ttx-"$killed"-??????)
if [ "${#left[@]}" = 1 ]; then
    ok
    cmp -s "${left[0]}" <(head -n 1 "$j") && ok ||
        bad "run killed: the leftover is not the whole header line"
    age "${left[0]}"
else
    bad "run killed: want one leftover journal, found: ${left[*]}"
fi
"$ttx" run "$data/scenario.yaml" --record "$data/record.yaml" --out run > /dev/null 2>&1 &&
    cmp -s run/"$(basename "$j")" "$j" && ok || bad "the run after the kill is not complete"
files=(run/*)
[ "${#files[@]}" = 3 ] && ok || bad "run: files left: ${files[*]}"

echo "kill before rename: $pass passed, $fail failed"
[ "$fail" = 0 ]
