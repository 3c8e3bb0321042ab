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

# JSON against the schema, and the schema's strictness.
"$ttx" history $sheets --format json > sheets.json 2> /dev/null
python3 - "$root/reports/history.schema.json" sheets.json plan.json <<'PY' && ok schema || bad schema "see above"
import copy, json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    doc = json.load(open(path, encoding="utf-8"))
    for e in v.iter_errors(doc):
        print(f"{path}: {list(e.absolute_path)}: {e.message}")
        failed += 1
good = json.load(open(sys.argv[2], encoding="utf-8"))
def breaks(f):
    d = copy.deepcopy(good)
    f(d)
    return d
mutations = {
    "fractional score": lambda d: d["steps"][0]["points"][0].__setitem__("score", 71.5),
    "unknown trend": lambda d: d["steps"][0].__setitem__("trend", "better"),
    "extra key": lambda d: d["actions"].__setitem__("extra", 1),
    "missing key": lambda d: d["exercises"][0].pop("sheet"),
    "steps out of order": lambda d: d["steps"].reverse(),
    "bad date": lambda d: d["exercises"][0].__setitem__("date", "2026/06/10"),
    "unknown source": lambda d: d["actions"].__setitem__("source", "guess"),
    "negative count": lambda d: d["actions"].__setitem__("overdue", -1),
}
for what, f in mutations.items():
    if not list(v.iter_errors(breaks(f))):
        print(f"the schema accepts a history with a {what}")
        failed += 1
sys.exit(1 if failed else 0)
PY

# Printed lines fit 80 display columns (tests/support/display_width.py).
python3 "$root/tests/support/display_width.py" "$tmp"/sheets "$tmp"/plan "$tmp"/one &&
    ok width || bad width "see above"
finish history
