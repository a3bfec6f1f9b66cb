"""Issue 14's named phrases on new texts (hl-19): dehumanising metaphors, an order to blame, triads, a
charged word on a label. Each rule fires alike on both sides of a conflict (mirror pairs) and stays off
the literal and reporting uses that look like it. Texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, name: str = "t.txt", threshold: float | None = DEFAULT_THRESHOLD):
    path = tmp_path / name
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=threshold)


def rules_of(findings, prefix: str) -> list[str]:
    return [f.text for f in findings if f.rule.startswith(prefix)]


@pytest.mark.parametrize("text,words", [
    ("The new vaccine turns our children into human guinea pigs.", "human guinea pigs"),
    ("The guards treated the prisoners like cattle.", "like cattle"),
    ("The settlers are vermin, the minister said.", "are vermin"),
    ("For years the villagers were the lab rats of the ministry.", "were the lab rats"),
])
def test_people_spoken_of_as_animals_are_name_calling(tmp_path, text, words):
    findings = findings_of(tmp_path, text, threshold=0.0)
    found = [f for f in findings if f.rule == "name-calling.dehumanising"]
    assert [f.text for f in found] == [words]
    assert found[0].technique == "name-calling" and "as animals or pests" in found[0].reason


@pytest.mark.parametrize("text", [
    "The plague is carried by rats and their fleas.",
    "The pet shop sells hamsters and guinea pigs.",
    "Farm animals such as cattle need water in the heat.",
    "The survey counted the cattle on every farm.",
])
def test_animals_named_as_animals_are_not_flagged(tmp_path, text):
    assert rules_of(findings_of(tmp_path, text, threshold=0.0), "name-calling.dehumanising") == []


def test_human_guinea_pigs_is_shown(tmp_path):
    findings = findings_of(tmp_path, "This is a scandal. The new shot turns our children into human guinea pigs, "
                                     "and the ministry calls it safe.")
    assert any(f.shown and f.rule == "name-calling.dehumanising" for f in findings)


@pytest.mark.parametrize("text,sentence", [
    ("Prices rose again. Blame the ministry.", "Blame the ministry"),
    ("Prices rose again. Blame it all on the unions.", "Blame it all on the unions"),
    ("Prices rose again, and the unions are to blame for everything.",
     "Prices rose again, and the unions are to blame for everything"),
])
def test_an_order_to_blame_one_actor_is_causal_oversimplification(tmp_path, text, sentence):
    found = [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "causal-oversimplification.blame-one"]
    assert [f.text for f in found] == [sentence]
    assert found[0].level == "passage"


def test_blame_as_a_noun_opening_a_sentence_is_not_an_order(tmp_path):
    text = ("Blame for the delay fell on the contractor, the council said. Blame is hard to share. "
            "Investigators found that the pilot was to blame for the crash.")
    assert rules_of(findings_of(tmp_path, text, threshold=0.0), "causal-oversimplification.blame-one") == []


def test_three_clauses_ending_on_one_preposition_are_a_triad_and_shown(tmp_path):
    text = "A town worth living in is worth working for, and saving for, and waiting for."
    found = [f for f in findings_of(tmp_path, text) if f.rule == "repetition.triad"]
    assert len(found) == 1 and found[0].shown and found[0].level == "passage"
    assert "'for'" in found[0].reason
    # (and the same sentence is no second, anaphora flag)
    assert rules_of(findings_of(tmp_path, text, threshold=0.0), "repetition.anaphora") == []


def test_a_list_of_three_items_ending_on_one_noun_is_no_triad(tmp_path):
    text = "The report covers the oil industry, the gas industry and the coal industry in the region."
    assert rules_of(findings_of(tmp_path, text, threshold=0.0), "repetition.triad") == []


def test_a_charged_word_before_a_label_makes_one_label(tmp_path):
    """"rogue regimes": the charged word and the label noun are one name-calling flag, not a hidden lexicon
    word beside a weak label note."""
    findings = findings_of(tmp_path, "Staying silent means helping the rogue regimes of the region.", threshold=0.0)
    labels = [f for f in findings if f.rule == "name-calling.charged-label"]
    assert [f.text for f in labels] == ["rogue regimes"]
    assert not any(f.text == "regimes" for f in findings)


@pytest.mark.parametrize("text,words", [
    ("Residents doubt the so-called safety report on the new bridge.", "so-called safety report"),
    ("The so-called experts on the council never visited the valley.", "so-called experts"),
])
def test_so_called_before_evidence_or_experts_is_doubt_and_shown(tmp_path, text, words):
    found = [f for f in findings_of(tmp_path, text) if f.rule == "doubt.so-called-evidence"]
    assert [f.text for f in found] == [words]
    assert found[0].technique == "doubt" and found[0].shown and "evidence or expertise" in found[0].reason


@pytest.mark.parametrize("text", [
    "Troops crossed the so-called Demilitarized Zone at dawn.",
    "The bill ends the so-called \"sunset\" clause of the treaty.",
    "The so-called Warren Report was published in 1964.",
])
def test_so_called_before_a_name_or_a_quoted_term_is_not_doubt_on_evidence(tmp_path, text):
    assert rules_of(findings_of(tmp_path, text, threshold=0.0), "doubt.so-called-evidence") == []


def test_slang_contempt_for_what_others_say_is_loaded_language(tmp_path):
    findings = findings_of(tmp_path, "The crap they print about the mill is no answer to the workers.")
    found = [f for f in findings if f.rule.startswith("loaded-language.contempt-noun")]
    assert [f.text for f in found] == ["crap"] and found[0].shown
    assert "with contempt" in found[0].reason


MIRRORS = [
    ("The Russian army treats its conscripts like cattle.", "The Ukrainian army treats its conscripts like cattle."),
    ("Israeli officials turned the refugees into human guinea pigs.",
     "Palestinian officials turned the refugees into human guinea pigs."),
    ("Prices rose again. Blame the Kremlin.", "Prices rose again. Blame the Pentagon."),
    ("Russia is worth fighting for, and sacrificing for, and dying for.",
     "Ukraine is worth fighting for, and sacrificing for, and dying for."),
    ("Moscow helps the rogue regimes of the world.", "Washington helps the rogue regimes of the world."),
    ("Russian media quote the so-called experts again.", "American media quote the so-called experts again."),
    ("The crap the Kremlin prints is no answer.", "The crap the Pentagon prints is no answer."),
]


@pytest.mark.parametrize("left,right", MIRRORS, ids=[m[0][:30] for m in MIRRORS])
def test_the_new_rules_fire_alike_on_both_sides(tmp_path, left, right):
    def signature(text, name):
        return sorted((f.technique, f.rule, f.confidence, f.primary, f.shown) for f in findings_of(tmp_path, text, name))
    a = signature(left, "a.txt")
    assert a, f"nothing flagged in {left!r}"
    assert a == signature(right, "b.txt")
