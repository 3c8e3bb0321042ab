#!/usr/bin/env bash
# Output that cannot be created: a clear message naming the path, exit 73, nothing half-made.
#  - `ttx run --out` under a regular file (works as root too): no journal anywhere;
#  - `ttx run` whose sheet name is taken by a folder: the journal is written whole and replays,
#    the earlier text sheet of the same name is unchanged;
#  - `ttx report -o` into a missing folder and under a regular file;
#  - `ttx play --journal` under a regular file;
#  - when not root, a folder without write permission (chmod 555) for run and report.
set -u
ttx=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'chmod -R u+w "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
scenario=$src/tests/data/scenario.yaml
record=$src/tests/data/record.yaml
shopt -s nullglob dotglob
cd "$tmp" || exit 1

expect() { # name want-rc pattern command...
    local name=$1 want=$2 pattern=$3 out rc
    shift 3
    out=$("$@" 2>&1 > /dev/null)
    rc=$?
    if [ "$rc" != "$want" ] || ! printf '%s' "$out" | grep -q -- "$pattern"; then
        bad "$name: exit $rc, want $want and /$pattern/: $out"
        return 1
    fi
    ok
}

"$ttx" run "$scenario" --record "$record" --out full > /dev/null 2>&1 ||
    { echo "FAIL the complete run failed"; exit 1; }
full=$(ls full/*.ttxj)
base=$(basename "${full%.ttxj}")
echo "a file, not a folder" > file

expect "run --out under a file" 73 "cannot create the folder 'file/out'" \
    "$ttx" run "$scenario" --record "$record" --out file/out
files=(./*)
[ "${#files[@]}" = 2 ] && ok || bad "run --out under a file: something was created: ${files[*]}"

mkdir -p taken/"$base".json
echo "the earlier sheet" > taken/"$base".txt
expect "run, sheet name taken" 73 "cannot write 'taken/$base.json'" \
    "$ttx" run "$scenario" --record "$record" --out taken
cmp -s taken/"$base".ttxj "$full" && "$ttx" report taken/"$base".ttxj > /dev/null 2>&1 && ok ||
    bad "run, sheet name taken: the journal is not whole or does not replay"
[ "$(cat taken/"$base".txt)" = "the earlier sheet" ] && ok ||
    bad "run, sheet name taken: the earlier text sheet changed"
files=(taken/*)
[ "${#files[@]}" = 3 ] && ok || bad "run, sheet name taken: files left: ${files[*]}"

expect "report -o missing folder" 73 "cannot write 'missing/sheet.txt'.*does not exist" \
    "$ttx" report "$full" -o missing/sheet.txt
expect "report -o under a file" 73 "cannot write 'file/sheet.txt'.*not a folder" \
    "$ttx" report "$full" -o file/sheet.txt

if fc-list :lang=ja file 2> /dev/null | grep -q .; then
    echo "char q" > quit.script
    expect "play --journal under a file" 73 "cannot create the journal 'file/j.ttxj'" \
        "$ttx" play "$scenario" --journal file/j.ttxj --script quit.script
fi

if [ "$(id -u)" != 0 ]; then
    mkdir locked && chmod 555 locked
    expect "run into a read-only folder" 73 "permission denied" \
        "$ttx" run "$scenario" --record "$record" --out locked
    expect "report -o into a read-only folder" 73 "permission denied" \
        "$ttx" report "$full" -o locked/sheet.txt
    files=(locked/*)
    [ "${#files[@]}" = 0 ] && ok || bad "read-only folder: files appeared: ${files[*]}"
else
    echo "note: running as root, which writes anyway; the chmod 555 cases are skipped"
fi
echo "unwritable output: $pass passed, $fail failed"
[ "$fail" = 0 ]
