"""The reading catalog and the balancing reading lists (scripts/medialit/lesson/readings.py, data/catalog.yaml)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import yaml

from medialit.analysis import analyze
from medialit.analysis.findings import Claim
from medialit.lesson.readings import CATALOG_FILE, balance_checks, claim_terms, detect_frame, load_catalog, select_readings
from medialit.text.source import load_source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.md"))
RESEARCH = ROOT.parent / "shared" / "research" / "readings.yaml"

BIKE_LANE = """\
---
title: "Council approves Elm Street bike lane"
author: Sam Ortiz
publisher: Riverside Weekly Courier
published: 2023-05-12
topics: [local politics, cycling]
---
Council approves Elm Street bike lane

The city council voted 7 to 2 on Tuesday to build a protected bike lane on Elm Street, Mayor Dana Lee said.

The project will cost 1.2 million dollars and remove 40 parking spaces, according to a city report published in April.

Shop owners claimed the lane would hurt business. "We were not asked," said Priya Shah, who runs a bakery on the street.

Construction is planned to start in September.
"""


def write(tmp_path: Path, text: str, name: str = "text.md") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.stem.split("-")[0])
def seed_list(request):
    source = load_source(request.param)
    analysis = analyze(source)
    return source, analysis, select_readings(source, analysis, load_catalog())


# --------------------------------------------------------------------------------------------- catalog


def test_every_entry_has_the_required_fields():
    catalog = load_catalog()
    kinds, perspectives = dict(catalog.kinds), dict(catalog.perspectives)
    assert len(catalog.readings) >= 30
    for r in catalog.readings:
        assert r.title and r.authors and r.publisher and r.date and r.about, r.id
        assert re.match(r"https?://", r.url), r.id
        assert r.kind in kinds and r.perspective in perspectives, r.id
        assert r.status in ("verified", "partially_verified"), r.id
        assert r.ties, r.id
        assert r.link or r.access, f"{r.id}: a reading without a link for students must say how to find it"


@pytest.mark.skipif(not RESEARCH.exists(), reason="shared/research is not beside the repository")
def test_every_address_was_seen_in_the_research_file():
    research = yaml.safe_load(RESEARCH.read_text(encoding="utf-8"))
    entries = {r["id"]: r for r in research["readings"]}
    seen = {r["url"] for r in research["readings"]} | {u for r in research["readings"] for u in r.get("alt_urls") or []}
    unverified = {str(r.get("official_url_unverified")) for r in research["readings"]}
    anywhere = set(re.findall(r"https?://[^\s'\"<>]+", RESEARCH.read_text(encoding="utf-8"))) - unverified
    for reading in load_catalog().readings:
        assert reading.id in entries, reading.id
        assert entries[reading.id]["status"] in ("verified", "partially_verified"), reading.id
        assert reading.url in seen, f"{reading.id}: {reading.url} is not a seen url/alt_url"
        if reading.access_url:
            assert reading.access_url in anywhere, reading.id


# --------------------------------------------------------------------------------------------- balance


def test_the_seed_lists_are_balanced(seed_list):
    source, _, readings = seed_list
    items = readings.items
    catalog = load_catalog()
    assert 6 <= len(items) <= 10
    assert len({i.reading.id for i in items}) == len(items)
    counts = {}
    for item in items:
        counts[item.reading.perspective] = counts.get(item.reading.perspective, 0) + 1
    assert max(counts.values()) / len(items) <= 0.4, counts
    assert any(i.reading.kind == "primary" and i.tie == "cues" for i in items)
    assert any(i.reading.perspective == "wire-service" for i in items)
    assert any(i.relation == "shares" for i in items)
    assert len({i.reading.perspective for i in items if i.relation == "differs"}) >= 2
    assert any(i.reading.kind in ("fact-check", "method") for i in items)
    assert readings.framing is not None
    assert all(c.ok is not False for c in balance_checks(items, readings.framing, catalog)), readings.balance


def test_a_disagreement_group_is_shown_whole(seed_list):
    _, _, readings = seed_list
    groups = {i.reading.group for i in readings.items if i.reading.group}
    assert groups == {"not-one-inch"}
    members = {r.id for r in load_catalog().readings if r.group == "not-one-inch"}
    assert members <= {i.reading.id for i in readings.items}
    sections = [g.id for g, _ in readings.sections() if g]
    assert sections == ["not-one-inch"], "the group's members are listed together"


def test_every_reading_says_why_tied_to_a_paragraph_of_the_text(seed_list):
    source, _, readings = seed_list
    for item in readings.items:
        assert item.why and "{" not in item.why, item.reading.id
        if item.paragraph is not None:
            assert f"¶{item.paragraph}" in item.why or item.tie == "outlet", item.reading.id
            assert item.quote in source.paragraph_text(item.paragraph), item.reading.id


def test_the_framing_is_inferred_from_the_words(seed_list, tmp_path):
    source, _, readings = seed_list
    assert readings.framing.frame.id == "west-responsible"
    assert readings.framing.quote in source.paragraph_text(readings.framing.paragraph)
    neutral = load_source(write(tmp_path, BIKE_LANE))
    assert detect_frame(neutral, load_catalog()) is None


def test_an_unrelated_text_gets_an_honest_message_and_only_what_fits(tmp_path):
    source = load_source(write(tmp_path, BIKE_LANE))
    readings = select_readings(source, analyze(source), load_catalog())
    assert readings.empty_message == "No catalog readings match this text yet."
    # What to search for instead, from the text's own names and figures (it replaces the general advice).
    assert readings.balancing_task and not readings.lateral_task
    assert "Elm Street" in " ".join(readings.balancing_task.searches)
    assert all(item.reading.kind == "method" for item in readings.items)


def source_with_body(tmp_path, body: str):
    """A text with the bike-lane lesson's front matter and ``body``."""
    return load_source(write(tmp_path, BIKE_LANE.split("Council approves Elm Street bike lane\n\n")[0] + body))


def text_with_claim(tmp_path, body: str, begins: str | None, kind: str, cues: tuple[str, ...], ends: str | None = None):
    """Such a text and a claim from ``begins`` (None: its last paragraph) to ``ends`` (included) or to the
    end of the text."""
    source = source_with_body(tmp_path, body)
    start = source.content.index(begins) if begins else source.content.rstrip().rindex("\n") + 1
    end = source.content.index(ends) + len(ends) if ends else len(source.content.rstrip())
    return source, Claim(start=start, end=end, text=source.content[start:end],
                         paragraph=source.paragraph_at(start), kind=kind, cues=cues)


def test_search_words_are_the_texts_names_figures_and_subject_words(tmp_path):
    body = ("Like many here, I’m glad the harbour board approved the ferry pier. It terrifies me to think "
            "the pier opens in July.\n\nFrankly, I’m sure the ferry will carry 400 cars a day.")
    source, claim = text_with_claim(tmp_path, body, "It terrifies", "date", ("July",), ends="July")
    words = " ".join(claim_terms(source, claim)[2]).split()
    assert "pier" in words                      # the text's subject, used twice
    assert not {"terrifies", "think"} & set(words)
    task = select_readings(source, analyze(source), load_catalog()).balancing_task
    assert not any(word in {"I’m", "I'm"} for q in task.searches for word in q.split())


def test_a_name_that_opens_a_sentence_is_still_a_name_the_text_uses(tmp_path):
    body = ("The ferry from Riverside to Harbourtown carries 400 cars a day.\n\n"
            "Riverside and Harbourtown trade goods worth hundreds of millions of dollars a year.")
    source, claim = text_with_claim(tmp_path, body, "Riverside and", "number", ("hundreds",))
    assert claim_terms(source, claim)[1] == ("Riverside", "Harbourtown")


def test_a_search_for_a_claim_that_names_nothing_names_what_the_text_is_about(tmp_path):
    body = ("The Riverside ferry broke down again on Monday.\n\nRiverside has asked the harbour board for a "
            "new ferry.\n\nThe breakdowns have so far cost at least 165 crossings.")
    source, claim = text_with_claim(tmp_path, body, "The breakdowns", "number", ("165",))
    searches = claim_terms(source, claim)[2]
    assert searches and all("Riverside" in q for q in searches)


def test_selection_is_deterministic(seed_list):
    source, analysis, readings = seed_list
    again = select_readings(source, analysis, load_catalog())
    assert [i.reading.id for i in again.items] == [i.reading.id for i in readings.items]


def test_catalog_file_is_the_shipped_one():
    assert CATALOG_FILE.name == "catalog.yaml" and CATALOG_FILE.is_file()



def _claim_tied(tmp_path, body: str):
    """(source, readings tied to a claim) of a bike-lane text with ``body`` below its headline."""
    text = BIKE_LANE.split("Council approves Elm Street bike lane\n")[0] + "Council plans a bike lane\n\n" + body
    source = load_source(write(tmp_path, text))
    readings = select_readings(source, analyze(source), load_catalog())
    quoted = [item for item in readings.items if item.quote is not None and item.tie != "outlet"]
    assert quoted, "the method reading is tied to a claim"
    return source, quoted


def test_a_reading_tied_to_a_claim_quotes_the_claims_own_sentence(tmp_path):
    # The only claim is the second sentence of its paragraph; the sentence before it ends one space
    # earlier, which once made the quote come out empty ("…").
    source, quoted = _claim_tied(tmp_path, (
        "The street is busy in the mornings. The project will cost 1.2 million "
        "dollars, according to a city report published in April.\n\nNeighbours have mixed feelings about it.\n"))
    for item in quoted:
        assert item.quote.startswith("The project will cost"), item.quote
        assert '("…")' not in item.why


def test_a_reading_tied_to_a_long_claim_quotes_its_opening_words_only(tmp_path):
    # One long sentence of a quotation and its speaker: the note points at the claim, it does not paste it
    source, quoted = _claim_tied(tmp_path, (
        "The street is busy in the mornings.\n\n“The lane will cost 1.2 million dollars over three years, and "
        "the money comes from a state fund for safer streets that the council set up in 2019 after two crashes "
        "near the school,” the city engineer said in a report to the council, adding that “the work would close "
        "the street for about six weeks in the summer.”\n"))
    for item in quoted:
        assert len(item.quote) <= 140 and item.quote in source.content, item.quote
        assert "The lane will cost" in item.quote and "six weeks" not in item.why
        assert '…")' in item.why and '("“' not in item.why      # cut, and said so; no stray opening mark


def _terms_of_last_sentence(tmp_path, body: str, kind: str, cues: tuple[str, ...]):
    return claim_terms(*text_with_claim(tmp_path, body, None, kind, cues))


def test_a_search_is_never_a_single_word_nor_an_abbreviated_month(tmp_path):
    body = ("The ferry board says the harbour fees pay for the ferry.\n\nThe harbour fees went up before Jan. 10 "
            "and the ferry board blamed the fuel bill.\n\nMore than anyone else, she was given a lot of time "
            "on the radio in Riverside.")
    searches = _terms_of_last_sentence(tmp_path, body, "event", ("Riverside",))[2]
    assert searches and all(len(q.split()) >= 2 for q in searches)
    assert not any(w in {"else", "Jan"} for q in searches for w in q.split())
    shouted = ("The ferry board says the harbour fees pay for the ferry.\n\nThey ALL voted for the harbour fees "
               "on the ferry in Riverside, the board said.")
    assert "ALL" not in _terms_of_last_sentence(tmp_path, shouted, "event", ("voted",))[1]
    dated = ("The ferry board says the harbour fees pay for the ferry.\n\nThe harbour fees went up by 40 percent "
             "before Jan. 10, the ferry board said.")
    assert "Jan" not in _terms_of_last_sentence(tmp_path, dated, "number", ("40",))[1]


def test_a_quoted_search_names_the_speaker_once(tmp_path):
    body = ("The Harbour Board runs the ferry.\n\nThe board wrote that \"The Harbour Board has made the ferry "
            "safer every year since it took over the pier\" in its report.")
    searches = _terms_of_last_sentence(tmp_path, body, "quotation", ())[2]
    assert searches[0].startswith("The Harbour Board has made") and searches[0].count("Harbour Board") == 1


def test_the_balancing_task_searches_for_the_best_claims_not_the_first(tmp_path):
    from types import SimpleNamespace

    from medialit.lesson.readings import balancing_task

    body = ("The harbour report of 2019 counted 12 ferries.\n\nThe ferry board says the fees pay for the ferry.\n\n"
            "A survey by the Riverside Ferry Trust found that 4,200 crossings were cancelled last winter.")
    source = source_with_body(tmp_path, body)

    def claim(text, score, cues):
        start = source.content.index(text)
        return Claim(start=start, end=start + len(text), text=text, paragraph=1 + body[:body.index(text)].count("\n\n"),
                     kind="document", cues=cues, score=score)

    weak = claim("The harbour report of 2019 counted 12 ferries.", 0.3, ("report", "12"))
    best = claim("A survey by the Riverside Ferry Trust found that 4,200 crossings were cancelled last winter.", 0.9,
                 ("survey", "4,200"))
    task = balancing_task(source, SimpleNamespace(claims=[weak, best], voices=[]), load_catalog())
    assert "¶3" in task.prompt and any("4,200" in q for q in task.searches)


def test_a_second_search_of_one_word_is_dropped(tmp_path):
    body = ("The ferry board says the harbour fees pay for the ferry.\n\nThe worst estimates for Riverside would add "
            "less than 10% to that total.")
    searches = _terms_of_last_sentence(tmp_path, body, "number", ("10",))[2]
    assert searches and all(len(q.split()) >= 2 for q in searches)


def test_a_bodys_long_name_with_and_is_searched_whole(tmp_path):
    """"Prevention" alone finds nothing: the body is "Centers for Disease Control and Prevention". Two people
    joined by "and" stay two names."""
    body = ("Flu cases in the valley rose again this winter.\n\nFlu deaths in the valley rose by 12 percent in "
            "January, according to the Centers for Disease Control and Prevention and Jo Roe and Al Doe.")
    _, names, searches = _terms_of_last_sentence(tmp_path, body, "number", ("12", "percent", "January"))
    assert "Centers for Disease Control and Prevention" in names and "Prevention" not in names
    assert {"Jo Roe", "Al Doe"} <= set(names)
    assert not any(q == "Prevention" or q.endswith(" Prevention") and "Control" not in q for q in searches)


def test_verbs_of_saying_and_discourse_words_are_no_search_terms(tmp_path):
    """"10,000 deaths mentioned COVID", "2006 consequences example Nigeria": words that find nothing."""
    body = ("Floods were mentioned, for example, and mentioned again, for example, and mentioned once more.\n\n"
            "About 300 homes were mentioned in the count, for example, the mayor mentioned on Monday.")
    searches = _terms_of_last_sentence(tmp_path, body, "number", ("300",))[2]
    assert searches and not {"mentioned", "example"} & {w for q in searches for w in q.split()}


def test_a_deed_told_with_names_is_searched_by_those_names(tmp_path):
    """"patients care Republicans" for a party's vote to override a governor's veto of a numbered bill:
    the text's most used words come from another part of the sentence and find nothing about the vote."""
    from medialit.lesson.readings import claim_terms

    body = ("Patients need care, and patients in the county need care close to home.\n\nThose who care about "
            "patients were ignored when Republicans voted to set aside Governor Ann Cole’s veto on HB7.")
    source, claim = text_with_claim(tmp_path, body, None, "event", ("voted",))
    start = source.content.index("when Republicans")
    focus = (start, source.content.index("HB7") + 3)
    searches = claim_terms(source, claim, focus=focus)[2]
    assert searches[0] == "Republicans Governor Ann Cole HB7" or searches[0].startswith("Republicans Governor Ann Cole")
    assert "patients" not in searches[0] and "care" not in searches[0]


def test_shouted_words_are_no_name_to_search_for(tmp_path):
    from medialit.lesson.readings import _names, load_catalog

    assert _names("EXCLUSIVE PICTURES: the NATO summit hall in Vilnius.", load_catalog()) == ["NATO", "Vilnius"]


def test_the_voices_heard_most_are_searched_first_and_shouted_words_are_no_voice(tmp_path):
    """A balancing search for a child quoted once ("Trenton school") before the plaintiff quoted three times
    finds nothing on the lawsuit."""
    from medialit.analysis import analyze
    from medialit.lesson.readings import _speakers_to_search, _text_counts

    body = ("“It is fun to sing,” Mia Cole said after the class.\n\n“The class is a sermon in disguise,” said Ruth "
            "Abara, a parent who sued the county board.\n\n“My son was told to sit alone in the library,” Ruth "
            "Abara said.\n\n“We want the class gone from the school day,” Ruth Abara said at the hearing.\n\n"
            "EXCLUSIVE PICS: the class at work, said the county board.")
    path = tmp_path / "b.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    source = load_source(path)
    catalog = load_catalog()
    speakers = _speakers_to_search(source, analyze(source), catalog, _text_counts(source, catalog).names)
    assert speakers[0] == "Ruth Abara"
    assert not any(s.casefold() == "exclusive pics" for s in speakers)


def test_a_sentence_without_a_name_is_not_searched_by_a_name_from_elsewhere(tmp_path):
    """"Green New Deal solar" paired a name from other sentences with a word of this one; "White home"
    paired a capitalised adjective; "civilian civilians" repeated a word."""
    body = ("The Harbour Plan of Northtown was debated again. The Harbour Plan is the mayor's pride. White "
            "places and White people, the writer says, are the Harbour Plan's losers.\n\n"
            "The floods of the last 40 years have been worse than the mean of the 900 year record of floods.")
    source, claim = text_with_claim(tmp_path, body, None, "number", ("40", "900"))
    searches = claim_terms(source, claim)[2]
    assert searches and not any("Harbour Plan" in q for q in searches[1:]) and not any("White" in q for q in searches)


def test_a_search_drops_a_plural_after_its_singular_and_a_dangling_last_word():
    from medialit.lesson.readings import _search

    assert _search(["25", "civilian", "civilians", "Donetsk"]) == "25 civilian Donetsk"


def test_a_dotted_abbreviation_stays_inside_a_name():
    """"Top U.S. Senate Democrat Ana Vidal" must not give the search word "Top U"."""
    from medialit.lesson.readings import _names, load_catalog

    names = _names("Top U.S. Senate Democrat Ana Vidal met the mayor on Friday.", load_catalog())
    assert not any(n.endswith(" U") or n == "U" for n in names)
    assert any("U.S. Senate" in n for n in names)


def test_a_scale_word_belongs_to_its_figure_never_to_a_search_of_its_own(tmp_path):
    """"Jewish thousand", "WHO million": a scale word away from its figure finds nothing; "Hundreds of
    Riversiders" is a figure of a people, whose name is "Riversiders"."""
    body = ("Riverside holds about five thousand fishermen. A thousand more came in the spring, and millions "
            "of fish.\n\nHundreds of Riversiders have been fined, about five thousand in all, the harbour board said.")
    source, claim = text_with_claim(tmp_path, body, None, "number", ("Hundreds", "five thousand"))
    figures, names, searches = claim_terms(source, claim)
    assert "Hundreds of Riversiders" not in names
    for search in searches:
        words = search.split()
        for at, word in enumerate(words):
            if word.lower() in {"thousand", "thousands", "million", "millions", "hundreds"} and at:
                assert words[at - 1].lower() in {"five", "hundred"}, search


def test_a_sentence_that_names_no_one_borrows_no_name_the_text_gives_once(tmp_path):
    """A name quoted once ("Dr. Ann Roe") is not what a text on cooking oil is about: "97 Dr. Ann Roe"
    finds nothing of a grandmother's age. A name the text comes back to still leads the search."""
    body = ("Cooking oil is in every kitchen, and cooking oil is cheap. Dr. Ann Roe of the harbour clinic said "
            "frying oil should be changed often.\n\n"
            "My grandmother fried everything in lard for 70 winters and cooked 300 dinners a year.")
    source, claim = text_with_claim(tmp_path, body, None, "number", ("70", "300"))
    assert not any("Ann Roe" in q for q in claim_terms(source, claim)[2])
    again = body.replace("Cooking oil is in every kitchen", "Dr. Ann Roe says cooking oil is in every kitchen")
    source, claim = text_with_claim(tmp_path, again, None, "number", ("70", "300"))
    assert any("Ann Roe" in q for q in claim_terms(source, claim)[2])
