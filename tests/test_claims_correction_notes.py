"""A correction is the outlet's note on its own page ("Correction: ..."): someone who has not corrected an
error, and a correction word before a colon inside the story, are no page note. Texts are our own
words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of, source_of

from medialit.analysis.framing import detect_framing


def test_someone_who_has_not_corrected_an_error_is_no_correction_of_the_page(tmp_path):
    claims = claims_of(tmp_path, "The Dunmore school board still has not corrected the error in the leaflet it "
                                 "sent to 400 parents.")
    assert claims and all(c.kind != "correction" for c in claims)
    note = claims_of(tmp_path, "Correction: The Dunmore school board meets on Thursday, not on Tuesday as this "
                               "story first said.")
    assert any(c.kind == "correction" for c in note)


def test_a_page_note_on_a_correction_needs_the_outlets_note(tmp_path):
    story = source_of(tmp_path, "The Dunmore school board still has not corrected the error in the leaflet it sent "
                                "to 400 parents.")
    assert not [s for s in detect_framing(story) if s.kind == "correction"]
    note = source_of(tmp_path, "The board met on Monday.\n\nCorrection: The Dunmore school board meets on Thursday, "
                               "not on Tuesday as this story first said.")
    assert [s for s in detect_framing(note) if s.kind == "correction"]


@pytest.mark.parametrize("sentence", [
    "Which the mayor of Dunmore quickly corrected: the Elm Road bridge would stay open to buses.",
    "Hundreds of Dunmore parents signed the Harbour Correction: a letter to the school board on Elm Road.",
])
def test_a_correction_word_before_a_colon_in_the_story_is_no_page_note(tmp_path, sentence):
    assert not [s for s in detect_framing(source_of(tmp_path, sentence)) if s.kind == "correction"]
