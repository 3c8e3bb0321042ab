#!/usr/bin/env bash
# The output rule on device nodes through the real commands, on twins made with mknod in a
# scratch folder, never the system's own (mknod needs root: exit 77, skipped, otherwise):
#  - a /dev/null twin (c 1 3): report, plan, train --print-test and msel export write into it,
#    exit 0, and it is still that character device; also through a link; no file appears
#    beside it (no FILE-answers for the test's key); msel import refuses it (64);
#  - a /dev/full twin (c 1 7): exit 73, "the disk is full", still the device;
#  - a block device (b 241:77, a number Linux reserves for local use: no disk behind it even
#    if a bug opened it): exit 73, refused by name, still the device;
#  - ttx play --journal on the /dev/null twin (with a Japanese font): exit 73, still the device.
# /dev/null must still be a character device at the end.
set -u
ttx=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$(id -u)" != 0 ]; then
    echo "skipped: making device nodes (mknod) needs root"
    exit 77
fi
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
data=$src/tests/data
shopt -s nullglob dotglob
cd "$tmp" || exit 1

expect() { # NAME WANT-RC PATTERN COMMAND...
    local name=$1 want=$2 pattern=$3 out rc
    shift 3
    out=$("$@" 2>&1 > /dev/null)
    rc=$?
    if [ "$rc" != "$want" ] ||
        { [ -n "$pattern" ] && ! printf '%s' "$out" | grep -q -- "$pattern"; }; then
        bad "$name: exit $rc, want $want and /$pattern/: $out"
        return 1
    fi
    ok
}
node_is() { # NAME PATH TYPE MAJOR,MINOR (hex, as stat prints them)
    [ "$(stat -c '%F %t,%T' "$2")" = "$3 $4" ] && ok || bad "$1: $2 is now $(stat -c '%F' "$2")"
}

"$ttx" run "$data/scenario.yaml" --record "$data/record.yaml" --out run > /dev/null 2>&1 ||
    { echo "FAIL the complete run failed"; exit 1; }
j=$(echo run/*.ttxj)
sheet=$(echo run/*.json)
mkdir dev
mknod dev/null c 1 3
mknod dev/full c 1 7
mknod dev/disk b 241 77
ln -s null dev/to-null

expect "report -o null twin" 0 "" "$ttx" report "$j" --format json -o dev/null
node_is "report -o null twin" dev/null "character special file" 1,3
expect "report -o link to the null twin" 0 "" "$ttx" report "$j" -o dev/to-null
[ -L dev/to-null ] && ok || bad "report -o link to the null twin: the link is gone"
expect "plan -o null twin" 0 "" "$ttx" plan "$sheet" -o dev/null
expect "train --print-test -o null twin" 0 "the test alone" \
    "$ttx" train "$data/scenario.yaml" --print-test -o dev/null
expect "msel export -o null twin" 0 "" "$ttx" msel export "$data/scenario.yaml" -o dev/null
expect "msel import -o null twin" 64 "needs a file" "$ttx" msel import x.csv -o dev/null
node_is "after every command" dev/null "character special file" 1,3

expect "report -o full twin" 73 "cannot write 'dev/full': the disk is full" \
    "$ttx" report "$j" -o dev/full
node_is "report -o full twin" dev/full "character special file" 1,7
expect "report -o block device" 73 "cannot write 'dev/disk': it is a disk.*block device" \
    "$ttx" report "$j" -o dev/disk
node_is "report -o block device" dev/disk "block special file" f1,4d

if fc-list :lang=ja file 2> /dev/null | grep -q .; then
    echo "char q" > quit.script
    expect "play --journal null twin" 73 "cannot create the journal 'dev/null': it is a device" \
        "$ttx" play "$data/scenario.yaml" --journal dev/null --script quit.script
    node_is "play --journal null twin" dev/null "character special file" 1,3
else
    echo "note: no Japanese font; the ttx play case is skipped"
fi
files=(dev/*)
[ "${#files[@]}" = 4 ] && ok || bad "files appeared beside the devices: ${files[*]}"
[ -c /dev/null ] && ok || bad "/dev/null is no longer a character device"
echo "output devices: $pass passed, $fail failed"
[ "$fail" = 0 ]
