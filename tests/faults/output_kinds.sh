#!/usr/bin/env bash
# The output rule through the real commands (engine/io/fs/atomic_write.c), no root needed (device
# nodes: output_devices.sh). Never on the system's /dev/null or /dev/stdout: a link to
# /proc/self/fd/1 in the scratch folder stands in for /dev/stdout.
#  - `-o -` and a /dev/stdout twin: standard output gets the bytes (a pipe, a file, a file
#    opened to append); a /dev/stderr twin: standard error;
#  - a FIFO with a reader (`cat fifo > out &`): the reader gets the sheet, the FIFO stays;
#  - a link to a file in another folder: the link stays, its target is updated, keeps its mode;
#    a dangling link creates its target; a loop exits 73;
#  - a folder, a path under a regular file: exit 73 naming the path;
#  - -o - for plan, history, msel export, train --print-test (the test alone), the PNG of
#    report --timeline - and history --chart - (with a Japanese font); the usage errors (64)
#    where '-' cannot be meant;
#  - a journal on a FIFO or a link refused (with a Japanese font, for ttx play).
set -u
ttx=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'kill $(jobs -p) 2> /dev/null; rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
data=$src/tests/data
shopt -s nullglob dotglob
cd "$tmp" || exit 1

# expect NAME WANT-RC PATTERN COMMAND...: exit status and a pattern of standard error.
expect() {
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
same() { # NAME FILE WANT-FILE
    cmp -s "$2" "$3" && ok || bad "$1: $2 differs from $3"
}

"$ttx" run "$data/scenario.yaml" --record "$data/record.yaml" --out run > /dev/null 2>&1 ||
    { echo "FAIL the complete run failed"; exit 1; }
j=$(echo run/*.ttxj)
"$ttx" report "$j" > ref.txt && "$ttx" report "$j" --format json > ref.json ||
    { echo "FAIL report failed"; exit 1; }

# Standard output.
"$ttx" report "$j" -o - > dash.txt 2> err.txt && [ ! -s err.txt ] && ok || bad "-o -: failed"
same "-o -" dash.txt ref.txt
ln -s /proc/self/fd/1 stdout
ln -s /proc/self/fd/2 stderr
"$ttx" report "$j" -o stdout | cat > piped.txt
same "-o stdout twin into a pipe" piped.txt ref.txt
"$ttx" report "$j" -o stdout > file.txt
same "-o stdout twin into a file" file.txt ref.txt
echo "a line before" > appended.txt
{ echo "a line before"; cat ref.txt; } > want-appended.txt
"$ttx" report "$j" -o stdout >> appended.txt
same "-o stdout twin appending to a file" appended.txt want-appended.txt
"$ttx" report "$j" -o stderr 2> err.txt > /dev/null
same "-o stderr twin" err.txt ref.txt
[ -L stdout ] && [ -L stderr ] && ok || bad "the stdout and stderr twins are no longer links"

# A FIFO with a reader.
mkfifo pipe
cat pipe > from-pipe.txt &
reader=$!
"$ttx" report "$j" --format json -o pipe && ok || bad "-o FIFO: failed"
wait "$reader"
same "-o FIFO" from-pipe.txt ref.json
[ -p pipe ] && ok || bad "-o FIFO: the FIFO was replaced"

# Links.
mkdir real links
echo "old" > real/sheet.txt
chmod 640 real/sheet.txt
ln -s ../real/sheet.txt links/sheet.txt
ln -s sheet.txt links/chain.txt
"$ttx" report "$j" -o links/chain.txt && ok || bad "-o link: failed"
[ -L links/sheet.txt ] && [ -L links/chain.txt ] && ok || bad "-o link: the links are gone"
same "-o link: the target" real/sheet.txt ref.txt
[ "$(stat -c %a real/sheet.txt)" = 640 ] && ok || bad "-o link: the target's mode changed"
ln -s ../real/new.json links/dangling.json
"$ttx" report "$j" --format json -o links/dangling.json && ok || bad "-o dangling link: failed"
[ -L links/dangling.json ] && ok || bad "-o dangling link: the link is gone"
same "-o dangling link: the new target" real/new.json ref.json
ln -s loop-b links/loop-a
ln -s loop-a links/loop-b
expect "-o link loop" 73 "cannot write 'links/loop-a': its symbolic links form a loop" \
    "$ttx" report "$j" -o links/loop-a
files=(real/* links/*)
[ "${#files[@]}" = 7 ] && ok || bad "links: files left: ${files[*]}"

# A folder, a path under a regular file.
expect "-o folder" 73 "cannot write 'real': it is a folder" "$ttx" report "$j" -o real
expect "-o under a file" 73 "cannot write 'ref.txt/x.txt'.*not a folder" \
    "$ttx" report "$j" -o ref.txt/x.txt

# -o - for the other commands that write one file.
sheet=$(echo run/*.json)
"$ttx" plan "$sheet" > want.yaml 2> /dev/null
"$ttx" plan "$sheet" -o - > got.yaml 2> /dev/null
same "plan -o -" got.yaml want.yaml
"$ttx" history "$sheet" "$sheet" > want.txt 2> /dev/null
"$ttx" history "$sheet" "$sheet" -o - > got.txt 2> /dev/null
same "history -o -" got.txt want.txt
"$ttx" msel export "$data/scenario.yaml" > want.csv
"$ttx" msel export "$data/scenario.yaml" -o - > got.csv
same "msel export -o -" got.csv want.csv
"$ttx" train "$data/scenario.yaml" --print-test -o test.txt 2> /dev/null
"$ttx" train "$data/scenario.yaml" --print-test -o - > got.txt 2> err.txt
same "train --print-test -o -: the test alone" got.txt test.txt
grep -q "the test alone" err.txt && ok || bad "train --print-test -o -: no word on the key"
"$ttx" train "$data/scenario.yaml" --print-test -o stdout > got.txt 2> /dev/null
same "train --print-test -o stdout twin" got.txt test.txt
files=(*answers*)
[ "${#files[@]}" = 1 ] && ok || bad "train --print-test: key files: ${files[*]}"

expect "report --timeline - with the sheet" 64 "cannot both go to standard output" \
    "$ttx" report "$j" --timeline - -o -
expect "history --chart - -o -" 64 "cannot both go to standard output" \
    "$ttx" history "$sheet" --chart - -o -
expect "msel import -o -" 64 "needs a file, not '-'" "$ttx" msel import x.csv -o -
expect "msel import -o FIFO" 64 "needs a file" "$ttx" msel import x.csv -o pipe
expect "train --score -o -" 64 "-o names a folder here" \
    "$ttx" train "$data/scenario.yaml" --score x.csv -o -
expect "run --out -" 64 "--out names the folder" \
    "$ttx" run "$data/scenario.yaml" --record "$data/record.yaml" --out -
expect "play --journal -" 64 "a journal must be a real file" "$ttx" play --journal -

png_magic() { head -c 8 "$1" | od -An -tx1 | tr -d ' \n'; }
if fc-list :lang=ja file 2> /dev/null | grep -q .; then
    "$ttx" report "$j" --timeline - > timeline.png 2> /dev/null
    [ "$(png_magic timeline.png)" = 89504e470d0a1a0a ] && ok || bad "--timeline -: not a PNG"
    "$ttx" history "$sheet" "$sheet" --chart - > chart.png 2> /dev/null
    [ "$(png_magic chart.png)" = 89504e470d0a1a0a ] && ok || bad "--chart -: not a PNG"
    echo "char q" > quit.script
    expect "play --journal FIFO" 73 "cannot create the journal 'pipe': it is a named pipe" \
        "$ttx" play "$data/scenario.yaml" --journal pipe --script quit.script
    expect "play --journal link" 73 "cannot create the journal 'links/sheet.txt': it is a sym" \
        "$ttx" play "$data/scenario.yaml" --journal links/sheet.txt --script quit.script
    [ -p pipe ] && [ -L links/sheet.txt ] && ok || bad "play --journal: the FIFO or link changed"
else
    echo "note: no Japanese font; the PNG and ttx play cases are skipped"
fi

[ -c /dev/null ] && ok || bad "/dev/null is no longer a character device"
echo "output kinds: $pass passed, $fail failed"
[ "$fail" = 0 ]
