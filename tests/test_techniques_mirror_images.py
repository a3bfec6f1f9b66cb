"""Mirror images: the rules for titles that end in a question mark, nicknames in quotation marks,
questions someone is reported asking and people "at risk" act alike on texts that differ only in the side
they name. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of


MIRRORS = [
    ("The protest was reported first, says the website Why Is Moscow Silent?",
     "The protest was reported first, says the website Why Is Washington Silent?"),
    ("Kyiv calls its new drone “Falcon”, and Falcon flew its first mission in May.",
     "Moscow calls its new drone “Falcon”, and Falcon flew its first mission in May."),
    ("Voters keep asking me, “Why should we trust Moscow now?” I answer with the treaty.",
     "Voters keep asking me, “Why should we trust Washington now?” I answer with the treaty."),
    ("The ban would put Palestinian children at risk, the charity says.",
     "The ban would put Israeli children at risk, the charity says."),
]


@pytest.mark.parametrize("left,right", MIRRORS, ids=[m[0][:30] for m in MIRRORS])
def test_the_fixes_act_alike_on_both_sides(tmp_path, left, right):
    def signature(text, name):
        return sorted((f.technique, f.rule, f.confidence, f.primary, f.shown)
                      for f in findings_of(tmp_path, text, name, threshold=0.0))
    assert signature(left, "a.txt") == signature(right, "b.txt")
