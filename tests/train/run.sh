#!/usr/bin/env bash
# The trainer mode end to end (`ttx train`), from tests/train:
#  1. CSV corpus: every csv/NAME.csv is scored against mini.yaml and every survey/NAME.csv is
#     read with survey/answers.csv; NAME.expected holds the exit status, the exact diagnostics
#     and, when scoring succeeded, what was read (participants, or ratings and comments). A
#     failed run must write nothing. The Shift_JIS twins (NAME-sjis.csv) read as their originals.
#  2. Golden 受講記録: answers.csv and survey.csv (12 participants, as Excel saves them) scored
#     against the bundled ransomware scenario; JSON and text byte for byte, the printed text the
#     same as the written one, the JSON valid against reports/training.schema.json (and the
#     schema strict: training_mutations.py), every line within 80 display columns.
#  3. Golden printed test and answer key (text and Markdown) of the bundled ransomware
#     scenario; the other bundled scenarios print within 80 columns.
#  4. The command line: usage errors, missing input, nothing to ask, unwritable output, and
#     the presentation window without a display (69).
# TTX_REBASELINE=1 rewrites the golden and expected files (review the diff before committing).
set -u
ttx=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # the script changes folders
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
same() { # name expected actual
    if [ "${TTX_REBASELINE:-}" = 1 ]; then cp "$3" "$2"; fi
    if cmp -s "$2" "$3"; then ok; else bad "$1: differs from $2"; diff -u "$2" "$3" | head -20; fi
}
# Every line within 80 display columns (East Asian wide, fullwidth and ambiguous count two, as
# Japanese fonts draw them: tests/support/display_width.py) and no control character but a
# form feed.
fits() { # name file...
    local name=$1
    shift
    if python3 "$root/tests/support/display_width.py" --form-feed "$@"
    then ok; else bad "$name: lines over 80 columns"; fi
}
cd "$here" || exit 1

# ---- 1. the CSV corpus ----------------------------------------------------------------------
run_case() { # expected-file participants|survey ttx-args...
    local expected=$1 kind=$2
    shift 2
    local out
    out=$tmp/out-$(basename "$expected" .expected)
    "$ttx" train mini.yaml "$@" -o "$out" > /dev/null 2> "$tmp/stderr"
    local rc=$?
    {
        echo "exit $rc"
        grep -v '^ttx train: wrote ' "$tmp/stderr"
        if [ "$rc" = 0 ]; then python3 summary.py "$kind" "$out"/*.json; fi
    } > "$tmp/actual"
    same "$expected" "$expected" "$tmp/actual"
    if [ "$rc" != 0 ] && [ -n "$(ls -A "$out" 2> /dev/null)" ]; then
        bad "$expected: a failed run wrote files"
    fi
}
for f in csv/*.csv; do
    run_case "${f%.csv}.expected" participants --score "$f"
done
for f in survey/*.csv; do
    [ "$f" = survey/answers.csv ] && continue
    run_case "${f%.csv}.expected" survey --score survey/answers.csv --survey "$f"
done
# Excel's plain "CSV (コンマ区切り)" is Shift_JIS (CP932): each NAME-sjis.csv is NAME.csv through
# iconv -f UTF-8 -t CP932 (without the BOM), is not UTF-8, and reads exactly as its twin.
for f in csv/*-sjis.csv survey/*-sjis.csv; do
    twin=${f%-sjis.csv}.csv
    if ! iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 &&
        cmp -s <(iconv -f CP932 -t UTF-8 "$f") <(sed '1s/^\xEF\xBB\xBF//' "$twin") &&
        cmp -s <(sed "s|^$f:|X:|" "${f%.csv}.expected") \
            <(sed "s|^$twin:|X:|" "${twin%.csv}.expected")
    then ok; else bad "$f: not read as its UTF-8 twin $twin"; fi
done

# ---- 2. the golden 受講記録 -------------------------------------------------------------------
cd "$root" || exit 1
out=$tmp/record
if "$ttx" train scenarios/ransomware.yaml --score tests/train/answers.csv \
        --survey tests/train/survey.csv -o "$out" > "$tmp/record.stdout" 2> "$tmp/record.stderr"; then
    base=$out/ransomware-sales-mail-training-2026-12-01
    same "record json" tests/train/golden/ransomware-training.json "$base.json"
    same "record text" tests/train/golden/ransomware-training.txt "$base.txt"
    grep -v '^ttx train: wrote ' "$tmp/record.stderr" > "$tmp/record.warnings"
    same "record warnings" tests/train/golden/ransomware-training.stderr "$tmp/record.warnings"
    if cmp -s "$base.txt" "$tmp/record.stdout"; then ok; else bad "printed record != written"; fi
    schema=reports/training.schema.json
    if python3 tests/support/check_schema.py "$schema" "$base.json"; then ok; else
        bad "record schema"; fi
    if python3 tests/support/check_schema.py "$schema" \
            --mutations tests/train/training_mutations.py "$base.json"; then ok; else
        bad "the schema accepts broken records"; fi
    fits "record text" "$base.txt"
else
    bad "ttx train --score failed"; cat "$tmp/record.stderr"
fi

# ---- 3. the printed test and key ------------------------------------------------------------
for ext in txt md; do
    format=text
    [ "$ext" = md ] && format=md
    if "$ttx" train scenarios/ransomware.yaml --print-test --format "$format" \
            -o "$tmp/test.$ext" 2> /dev/null; then
        same "test $ext" "tests/train/golden/ransomware-test.$ext" "$tmp/test.$ext"
        same "key $ext" "tests/train/golden/ransomware-test-answers.$ext" "$tmp/test-answers.$ext"
        if grep -qE '正解 [0-9]|解説' "$tmp/test.$ext"; then bad "the $ext test shows answers"; else ok; fi
    else
        bad "ttx train --print-test --format $format failed"
    fi
    "$ttx" train scenarios/ransomware.yaml --print-test --format "$format" > "$tmp/both.$ext"
    if [ "$format" = md ]; then
        printf '\n<div style="page-break-after: always"></div>\n\n' > "$tmp/break"
    else
        printf '\f\n' > "$tmp/break"
    fi
    cat "$tmp/test.$ext" "$tmp/break" "$tmp/test-answers.$ext" > "$tmp/joined.$ext"
    if cmp -s "$tmp/joined.$ext" "$tmp/both.$ext"; then ok; else
        bad "stdout is not test + page break + key ($ext)"; fi
done
fits "printed test" "$tmp/test.txt" "$tmp/test-answers.txt"
for s in scenarios/*.yaml; do
    n=$(basename "$s" .yaml)
    if "$ttx" train "$s" --print-test > "$tmp/$n.txt" 2> /dev/null; then ok; else
        bad "$s: --print-test failed"; fi
    fits "$n test" "$tmp/$n.txt"
done

# ---- 4. the command line --------------------------------------------------------------------
expect() { # name want-rc pattern -- args...
    local name=$1 want=$2 pattern=$3
    shift 4
    local got rc
    got=$("$ttx" "$@" 2>&1)
    rc=$?
    if [ "$rc" != "$want" ]; then bad "$name: exit $rc, expected $want"; printf '%s\n' "$got" | head -3
    elif ! printf '%s\n' "$got" | grep -qE -- "$pattern"; then bad "$name: no /$pattern/"
    else ok; fi
}
t=tests/train
touch "$tmp/a-file"
expect help 0 '^usage: ttx train SCENARIO --print-test' -- train --help
expect overview 0 '^  train ' -- help
expect no-scenario 64 'no SCENARIO given' -- train
expect both 64 'two separate runs' -- train $t/mini.yaml --print-test --score x.csv
expect bad-format 64 "unknown format 'pdf'; expected text or md" -- train $t/mini.yaml --print-test --format pdf
expect format-alone 64 -- '--format goes with --print-test' -- train $t/mini.yaml --format md
expect survey-alone 64 -- '--survey goes with --score' -- train $t/mini.yaml --survey s.csv
expect bad-date 64 "--date '12/1' is not a date" -- train $t/mini.yaml --score $t/csv/ids.csv --date 12/1
# Without an option it is the presentation window: with no display that is exit 69 and a message
# (tests/gui/train_present.sh runs the window itself under the dummy driver).
got=$(env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11 timeout 20 "$ttx" train $t/mini.yaml 2>&1)
rc=$?
if [ "$rc" = 69 ] && printf '%s\n' "$got" | grep -q '^ttx train: '; then ok; else
    bad "present without a display: exit $rc, expected 69"; printf '%s\n' "$got" | head -3; fi
expect no-answers-file 66 'none.csv:1:1: error: cannot read this file' -- train $t/mini.yaml --score "$tmp/none.csv"
expect no-scenario-file 66 'cannot read this file' -- train "$tmp/none.yaml" --print-test
expect not-a-scenario 65 'error' -- train tests/data/procedure.yaml --print-test
expect nothing-to-ask 65 'has no quiz and no decision with a good option' -- train $t/no-questions.yaml --print-test
expect out-is-file 73 "is not a folder" -- train $t/mini.yaml --score $t/csv/ids.csv -o "$tmp/a-file"
expect test-unwritable 73 "cannot" -- train $t/mini.yaml --print-test -o "$tmp/a-file/test.txt"

echo "train: $pass passed, $fail failed"
[ "$fail" = 0 ]
