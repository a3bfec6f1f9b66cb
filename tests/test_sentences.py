"""Sentences end at a full stop, not at an abbreviation's (scripts/medialit/analysis/detect_text.py, used by
the detector and by the claims): a quotation cut at "Gov." or "Roe v." points at half a sentence."""

from __future__ import annotations

from medialit.analysis.sentences import split_sentences
from medialit.analysis.detect_text import sentence_spans
from medialit.text.source import load_source

TEXT = ("Florida Gov. Ron Marsh signed the bill on Monday. The ruling in Roe v. Wade was overturned. "
        "Susan B. Anthony spoke first. She posted the video on X. Dana Cole replied within the hour. "
        "The vote came in Jan. 2020 after a long delay. The mayor said no. Then she left.")
EXPECTED = ["Florida Gov. Ron Marsh signed the bill on Monday", "The ruling in Roe v. Wade was overturned",
            "Susan B. Anthony spoke first", "She posted the video on X", "Dana Cole replied within the hour",
            "The vote came in Jan. 2020 after a long delay", "The mayor said no", "Then she left"]


def test_the_detector_does_not_end_a_sentence_at_an_abbreviation():
    assert [TEXT[s:e] for s, e in sentence_spans(TEXT, 0, len(TEXT))] == EXPECTED


def test_the_claims_do_not_end_a_sentence_at_an_abbreviation(tmp_path):
    (tmp_path / "a.md").write_text(f"---\ntitle: Sentences\n---\n\n{TEXT}\n", encoding="utf-8")
    source = load_source(tmp_path / "a.md")
    got = [source.content[s.start:s.end].rstrip(".") for s in split_sentences(source)]
    assert got == EXPECTED


def test_a_full_stop_before_a_title_still_ends_the_sentence():
    text = "It cost five dollars. Mr. Lee paid it."
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == ["It cost five dollars", "Mr. Lee paid it"]


def test_a_sentence_that_opens_with_a_hashtag_or_a_handle_keeps_its_mark():
    text = "He got away with it.\n#KeepTheLibrary now, says @valleyreader. The end."
    spans = [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    assert spans == ["He got away with it", "#KeepTheLibrary now, says @valleyreader", "The end"]
