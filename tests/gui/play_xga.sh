#!/usr/bin/env bash
# `ttx play` opened as a facilitator would on an XGA projector (1024×768) — a real X server
# (Xvfb) with a real window manager (openbox), the default window size, no options: the window,
# frame and all, must lie inside the screen, and a screenshot taken with S must be the window's
# size and show the screen (not a blank frame). Skipped (77) without Xvfb, openbox, xdotool or a
# Japanese font.
set -u
ttx=$1
for tool in Xvfb openbox xdotool xwininfo; do
    if ! command -v "$tool" > /dev/null; then
        echo "skipped: $tool is missing (apt-get install xvfb openbox xdotool x11-utils)"; exit 77
    fi
done
if ! fc-list :lang=ja file | grep -q .; then
    echo "skipped: no Japanese font (apt-get install fonts-ipaexfont-gothic)"; exit 77
fi
tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2> /dev/null; done
    wait 2> /dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
cd "$tmp"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

# A display number nobody uses.
d=$((100 + RANDOM % 800))
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1024x768x24 -nolisten tcp > xvfb.log 2>&1 &
pids+=($!)
export DISPLAY=":$d"
for _ in $(seq 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done
openbox --sm-disable > openbox.log 2>&1 &
pids+=($!)
sleep 1

export TTX_NOW=2026-12-01T09:00:00+09:00
SDL_VIDEODRIVER=x11 "$ttx" play --journal xga.ttxj > play.log 2>&1 &
pids+=($!)
win=""
for _ in $(seq 100); do
    win=$(xdotool search --class ttx 2> /dev/null | head -1)
    [ -n "$win" ] && break
    sleep 0.1
done
if [ -z "$win" ]; then
    bad "no ttx window appeared"; cat play.log
    echo "gui play xga: $pass passed, $fail failed"; exit 1
fi
sleep 1 # let the window manager place and decorate it

# The client area and the frame around it, in root coordinates.
info=$(xwininfo -id "$win")
field() { printf '%s\n' "$info" | sed -n "s/^ *$1: *\(-\?[0-9]*\).*/\1/p"; }
x=$(field 'Absolute upper-left X'); y=$(field 'Absolute upper-left Y')
w=$(field 'Width'); h=$(field 'Height')
frame=$(xprop -id "$win" _NET_FRAME_EXTENTS 2> /dev/null | sed -n 's/.*= *//p' | tr -d ' ')
IFS=, read -r fl fr ft fb <<< "${frame:-0,0,0,0}"
echo "window ${w}x${h} at $x,$y, frame left $fl right $fr top $ft bottom $fb"
[ "$((x - fl))" -ge 0 ] && [ "$((y - ft))" -ge 0 ] && ok || bad "the frame starts off the screen"
[ "$((x + w + fr))" -le 1024 ] && ok || bad "the window reaches past the right edge"
[ "$((y + h + fb))" -le 768 ] && ok || bad "the window reaches past the bottom edge"
[ "$w" -ge 800 ] && [ "$h" -ge 600 ] && ok || bad "the window is smaller than it has to be"

# S saves a screenshot of what the window shows.
xdotool windowactivate --sync "$win" key s 2> /dev/null || xdotool key --window "$win" s
shot=""
for _ in $(seq 50); do
    shot=$(ls ttx-*.png 2> /dev/null | head -1)
    [ -n "$shot" ] && break
    sleep 0.1
done
size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $3*256+$4 "x" $7*256+$8}'; }
if [ -n "$shot" ]; then
    [ "$(size "$shot")" = "${w}x${h}" ] && ok || bad "screenshot is $(size "$shot"), want ${w}x${h}"
    [ "$(stat -c %s "$shot")" -gt 20000 ] && ok || bad "the screenshot looks blank"
    [ -n "${TTX_XGA_SHOT:-}" ] && cp "$shot" "$TTX_XGA_SHOT"
else
    bad "S wrote no screenshot"; cat play.log
fi
echo "gui play xga: $pass passed, $fail failed"
[ "$fail" = 0 ]
