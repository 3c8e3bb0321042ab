#!/usr/bin/env bash
# Golden sheets: each example record is played with `ttx run` at a fixed wall-clock time, and the
# JSON and text sheets must equal the committed ones byte for byte. Then `ttx report` on the
# journal alone must give the same two sheets, and every JSON sheet must validate against
# reports/sheet.schema.json. TTX_REBASELINE=1 rewrites the goldens (review the diff).
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
golden=$root/tests/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00
pass=0 fail=0
check() { # name expected actual
    if [ "${TTX_REBASELINE:-}" = 1 ] && [ "$1" = golden ]; then cp "$3" "$2"; fi
    if cmp -s "$2" "$3"; then pass=$((pass + 1)); else
        echo "FAIL $4: $3 differs from $2"; diff -u "$2" "$3" | head -20; fail=$((fail + 1)); fi
}
# ran WHAT CMD...: runs CMD (its stdout where the caller sends it). A command that fails is a
# failure of WHAT, shown with its stderr, and returns 1 so the comparison after it is skipped:
# a test whose command fails must fail, not pass by comparing nothing.
ran() {
    local what=$1 rc=0
    shift
    "$@" 2> "$tmp/ran.stderr" || rc=$?
    if [ "$rc" != 0 ]; then
        echo "FAIL $what: $* exited $rc" >&2
        cat "$tmp/ran.stderr" >&2
        fail=$((fail + 1))
        return 1
    fi
}
# sheet NAME RECORD [ARGS...]: ttx run of RECORD (with ARGS) against the goldens NAME.json/.txt
sheet() {
    local name=$1 rec=$2
    shift 2
    local scen out base
    scen=$(sed -n 's/^scenario: *//p' "$rec")
    scen=$(dirname "$rec")/$scen
    out=$tmp/$name
    if ! "$ttx" run "$scen" --record "$rec" --out "$out" "$@" > "$tmp/$name.stdout" 2> "$tmp/$name.stderr"; then
        echo "FAIL $name: ttx run failed"; cat "$tmp/$name.stderr"; fail=$((fail + 1)); return
    fi
    base=$(ls "$out"/*.ttxj | head -1); base=${base%.ttxj}
    check golden "$golden/$name.json" "$base.json" "$name json"
    check golden "$golden/$name.txt" "$base.txt" "$name text"
    check same "$base.txt" "$tmp/$name.stdout" "$name: printed sheet = written sheet"
    case $name in
    plan-example | feedback-example) # the new sections in Markdown and CSV too
        ran "$name md" "$ttx" report "$base.ttxj" --format md -o "$tmp/$name.md" &&
            check golden "$golden/$name.md" "$tmp/$name.md" "$name md"
        ran "$name csv" "$ttx" report "$base.ttxj" --format csv -o "$tmp/$name.csv" &&
            check golden "$golden/$name.csv" "$tmp/$name.csv" "$name csv" ;;
    esac
    ran "$name: report json" "$ttx" report "$base.ttxj" --format json \
        -o "$tmp/$name.report.json" &&
        check same "$base.json" "$tmp/$name.report.json" "$name: report json = run json"
    ran "$name: report text" "$ttx" report "$base.ttxj" > "$tmp/$name.report.txt" &&
        check same "$base.txt" "$tmp/$name.report.txt" "$name: report text = run text"
    if python3 "$root/tests/support/check_schema.py" "$root/reports/sheet.schema.json" "$base.json"
    then pass=$((pass + 1)); else
        echo "FAIL $name: JSON sheet does not validate against the schema"; fail=$((fail + 1)); fi
    # Every printed line fits 80 display columns (tests/support/display_width.py).
    if python3 "$root/tests/support/display_width.py" "$base.txt"
    then pass=$((pass + 1)); else echo "FAIL $name: text lines over 80 columns"; fail=$((fail + 1)); fi
}
cd "$root"
for rec in tests/data/record.yaml scenarios/records/*.yaml; do
    name=$(basename "$rec" .yaml)
    [ "$rec" = tests/data/record.yaml ] && name=example
    sheet "$name" "$rec"
done
# The plan loop: a plan made by `ttx plan` from the example's golden sheet is carried into the
# next drill (`ttx run --plan`) with a record that confirms one of its actions as done; and the
# participants' feedback forms read from CSV. Only these two goldens have the extra sections.
ran "ttx plan" "$ttx" plan "$golden/example.json" -o "$tmp/plan.yaml"
sheet plan-example tests/data/record-plan.yaml --plan "$tmp/plan.yaml"
sheet feedback-example tests/data/record.yaml --feedback tests/data/feedback.csv
# The timeline figure for the written report: a PNG, and with --timeline alone no sheet printed.
base=$(ls "$tmp"/example/*.ttxj | head -1)
if "$ttx" report "$base" --timeline "$tmp/timeline.png" > "$tmp/timeline.out" 2>/dev/null &&
    [ "$(head -c 8 "$tmp/timeline.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] &&
    [ ! -s "$tmp/timeline.out" ]; then pass=$((pass + 1)); else
    echo "FAIL: ttx report --timeline"; fail=$((fail + 1)); fi
ran "--timeline with --format json" "$ttx" report "$base" --timeline "$tmp/t2.png" \
    --format json > "$tmp/t2.json" &&
    check same "$tmp/example/$(basename "$base" .ttxj).json" "$tmp/t2.json" \
        "--timeline with --format json"

# A second run never overwrites the first journal.
rec=tests/data/record.yaml
for run in first second; do
    ran "a $run run" "$ttx" run tests/data/scenario.yaml --record "$rec" --out "$tmp/again" \
        > /dev/null
done
if [ "$(ls "$tmp/again"/*.ttxj | wc -l)" = 2 ]; then pass=$((pass + 1)); else
    echo "FAIL: a second run did not get its own journal"; fail=$((fail + 1)); fi
echo "golden sheets: $pass passed, $fail failed"
[ "$fail" = 0 ]
