#!/usr/bin/env bash
# CSV as an office suite saves it, read back through ttx: the class's answers and アンケート (the
# table the printed test's key describes: 氏名, 所属, 問1 …), the feedback forms and the MSEL are
# each opened as a workbook (.xlsx, every column text, as a trainer types them) and saved again
# with LibreOffice's CSV filter as Excel would save them: "CSV UTF-8 (コンマ区切り)" (UTF-8, also
# with Excel's BOM) and plain "CSV (コンマ区切り)", which on Japanese Windows is Shift_JIS (CP932,
# LibreOffice's charset 60, "Japanese (Windows-932)"). Every copy must give byte for byte the
# outputs the committed goldens hold for the original files: the 受講記録, the sheet with
# feedback, the imported scenario.
# usage: office_csv.sh TTX. Skips (77) when soffice (libreoffice-calc-nogui) is not installed.
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v soffice > /dev/null; then
    echo "skipped: no soffice (apt-get install libreoffice-calc-nogui)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
same() { # name expected actual
    if cmp -s "$2" "$3"; then ok; else
        bad "$1: $3 differs from $2"
        diff -u "$2" "$3" | head -20
    fi
}
# A profile of its own, so that nothing of the user's or of a parallel run is used or changed.
office() {
    soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore "$@" \
        > "$tmp/office.log" 2>&1 || { cat "$tmp/office.log"; return 1; }
}

mkdir -p "$tmp/src" "$tmp/book"
cp "$root/tests/train/answers.csv" "$root/tests/train/survey.csv" "$root/tests/data/feedback.csv" \
    "$root/tests/review/msel/excel.csv" "$tmp/src/"
# CSV import: comma, quote, UTF-8, from line 1, and columns 1-40 as text (2), so that 1;2 or
# 0:00:00 stay what the trainer typed.
text=$(for i in $(seq 1 40); do printf '%d/2/' "$i"; done)
office --infilter="CSV:44,34,76,1,${text%/}" --convert-to xlsx --outdir "$tmp/book" "$tmp"/src/*.csv
for f in answers survey feedback excel; do
    [ -s "$tmp/book/$f.xlsx" ] && ok || bad "$f.xlsx was not made"
done
mkdir -p "$tmp/utf8" "$tmp/bom" "$tmp/sjis"
csv='csv:Text - txt - csv (StarCalc)' # CSV export: comma, quote, then the charset
office --convert-to "$csv:44,34,76" --outdir "$tmp/utf8" "$tmp"/book/*.xlsx
office --convert-to "$csv:44,34,60" --outdir "$tmp/sjis" "$tmp"/book/*.xlsx
for f in "$tmp"/utf8/*.csv; do
    printf '\xef\xbb\xbf' | cat - "$f" > "$tmp/bom/$(basename "$f")"
done
# The Shift_JIS copies are Shift_JIS (not UTF-8) and hold the same text as the UTF-8 ones.
for f in "$tmp"/sjis/*.csv; do
    u=$tmp/utf8/$(basename "$f")
    if ! iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 &&
        cmp -s <(iconv -f CP932 -t UTF-8 "$f") "$u"; then ok; else
        bad "$f is not the Shift_JIS of $u"
    fi
done

for enc in utf8 bom sjis; do
    d=$tmp/$enc
    # the trainer: the 受講記録 of the golden class, and no other warning than the golden one
    if "$ttx" train "$root/scenarios/ransomware.yaml" --score "$d/answers.csv" \
        --survey "$d/survey.csv" -o "$d/record" > /dev/null 2> "$d/train.err"; then
        base=$d/record/ransomware-sales-mail-training-2026-12-01
        same "$enc record json" "$root/tests/train/golden/ransomware-training.json" "$base.json"
        same "$enc record text" "$root/tests/train/golden/ransomware-training.txt" "$base.txt"
        grep -v '^ttx train: wrote ' "$d/train.err" | sed "s|^$d/|tests/train/|" > "$d/warnings"
        same "$enc warnings" "$root/tests/train/golden/ransomware-training.stderr" "$d/warnings"
    else
        bad "$enc: ttx train --score failed"
        cat "$d/train.err"
    fi
    # the feedback forms: the golden sheet with feedback
    if "$ttx" run "$root/tests/data/scenario.yaml" --record "$root/tests/data/record.yaml" \
        --feedback "$d/feedback.csv" --out "$d/run" > /dev/null 2> "$d/run.err"; then
        same "$enc feedback sheet" "$root/tests/golden/feedback-example.json" \
            "$d/run/example-ransomware-2026-12-01.json"
    else
        bad "$enc: ttx run --feedback failed"
        cat "$d/run.err"
    fi
    # the MSEL: the golden scenario
    cp "$root/tests/data/procedure.yaml" "$d/"
    if (cd "$d" && "$ttx" msel import excel.csv --procedure procedure.yaml -o excel.yaml \
        2> msel.err); then
        same "$enc msel" "$root/tests/review/msel/excel.yaml" "$d/excel.yaml"
    else
        bad "$enc: ttx msel import failed"
        cat "$d/msel.err"
    fi
done
echo "office_csv: $pass passed, $fail failed"
[ "$fail" = 0 ]
