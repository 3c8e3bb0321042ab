#!/usr/bin/env bash
# `ttx report --format md|csv`: the example record and the bundled ransomware record are played
# with `ttx run` at a fixed time; the Markdown and CSV sheets `ttx report` builds from the
# journals equal the goldens in tests/review/report/. The CSV is what Excel needs: a UTF-8 BOM,
# CRLF after every record (a line break inside a quoted cell stays LF), RFC 4180 quoting, the
# documented blocks (8 review rows of 9 cells); the Markdown's tables are rectangular.
# usage: report_formats.sh TTX
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/review/lib.sh"
dir=$root/tests/review/report
export TTX_NOW=2026-12-01T09:00:00+09:00
cd "$root"
for rec in tests/data/record.yaml scenarios/records/ransomware.yaml; do
    name=$(basename "$rec" .yaml)
    [ "$rec" = tests/data/record.yaml ] && name=example
    scen=$(dirname "$rec")/$(sed -n 's/^scenario: *//p' "$rec")
    if ! "$ttx" run "$scen" --record "$rec" --out "$tmp/$name" > /dev/null 2> "$tmp/err"; then
        bad "$name" "ttx run failed"; cat "$tmp/err"; continue
    fi
    journal=$(ls "$tmp/$name"/*.ttxj)
    "$ttx" report "$journal" --format md -o "$tmp/$name.md" && ok "$name md" || bad "$name" "md"
    "$ttx" report "$journal" --format csv > "$tmp/$name.csv" && ok "$name csv" || bad "$name" "csv"
    golden "$dir/$name.md" "$tmp/$name.md" "$name.md"
    golden "$dir/$name.csv" "$tmp/$name.csv" "$name.csv"
    python3 - "$tmp/$name.csv" "$tmp/$name.md" <<'PY' && ok "$name shape" || bad "$name" "shape (see above)"
import csv, io, re, sys
raw = open(sys.argv[1], "rb").read()
problems = []
if not raw.startswith(b"\xef\xbb\xbf"):
    problems.append("no BOM")
text = raw[3:].decode("utf-8")
quoted = False
for i, c in enumerate(text):  # CRLF ends records; LF alone only inside quotes
    if c == '"':
        quoted = not quoted
    elif c == "\n" and not quoted and (i == 0 or text[i - 1] != "\r"):
        problems.append(f"bare LF at {i}")
        break
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
blocks = [r[0] for r in rows if len(r) == 1 and r[0].startswith("【")]
want = ["【概要】", "【ステップ別の評価】", "【レビュー項目】", "【課題点および改善点】",
        "【次回演習に向けたアクションアイテム】", "【意思決定】", "【手順項目ごとの実施状況】",
        "【演習中のメモ】", "【インシデント対応時に整理しておくべき事項】"]
if blocks != want:
    problems.append(f"blocks {blocks}")
at = rows.index(["【レビュー項目】"])
review = rows[at + 2:at + 10]
if [r[1] for r in review] != ["objectives", "understanding", "coordination", "leadership",
                              "recording", "issues", "actions", "overall"] or \
        any(len(r) != 9 for r in review):
    problems.append("review block")
md = open(sys.argv[2], encoding="utf-8").read()
width = None
for line in md.split("\n"):
    if line.startswith("|"):
        n = len(re.findall(r"(?<!\\)\|", line))
        width = width or n
        if n != width:
            problems.append(f"ragged table row: {line}")
    else:
        width = None
if problems:
    print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
done
transcript "$tmp/bad-format" "$ttx" report x.ttxj --format pdf
golden "$dir/bad-format.expected" "$tmp/bad-format" bad-format
finish "report formats"
