"""An unnamed group that speaks in a verb's progressive form ("experts are warning", "scientists are now
warning of") is an unnamed voice, wherever it stands in its sentence; a name joined to the group keeps the
words ("Sen. Jo Roe and two colleagues are asking ..."), and a group inside a clause is none. Texts are
our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of


@pytest.mark.parametrize("body, speaker", [
    ("The harbour wall will not last another decade, experts are warning.", "experts"),
    ("Experts are warning that the harbour wall will fail.", "Experts"),
    ("But scientists are now warning of a second danger: the old pier.", "scientists"),
    ("The toll will hurt small boats, economists were saying last week.", "economists"),
])
def test_a_group_in_a_progressive_form_is_an_unnamed_voice(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


def test_a_name_joined_to_the_group_speaks(tmp_path):
    body = "Senator Jo Roe and two colleagues on the council are calling for more ferries to the island."
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [("Senator Jo Roe", True)]


def test_a_group_inside_a_clause_is_no_voice(tmp_path):
    body = "Dana Lee denied the idea that the council is asking the mayor to resign."
    assert all(v.speaker != "the idea that the council" for v in voices_of(tmp_path, body))
