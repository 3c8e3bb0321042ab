#!/usr/bin/env bash
# Walks every case of the public YAML test suite through `ttx validate`: no case may crash, hang
# or leak (the ASan+UBSan run of this same test checks leaks), and every rejection must name a
# FILE:LINE:COL. A case either fails as "not a ttx file"/a schema error (65) or, for the few
# that are empty, as empty — never with another status.
set -u
ttx=$1 cases=$2
if [ ! -d "$cases" ]; then
    echo "yaml-test-suite not found at $cases (expected ../shared beside the repository)"
    exit 1
fi
pass=0 fail=0
# Some cases hold numbered sub-cases (2G84/00/in.yaml): take every in.yaml at any depth.
while IFS= read -r f; do
    out=$(timeout 10 "$ttx" validate "$f" 2>&1)
    rc=$?
    case $rc in
    0 | 65) ;;
    124) echo "FAIL $f: hang (timeout)"; fail=$((fail + 1)); continue ;;
    *) echo "FAIL $f: exit $rc"; printf '%s\n' "$out" | head -5; fail=$((fail + 1)); continue ;;
    esac
    if [ "$rc" = 65 ] && ! printf '%s\n' "$out" | grep -qE "^.+:[1-9][0-9]*:[1-9][0-9]*: error: "; then
        echo "FAIL $f: rejected without a FILE:LINE:COL: error: line"
        fail=$((fail + 1))
        continue
    fi
    if printf '%s\n' "$out" | grep -vqE "^.+:[1-9][0-9]*:[1-9][0-9]*: (error|warning): "; then
        echo "FAIL $f: output line without a position"
        printf '%s\n' "$out" | head -3
        fail=$((fail + 1))
        continue
    fi
    pass=$((pass + 1))
done < <(find "$cases" -name in.yaml | sort)
echo "yaml-test-suite: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
