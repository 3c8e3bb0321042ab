#!/usr/bin/env bash
# `ttx msel export|import`: every bundled exercise, every drill and the example scenario go
# export → import → `ttx validate` (clean: no output) → export again, which must give the same
# bytes; the example's CSV equals its golden. An Excel-made sheet (columns reordered, LF line
# ends, no BOM, 0:00:00 times, a YYYY/M/D date, ids separated by commas, a blank line inside a
# cell) imports to the golden YAML, and so does its Shift_JIS twin; broken sheets fail with
# messages that name the cell by its row and column name, FILE: 10行目「phase」 (goldens in
# tests/review/msel/).
# usage: msel.sh TTX
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/review/lib.sh"
dir=$root/tests/review/msel
cd "$root"

# Round trips into a copy of the scenarios folder, so the scenarios' relative procedure paths
# stay the same.
mkdir -p "$tmp/scenarios/drills" "$tmp/data"
cp -r scenarios/procedures "$tmp/scenarios/"
cp tests/data/procedure.yaml "$tmp/data/"
for src in tests/data/scenario.yaml scenarios/*.yaml scenarios/drills/*.yaml; do
    case $src in
        tests/data/*) rel=data/$(basename "$src" .yaml) ;;
        *) rel=${src%.yaml} ;;
    esac
    out=$tmp/$rel
    if ! "$ttx" msel export "$src" -o "$out.csv"; then bad "$src" "export failed"; continue; fi
    if ! "$ttx" msel import "$out.csv" -o "$out.yaml" 2> "$tmp/err"; then
        bad "$src" "import failed"; cat "$tmp/err"; continue
    fi
    [ -s "$tmp/err" ] && { bad "$src" "import warned"; cat "$tmp/err"; }
    v=$("$ttx" validate "$out.yaml" 2>&1) && [ -z "$v" ] && ok "$src validate" \
        || { bad "$src" "the imported scenario does not validate cleanly"; printf '%s\n' "$v"; }
    "$ttx" msel export "$out.yaml" -o "$out.2.csv"
    cmp -s "$out.csv" "$out.2.csv" && ok "$src round trip" \
        || { bad "$src" "export → import → export changed the CSV"; diff "$out.csv" "$out.2.csv" | head; }
done
golden "$dir/example.csv" "$tmp/data/scenario.csv" example.csv
head -c 3 "$tmp/data/scenario.csv" | cmp -s - <(printf '\xef\xbb\xbf') && ok bom || bad bom "no BOM"

# Importing sheets written by hand or by Excel.
cp "$dir"/*.csv tests/data/procedure.yaml "$tmp/"
cd "$tmp"
run() { # NAME WANT_RC ARGS...
    local name=$1 want=$2
    shift 2
    transcript "$tmp/$name.out" "$ttx" msel "$@"
    local rc=$?
    [ "$rc" = "$want" ] && ok "$name" || bad "$name" "exit $rc, expected $want"
    golden "$dir/$name.expected" "$tmp/$name.out" "$name"
}
run excel 0 import excel.csv --procedure procedure.yaml -o excel.yaml
golden "$dir/excel.yaml" excel.yaml excel.yaml
run bad-cells 65 import bad-cells.csv --procedure procedure.yaml -o bad.yaml
[ ! -e bad.yaml ] && ok no-output || bad no-output "a broken sheet was written"
run not-msel 65 import not-msel.csv --procedure procedure.yaml -o x.yaml
run unclosed 65 import unclosed.csv --procedure procedure.yaml -o x.yaml
# Excel's plain "CSV" is Shift_JIS: sjis.csv is excel.csv through iconv -t CP932 and imports
# to the same YAML. A quoted cell over several lines makes row 10 the file's line 14: the error
# names the row.
run sjis 0 import sjis.csv --procedure procedure.yaml -o sjis.yaml
golden "$dir/excel.yaml" sjis.yaml sjis.yaml
run late-error 65 import late-error.csv --procedure procedure.yaml -o x.yaml
run no-output 64 import excel.csv
run no-verb 64 convert excel.csv
run export-missing 66 export none.yaml
finish msel
