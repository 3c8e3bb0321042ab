#!/usr/bin/env bash
# The JSON sheet against reports/sheet.schema.json: the hand-built sheets of the unit tests
# (empty, full, hostile) and the sheets `ttx run` makes from every example record must validate,
# every line of their printed form must fit 80 display columns, and the schema must reject a list
# of broken variants of a good sheet (tests/reports/sheet_mutations.py, through
# tests/support/check_schema.py --mutations).
# usage: report_schema.sh TEST_REPORT_JSON TTX
set -u
writer=$1
ttx=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
"$writer" --write "$tmp" || { echo "FAIL: could not write the fixture sheets"; exit 1; }
export TTX_NOW=2026-12-01T09:00:00+09:00
cd "$root"
for rec in tests/data/record.yaml scenarios/records/*.yaml; do
    scen=$(dirname "$rec")/$(sed -n 's/^scenario: *//p' "$rec")
    out=$tmp/run-$(basename "$rec" .yaml)
    if ! "$ttx" run "$scen" --record "$rec" --out "$out" > /dev/null 2> "$tmp/stderr"; then
        echo "FAIL: ttx run $rec"; cat "$tmp/stderr"; fail=1
    fi
done
sheets=$(find "$tmp" -name '*.json' | sort)
[ -n "$sheets" ] || { echo "FAIL: no sheets were written"; exit 1; }
# shellcheck disable=SC2086
python3 tests/support/check_schema.py reports/sheet.schema.json $sheets || fail=1
python3 tests/support/check_schema.py reports/sheet.schema.json \
    --mutations tests/reports/sheet_mutations.py "$tmp/sheet-full.json" || fail=1
# Display width counted again with Python's Unicode tables under the rule of display_width.c
# (East Asian wide, fullwidth and ambiguous are two columns), and no control character.
# shellcheck disable=SC2046
python3 tests/support/display_width.py $(find "$tmp" -name '*.txt' | sort) || fail=1
n=$(echo "$sheets" | wc -l)
if [ "$fail" = 0 ]; then echo "report schema: $n sheets valid, mutations rejected"; fi
exit "$fail"
