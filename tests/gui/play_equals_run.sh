#!/usr/bin/env bash
# The GUI records exactly what `ttx run` records: tests/data/record-gui.yaml is entered key by key
# into `ttx play` under SDL's dummy driver (items, roles, missing documents, times, confusion,
# notes typed as IME text, a decision, the incident record, and after the end the review words
# and a rating override), and the sheet rebuilt from the GUI's journal must equal, byte for byte,
# the sheet of `ttx run` on that record — JSON and text, and the files the GUI wrote at the end.
# The two journals differ by design (the GUI journals every keystroke's change, the record
# player one event per fact); what must agree is the state they replay to.
set -u
ttx=$(realpath "$1")
data=$(cd "$(dirname "$0")/../data" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_VIDEODRIVER=dummy TTX_NOW=2026-12-01T09:00:00+09:00
if ! fc-list :lang=ja file | grep -q .; then
    echo "skipped: no Japanese font (apt-get install fonts-ipaexfont-gothic)"; exit 77
fi
plus() { for _ in $(seq "$1"); do echo "char +"; done; }
{
    echo "key enter"                         # start: detect-1 (T+0:00)
    echo "key space"; plus 1                 # P01 done by it at 0:05
    printf 'char m\nchar 2\nchar m\n'        # … 感染兆候チェックリスト missing
    printf 'key enter\ntext 兆候の判断に時間を要した\nkey enter\n'
    printf 'key down\nkey space\nkey space\n' # P02 partial
    printf 'char r\nchar 2\nchar 1\nchar r\n' # … by gm, not it
    plus 12                                  # … at 1:00
    echo "char c"                            # … confused
    printf 'char n\ntext 報告ラインの確認に時間を要した\nkey enter\n'
    echo "key right"                         # report-1 (T+1:00)
    printf 'key space\nchar r\nchar 3\nchar r\n' # P03 done by gm
    plus 6                                   # … at 1:30
    echo "char 1"                            # refuse
    echo "key right"                         # recover-1 (T+24:00)
    printf 'key space\nkey space\nkey space\n' # P04 missed
    printf 'char i\nkey enter\ntext ランサムウェア感染\nkey enter\n'
    printf 'key down\nkey enter\ntext 株式会社サンプル製作所\nkey enter\n'
    printf 'key down\nkey down\nkey enter\ntext 2026-12-01 09:00\nkey enter\nkey escape\n'
    printf 'char e\nchar e\n'                # end → the sheet screen
    printf 'key down\nkey down\nkey down\nkey enter\ntext 社長が支払わない判断を即座に下した\nkey enter\n'
    printf 'key up\nchar c\ntext 取引先への第一報が社長判断待ちで止まった\nkey enter\n'
    echo "char q"
} > "$tmp/record.script"
pass=0 fail=0
same() {
    if cmp -s "$1" "$2"; then pass=$((pass + 1)); else
        echo "FAIL $3"; diff -u "$1" "$2" | head -30; fail=$((fail + 1)); fi
}
cd "$tmp"
"$ttx" run "$data/scenario.yaml" --record "$data/record-gui.yaml" --out run > run.out 2>&1 ||
    { echo "FAIL ttx run"; cat run.out; exit 1; }
"$ttx" play "$data/scenario.yaml" --no-shuffle --journal gui.ttxj --facilitator 高橋 --script record.script \
    > play.out 2>&1 || { echo "FAIL ttx play"; cat play.out; exit 1; }
base=$(ls run/*.ttxj); base=${base%.ttxj}
"$ttx" report gui.ttxj --format json -o report.json && same "$base.json" report.json "sheet JSON from the GUI's journal ≠ run"
"$ttx" report gui.ttxj -o report.txt && same "$base.txt" report.txt "sheet text from the GUI's journal ≠ run"
# The files the GUI itself wrote when the exercise ended (and rewrote after the review).
same "$base.json" gui.json "gui.json written by ttx play ≠ run"
same "$base.txt" gui.txt "gui.txt written by ttx play ≠ run"
echo "play = run: $pass passed, $fail failed"
[ "$fail" = 0 ]
