#!/usr/bin/env bash
# `ttx check-procedure`: transcripts (stdout, stderr, exit status) compared with the goldens in
# tests/review/check-procedure/ — the guide's own 13-row example (REFERENCE §2.3) must show what
# it lacks (届け出 to IPA and 警察, the reporter's contact, an inquiry desk, isolating without
# powering off); a 手順書 made to miss most rules; usage and input errors. The bundled 手順書
# must pass with at most 注意 (medium) notes. Every finding is FILE:LINE:COL: warning: SEVERITY.
# usage: check_procedure.sh TTX
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/review/lib.sh"
cd "$root"
dir=tests/review/check-procedure

run() { # NAME WANT_RC ARGS...
    local name=$1 want=$2
    shift 2
    transcript "$tmp/$name" "$ttx" check-procedure "$@"
    local rc=$?
    [ "$rc" = "$want" ] && ok "$name" || bad "$name" "exit $rc, expected $want"
    golden "$dir/$name.expected" "$tmp/$name" "$name"
}
run guide 0 tests/data/guide-ransomware-procedure.yaml
run guide-as-data-leak 0 tests/data/guide-ransomware-procedure.yaml --incident data_leak
run example 0 tests/data/procedure.yaml
run gaps 0 $dir/gaps.yaml
run ambiguous 64 $dir/ambiguous.yaml
run invalid 65 $dir/invalid.yaml
run unreadable 66 $dir/no-such-file.yaml
run bad-kind 64 tests/data/procedure.yaml --incident phishing

# What the guide's example lacks, each said in its own finding.
for want in "重大 (high): no item reports to IPA" "重大 (high): no item reports to 警察" \
    "no item records the reporter's contact" "no item opens an inquiry desk" \
    "containment does not say to keep the evidence"; do
    grep -qF -- "$want" "$tmp/guide" && ok guide-lacks || bad guide-lacks "no finding '$want'"
done

# Every finding names FILE:LINE:COL and its severity.
for f in "$tmp"/guide "$tmp"/gaps "$tmp"/example; do
    sed '/^-- stderr --$/,$d' "$f" | grep -vqE '^[^:]+:[1-9][0-9]*:[1-9][0-9]*: warning: (重大 \(high\)|注意 \(medium\)): ' \
        && bad "$(basename "$f")-format" "a finding without FILE:LINE:COL: warning: SEVERITY" \
        || ok format
done

# The bundled 手順書: no 重大 gap.
for p in scenarios/procedures/*.yaml; do
    out=$("$ttx" check-procedure "$p" 2>&1)
    rc=$?
    if [ "$rc" != 0 ]; then bad "$p" "exit $rc"; printf '%s\n' "$out"
    elif printf '%s\n' "$out" | grep -q 'warning: 重大'; then bad "$p" "has 重大 gaps:"; printf '%s\n' "$out"
    else ok "$p"; fi
done
finish "check-procedure"
