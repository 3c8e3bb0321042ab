#!/usr/bin/env bash
# `ttx check-procedure`: transcripts (stdout, stderr, exit status) compared with the goldens in
# tests/review/check-procedure/ — the guide's own 13-row example (REFERENCE §2.3) must show what
# it lacks (届け出 to IPA and 警察, the reporter's contact, an inquiry desk, isolating without
# powering off); a 手順書 made to miss most rules; usage and input errors. The bundled 手順書
# must pass with at most 注意 notes. Every finding is FILE:LINE:COL: warning: SEVERITY.
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
run guide-as-outage 0 tests/data/guide-ransomware-procedure.yaml --incident system_outage
run example 0 tests/data/procedure.yaml
run gaps 0 $dir/gaps.yaml
run ambiguous 64 $dir/ambiguous.yaml
run invalid 65 $dir/invalid.yaml
run unreadable 66 $dir/no-such-file.yaml
run bad-kind 64 tests/data/procedure.yaml --incident phishing

# What the guide's example lacks, each said in its own finding.
for want in "重大: IPA（情報処理推進機構）への届け出の項目がありません" \
    "重大: 警察への届け出の項目がありません" "通報者の連絡先等を記録する項目がありません" \
    "受付専用の問い合わせ窓口を開設する項目がありません" \
    "初動対応に、記録を消さないこと（電源を切る等の不用意な操作をしない）が書かれていません" \
    "兆候や発生に気づいた人が情報セキュリティ責任者に報告する流れが書かれていません" \
    "調査の途中経過と復旧後の対処結果を経営者に報告する項目がありません" \
    "外部の専門組織" "公表で被害を広げないために考える時期・内容・対象" \
    "被害者への損害の補償等" "バックアップを感染から守る手順" "復号ツールの確認"; do
    grep -qF -- "$want" "$tmp/guide" && ok guide-lacks || bad guide-lacks "no finding '$want'"
done

# A system outage asks for its own: an unknown cause treated as a possible attack, the BCP.
for want in "セキュリティの問題の可能性も含めて対応する" "事業継続計画（BCP）"; do
    grep -qF -- "$want" "$tmp/guide-as-outage" && ok outage-lacks || bad outage-lacks "no finding '$want'"
done

# Every finding names FILE:LINE:COL and its severity.
for f in "$tmp"/guide "$tmp"/gaps "$tmp"/example; do
    sed '/^-- stderr --$/,$d' "$f" | grep -vqE '^[^:]+:[1-9][0-9]*:[1-9][0-9]*: warning: (重大|注意): ' \
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
