#!/usr/bin/env bash
# The bundled exercises must validate with no errors and no warnings, and `ttx list` must show
# every scenario with its title.
set -u
ttx=$1
files=$(find scenarios -name '*.yaml' | sort)
if [ -z "$files" ]; then
    echo "no bundled scenarios found"; exit 1
fi
# shellcheck disable=SC2086
out=$("$ttx" validate $files 2>&1)
rc=$?
if [ "$rc" != 0 ] || [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "bundled: validate exited $rc with the output above; 0 passed, 1 failed"
    exit 1
fi
list=$("$ttx" list 2>&1) || { printf '%s\n' "$list"; echo "bundled: ttx list failed; 1 passed, 1 failed"; exit 1; }
missing=0
for f in $(grep -l '^ttx: 1' $files); do
    id=$(sed -n 's/^id: *//p' "$f" | head -1)
    if ! printf '%s\n' "$list" | grep -q "^$id "; then
        echo "ttx list does not show $id ($f)"; missing=$((missing + 1))
    fi
done
if [ "$missing" != 0 ]; then
    echo "bundled: 1 passed, 1 failed"; exit 1
fi
echo "bundled: 2 passed, 0 failed"
