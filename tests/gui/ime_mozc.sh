#!/usr/bin/env bash
# Japanese typed into `ttx play` through a real IME, as a facilitator on a Linux desktop would:
# Xvfb + openbox, a D-Bus session, ibus with the mozc engine in Hiragana mode, and SDL's own ibus
# client (SDL_IM_MODULE=ibus). Romaji goes in key by key with xdotool; what the journal records
# must be what mozc made of it: a converted word, a long composition kept whole (with mozc's
# candidate window beside the field), and a note saved with Enter after Esc asked. Skipped (77)
# without the X tools, ibus, mozc or a Japanese font. TTX_IME_KEEP=1 keeps the folder (logs,
# journal, screenshots of each step).
#
# mozc_server will not run as root, so as root the test runs as the user nobody: the whole
# desktop (X server, bus, IME and ttx), like one person's login. Every process started here
# carries TTX_IME_SESSION in its environment, and the cleanup ends exactly those.
set -u
ttx=$(realpath "$1")
me=$(realpath "$0")
skip() { echo "skipped: $*"; exit 77; }
for tool in Xvfb openbox xdotool xdpyinfo dbus-daemon ibus-daemon ibus import; do
    command -v "$tool" > /dev/null || skip "$tool is missing (scripts/install-deps.sh installs it)"
done
[ -f /usr/share/ibus/component/mozc.xml ] || skip "ibus-mozc is missing (apt-get install ibus-mozc)"
fc-list :lang=ja file | grep -q . ||
    skip "no Japanese font (apt-get install fonts-ipaexfont-gothic)"
if [ "$(id -u)" = 0 ]; then
    command -v setpriv > /dev/null || skip "setpriv is missing (util-linux)"
    id nobody > /dev/null 2>&1 || skip "there is no user nobody to run mozc as"
    as_nobody=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
    scenarios=$(dirname "$ttx")/../scenarios # where ttx finds its bundled exercises
    if "${as_nobody[@]}" test -x "$ttx" -a -r "$me" -a -r "$scenarios/ransomware.yaml"; then
        exec "${as_nobody[@]}" bash "$me" "$ttx"
    fi
    # nobody cannot read the build (a checkout in root's home, say): run copies of ttx, its
    # exercises and this script from a folder it can.
    stage=$(mktemp -d -p /tmp)
    trap 'rm -rf "$stage"' EXIT
    mkdir "$stage/bin"
    if ! cp "$ttx" "$stage/bin/ttx" || ! cp "$me" "$stage/ime_mozc.sh" ||
        ! cp -r "$scenarios" "$stage/scenarios" || ! chmod -R a+rX "$stage"; then
        skip "cannot copy ttx where the user nobody can run it"
    fi
    "${as_nobody[@]}" bash "$stage/ime_mozc.sh" "$stage/bin/ttx"
    exit
fi

tmp=$(mktemp -d 2> /dev/null || mktemp -d -p /tmp)
cd "$tmp" || exit 1
export TTX_IME_SESSION=$tmp
# A home of its own: ibus keeps its bus address there, mozc its config and dictionaries.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_CACHE_HOME=$tmp/home/.cache
export XDG_DATA_HOME=$tmp/home/.local/share XDG_RUNTIME_DIR=$tmp/run
unset IBUS_ADDRESS WAYLAND_DISPLAY XDG_SESSION_TYPE GTK_IM_MODULE QT_IM_MODULE
export LC_ALL=C.UTF-8 # a UTF-8 desktop, as every current one is; wc -m counts characters
mkdir -p "$XDG_CONFIG_HOME/mozc" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

pids=() # Xvfb, the bus, then the rest
# Our processes: those started here and whatever they started (the bus starts ibus-portal and
# dconf, the engine mozc_server and mozc_renderer, which leave their parents). Only builtins, so
# the search does not find itself.
ours() {
    local p env
    for p in /proc/[0-9]*; do
        mapfile -d '' -t env 2> /dev/null < "$p/environ" || continue
        case " ${env[*]} " in *" TTX_IME_SESSION=$tmp "*) echo "${p#/proc/}" ;; esac
    done
}
cleanup() {
    local p left=""
    kill "${watchdog:-}" 2> /dev/null
    # ttx and the IME first, then the bus and the X server they were clients of.
    for p in "${pids[@]:2}" $(ours); do
        case " ${pids[*]:0:2} " in *" $p "*) ;; *) kill "$p" 2> /dev/null ;; esac
    done
    sleep 0.5
    for p in "${pids[@]:0:2}"; do kill "$p" 2> /dev/null; done
    for _ in $(seq 50); do
        left=$(ours)
        [ -z "$left" ] && break
        sleep 0.1
    done
    # shellcheck disable=SC2086 # one pid a word
    [ -n "$left" ] && kill -9 $left 2> /dev/null
    wait 2> /dev/null
    if [ -n "${TTX_IME_KEEP:-}" ]; then
        echo "kept $tmp"
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
pass=0 fail=0
ok() { echo "PASS $*"; pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
# Stopped from outside, or by the watchdog below: still clean up (the EXIT trap) and say so.
trap 'bad "stopped after $SECONDS s"; echo "gui ime mozc: $pass passed, $fail failed"; exit 1' \
    TERM INT HUP
# Every wait below has its own limit; this one bounds their sum below ctest's TIMEOUT, so the
# cleanup runs before ctest would kill the script and leave daemons behind.
(
    sleep 200
    kill -TERM $$
) &
watchdog=$!
give_up() {
    bad "$@"
    for log in *.log; do echo "--- $log"; tail -20 "$log"; done
    echo "gui ime mozc: $pass passed, $fail failed"
    exit 1
}
# poll SECONDS COMMAND...: true as soon as COMMAND succeeds, false after SECONDS.
poll() {
    local end=$((SECONDS + $1))
    shift
    until "$@"; do
        [ "$SECONDS" -ge "$end" ] && return 1
        sleep 0.2
    done
}

# The X server on a display it finds free itself (no race with tests running beside this one),
# and a window manager, as on a desktop.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3> display.txt > xvfb.log 2>&1 &
pids+=($!)
poll 30 test -s display.txt || give_up "Xvfb did not start"
DISPLAY=":$(head -1 display.txt)"
export DISPLAY
poll 20 xdpyinfo > /dev/null 2>&1 || give_up "Xvfb does not answer on $DISPLAY"

# The session bus, in this folder. SDL reaches ibus through it (the ibus portal), or through the
# address ibus-daemon writes under ~/.config/ibus/bus.
dbus-daemon --session --nofork --address="unix:path=$tmp/bus" --print-address=3 3> bus.addr \
    > dbus.log 2>&1 &
pids+=($!)
poll 20 test -s bus.addr || give_up "the D-Bus session did not start"
DBUS_SESSION_BUS_ADDRESS=$(head -1 bus.addr)
export DBUS_SESSION_BUS_ADDRESS

openbox --sm-disable > openbox.log 2>&1 &
pids+=($!)

# mozc starts in direct input; a user turns it on with 半角/全角. mozc 2.28 reads
# ibus_config.textproto from its profile folder (~/.config/mozc), and active_on_launch starts
# it in Hiragana instead, without depending on the keyboard having that key.
cat > "$XDG_CONFIG_HOME/mozc/ibus_config.textproto" << 'EOF'
engines {
  name: "mozc-jp"
  longname: "Mozc"
  layout: "default"
  layout_variant: ""
  layout_option: ""
  rank: 80
}
active_on_launch: True
EOF
# No panel and no emoji picker: they need a full desktop, and mozc draws its own candidates.
ibus-daemon --panel=disable --emoji-extension=disable > ibus.log 2>&1 &
pids+=($!)
# `ibus engine NAME` switches every input context to NAME; its exit status is not reliable
# without a desktop, so ask which engine is on.
mozc_on() {
    ibus engine mozc-jp > /dev/null 2>&1
    [ "$(ibus engine 2> /dev/null)" = mozc-jp ]
}
poll 60 mozc_on || give_up "ibus did not switch to mozc ($(ibus engine 2>&1))"

export TTX_NOW=2026-12-01T09:00:00+09:00
SDL_VIDEODRIVER=x11 SDL_IM_MODULE=ibus XMODIFIERS=@im=ibus \
    "$ttx" play --journal j.ttxj > play.log 2>&1 &
pids+=($!)
win=""
find_window() { win=$(xdotool search --class ttx 2> /dev/null | head -1); [ -n "$win" ]; }
poll 60 find_window || give_up "no ttx window appeared"
sleep 1 # let the window manager map and focus it
timeout 20 xdotool windowactivate --sync "$win" > /dev/null 2>&1

journal_has() { grep -q "$1" j.ttxj 2> /dev/null; }
key() { xdotool key --delay 150 "$@"; }
# Romaji key by key, at a typist's pace.
romaji() { xdotool type --delay 80 "$1"; }
# The IME answers each key over D-Bus, but sends what it commits as a signal that SDL reads after
# the X events already queued: a key pressed too soon after the committing Enter could overtake
# the text. A pause between steps, as a person makes, keeps the order.
settle() { sleep "${1:-1}"; }
shot() { import -window root "$1.png" 2> /dev/null; }

# mozc_server starts when the engine is first enabled in a focused input context.
server_up() {
    local p cmd
    for p in $(ours); do
        read -r -d '' cmd 2> /dev/null < "/proc/$p/cmdline"
        [ "${cmd##*/}" = mozc_server ] && return 0
    done
    return 1
}
notes() { grep '"type":"note"' j.ttxj 2> /dev/null | sed -n 's/.*"text":"\([^"]*\)".*/\1/p'; }
# note_saved N: the journal has N notes.
note_saved() { [ "$(notes | wc -l)" -ge "$1" ]; }
# A candidate window of mozc's on screen, where the note field is (the middle of ttx's window,
# not its corner as when the IME is not told where the caret is).
candidates_at_field() {
    # shellcheck disable=SC2034 # what getwindowgeometry --shell sets, kept local
    local w X Y WIDTH HEIGHT SCREEN WINDOW x0 y0 w0 h0
    eval "$(xdotool getwindowgeometry --shell "$win")"
    x0=$X y0=$Y w0=$WIDTH h0=$HEIGHT
    for w in $(xdotool search --onlyvisible --classname mozc_renderer 2> /dev/null); do
        eval "$(xdotool getwindowgeometry --shell "$w")"
        [ "$WIDTH" -gt 50 ] || continue
        cand="${WIDTH}x$HEIGHT at $X,$Y"
        [ "$X" -ge "$x0" ] && [ "$X" -lt $((x0 + w0)) ] &&
            [ "$Y" -ge $((y0 + h0 / 4)) ] && [ "$Y" -le $((y0 + h0 * 3 / 4)) ] && return 0
    done
    return 1
}

key Return
poll 30 journal_has '"type":"start"' || give_up "Enter did not start the exercise"

# 1. A word converted: kansenn → かんせん → Space → 感染; Enter commits it, Enter
# again saves the note.
key n
settle
poll 30 server_up || bad "mozc_server did not start"
romaji kansenn
settle
shot 1-composing
key space
settle
shot 1-converted
key Return
settle
key Return
if poll 20 note_saved 1; then
    note=$(notes | sed -n 1p)
    if [[ "$note" == *感染* ]]; then
        ok "converted word saved: $note"
    else
        bad "the note is '$note', want 感染 (converted by mozc)"
    fi
else
    bad "no note saved after the conversion"
fi
settle

# 2. A long composition, 37 characters of hiragana (an event buffer once held 21), converted and
# committed whole; mozc's suggestions open beside it.
key n
settle
romaji houkokurainnnokakuninnnijikannwoyoushitatameshodoutaiougaokureta
cand=""
if poll 10 candidates_at_field; then
    ok "mozc's candidate window is beside the field ($cand)"
else
    bad "no candidate window of mozc's beside the field (${cand:-none shown})"
fi
shot 2-composing
key space
settle 2
shot 2-converted
key Return
settle
key Return
if poll 20 note_saved 2; then
    note=$(notes | sed -n 2p)
    chars=$(printf '%s' "$note" | wc -m)
    if [ "$chars" -gt 21 ] && [[ "$note" == 報告* ]] && [[ "$note" == *遅れた ]]; then
        ok "long composition saved whole ($chars characters): $note"
    else
        bad "long composition saved as '$note' ($chars characters), want 報告…遅れた, > 21"
    fi
else
    bad "no note saved after the long composition"
fi
settle

# 3. Esc with text typed asks first (the status line says so); Enter then saves what was typed.
key n
settle
romaji taiou
settle
key space
settle
key Return
settle
key Escape
settle
shot 3-esc-asks
if note_saved 3; then
    bad "Esc saved the note"
else
    key Return
    if poll 20 note_saved 3; then
        note=$(notes | sed -n 3p)
        if [[ "$note" == *対応* ]]; then
            ok "Esc asked, Enter saved: $note"
        else
            bad "after Esc and Enter the note is '$note', want 対応"
        fi
    else
        bad "Esc threw the typed text away (or Enter after it did not save)"
    fi
fi

[ "$fail" = 0 ] || { echo "--- journal"; cat j.ttxj; echo "--- play.log"; cat play.log; }
echo "gui ime mozc: $pass passed, $fail failed"
[ "$fail" = 0 ]
