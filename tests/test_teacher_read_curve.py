"""The teacher read as data (hl-27): the verdict tables of teacher-read.md parsed into (text, offsets,
verdict), with the read's own conventions. A tiny read of our own; no data needed."""

from __future__ import annotations

import teacher_read_curve  # benchmarks/ is on pytest's path (pyproject.toml)


READ = """# Teacher read of the shown flags (issue 14)

## seeds/one.md

| offsets | technique (level) | words | verdict | reason |
| --- | --- | --- | --- | --- |
| 10-20 | loaded-language (word) | grim | accept | a judgement |

# Read on two new texts (branch x)

| text | shown | accepted |
| --- | --- | --- |
| techniques-dev 42 | 3 | 2 |

## techniques-dev 42 (op-ed)

| offsets | technique (level) | rule | verdict | reason |
| --- | --- | --- | --- | --- |
| 5-9, 11-15 | doubt (passage) | rhetorical question | accept (close call) | two questions |
| 30-40 | name-calling (word) | corpus cue | reject (before only) | fixed |
| 50-60 | name-calling (word) | charged label | reject before, accept after | reason fixed |

Rejects left:

| article | offsets | flag | why rejected | why left |
| --- | --- | --- | --- | --- |
| 42 | 70-80 | loaded word | plain | too few |

# A later round

| article | offsets | flag | verdict | reason |
| --- | --- | --- | --- | --- |
| 42 | 50-60 | name calling | gone | the cue went |
| 123456789 | 1-4 | loaded word | reject | a plain idiom |
"""


def test_verdict_tables_become_judged_flags(tmp_path):
    module = teacher_read_curve
    path = tmp_path / "read.md"
    path.write_text(READ, encoding="utf-8")
    flags = {f["key"]: f for f in module.parse_read(path)}
    assert set(flags) == {(("seed", "seeds/one.md"), 10, 20), (("dev", "42"), 5, 9), (("dev", "42"), 11, 15),
                          (("ptc", "123456789"), 1, 4)}
    assert flags[(("dev", "42"), 5, 9)]["verdict"] == "accept"          # a close call is an accept
    assert flags[(("ptc", "123456789"), 1, 4)]["verdict"] == "reject"   # nine digits: a PTC article
    assert not module.is_new_text(flags[(("seed", "seeds/one.md"), 10, 20)])
    assert module.is_new_text(flags[(("dev", "42"), 5, 9)])
    # "before only" is no longer shown; a later "gone" takes out the flag accepted after a fix; tables without
    # a verdict column (summaries, rejects left) are not verdicts


def test_a_text_of_our_own_is_read_by_its_path(tmp_path):
    # hl-30 read an op-ed of our own from benchmarks/texts/: its table counts as a new text's, by its path
    path = tmp_path / "read.md"
    path.write_text("# Read on one text (branch y)\n\n## benchmarks/texts/probe/op-ed.md (our op-ed)\n\n"
                    "| offsets | technique (level) | rule | verdict | reason |\n| --- | --- | --- | --- | --- |\n"
                    "| 3-9 | black-and-white (passage) | only option | accept | two options put as the only ones |\n",
                    encoding="utf-8")
    (flag,) = teacher_read_curve.parse_read(path)
    assert flag["key"] == (("seed", "benchmarks/texts/probe/op-ed.md"), 3, 9)
    assert teacher_read_curve.is_new_text(flag)
    assert teacher_read_curve.text_path("seed", "benchmarks/texts/probe/op-ed.md").parts[-3:] == ("texts", "probe", "op-ed.md")


def test_a_judged_flag_on_the_first_line_is_the_headlines_not_a_missing_body_flag():
    texts = {("dev", "1"): {"headline_end": 40}}
    headline = {"key": (("dev", "1"), 0, 31), "verdict": "accept"}
    body = {"key": (("dev", "1"), 41, 60), "verdict": "reject"}
    assert teacher_read_curve.in_headline(headline, texts)
    assert not teacher_read_curve.in_headline(body, texts)
