#!/usr/bin/env bash
# The command-line contract: help and version, usage errors (64) with a one-line hint,
# unreadable input (66), bad data (65), success (0) printing nothing.
set -u
ttx=$1
data=$(cd "$(dirname "$0")/../data" && pwd)
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect NAME WANT_RC [grep-pattern-on-combined-output] -- ARGS...
expect() {
    local name=$1 want=$2 pattern=$3
    shift 4
    local out rc
    out=$("$ttx" "$@" 2>&1)
    rc=$?
    if [ "$rc" != "$want" ]; then
        echo "FAIL $name: exit $rc, expected $want"; printf '%s\n' "$out" | head -5
        fail=$((fail + 1)); return
    fi
    if [ -n "$pattern" ] && ! printf '%s\n' "$out" | grep -qE -- "$pattern"; then
        echo "FAIL $name: output does not match /$pattern/"; printf '%s\n' "$out" | head -5
        fail=$((fail + 1)); return
    fi
    pass=$((pass + 1))
}

expect version 0 '^ttx [0-9]+\.[0-9]+\.[0-9]+$' -- --version
expect help 0 'validate' -- help
expect help-flag 0 'usage: ttx COMMAND' -- --help
expect help-cmd 0 '^usage: ttx validate FILE' -- help validate
expect cmd-help 0 '^usage: ttx validate FILE' -- validate --help
expect list-help 0 '^usage: ttx list' -- list --help
expect no-command 64 'usage: ttx COMMAND' --
expect unknown-command 64 "^ttx: unknown command 'frobnicate'; see 'ttx help'" -- frobnicate
expect unknown-global-option 64 "unknown option '--frob'" -- --frob
expect help-unknown 64 "unknown command 'nope'" -- help nope
expect unknown-option 64 "^ttx validate: unknown option '--strict'; see 'ttx validate --help'$" -- validate --strict "$data/scenario.yaml"
expect no-files 64 "no FILE given" -- validate
expect missing-file 66 "^$tmp/none.yaml:1:1: error: cannot read this file: No such file or directory$" -- validate "$tmp/none.yaml"
expect directory 66 ":1:1: error: cannot read this file: is a directory" -- validate "$tmp"
printf 'ttx: 1\n' > "$tmp/unreadable.yaml"; chmod 000 "$tmp/unreadable.yaml"
if [ "$(id -u)" != 0 ]; then
    expect unreadable 66 "Permission denied" -- validate "$tmp/unreadable.yaml"
fi
expect valid-silent 0 '^$' -- validate "$data/procedure.yaml" "$data/scenario.yaml" "$data/record.yaml"
expect double-dash 0 '^$' -- validate -- "$data/scenario.yaml"
# A missing file among good ones: all are checked, and 66 wins over 65.
printf 'ttx: 1\n' > "$tmp/bad.yaml"
expect mixed 66 'none.yaml:1:1: error' -- validate "$data/scenario.yaml" "$tmp/bad.yaml" "$tmp/none.yaml"
expect mixed-bad 65 "bad.yaml:1:1: error: the scenario is missing the required key 'id'" -- validate "$tmp/bad.yaml" "$data/scenario.yaml"
# A shared 手順書 with an error is reported once, not once per scenario that uses it.
mkdir -p "$tmp/p"
sed 's/owners: \[it\]$/owners: [nobody]/' "$data/procedure.yaml" > "$tmp/p/procedure.yaml"
cp "$data/scenario.yaml" "$tmp/p/s1.yaml"; cp "$data/scenario.yaml" "$tmp/p/s2.yaml"
out=$("$ttx" validate "$tmp/p/s1.yaml" "$tmp/p/s2.yaml" "$tmp/p/procedure.yaml" 2>&1)
n=$(printf '%s\n' "$out" | grep -c "owner 'nobody'")
if [ "$n" = 3 ]; then pass=$((pass + 1)); else echo "FAIL dedupe: $n owner lines (want 3: three items)"; printf '%s\n' "$out"; fail=$((fail + 1)); fi
expect list-dir 0 'example-ransomware' -- list "$data"
expect list-too-many 64 'at most one DIR' -- list a b

# ttx run / ttx report argument handling and exit codes.
expect run-no-args 64 "no SCENARIO given" -- run
expect run-no-record 64 "--record FILE is required" -- run "$data/scenario.yaml"
expect run-record-missing 66 "none.yaml:1:1: error: cannot read this file" -- run "$data/scenario.yaml" --record "$tmp/none.yaml"
expect run-record-is-scenario 65 "this is a scenario" -- run "$data/scenario.yaml" --record "$data/scenario.yaml"
expect run-wrong-scenario 65 "is for the scenario" -- run "$tmp/p/s1.yaml" --record "$data/record.yaml" --out "$tmp/o"
expect report-no-journal 64 "no JOURNAL given" -- report
expect report-bad-format 64 "unknown format 'pdf'; expected one of text, json, md, csv" -- report x.ttxj --format pdf
expect report-missing 66 "cannot read" -- report "$tmp/none.ttxj"
# Every command that loads files: an unreadable one is 66, one of the wrong kind or with errors
# 65, before anything else happens (no window opens, no file is written).
expect play-missing 66 "none.yaml:1:1: error: cannot read this file" -- play "$tmp/none.yaml"
expect play-not-scenario 65 "this is a 手順書" -- play "$data/procedure.yaml"
expect play-plan-missing 66 "none.yaml:1:1: error: cannot read" -- play "$data/scenario.yaml" --plan "$tmp/none.yaml"
expect train-missing 66 "none.yaml:1:1: error: cannot read this file" -- train "$tmp/none.yaml" --print-test
expect train-not-scenario 65 "this is a record" -- train "$data/record.yaml" --print-test
expect train-answers-missing 66 "none.csv" -- train "$data/scenario.yaml" --score "$tmp/none.csv"
expect check-procedure-missing 66 "cannot read this file" -- check-procedure "$tmp/none.yaml"
expect check-procedure-not-procedure 65 "this is a scenario" -- check-procedure "$data/scenario.yaml"
expect msel-export-missing 66 "cannot read this file" -- msel export "$tmp/none.yaml"
expect msel-export-not-scenario 65 "this is a 手順書" -- msel export "$data/procedure.yaml"
expect history-missing 66 "none.json" -- history "$tmp/none.json"
expect history-bad 65 "" -- history "$data/scenario.yaml"
expect history-plan-missing 66 "none.yaml" -- history "$data/../golden/example.json" --plan "$tmp/none.yaml"
cp "$data/scenario.yaml" "$tmp/not-a-plan.yaml"
expect play-plan-invalid 65 "not-a-plan.yaml" -- play "$data/scenario.yaml" --plan "$tmp/not-a-plan.yaml"
expect plan-out-invalid 65 "not-a-plan.yaml" -- plan "$data/../golden/example.json" -o "$tmp/not-a-plan.yaml"
expect plan-missing 66 "none.json" -- plan "$tmp/none.json"
expect plan-missing-wins 66 "none.json" -- plan "$data/scenario.yaml" "$tmp/none.json"
expect plan-missing-first-wins 66 "none.json" -- plan "$tmp/none.json" "$data/scenario.yaml"
# A malformed TTX_NOW is a usage error of every command that takes the clock.
TTX_NOW=soon expect run-bad-now 64 "^ttx run: TTX_NOW must look like" -- run "$data/scenario.yaml" --record "$data/record.yaml" --out "$tmp/o"
TTX_NOW=soon expect play-bad-now 64 "^ttx play: TTX_NOW must look like" -- play "$data/scenario.yaml"
TTX_NOW=soon expect train-bad-now 64 "^ttx train: TTX_NOW must look like" -- train "$data/scenario.yaml" --score "$data/scenario.yaml"
# An output "folder" that is a file cannot hold the journal (works even as root): 73.
touch "$tmp/a-file"
expect run-out-is-file 73 "" -- run "$data/scenario.yaml" --record "$data/record.yaml" --out "$tmp/a-file"

echo "cli contract: $pass passed, $fail failed"
[ "$fail" = 0 ]
