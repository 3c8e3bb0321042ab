#!/usr/bin/env bash
# The bad-input corpus: every NAME.yaml here is a broken file, NAME.expected is the exact output
# `ttx validate NAME.yaml` must print, and NAME.rc the exit status when it is not 65.
# TTX_REBASELINE=1 rewrites the .expected files (review the diff before committing).
set -u
ttx=$1
cd "$(dirname "$0")"
fail=0 count=0
for f in *.yaml; do
    name=${f%.yaml}
    count=$((count + 1))
    want_rc=65
    [ -f "$name.rc" ] && want_rc=$(cat "$name.rc")
    got=$(timeout 20 "$ttx" validate "$f" 2>&1)
    rc=$?
    if [ "${TTX_REBASELINE:-}" = 1 ]; then
        printf '%s\n' "$got" > "$name.expected"
    fi
    if [ "$rc" != "$want_rc" ]; then
        echo "FAIL $f: exit $rc, expected $want_rc"
        fail=$((fail + 1))
        continue
    fi
    if ! diff -u "$name.expected" <(printf '%s\n' "$got"); then
        echo "FAIL $f: output differs from $name.expected"
        fail=$((fail + 1))
        continue
    fi
    # Every line names FILE:LINE:COL of a real position and a severity.
    if printf '%s\n' "$got" | grep -vqE "^$f:[1-9][0-9]*:[1-9][0-9]*: (error|warning): "; then
        echo "FAIL $f: a line without FILE:LINE:COL: error|warning:"
        fail=$((fail + 1))
    fi
done
echo "bad inputs: $((count - fail)) passed, $fail failed"
[ "$fail" = 0 ]
