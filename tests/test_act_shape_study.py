"""The shapes hl-28 measured for token-model words that name an act rather than judge it
(benchmarks/act_shape_study.py; not shipped). Words of our own; no data needed."""

from __future__ import annotations

import act_shape_study  # benchmarks/ is on pytest's path (pyproject.toml)


def test_a_final_participle_reports_an_act_unless_a_judging_word_stands_beside_it():
    m = act_shape_study
    assert m.last_participle(("looted",))
    assert m.last_participle(("the", "harbour", "shelled"))
    assert not m.last_participle(("savagely", "looted"))        # the adverb judges the act
    assert not m.last_participle(("smouldering", "ruin"))       # a participle before its noun describes the noun
    assert m.participle(("smouldering", "ruin"))                 # ... which the looser shape takes
    assert not m.last_participle(("monstrous",))


def test_an_adjective_used_as_a_noun_is_told_from_a_plural_label():
    m = act_shape_study
    assert m.group_noun(("dear", "ones"))
    assert m.group_noun(("needy",), before="shelters for the ", after=" who sleep outside")
    assert not m.group_noun(("scoundrels",), before="all the ", after=" who lie")   # a noun: plural
    assert not m.group_noun(("needy",), before="a ", after=" man")                # an adjective before its noun
    assert m.act(("needy",), before="the ", after=".") and not m.act(("monstrous",))


def test_words_are_sorted_by_suffix_shape_for_the_ptc_count():
    m = act_shape_study
    assert m.suffix_shape("burning").startswith("participle")
    assert m.suffix_shape("hideous").startswith("evaluative")
    assert m.suffix_shape("harbour") == "other"
