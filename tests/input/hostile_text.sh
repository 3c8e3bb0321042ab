#!/usr/bin/env bash
# Scenario text that tries to drive the terminal — a title with ESC [2J (clear the screen) and
# OSC 0 … BEL (retitle the window), a C1 CSI, a file name with an escape in it — printed by
# `ttx list` and `ttx validate`: what reaches the terminal carries no control character (tab and
# line feed aside), and validate names each one as an error with its position.
set -u
ttx=$(realpath "$1")
data=$(cd "$(dirname "$0")/../data" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
mkdir hostile
cp "$data/procedure.yaml" hostile/
sed -e 's/^title: .*/title: "題名\\e[2J\\e]0;pwned\\a\\u009b31m"/' "$data/scenario.yaml" \
    > "hostile/scenario.yaml"
cp hostile/scenario.yaml "hostile/$(printf 'name\033[2J')".yaml
# Any byte of C0 (but tab and line feed), DEL, or C1 (as UTF-8: C2 80–9F).
has_controls() {
    LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1"
}
"$ttx" list hostile > list.out 2>&1
rc=$?
[ "$rc" = 65 ] && ok || bad "ttx list on a hostile scenario exited $rc, want 65 (has errors)"
has_controls list.out && bad "ttx list printed a control character: $(od -c list.out | head)" || ok
grep -q 'scenario.yaml' list.out && ok || bad "ttx list does not show the scenario"
grep -qF '\x1B[2J' list.out && ok || bad "ttx list does not show the escape visibly"
"$ttx" validate hostile/*.yaml > validate.out 2>&1
rc=$?
[ "$rc" = 65 ] && ok || bad "ttx validate exited $rc, want 65"
has_controls validate.out && bad "ttx validate printed a control character" || ok
grep -qE '^hostile/scenario.yaml:4:8: error: the text contains the control character U\+001B ESC' \
    validate.out && ok || { bad "no positioned error for the title"; cat validate.out; }
echo "hostile text: $pass passed, $fail failed"
[ "$fail" = 0 ]
