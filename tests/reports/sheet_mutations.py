"""Breakages of a good JSON evaluation sheet that reports/sheet.schema.json must reject, for
tests/support/check_schema.py --mutations (report_schema.sh runs it on the hand-built full sheet:
it has at least one finding, action, decision and item, which the list below breaks)."""
from check_schema import delp, setp

DOCUMENT = "sheet"


def swap_review(d):
    d["review"][0], d["review"][1] = d["review"][1], d["review"][0]


MUTATIONS = [
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
