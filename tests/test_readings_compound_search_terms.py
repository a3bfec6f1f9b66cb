"""Search terms keep a compound the text writes its words in ("natural gas", "civil war"), not its first half
alone; they take no compound across punctuation nor one holding a charge word (its other half is not searched), and never a fragment of a
word broken by a stray space ("T itle"). Texts are our own words."""

from __future__ import annotations

from fixtures.claims_text import source_of

from medialit.analysis import analyze
from medialit.lesson.readings import balancing_task, claim_terms, load_catalog


def _searches(source) -> list[str]:
    analysis = analyze(source)
    return [q for claim in analysis.claims for q in claim_terms(source, claim)[2]]


_GAS = ("The price of natural gas in Dunmore rose by 40 percent last winter, the harbour board said.\n\n"
        "Families in Dunmore now pay more for natural gas than for bread, the council reported on Monday.\n\n"
        "The board said natural gas would stay expensive until 2027, when the new pipeline opens.\n\n"
        "Veterans of the civil war met the mayor on Friday to ask for 300 new homes near the harbour.\n\n"
        "The civil war ended in 1998, and the civil war museum opened in Dunmore in 2004 with 12 rooms.")


def test_a_search_keeps_the_compound_the_text_uses(tmp_path):
    searches = _searches(source_of(tmp_path, _GAS))
    words = " ".join(searches).split()
    assert any("natural gas" in q for q in searches) and any("civil war" in q for q in searches), searches
    assert all(words[i + 1] == "gas" for i, w in enumerate(words) if w == "natural"), searches
    assert all(words[i + 1] == "war" for i, w in enumerate(words) if w == "civil"), searches


def test_the_balancing_task_searches_the_compound(tmp_path):
    source = source_of(tmp_path, _GAS)
    task = balancing_task(source, analyze(source), load_catalog())
    assert task and any("natural gas" in q or "civil war" in q for q in task.searches), task


def test_no_compound_across_punctuation_nor_with_a_charge_word(tmp_path):
    body = ("The Dunmore police found a stolen truck near the harbour on Monday, the harbour board said.\n\n"
            "A stolen truck was also found in Elm Road, and the stolen truck had 40 crates of fish in it.\n\n"
            "The truck, the board said, belonged to the ferry company of Dunmore, which reported 12 trucks missing.")
    searches = _searches(source_of(tmp_path, body))
    assert searches and not any("stolen truck" in q for q in searches), searches


def test_no_search_word_is_a_fragment_of_a_broken_word(tmp_path):
    body = ("The T itle ruling was read in Dunmore on Monday, and the T itle ruling closed 30 harbour offices.\n\n"
            "The harbour board said the T itle ruling would cost Dunmore 200 jobs by the end of the year.")
    searches = _searches(source_of(tmp_path, body))
    assert searches and not any("itle" in q.split() for q in searches), searches


def test_the_half_of_a_charge_is_not_searched(tmp_path):
    body = ("The council of Dunmore said the harbour board had hidden savings fraud from its members in 1998.\n\n"
            "A lawyer for the fishermen of Dunmore told the court that savings fraud cost each of 40 crews "
            "a year of wages.\n\n"
            "The board denied any savings fraud, and said 12 of its members would speak to the court.")
    source = source_of(tmp_path, body)
    searches = _searches(source)
    task = balancing_task(source, analyze(source), load_catalog())
    assert searches and not any("savings" in q.split() for q in [*searches, *task.searches]), (searches, task)
