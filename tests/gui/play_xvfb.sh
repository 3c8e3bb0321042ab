#!/usr/bin/env bash
# `ttx play` in a real X window (STYLE.md layer 6): under Xvfb with SDL's X11 driver and
# whatever renderer it picks there, a scripted exercise starts, presents an inject, takes a
# screenshot with S and the final frame with --screenshot; both must be real 1600×900 PNGs read
# back from the window, not blank. Skipped (77) without xvfb-run or a Japanese font.
set -u
ttx=$1
if ! command -v xvfb-run > /dev/null || ! command -v xauth > /dev/null; then
    echo "skipped: xvfb-run or xauth is missing (apt-get install xvfb xauth)"; exit 77
fi
if ! fc-list :lang=ja file | grep -q .; then
    echo "skipped: no Japanese font (apt-get install fonts-ipaexfont-gothic)"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export TTX_NOW=2026-12-01T09:00:00+09:00
cat > x.script <<'EOF'
key enter
wait 2000
key right
char s
wait 1000
EOF
# Under AddressSanitizer: Mesa's swrast_dri.so, which SDL's X11 driver loads and unloads at
# SDL_Quit, takes the only pointers to a few of its allocations with it when it is unmapped, so
# LeakSanitizer would blame frames it can no longer name. Preloading it keeps it mapped until
# exit; its memory is then reachable and nothing of Mesa's needs suppressing.
preload=()
swrast=$(ls /usr/lib/*/dri/swrast_dri.so 2>/dev/null | head -1)
if ldd "$ttx" | grep -q libasan && [ -n "$swrast" ]; then
    preload=(LD_PRELOAD="$swrast" ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0")
fi
xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    env SDL_VIDEODRIVER=x11 "${preload[@]}" "$ttx" play --script x.script --screenshot final.png \
    > out.txt 2>&1
rc=$?
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
[ "$rc" = 0 ] && ok || { bad "ttx play under Xvfb exited $rc"; cat out.txt; }
# Width and height are the big-endian words at bytes 16–23 of a PNG (the IHDR chunk).
size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $3*256+$4 "x" $7*256+$8}'; }
for png in final.png ttx-20261201-090002.png; do
    if [ ! -f "$png" ]; then bad "$png was not written"; ls; continue; fi
    [ "$(size "$png")" = 1600x900 ] && ok || bad "$png is $(size "$png"), want 1600x900"
    # A blank frame compresses to almost nothing; the screen has text in every region.
    bytes=$(stat -c %s "$png")
    [ "$bytes" -gt 20000 ] && ok || bad "$png looks blank ($bytes bytes)"
done
ls ./*.ttxj > /dev/null 2>&1 && ok || bad "no journal"
echo "gui play xvfb: $pass passed, $fail failed"
[ "$fail" = 0 ]
