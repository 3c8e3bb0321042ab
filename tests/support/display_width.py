#!/usr/bin/env python3
"""The display-width rule of engine/io/text/display_width.c, written again with Python's own
Unicode tables, so the tests measure printed text independently of the code that wrapped it.

usage: display_width.py [--form-feed] FILE...   every line of every FILE within 80 columns and
                                                without control characters (--form-feed allows
                                                the page breaks of printed tests)
       display_width.py --compare DUMP          DUMP (test_display_width --dump) holds the C
                                                rule's width of every code point; they must agree

East Asian wide, fullwidth and ambiguous characters (○ ※ ① ─ →) count two columns, as Japanese
fonts and terminals show them; marks, controls and format characters none, as utf8proc counts
them (but the soft hyphen, which prints, and the wide spacing marks of Hangul and Tangut).
Exits 1 when a line is too wide or a width disagrees.
"""
import sys
import unicodedata

COLUMNS = 80


def char_columns(c):
    cat, eaw = unicodedata.category(c), unicodedata.east_asian_width(c)
    if (cat in ("Mn", "Me", "Cc", "Cf", "Zl", "Zp") and c != "\u00ad") or \
            (cat == "Mc" and eaw != "W"):
        return 0
    return 2 if eaw in "WFA" else 1


def columns(line):
    return sum(char_columns(c) for c in line)


def check_files(paths, form_feed):
    bad = 0
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            width = columns(line)
            control = any(unicodedata.category(c) == "Cc" and not (form_feed and c == "\f")
                          for c in line)
            if width > COLUMNS or control:
                print(f"{path}:{n}: {width} columns or a control character: {line}")
                bad += 1
    return bad


def compare(dump):
    """Code points Python's tables do not know (newer than its Unicode version) are skipped."""
    widths = open(dump, encoding="ascii").read()
    bad = 0
    for cp, w in enumerate(widths):
        c = chr(cp)
        if 0xD800 <= cp < 0xE000 or unicodedata.category(c) == "Cn":
            continue
        if char_columns(c) != int(w):
            if bad < 20:
                print(f"U+{cp:04X} {unicodedata.name(c, '?')}: C says {w}, Python "
                      f"{char_columns(c)}")
            bad += 1
    print(f"display width: {len(widths)} code points, {bad} disagree")
    return bad


def main(argv):
    if len(argv) == 2 and argv[0] == "--compare":
        return 1 if compare(argv[1]) else 0
    form_feed = argv[:1] == ["--form-feed"]
    paths = argv[1:] if form_feed else argv
    return 1 if check_files(paths, form_feed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
