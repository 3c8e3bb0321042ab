"""Breakages of a good JSON history that reports/history.schema.json must reject, for
tests/support/check_schema.py --mutations (history.sh runs it on the history of three sheets)."""
from check_schema import delp, setp

DOCUMENT = "history"

MUTATIONS = [
    ("fractional score", setp(["steps", 0, "points", 0, "score"], 71.5)),
    ("unknown trend", setp(["steps", 0, "trend"], "better")),
    ("extra key", setp(["actions", "extra"], 1)),
    ("missing key", delp(["exercises", 0, "sheet"])),
    ("steps out of order", lambda d: d["steps"].reverse()),
    ("bad date", setp(["exercises", 0, "date"], "2026/06/10")),
    ("unknown source", setp(["actions", "source"], "guess")),
    ("negative count", setp(["actions", "overdue"], -1)),
]
