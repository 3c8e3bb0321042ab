#!/usr/bin/env python3
"""Validates JSON 受講記録 against reports/training.schema.json (JSON Schema 2020-12).

usage: check_schema.py RECORD.json...
       check_schema.py --mutations RECORD.json

Prints every violation as FILE: PATH: MESSAGE and exits 1 when any file fails, 2 when the
schema or python3-jsonschema is missing. Also checks that the schema itself is a valid schema.

With --mutations, RECORD.json must be a valid record with a survey, a weak topic and a decision
question; each of a list of small breakages of it (a fractional score, a rate over 100, an
unknown phase, an extra or a missing key …) must then be rejected: this proves the schema is
strict, not only that good records pass.
"""
import copy
import json
import os
import sys

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "reports",
                      "training.schema.json")


def mutations():
    """(description, function that breaks a record in place)"""
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

    return [
        ("fractional score", setp(["participants", 0, "score"], 88.9)),
        ("rate over 100", setp(["questions", 0, "correct_rate"], 101)),
        ("fractional survey mean", setp(["survey", "ratings", 0, "average_x100"], 416.7)),
        ("survey mean out of range", setp(["survey", "ratings", 0, "average_x100"], 50)),
        ("four rating counts", setp(["survey", "ratings", 0, "counts"], [1, 2, 3, 4])),
        ("unknown phase", setp(["phases", 0, "id"], "panic")),
        ("unknown source", setp(["questions", 0, "source"], "exam")),
        ("option number 0", setp(["participants", 0, "answers", 0], [0])),
        ("option number 10", setp(["questions", 0, "answer"], [10])),
        ("no right answer", setp(["questions", 0, "answer"], [])),
        ("one option", setp(["questions", 0, "options"], ["only"])),
        ("completed as text", setp(["participants", 0, "completed"], "yes")),
        ("extra header key", setp(["header", "trainer"], "x")),
        ("missing class key", delp(["class", "average_score"])),
        ("missing survey", delp(["survey"])),
        ("other version", setp(["version"], 2)),
        ("other format", setp(["format"], "ttx-sheet")),
        ("bad date", setp(["header", "date"], "2026/12/01")),
        ("four weak topics", lambda d: d["weak_topics"].extend([d["weak_topics"][0]] * 3)),
        ("line 0", setp(["participants", 0, "line"], 0)),
    ]


def check_mutations(validator, path):
    with open(path, encoding="utf-8") as f:
        good = json.load(f)
    if list(validator.iter_errors(good)):
        print(f"{path}: the base record does not validate")
        return 1
    missed = 0
    for what, breaks in mutations():
        doc = copy.deepcopy(good)
        breaks(doc)
        if not list(validator.iter_errors(doc)):
            print(f"{path}: the schema accepts a record with a {what}")
            missed += 1
    return 1 if missed else 0


def main(paths):
    try:
        import jsonschema
    except ImportError:
        print("check_schema: python3-jsonschema is not installed "
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
