#!/usr/bin/env python3
"""What a 受講記録 JSON says was read from the CSV files, one line each, for the corpus in
tests/train/csv and tests/train/survey (run.sh appends it to the diagnostics it compares).

usage: summary.py participants|survey RECORD.json
"""
import json
import sys


def main(kind, path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if kind == "participants":
        for p in doc["participants"]:
            answers = " ".join(";".join(map(str, a)) or "-" for a in p["answers"])
            done = "修了" if p["completed"] else "-"
            print(f"{p['name']!r} | {p['department']} | {answers} | {p['score']} | {done}")
    else:
        s = doc["survey"]
        for r in s["ratings"]:
            print(f"{r['label']!r} {r['responses']} {r['blank']} {r['counts']} "
                  f"{r['average_x100']}")
        for c in s["comments"]:
            print(f"{c['label']!r} {c['comments']!r}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("participants", "survey"):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
