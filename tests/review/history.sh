#!/usr/bin/env bash
# `ttx history`: three sheets of the same drill given out of order (tests/review/sheets/) as
# text and JSON, from the sheets alone and with the edited plan of tests/review/plan/plan-2.yaml,
# and one sheet alone (no trend): goldens in tests/review/history/. Every JSON validates against
# reports/history.schema.json, which rejects broken variants; every text line fits 80 display
# columns; --chart writes a PNG (rendered offscreen); usage errors are 64.
# usage: history.sh TTX
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/review/lib.sh"
dir=$root/tests/review/history
cp "$root"/tests/review/sheets/*.json "$root/tests/review/plan/plan-2.yaml" "$tmp/"
cd "$tmp"
sheets="ransomware-2027-06-09.json ransomware-2026-06-10.json ransomware-2026-12-09.json"

run() { # NAME WANT_RC ARGS...
    local name=$1 want=$2
    shift 2
    transcript "$tmp/$name" "$ttx" history "$@"
    local rc=$?
    [ "$rc" = "$want" ] && ok "$name" || bad "$name" "exit $rc, expected $want"
    golden "$dir/$name.expected" "$tmp/$name" "$name"
}
# shellcheck disable=SC2086
{
    run sheets 0 $sheets
    run sheets-json 0 $sheets --format json
    run plan 0 $sheets --plan plan-2.yaml
    run plan-json 0 $sheets --plan plan-2.yaml --format json -o plan.json
    run one 0 ransomware-2026-06-10.json
    run chart 0 $sheets --chart chart.png
    run no-args 64
    run bad-format 64 $sheets --format xml
}
[ "$(head -c 8 chart.png 2>/dev/null | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] &&
    ok chart-png || bad chart-png "chart.png is not a PNG"

# JSON against the schema, and the schema's strictness (history_mutations.py).
"$ttx" history $sheets --format json > sheets.json 2> /dev/null
check_schema() {
    python3 "$root/tests/support/check_schema.py" "$root/reports/history.schema.json" "$@"
}
check_schema sheets.json plan.json && ok schema || bad schema "see above"
check_schema --mutations "$root/tests/review/history_mutations.py" sheets.json &&
    ok schema-strict || bad schema-strict "see above"

# Printed lines fit 80 display columns (tests/support/display_width.py).
python3 "$root/tests/support/display_width.py" "$tmp"/sheets "$tmp"/plan "$tmp"/one &&
    ok width || bad width "see above"
finish history
