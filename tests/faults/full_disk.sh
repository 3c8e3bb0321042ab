#!/usr/bin/env bash
# A full disk, made with a file-size limit (ulimit -f, in KiB, with SIGXFSZ ignored so writes
# fail with EFBIG as they fail with ENOSPC on a full disk) — no root and no mount needed:
#  - `ttx run` that cannot write the journal's first line: exit 73, no journal left behind;
#  - `ttx run` whose journal fills up mid-exercise: exit 74 naming the journal; the journal keeps
#    whole events only (a prefix of the complete run's, at a line end) and replays without a
#    warning; no sheet is written;
#  - `ttx run` whose journal fits but whose sheet does not: exit 73; the journal is complete;
#    the sheets of an earlier run under the same names are unchanged byte for byte;
#  - `ttx report -o` over an earlier sheet: exit 73, the earlier sheet unchanged;
#  - `ttx play` that cannot create its journal: exit 73; one whose journal fills up keeps
#    working (the failure shows on screen) and leaves a journal that replays.
# No case may leave a temporary file behind.
set -u
ttx=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/faults/lib.sh"
tmp=$(fault_tmpdir)
trap 'rm -rf "$tmp"' EXIT
export TTX_NOW=2026-12-01T09:00:00+09:00 SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
scenario=$src/scenarios/ransomware.yaml
record=$src/scenarios/records/ransomware.yaml
shopt -s nullglob dotglob

# limited KIB COMMAND...: runs COMMAND with files limited to KIB KiB; sets rc and err (stderr).
limited() {
    local kib=$1
    shift
    err=$( (trap '' XFSZ && ulimit -f "$kib" && exec "$@") 2>&1 > /dev/null)
    rc=$?
}
# only DIR NAME...: DIR holds exactly the files NAME... (so no temporary file was left).
only() {
    local dir=$1 f
    shift
    local want=" $* "
    for f in "$dir"/*; do
        case $want in *" ${f##*/} "*) ;; *) echo "unexpected file ${f##*/}"; return 1 ;; esac
    done
}
expect() { # name want-rc pattern
    if [ "$rc" != "$2" ] || ! printf '%s' "$err" | grep -q -- "$3"; then
        bad "$1: exit $rc, want $2 and /$3/: $err"
        return 1
    fi
}

"$ttx" run "$scenario" --record "$record" --out "$tmp/full" > /dev/null 2>&1 ||
    { echo "FAIL the complete run failed"; exit 1; }
full=$(ls "$tmp"/full/*.ttxj)
base=$(basename "${full%.ttxj}")
reference_journal "$full"

# 1. Not even the header fits.
limited 0 "$ttx" run "$scenario" --record "$record" --out "$tmp/none"
expect "run, no space" 73 "cannot write the journal .*too large" &&
    { only "$tmp/none" && ok || bad "run, no space: files left in the output folder"; }

# 2. The journal fills up after some events.
limited 8 "$ttx" run "$scenario" --record "$record" --out "$tmp/mid"
if expect "run, journal full" 74 "cannot save to the journal '.*$base.ttxj'.*too large"; then
    check_journal "run, journal full" "$tmp/mid/$base.ttxj" "$full" &&
        if [ "$journal_state" = events ] && ((events > 0 && events < line_end[$full_size])); then
            only "$tmp/mid" "$base.ttxj" && ok || bad "run, journal full: other files written"
        else
            bad "run, journal full: kept $events events ($journal_state), want some whole ones"
        fi
fi

# 3. The journal fits, the sheet does not; an earlier run's sheets have the same names (its
#    journal was moved away, so the name is free again).
TTX_NOW=2026-12-02T13:00:00+09:00 "$ttx" run "$scenario" --record "$record" --out "$tmp/sheet" \
    > /dev/null 2>&1 || bad "run, sheet full: the earlier run failed"
mv "$tmp/sheet/$base.ttxj" "$tmp/earlier.ttxj"
cp "$tmp/sheet/$base.json" "$tmp/earlier.json"
cp "$tmp/sheet/$base.txt" "$tmp/earlier.txt"
json_kib=$((($(stat -c %s "$tmp/full/$base.json") - 1) / 1024))
limited "$json_kib" "$ttx" run "$scenario" --record "$record" --out "$tmp/sheet"
if expect "run, sheet full" 73 "cannot write '.*$base.json'.*too large"; then
    cmp -s "$tmp/sheet/$base.ttxj" "$full" || bad "run, sheet full: the journal is not complete"
    "$ttx" report "$tmp/sheet/$base.ttxj" > /dev/null 2>&1 || bad "run, sheet full: no replay"
    cmp -s "$tmp/sheet/$base.json" "$tmp/earlier.json" &&
        cmp -s "$tmp/sheet/$base.txt" "$tmp/earlier.txt" && ok ||
        bad "run, sheet full: the earlier sheets changed"
    only "$tmp/sheet" "$base.ttxj" "$base.json" "$base.txt" || bad "run, sheet full: files left"
fi

# 4. ttx report -o over an earlier, smaller sheet.
mkdir -p "$tmp/report"
"$ttx" report "$tmp/earlier.ttxj" -o "$tmp/report/sheet.txt" 2> /dev/null ||
    bad "report, full: the first sheet failed"
cp "$tmp/report/sheet.txt" "$tmp/report.before"
limited "$json_kib" "$ttx" report "$full" --format json -o "$tmp/report/sheet.txt"
expect "report, full" 73 "cannot write '.*sheet.txt'.*too large" &&
    { cmp -s "$tmp/report/sheet.txt" "$tmp/report.before" && only "$tmp/report" sheet.txt &&
        ok || bad "report, full: the earlier sheet changed or a file was left"; }

# 5. ttx play: no room for the journal; then room for a few events only.
if fc-list :lang=ja file 2> /dev/null | grep -q .; then
    printf 'key enter\n' > "$tmp/play.script"
    for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf 'char n\ntext メモ%d\nkey enter\n' "$i"; done \
        >> "$tmp/play.script"
    printf 'char e\nchar e\nchar q\n' >> "$tmp/play.script"
    mkdir -p "$tmp/play" && cd "$tmp/play" || exit 1
    limited 0 "$ttx" play "$scenario" --journal none.ttxj --script "$tmp/play.script"
    expect "play, no space" 73 "cannot write the journal 'none.ttxj'.*too large" &&
        { only "$tmp/play" && ok || bad "play, no space: a file was left"; }
    limited 2 "$ttx" play "$scenario" --journal some.ttxj --script "$tmp/play.script"
    size=$(stat -c %s some.ttxj)
    if [ "$rc" = 0 ] && ((size > 1024 && size <= 2048)) &&
        out=$("$ttx" report some.ttxj 2>&1 > /dev/null) && [ -z "$out" ]; then
        only "$tmp/play" some.ttxj && ok || bad "play, journal full: a temporary file was left"
    else
        bad "play, journal full: exit $rc ($err); the journal must replay: $out"
    fi
    cd "$tmp" || exit 1
else
    echo "note: no Japanese font, the ttx play cases are skipped"
fi

echo "full disk: $pass passed, $fail failed"
[ "$fail" = 0 ]
