#!/usr/bin/env bash
# `ttx play` for real under SDL's dummy driver (STYLE.md layer 6): a scripted exercise starts,
# presents injects, records a decision and a note typed as committed IME text, ends, and quits;
# it leaves a journal that `ttx report` reads, the sheet files, a screenshot named by the clock
# and the final frame. Then --resume continues that journal, and the failures a facilitator can
# meet give their exit statuses before any file is created: no display 69, unreadable font or
# script 66, bad script 65, existing journal 73.
set -u
ttx=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export SDL_VIDEODRIVER=dummy TTX_NOW=2026-12-01T09:00:00+09:00
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

if ! fc-list :lang=ja file | grep -q .; then
    echo "skipped: no Japanese font (apt-get install fonts-ipaexfont-gothic)"; exit 77
fi

cat > play.script <<'EOF'
# start, first inject, a note, the next inject, a decision, a screenshot, the end, quit
key enter
wait 30000
char n
text 山田が対応
key enter
key right
wait 120000
key right
char 1
char s
key right
char e
key enter
wait 1000
char q
EOF
"$ttx" play --script play.script --screenshot final.png --facilitator 佐藤 > out.txt 2>&1
rc=$?
journal=$(ls ./*.ttxj 2>/dev/null | head -1)
[ "$rc" = 0 ] && ok || { bad "play exited $rc"; cat out.txt; }
[ -n "$journal" ] && ok || bad "no journal written"
base=${journal%.ttxj}
[ -f "$base.json" ] && [ -f "$base.txt" ] && ok || bad "sheet files missing beside $journal"
grep -q '"type":"note".*山田が対応' "$journal" && ok || bad "the typed note is not in the journal"
grep -q '"type":"decision"' "$journal" && ok || bad "no decision in the journal"
grep -q '"type":"end"' "$journal" && ok || bad "the end is not in the journal"
grep -q '"facilitator":"佐藤"' "$journal" && ok || bad "--facilitator not in the header"
[ -f ttx-20261201-090230.png ] && ok || { bad "no screenshot ttx-20261201-090230.png"; ls; }
head -c 8 final.png | od -An -c | grep -q 'P   N   G' && ok || bad "final.png is not a PNG"
"$ttx" report "$journal" > report.txt 2>&1 && ok || { bad "ttx report failed"; cat report.txt; }
cmp -s report.txt "$base.txt" && ok || bad "ttx report differs from the sheet play wrote"

# Resume: the journal goes on from where it stopped (here: the sheet screen), and only grows.
before=$(wc -l < "$journal")
printf 'key down\nchar q\n' > resume.script
"$ttx" play --resume "$journal" --script resume.script > resume.txt 2>&1 && ok \
    || { bad "resume failed"; cat resume.txt; }
grep -q "resuming $journal after $((before - 1)) events" resume.txt && ok \
    || { bad "resume did not replay $((before - 1)) events"; cat resume.txt; }
[ "$(wc -l < "$journal")" -ge "$before" ] && ok || bad "resume shrank the journal"

# Failures: each exits with its status and creates no journal.
runner=()
expect() { # name want-rc pattern -- args...
    local name=$1 want=$2 pattern=$3
    shift 4
    rm -rf fail && mkdir fail
    local out rc
    out=$(cd fail && "${runner[@]}" "$ttx" play "$@" 2>&1)
    rc=$?
    if [ "$rc" != "$want" ]; then bad "$name: exit $rc, want $want: $out"; return; fi
    if ! printf '%s\n' "$out" | grep -q -- "$pattern"; then
        bad "$name: no /$pattern/: $out"; return
    fi
    if ls fail/*.ttxj > /dev/null 2>&1; then bad "$name: a journal was created"; return; fi
    ok
}
printf 'key enter\nfrobnicate\n' > bad.script
runner=(env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11)
expect no-display 69 "cannot open a display" -- --script "$tmp/play.script"
runner=()
expect bad-script 65 "bad.script:2: error: unknown step" -- --script "$tmp/bad.script"
expect no-script 66 "cannot read the script" -- --script "$tmp/none.script"
expect no-font 66 "cannot read the font file" -- --font "$tmp/none.ttf"
expect bad-font 66 "cannot open the font" -- --font "$tmp/bad.script"
expect usage 64 "unknown option" -- --frob
expect resume-with-scenario 64 "give no SCENARIO" -- x.yaml --resume "$journal"
expect missing-scenario 66 "cannot read" -- "$tmp/none.yaml"
printf 'char q\n' > q.script
(cd fail && "$ttx" play --journal taken.ttxj --script "$tmp/q.script" > /dev/null 2>&1)
out=$(cd fail && "$ttx" play --journal taken.ttxj --script "$tmp/q.script" 2>&1)
[ $? = 73 ] && printf '%s' "$out" | grep -q -- "--resume" && ok \
    || bad "an existing --journal: want 73 and a hint to --resume: $out"
# Without --journal a second play beside the first gets <id>-<date>-2.ttxj (as ttx run does).
first=$(basename "$journal" .ttxj)
mkdir named
(cd named && "$ttx" play --script "$tmp/q.script" && "$ttx" play --script "$tmp/q.script") \
    > /dev/null 2>&1
[ "$(ls named/*.ttxj | xargs -n1 basename | tr '\n' ' ')" = "$first-2.ttxj $first.ttxj " ] && ok \
    || { bad "a second play did not get $first-2.ttxj"; ls named; }

echo "gui play smoke: $pass passed, $fail failed"
[ "$fail" = 0 ]
