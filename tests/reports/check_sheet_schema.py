#!/usr/bin/env python3
"""Validates JSON evaluation sheets against reports/sheet.schema.json (JSON Schema 2020-12).

usage: check_sheet_schema.py SHEET.json...
       check_sheet_schema.py --mutations SHEET.json

Prints every violation as FILE: PATH: MESSAGE and exits 1 when any file fails, 2 when the
schema or python3-jsonschema is missing. Also checks that the schema itself is a valid schema.

With --mutations, SHEET.json must be a valid sheet with at least one finding, action, decision
and item; each of a list of small breakages of it (a fractional score, an unknown rating, an
extra or a missing key, review items out of order …) must then be rejected: this proves the
schema is strict, not only that good sheets pass.
"""
import json
import os
import sys

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "reports",
                      "sheet.schema.json")


def mutations():
    """(description, function that breaks a sheet in place)"""
    def setp(path, value):
        def f(d):
            *head, last = path
            for k in head:
                d = d[k]
            d[last] = value
        return f

    def delp(path):
        def f(d):
            *head, last = path
            for k in head:
                d = d[k]
            del d[last]
        return f

    def swap_review(d):
        d["review"][0], d["review"][1] = d["review"][1], d["review"][0]

    return [
        ("fractional score", setp(["review", 1, "score"], 72.5)),
        ("score over 100", setp(["steps", 0, "score"], 101)),
        ("unknown rating", setp(["review", 1, "rating"], "E")),
        ("suggestion without a score", setp(["review", 5, "suggested_rating"], "A")),
        ("step rating without a score", setp(["steps", 2, "rating"], "B")),
        ("extra header key", setp(["header", "extra"], 1)),
        ("missing review key", delp(["review", 0, "comment"])),
        ("review out of order", swap_review),
        ("wrong step label", setp(["steps", 0, "label"], "検知")),
        ("unknown finding kind", setp(["findings", 0, "kind"], "oops")),
        ("unknown item status", setp(["items", 0, "status"], "skipped")),
        ("unknown action source", setp(["actions", 0, "source"], "elsewhere")),
        ("unknown verdict", setp(["decisions", 0, "option", "verdict"], "bad")),
        ("bad simulated time", setp(["items", 0, "at"], "1:75")),
        ("bad date", setp(["header", "exercise_date"], "2026/12/01")),
        ("other version", setp(["version"], 2)),
        ("extra record field", setp(["incident_record", "notes"], None)),
        ("score as text", setp(["items", 0, "score"], "65")),
        ("evidence not a list", setp(["review", 0, "evidence"], "O1")),
        ("empty plan_review (absent when no plan)", setp(["plan_review"], [])),
        ("feedback without its statements", setp(["feedback"], {"respondents": 1})),
    ]


def check_mutations(validator, path):
    import copy
    with open(path, encoding="utf-8") as f:
        good = json.load(f)
    if list(validator.iter_errors(good)):
        print(f"{path}: the base sheet does not validate")
        return 1
    missed = 0
    for what, breaks in mutations():
        doc = copy.deepcopy(good)
        breaks(doc)
        if not list(validator.iter_errors(doc)):
            print(f"{path}: the schema accepts a sheet with a {what}")
            missed += 1
    return 1 if missed else 0


def main(paths):
    try:
        import jsonschema
    except ImportError:
        print("check_sheet_schema: python3-jsonschema is not installed "
              "(scripts/install-deps.sh installs it)", file=sys.stderr)
        return 2
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    if len(paths) == 2 and paths[0] == "--mutations":
        return check_mutations(validator, paths[1])
    failed = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: not readable as JSON: {e}")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path) or "(root)"
            print(f"{path}: {where}: {e.message}")
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
