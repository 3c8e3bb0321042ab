#!/usr/bin/env python3
"""Validates ttx's JSON documents against their JSON Schema (2020-12), and checks that a schema
is strict. The one checker of the sheet, training-record and history tests.

usage: check_schema.py SCHEMA.json FILE.json...
       check_schema.py SCHEMA.json --mutations MUTATIONS.py FILE.json

The first form prints every violation as FILE: PATH: MESSAGE and exits 1 when any file fails.

With --mutations, FILE.json must be valid; each breakage listed in MUTATIONS.py (a fractional
score, an unknown id, an extra or a missing key …) is applied to a fresh copy of it, and every
broken copy must be rejected: this proves the schema is strict, not only that good documents
pass. MUTATIONS.py defines DOCUMENT (what the document is called in messages: "sheet") and
MUTATIONS, a list of (description, function that breaks a document in place); setp and delp
below build the common functions. A mutation that does not apply to FILE.json (a key it lacks)
is a failure too, so a list cannot silently stop testing anything.

Both forms check that the schema itself is a valid schema. Exit status 2: a usage error, or
python3-jsonschema is not installed.
"""
import copy
import importlib.util
import json
import sys


def setp(path, value):
    """A mutation that sets the value at path (keys and list indices) to value."""
    def f(d):
        *head, last = path
        for k in head:
            d = d[k]
        d[last] = value
    return f


def delp(path):
    """A mutation that removes the key (or list element) at path."""
    def f(d):
        *head, last = path
        for k in head:
            d = d[k]
        del d[last]
    return f


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_mutations(path):
    # The list imports setp and delp from this module: let it find this copy, run as a script.
    sys.modules.setdefault("check_schema", sys.modules[__name__])
    spec = importlib.util.spec_from_file_location("mutations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DOCUMENT, module.MUTATIONS


def check_files(validator, paths):
    failed = 0
    for path in paths:
        try:
            doc = load_json(path)
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


def check_mutations(validator, mutations_path, path):
    document, mutations = load_mutations(mutations_path)
    good = load_json(path)
    if list(validator.iter_errors(good)):
        print(f"{path}: the base {document} does not validate")
        return 1
    if not mutations:
        print(f"{mutations_path}: no mutations listed")
        return 1
    missed = 0
    for what, breaks in mutations:
        doc = copy.deepcopy(good)
        try:
            breaks(doc)
        except (KeyError, IndexError, TypeError) as e:
            print(f"{path}: the mutation '{what}' does not apply ({type(e).__name__}: {e})")
            missed += 1
            continue
        if not list(validator.iter_errors(doc)):
            print(f"{path}: the schema accepts a {document} with a {what}")
            missed += 1
    return 1 if missed else 0


def main(args):
    try:
        import jsonschema
    except ImportError:
        print("check_schema: python3-jsonschema is not installed "
              "(scripts/install-deps.sh installs it)", file=sys.stderr)
        return 2
    mutations = len(args) == 4 and args[1] == "--mutations"
    if len(args) < 2 or (not mutations and "--mutations" in args):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema = load_json(args[0])
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    if mutations:
        return check_mutations(validator, args[2], args[3])
    return check_files(validator, args[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
