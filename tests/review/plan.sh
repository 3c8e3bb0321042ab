#!/usr/bin/env bash
# `ttx plan`: a plan made from the first of three sheets of the same drill (tests/review/sheets/)
# equals plan-1.yaml; after people's edits (a status, a note, an owner, an element and a text
# changed, a comment added) the two later sheets are merged and the result equals plan-2.yaml —
# the edits kept, one new action per sheet, the actions that came back noted under 'recurred'
# with a notice for the one already done; merging again changes no byte. A hand-edited plan
# with typos, and inputs that are not sheets, fail with the expected messages.
# usage: plan.sh TTX
set -u
ttx=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/review/lib.sh"
dir=$root/tests/review/plan
cp "$root"/tests/review/sheets/*.json "$tmp/"
cd "$tmp"
s1=ransomware-2026-06-10.json s2=ransomware-2026-12-09.json s3=ransomware-2027-06-09.json

transcript "$tmp/create" "$ttx" plan "$s1" -o plan.yaml
golden "$dir/create.expected" "$tmp/create" create
golden "$dir/plan-1.yaml" plan.yaml plan-1

# People edit the plan between the drills.
python3 - plan.yaml <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def edit(action_id, old, new):
    global text
    start = text.index(f"\n- id: {action_id}\n")
    end = text.find("\n- id: ", start + 1)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert old in block, (action_id, old)
    text = text[:start] + block.replace(old, new, 1) + text[end:]
edit("A05", "  status: open\n", "  status: done\n  note: VPNとクラウドの停止手順を追記した（11月）\n")
edit("A06", "  status: open\n", "  status: in_progress\n")
edit("A06", "    id: it\n", "    id: gm\n")
edit("A02", "  element: 手順\n", "  element: 教育\n")
edit("A01", "  text: ", "  text: 感染兆候チェックリストを作り、R01に載せる # 人が書き直した\n  old_text: ")
text = text.replace("  old_text: ", "  # old: ", 1)
text = text.replace("ttx-plan: 1\n", "ttx-plan: 1\n# 担当者会議で確認済み\n", 1)
open(path, "w", encoding="utf-8").write(text)
PY
cp plan.yaml edited.yaml
transcript "$tmp/update" "$ttx" plan "$s3" "$s2" -o plan.yaml
golden "$dir/update.expected" "$tmp/update" update
golden "$dir/plan-2.yaml" plan.yaml plan-2
# the edits are still there
for want in "status: done" "note: VPNとクラウドの停止手順を追記した（11月）" "status: in_progress" \
    "element: 教育" "感染兆候チェックリストを作り、R01に載せる"; do
    grep -qF -- "$want" plan.yaml && ok kept || bad kept "lost the edit '$want'"
done
# merging every sheet again changes nothing
cp plan.yaml before.yaml
"$ttx" plan "$s1" "$s2" "$s3" -o plan.yaml 2> /dev/null
cmp -s before.yaml plan.yaml && ok idempotent || bad idempotent "a second merge changed the plan"
# printed instead of written
"$ttx" plan "$s1" > printed.yaml && grep -q '^ttx-plan: 1$' printed.yaml && ok print || bad print "no plan printed"

# Broken plans and inputs.
run() { # NAME WANT_RC ARGS...
    local name=$1 want=$2
    shift 2
    transcript "$tmp/$name" "$ttx" "$@"
    local rc=$?
    [ "$rc" = "$want" ] && ok "$name" || bad "$name" "exit $rc, expected $want"
    golden "$dir/$name.expected" "$tmp/$name" "$name"
}
cp "$dir/typos.yaml" typos.yaml
run typos 65 plan "$s1" -o typos.yaml
cmp -s "$dir/typos.yaml" typos.yaml && ok untouched || bad untouched "a broken plan was rewritten"
printf '{"format": "ttx-history", "version": 1}\n' > other.json
run not-a-sheet 65 plan other.json
printf '{"format": "ttx-sheet", "version": 1, "header": {\n' > torn.json
run torn-json 65 plan torn.json
run no-sheet 66 plan missing.json
run no-args 64 plan
cp "$root/scenarios/procedures/ransomware.yaml" proc.yaml
run not-a-plan 65 plan "$s1" -o proc.yaml
finish plan
