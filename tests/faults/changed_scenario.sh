#!/usr/bin/env bash
# A scenario or 手順書 changed under a journal: `ttx report` and `ttx play --resume` refuse it
# (exit 65, naming the file and the way out) and leave the journal as it was; with --force they
# accept it with a warning, and the sheet of a change that touches no exercise data (a comment)
# is the same as before. A scenario that is gone is an error naming where it was looked for.
set -u
ttx=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
cd "$tmp" || exit 1
cp "$src"/tests/data/{scenario,procedure,record}.yaml .
"$ttx" run scenario.yaml --record record.yaml --out out > /dev/null 2>&1 ||
    { echo "FAIL the run failed"; exit 1; }
journal=$(ls out/*.ttxj)
cp "$journal" journal.before
"$ttx" report "$journal" > sheet.before 2> /dev/null || { echo "FAIL report failed"; exit 1; }
has_gui=false
if fc-list :lang=ja file 2> /dev/null | grep -q .; then has_gui=true; fi
echo "char q" > quit.script

expect() { # name want-rc pattern command...
    local name=$1 want=$2 pattern=$3 rc
    shift 3
    out=$("$@" 2>&1 > stdout)
    rc=$?
    if [ "$rc" != "$want" ] || ! printf '%s' "$out" | grep -q -- "$pattern"; then
        bad "$name: exit $rc, want $want and /$pattern/: $out"
        return 1
    fi
    ok
}
unchanged() { # name
    cmp -s "$journal" journal.before && ok || bad "$1: the journal changed"
}

for file in scenario procedure; do
    noun=scenario
    [ "$file" = procedure ] && noun=手順書
    cp "$file.yaml" "$file.orig"
    echo "# changed after the exercise" >> "$file.yaml"
    expect "report, $file changed" 65 "the $noun '.*$file.yaml' has changed.*--force" \
        "$ttx" report "$journal"
    unchanged "report, $file changed"
    expect "report --force, $file changed" 0 "warning: the $noun .* has changed" \
        "$ttx" report "$journal" --force
    cmp -s stdout sheet.before && ok || bad "report --force, $file changed: another sheet"
    if $has_gui; then
        expect "play --resume, $file changed" 65 "the $noun '.*$file.yaml' has changed" \
            "$ttx" play --resume "$journal" --script quit.script
        unchanged "play --resume, $file changed"
        expect "play --resume --force, $file changed" 0 "" \
            "$ttx" play --resume "$journal" --force --script quit.script
        "$ttx" report "$journal" --force > /dev/null 2>&1 && ok ||
            bad "play --resume --force, $file changed: the journal does not replay"
        cp journal.before "$journal"
    fi
    mv "$file.orig" "$file.yaml"
done

# A real change (an inject renamed): refused the same way; --force replays and then finds the
# events that no longer fit, naming the line.
sed -i 's/^  - id: detect-1$/  - id: detect-renamed/; s/goto: detect-1$/goto: detect-renamed/' \
    scenario.yaml
expect "report, inject renamed" 65 "the scenario .* has changed" "$ttx" report "$journal"
expect "report --force, inject renamed" 65 "line [0-9]*:" "$ttx" report "$journal" --force
cp "$src/tests/data/scenario.yaml" scenario.yaml

mv scenario.yaml elsewhere.yaml
expect "report, scenario gone" 65 "cannot find the scenario of this journal" \
    "$ttx" report "$journal"
mv elsewhere.yaml scenario.yaml
"$ttx" report "$journal" > sheet.after 2> /dev/null && cmp -s sheet.after sheet.before && ok ||
    bad "restored files: report differs"
echo "changed scenario: $pass passed, $fail failed"
[ "$fail" = 0 ]
