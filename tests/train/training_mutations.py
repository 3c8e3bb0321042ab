"""Breakages of a good JSON 受講記録 that reports/training.schema.json must reject, for
tests/support/check_schema.py --mutations (run.sh runs it on the golden record: it has a survey,
a weak topic and a decision question, which the list below breaks)."""
from check_schema import delp, setp

DOCUMENT = "record"

MUTATIONS = [
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
