#!/usr/bin/env bash
# Installs what ttx needs to build, test and run on Debian (bookworm or later), as root. Only
# missing packages are installed, so a second run costs a few dpkg queries and no network.
set -eu
packages=(
    build-essential cmake pkg-config git
    libyaml-dev libcjson-dev libutf8proc-dev libunibreak-dev nettle-dev libcsv-dev
    libpng-dev libfontconfig-dev libsdl2-dev libsdl2-ttf-dev
    fonts-ipaexfont-gothic xvfb xauth valgrind clang python3 python3-jsonschema
    # a real window manager and X tools for the window tests (tests/gui/play_xga.sh)
    openbox xdotool x11-utils
    # a real IME for the Japanese typing test (tests/gui/ime_mozc.sh): a D-Bus session, ibus with
    # mozc (brings mozc-server and mozc-data), ImageMagick's import for screenshots of each step
    dbus-daemon ibus ibus-mozc imagemagick
    # CSV as an office suite saves it, from .xlsx workbooks (tests/io/office_csv.sh)
    libreoffice-calc-nogui
    # libFuzzer and the sanitizer runtimes of the default clang (the fuzz tests, fuzz/build.sh)
    libclang-rt-dev
)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "ttx needs these Debian packages: ${missing[*]}" >&2
    echo "run this script as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
