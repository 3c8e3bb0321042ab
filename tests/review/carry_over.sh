#!/usr/bin/env bash
# The plan carry-over and the feedback forms at the command line: `ttx run --plan` refuses a
# record whose `plan:` entries name no open action of the plan (unknown, already done, twice)
# or that has entries but no --plan; a typo in the entries is a loader error; broken feedback
# CSV files are refused with the cell's row and column heading, FILE: 3行目「f2」 (an answer
# other than 1-5, a row with extra cells, unknown, repeated or missing columns, no respondents);
# nothing is written in any of these cases; --plan with --resume is a usage error; and the
# feedback forms saved as UTF-8 with a BOM or as Shift_JIS read as the plain UTF-8 file.
# usage: carry_over.sh TTX
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/review/lib.sh"
dir=$root/tests/review/carry_over
export TTX_NOW=2026-12-01T09:00:00+09:00
cp -r "$root/tests/data" "$tmp/data"
cp "$dir"/*.yaml "$dir"/*.csv "$tmp/"
cd "$tmp"
"$ttx" plan "$root/tests/golden/example.json" -o plan.yaml 2> /dev/null
cp plan.yaml plan-as-made.yaml
# A02 was done between the drills: it is not shown, so it cannot be confirmed.
python3 - plan.yaml <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
i = t.index("- id: A02\n")
j = t.index("  status: open\n", i)
open(p, "w", encoding="utf-8").write(t[:j] + "  status: done\n" + t[j + len("  status: open\n"):])
PY
case_() { # NAME EXPECTED-RC ARGS...
    local name=$1 want=$2
    shift 2
    transcript "$tmp/$name.out" "$ttx" "$@"
    local rc=$?
    [ "$rc" = "$want" ] && ok "$name" || bad "$name" "exit $rc, expected $want"
    golden "$dir/$name.expected" "$tmp/$name.out" "$name"
}
scen=data/scenario.yaml
case_ plan-unknown 65 run "$scen" --record plan-unknown.yaml --plan plan.yaml --out out
case_ plan-needs-plan 65 run "$scen" --record data/record-plan.yaml --out out
case_ plan-typo 65 run "$scen" --record plan-typo.yaml --plan plan.yaml --out out
case_ plan-not-a-plan 65 run "$scen" --record data/record-plan.yaml --plan data/record.yaml --out out
case_ feedback-bad 65 run "$scen" --record data/record.yaml --feedback feedback-bad.csv --out out
case_ feedback-columns 65 run "$scen" --record data/record.yaml --feedback feedback-columns.csv --out out
case_ feedback-empty 65 run "$scen" --record data/record.yaml --feedback feedback-empty.csv --out out
case_ feedback-missing 66 run "$scen" --record data/record.yaml --feedback nothing.csv --out out
# the answer 6 is in row 3, the file's fourth line: a comment above spans two lines
case_ feedback-multiline 65 run "$scen" --record data/record.yaml \
    --feedback feedback-multiline.csv --out out
case_ play-resume-plan 64 play --resume x.ttxj --plan plan.yaml
[ ! -e out ] && ok nothing-written || bad nothing-written "a refused run wrote $(ls out)"
# The feedback forms as Excel saves them — "CSV UTF-8" with a BOM and CRLF, and plain "CSV",
# which is Shift_JIS (iconv -t CP932 of data/feedback.csv) — give the same sheet as the UTF-8 file.
"$ttx" run "$scen" --record data/record.yaml --feedback data/feedback.csv --out fb > /dev/null 2>&1
for f in feedback-bom.csv feedback-sjis.csv; do
    if "$ttx" run "$scen" --record data/record.yaml --feedback "$f" --out "fb-$f" > /dev/null \
        2>&1 &&
        cmp -s fb/*.json "fb-$f"/*.json && cmp -s fb/*.txt "fb-$f"/*.txt; then ok "$f"; else
        bad "$f" "the sheet differs from the one with data/feedback.csv"; fi
done
# The good case: the open actions shown, the confirmations in the journal, `ttx report` the same.
if "$ttx" run "$scen" --record data/record-plan.yaml --plan plan-as-made.yaml --out good > good.txt 2> /dev/null &&
    grep -q '"type":"plan_confirm"' good/*.ttxj && [ "$(grep -c '"type":"plan_action"' good/*.ttxj)" = 4 ] &&
    "$ttx" report good/*.ttxj --format md | grep -q '^## 前回の改善計画の確認$' &&
    "$ttx" report good/*.ttxj --format csv | grep -q '前回の改善計画の確認'; then
    ok good
else
    bad good "the plan's actions or confirmations are missing"
fi
finish carry_over
