#!/usr/bin/env bash
# Every file of engine/ belongs to a module by its name, so a reader finds the code from the
# header and the header from the code. The convention:
#   - a module X has one public header X.h, which declares X.c and/or the parts X_<part>.c;
#   - a file belongs to the header with the longest name it starts with (in its folder):
#     train_report_topics.c to train_report.h rather than train.h;
#   - the parts of a module share what is not for others in X_internal.h (never *_parts.h or
#     another name), and there is an X.c or an X_<part>.c for it to serve;
#   - a header of types only (no function) needs no .c (ui_input.h);
#   - engine/cli's command files (cmd_*.c, declared in cli.h) and main.c need no header.
# KNOWN lists what does not follow it yet, each with where it is being fixed; an entry whose
# file is gone is only mentioned, so the list can be emptied as the fixes land.
set -u
cd "$(dirname "$0")/../.."
KNOWN=(
    # (none left: every file of engine/ follows the convention)
)
fail=0
bad() {
    local f=$1 why=$2 k
    for k in "${KNOWN[@]}"; do
        if [ "$k" = "$f" ]; then
            echo "known: $f: $why"
            return
        fi
    done
    echo "FAIL $f: $why"
    fail=$((fail + 1))
}
has_parts() { # DIR NAME: NAME.c or NAME_*.c exists in DIR
    [ -f "$1/$2.c" ] || compgen -G "$1/$2_*.c" > /dev/null
}
declares_functions() { # a prototype: an identifier followed by '(' at the start of a line
    grep -Eq '^[A-Za-z_][A-Za-z0-9_ *]*[ *][a-z_][a-z0-9_]*\(' "$1"
}
checked=0
while IFS= read -r h; do
    checked=$((checked + 1))
    d=${h%/*} b=${h##*/}
    b=${b%.h}
    case $b in
    *_internal)
        has_parts "$d" "${b%_internal}" ||
            bad "$h" "private to module ${b%_internal}, which has no ${b%_internal}.c or ${b%_internal}_*.c"
        ;;
    *_parts)
        bad "$h" "a private header is named ${b%_parts}_internal.h"
        ;;
    *)
        has_parts "$d" "$b" || ! declares_functions "$h" ||
            bad "$h" "declares functions but there is no $b.c or ${b}_*.c"
        ;;
    esac
done < <(find engine -name '*.h' | sort)
while IFS= read -r c; do
    checked=$((checked + 1))
    case $c in engine/cli/cmd_*.c | engine/cli/main.c) continue ;; esac
    d=${c%/*} p=${c##*/}
    p=${p%.c}
    while [ ! -f "$d/$p.h" ] && [[ $p == *_* ]]; do
        p=${p%_*}
    done
    [ -f "$d/$p.h" ] || bad "$c" "no header is named after it or after a module it is part of"
done < <(find engine -name '*.c' | sort)
for k in "${KNOWN[@]}"; do
    [ -e "$k" ] || echo "note: $k is fixed; take it off KNOWN in $0"
done
echo "modules: $checked files checked, $fail not named after a module"
[ "$fail" = 0 ]
