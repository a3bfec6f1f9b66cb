"""Search terms never join a name or a people to a word that charges them with a wrong ("<Name> killing"):
the same rule for every name and every side; the name is searched with the text's other words. Texts are
our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.lesson.readings import balancing_task, claim_terms, load_catalog
from medialit.text.source import load_source

STORY = ("Police said {name} was arrested after the killing of two drivers near the Dalmore checkpoint on Tuesday.\n\n"
         "The killing shocked Dalmore, where {name} had lived for twenty years, and the killing was the first on "
         "the road since 1998.\n\n"
         "{name} denied the killing in court, and a lawyer said the police had no witness to the killing.\n")


def _searches(tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / "story.md"
    path.write_text(f"---\ntitle: The river road\npublished: 2025-03-04\n---\n\n{STORY.format(name=name)}",
                    encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    catalog = load_catalog()
    searches = [q for claim in analysis.claims for q in claim_terms(source, claim, catalog)[2]]
    task = balancing_task(source, analysis, catalog)
    return searches + list(task.searches if task else ())


@pytest.mark.parametrize("name", ["Tomas Brandt", "Amira Haddad"])
def test_no_search_joins_a_name_and_a_charge(tmp_path, name):
    searches = _searches(tmp_path, name)
    assert any(name.split()[-1] in q for q in searches)
    assert not any("killing" in q.lower() for q in searches if any(w[:1].isupper() for w in q.split())), searches


def test_every_charge_word_is_a_lower_case_word():
    charges = load_catalog().charge_words
    assert "killing" in charges and all(w == w.casefold() and " " not in w for w in charges)
