# Helpers shared by the review tests (tests/review/*.sh): counting passes and failures, golden
# files (TTX_REBASELINE=1 rewrites them; review the diff before committing), and running a ttx
# command into one transcript of its standard output, standard error and exit status.
# shellcheck shell=bash
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { # NAME: pass
    pass=$((pass + 1))
}
bad() { # NAME MESSAGE: fail with a message
    echo "FAIL $1: $2"
    fail=$((fail + 1))
}

# golden EXPECTED ACTUAL NAME
golden() {
    if [ "${TTX_REBASELINE:-}" = 1 ]; then
        mkdir -p "$(dirname "$1")"
        cp "$2" "$1"
    fi
    if cmp -s "$1" "$2"; then ok "$3"; else
        bad "$3" "$2 differs from $1"
        diff -u "$1" "$2" | head -40
    fi
}

# transcript OUT CMD...: stdout, then stderr, then the exit status, into OUT
transcript() {
    local out=$1
    shift
    "$@" > "$out.stdout" 2> "$out.stderr"
    local rc=$?
    { cat "$out.stdout"; echo "-- stderr --"; cat "$out.stderr"; echo "-- exit $rc --"; } > "$out"
    rm -f "$out.stdout" "$out.stderr"
    return "$rc"
}

finish() { # NAME
    echo "$1: $pass passed, $fail failed"
    [ "$fail" = 0 ]
}
