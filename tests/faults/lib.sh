# What the fault tests share (sourced): pass/fail counting, a scratch folder, a clock in
# microseconds, random delays that a seed repeats, and the check every interrupted journal must
# pass. The per-trial helpers avoid starting processes, so hundreds of trials stay quick.
# Expects $ttx (absolute) to be set by the script that sources this.
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
now_us() { echo $(($(date +%s%N) / 1000)); }

# A scratch folder, in memory when /dev/shm is there: the kill tests are about the order of
# writes, which SIGKILL tests the same on any file system (it stops the process, not the disk),
# and fsync on a busy disk would only make them slow.
fault_tmpdir() {
    local parent=${TTX_FAULT_DIR:-}
    if [ -z "$parent" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then parent=/dev/shm; fi
    mktemp -d "${parent:-${TMPDIR:-/tmp}}/ttx-faults-XXXXXX"
}

# A random number below $1 (up to 2^30) from bash's $RANDOM, which TTX_FAULT_SEED repeats.
random_below() { echo $(((RANDOM * 32768 + RANDOM) % $1)); }
seed_random() { # name
    local seed=${TTX_FAULT_SEED:-$(($(date +%s) % 32768 ^ $$))}
    RANDOM=$seed
    echo "$1: TTX_FAULT_SEED=$seed"
}

# Sleeps $1 microseconds without starting a process: read(1) times out on a pipe nobody writes.
exec {never_fd}<> <(:)
sleep_us() { read -r -t "$(printf '%d.%06d' $(($1 / 1000000)) $(($1 % 1000000)))" -u "$never_fd"; }

# When to kill. One kill in eight lands while the program starts and loads (before kill_load
# µs), the others in the kill_width µs after that. Both start from timings of whole runs and
# follow what the trials see: a run killed before its journal existed moves the start later,
# one that finished narrows the window, each about one trial in nine at equilibrium — so the
# kills land while events are written on slow, fast and busy machines alike.
kill_load=1 kill_width=1 kill_early=0
kill_sleep() {
    kill_early=$((RANDOM % 8 == 0))
    if ((kill_early)); then
        sleep_us "$(random_below "$kill_load")"
    else
        sleep_us "$((kill_load + $(random_below "$kill_width")))"
    fi
}
kill_adapt() { # exit-status-of-the-killed-run (journal_state set by check_journal)
    ((kill_early)) && return
    if [ "$journal_state" = none ]; then
        kill_load=$((kill_load + kill_load / 8 + 1))
    else
        kill_load=$((kill_load - kill_load / 64))
    fi
    if [ "$1" = 0 ]; then
        kill_width=$((kill_width - kill_width / 8))
    else
        kill_width=$((kill_width + kill_width / 64 + 1))
    fi
}

# The shortest of three timings of a command (µs), so a cold cache does not stretch the delays.
# Runs it in the current folder; returns 1 when it fails.
shortest_us() { # command...
    local best=0 t0 took
    for _ in 1 2 3; do
        t0=$(now_us)
        "$@" > /dev/null 2>&1 || return 1
        took=$(($(now_us) - t0))
        ((best == 0 || took < best)) && best=$took
    done
    echo "$best"
}

# reference_journal FULL: remembers where each line of the complete run's journal ends, so an
# interrupted journal's state follows from its length alone.
declare -A line_end report_seen
header_end=0 full_size=0
reference_journal() {
    local n=0 offset
    line_end=()
    report_seen=()
    for offset in $(LC_ALL=C awk '{ n += length($0) + 1; print n }' "$1"); do
        line_end[$offset]=$n
        [ "$n" = 0 ] && header_end=$offset
        n=$((n + 1))
    done
    full_size=$(stat -c %s "$1")
}

# The length of the whole lines within the first $1 bytes of the complete journal.
whole_lines() {
    local best=0 offset
    for offset in "${!line_end[@]}"; do
        ((offset <= $1 && offset > best)) && best=$offset
    done
    echo "$best"
}

# check_journal NAME JOURNAL FULL: an interrupted journal JOURNAL must be a byte prefix of FULL,
# the journal of the same exercise run to its end (so nothing is lost out of order and nothing
# is made up), and `ttx report` must rebuild a sheet from it: exit 0 with no message when it
# ends with a whole line, or with exactly the torn-tail warning when it does not. A journal that
# stopped before or inside its header has no exercise: report must say so and exit 65.
# Sets journal_state to none, header, events or torn and events to the events kept. A journal
# proven to be the first N bytes of FULL replays as every other one of N bytes did, so
# `ttx report` runs once per length.
check_journal() {
    local name=$1 journal=$2 full=$3 size out rc
    events=0
    if [ ! -e "$journal" ]; then
        journal_state=none
        return 0
    fi
    size=$(stat -c %s "$journal")
    if [ "$size" -gt "$full_size" ] || ! cmp -s -n "$size" "$journal" "$full"; then
        bad "$name: the journal is not a prefix of the complete run's journal"
        return 1
    fi
    if [ -z "${report_seen[$size]:-}" ]; then
        out=$("$ttx" report "$journal" 2>&1 > /dev/null)
        report_seen[$size]="$? $out"
    fi
    rc=${report_seen[$size]%% *}
    out=${report_seen[$size]#* }
    if [ "$size" -lt "$header_end" ]; then
        journal_state=header
        if [ "$rc" = 65 ] && printf '%s' "$out" | grep -qE 'empty|header\) is incomplete'; then
            return 0
        fi
        bad "$name: a journal cut in its header: want exit 65 and 'no exercise', got $rc: $out"
        return 1
    fi
    if [ -n "${line_end[$size]:-}" ]; then
        journal_state=events
        events=${line_end[$size]}
        [ "$rc" = 0 ] && [ -z "$out" ] && return 0
        bad "$name: a journal of $events whole events: report exit $rc: $out"
        return 1
    fi
    journal_state=torn
    if [ "$rc" = 0 ] && [ "$(printf '%s\n' "$out" | wc -l)" = 1 ] &&
        printf '%s' "$out" | grep -q 'warning: the last event (line .*) is incomplete'; then
        return 0
    fi
    bad "$name: a journal with a torn last line: report exit $rc: $out"
    return 1
}
