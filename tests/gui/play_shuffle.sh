#!/usr/bin/env bash
# The order of a decision's options, as a facilitator meets it in `ttx play` (dummy driver,
# scripted keys): by default each drill shuffles it, so pressing 1 does not always choose the
# authored first (good) option; the seed is in the journal's start event, so --resume keeps the
# order and `ttx report` rebuilds the sheet the window wrote; --no-shuffle keeps the authored
# order and writes no seed; a bad --option-seed is a usage error.
set -u
ttx=$1
data=$(cd "$(dirname "$0")/../data" && pwd)
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

# Start (Enter presents detect-1), go to report-1 (its decision: refuse — good, written first —
# or pay), press 1, end.
cat > choose.script <<'EOF2'
key enter
key right
char 1
char e
key enter
wait 1000
char q
EOF2
printf 'key enter\nkey right\nquit\n' > start.script
printf 'char 1\nchar e\nkey enter\nwait 1000\nchar q\n' > rest.script
chosen() { sed -n 's/.*"type":"decision".*"option":"\([^"]*\)".*/\1/p' "$1"; }
seed_of() { sed -n '1,3s/.*"type":"start".*"option_seed":\([0-9]*\).*/\1/p' "$1"; }

# Without options: every drill a new seed; over a dozen drills both options come first.
seen=""
for i in $(seq 12); do
    "$ttx" play "$data/scenario.yaml" --journal "r$i.ttxj" --script choose.script > /dev/null 2>&1 ||
        bad "ttx play $i failed"
    seen="$seen $(chosen "r$i.ttxj")"
done
case "$seen" in *refuse*) ok ;; *) bad "1 never chose refuse:$seen" ;; esac
case "$seen" in *pay*) ok ;; *) bad "1 never chose pay (the authored order every time):$seen" ;; esac
[ -n "$(seed_of r1.ttxj)" ] && ok || bad "the start event has no option_seed"

# --no-shuffle: the authored order, no seed in the journal.
"$ttx" play "$data/scenario.yaml" --no-shuffle --journal plain.ttxj --script choose.script \
    > /dev/null 2>&1
[ "$(chosen plain.ttxj)" = refuse ] && ok || bad "--no-shuffle: 1 chose $(chosen plain.ttxj)"
[ -z "$(seed_of plain.ttxj)" ] && ok || bad "--no-shuffle wrote a seed"

# A fixed seed: the same choice every time; --resume keeps the journal's order.
for seed in 1 2 3 4 5 6 7 8; do
    "$ttx" play "$data/scenario.yaml" --option-seed "$seed" --journal "s$seed.ttxj" \
        --script choose.script > /dev/null 2>&1
    "$ttx" play "$data/scenario.yaml" --option-seed "$seed" --journal "t$seed.ttxj" \
        --script choose.script > /dev/null 2>&1
    [ "$(chosen "s$seed.ttxj")" = "$(chosen "t$seed.ttxj")" ] && ok ||
        bad "seed $seed chose differently twice"
    [ "$(seed_of "s$seed.ttxj")" = "$seed" ] && ok || bad "seed $seed not in the journal"
    # Stop after the start, resume (with a new random seed offered, which must not win).
    "$ttx" play "$data/scenario.yaml" --option-seed "$seed" --journal "u$seed.ttxj" \
        --script start.script > /dev/null 2>&1
    "$ttx" play --resume "u$seed.ttxj" --script rest.script > /dev/null 2>&1 ||
        bad "resume $seed failed"
    [ "$(chosen "u$seed.ttxj")" = "$(chosen "s$seed.ttxj")" ] && ok ||
        bad "seed $seed: resumed drill chose $(chosen "u$seed.ttxj"), not $(chosen "s$seed.ttxj")"
    # The sheet the window wrote is the sheet the journal replays to.
    "$ttx" report "s$seed.ttxj" --format json > "report$seed.json" 2> /dev/null
    cmp -s "report$seed.json" "s$seed.json" && ok || bad "seed $seed: report ≠ the window's sheet"
done

for arg in 0 -1 4294967296 x 12x; do
    "$ttx" play "$data/scenario.yaml" --option-seed "$arg" > out.txt 2>&1
    [ $? = 64 ] && ok || bad "--option-seed $arg is not a usage error"
done
"$ttx" play "$data/scenario.yaml" --no-shuffle --option-seed 3 > /dev/null 2>&1
[ $? = 64 ] && ok || bad "--no-shuffle with --option-seed is not a usage error"
echo "play shuffle: $pass passed, $fail failed"
[ "$fail" = 0 ]
