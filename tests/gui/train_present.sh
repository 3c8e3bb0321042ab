#!/usr/bin/env bash
# `ttx train SCENARIO` for real under SDL's dummy driver: a scripted class session — the first
# question, its countdown, hands counted per option, the answer — saves the counts as the CSV
# Excel opens (BOM, CRLF), with the right option marked, and the window's exit statuses hold.
set -u
ttx=$(realpath "$1")
scen=$(realpath "$(dirname "$0")/../../scenarios/ransomware.yaml")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export SDL_VIDEODRIVER=dummy TTX_NOW=2026-12-01T10:00:00+09:00
if ! fc-list :lang=ja file | grep -q .; then echo "skipped: no Japanese font"; exit 77; fi
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL $1"; fail=$((fail + 1)); fi; }
printf 'key enter\nwait 61000\nkey enter\nchar 3\nkey down\nchar 1\nchar 2\nkey down\nchar 1\nkey enter\nkey enter\nquit\n' > s.txt
"$ttx" train "$scen" --script s.txt --seconds 60 -o out > run.out 2>&1
check "exit 0" '[ $? = 0 ]'
csv=out/ransomware-sales-mail-class-2026-12-01.csv
check "CSV written" '[ -f "$csv" ]'
check "BOM" '[ "$(head -c 3 "$csv" | od -An -tx1 | tr -d " ")" = efbbbf ]'
check "CRLF" 'grep -q $'"'"'\r$'"'"' "$csv"'
check "4 option rows of question 1" '[ "$(grep -c "^1," "$csv")" = 4 ]'
check "12 hands on the right option" 'grep -q ",12,○" "$csv"'
cr=$(printf '\r')
check "3 hands on option 1, not right" 'grep -q ",3,$cr\$" "$csv"'
check "no rows for questions not asked" '! grep -q "^2," "$csv"'
"$ttx" train "$scen" --seconds 2 > bad.out 2>&1
check "--seconds range is a usage error (64)" '[ $? = 64 ]'
"$ttx" train "$scen" --score x.csv --fullscreen > bad.out 2>&1
check "window options with --score: 64" '[ $? = 64 ]'
env -u DISPLAY SDL_VIDEODRIVER=x11 "$ttx" train "$scen" > nodisp.out 2>&1
check "no display: 69" '[ $? = 69 ]'
echo "train window: $pass passed, $fail failed"
[ "$fail" = 0 ]
