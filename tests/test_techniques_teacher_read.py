"""Highlights a careful teacher rejected in lessons on new texts (issue 14, hl-21): a website's name that
ends with a question mark read as a question, a question someone is reported asking read as the author's
doubt, a nickname in quotation marks read as doubt, and "at risk" read as a threat to "us". Each fix has its own text here (our own words), with the look-alikes it must
leave alone and mirror images where a rule could take sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.techniques import detect_techniques, names_a_title
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, name: str = "t.txt", threshold: float | None = DEFAULT_THRESHOLD):
    path = tmp_path / name
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=threshold)


def doubt_questions(findings) -> list[str]:
    return [f.text for f in findings if f.technique == "doubt" and f.text.rstrip("”\"’' ").endswith("?")]


# ------------------------------------------------------------------- a title that ends with a question mark

TITLED = ("The lake froze two weeks early this year, says the blog Who Needs Winter Anyway?\n\n"
          "The ice is thicker than last year, the ranger adds.\n\n"
          "– Who Needs Winter Anyway?")


def test_a_title_ending_in_a_question_mark_is_not_a_question(tmp_path):
    assert doubt_questions(findings_of(tmp_path, TITLED, threshold=0.0)) == []


@pytest.mark.parametrize("line,title", [
    ("The river rose again, says the website Where Did Summer Go?", True),
    ("– Where Did Summer Go?", True),
    ("She reviewed it in a column by him: “The Year We Lost The Cup?”", True),
    ("Why did the council ever trust its friend Mayor John Smith?", False),
    ("Why does nobody ask where the money went?", False),
    ("— WHO PAYS FOR ALL THIS?", False),
    ("Did The Council Just Ban Bicycles?", False),
])
def test_which_lines_end_in_a_title(line, title):
    assert names_a_title(line, len(line)) is title


def test_a_question_the_author_asks_stays_doubt(tmp_path):
    text = ("The council says the bridge is safe. But who checked the cables, and when did anyone last look "
            "at the report they keep quoting?")
    assert doubt_questions(findings_of(tmp_path, text, threshold=0.0))


# ------------------------------------------------------------------------------------- a question reported

@pytest.mark.parametrize("text", [
    "For years neighbours have asked me, “How can you still shop at that market?” I tell them the bread is good.",
    "At every meeting someone wonders aloud: “Who will pay for the new pool?” The treasurer then reads the budget.",
])
def test_a_question_someone_is_reported_asking_is_not_doubt(tmp_path, text):
    assert doubt_questions(findings_of(tmp_path, text, threshold=0.0)) == []


def test_a_question_the_author_asks_after_ask_stays_doubt(tmp_path):
    text = "We have to ask: why did the council wait three years before it even looked at the pool?"
    assert doubt_questions(findings_of(tmp_path, text, threshold=0.0))


# ------------------------------------------------------------------------------- a nickname in quotation marks

def scare_quotes(findings) -> list[str]:
    return [f.text for f in findings if f.rule == "doubt.scare-quotes"]


def test_a_nickname_the_text_goes_on_to_use_is_not_doubt(tmp_path):
    text = ("Forecasters have named the storm “Bella” and expect heavy rain on Friday. "
            "Bella should reach the coast by noon, and ferries will stay in port.")
    assert scare_quotes(findings_of(tmp_path, text, threshold=0.0)) == []


@pytest.mark.parametrize("text,quoted", [
    # the marks stay doubt when the word is never used without them
    ("The report praises the “Leadership” of the board for the closure of the clinic.", "Leadership"),
    # and when the quoted word is not a capitalised name
    ("The minister praised the “reform” again, and the reform cost the schools their libraries.", "reform"),
])
def test_other_scare_quotes_stay(tmp_path, text, quoted):
    assert quoted in scare_quotes(findings_of(tmp_path, text, threshold=0.0))


# --------------------------------------------------------------------------------- "at risk" is not "us"

def test_someone_at_risk_is_not_a_threat_to_us(tmp_path):
    text = ("The new register would put patients at risk of harassment, and the nurses in danger of losing "
            "their jobs, the union says.")
    assert [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "appeal-to-fear.threat-to-us"] == []


@pytest.mark.parametrize("text", [
    "The new register is a threat to our way of life and to everything our parents built.",
    "The new register puts the entire world at risk, the senator warns.",
    "This reckless register puts all of us at risk.",
])
def test_a_threat_to_us_stays(tmp_path, text):
    found = [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "appeal-to-fear.threat-to-us"]
    assert found and "threat to 'us'" in found[0].reason


# ------------------------------------------------------------------------------------------ mirror images

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


# ------------------------------------------------- a short quotation that opens its line is speech (hl-26)

@pytest.mark.parametrize("line", ['"Come quickly," the farmer tells the operator twice.',
                                  '“Stay inside!” the officer shouts twice.',
                                  'Her answer was short: “No comment.”'])
def test_a_short_quotation_that_opens_its_line_with_its_own_punctuation_is_speech(tmp_path, line):
    text = "The storm reached the valley at noon.\n\n" + line
    assert scare_quotes(findings_of(tmp_path, text, threshold=0.0)) == []


@pytest.mark.parametrize("side", ["the government", "the opposition"])
def test_a_word_in_quotation_marks_inside_a_sentence_stays_a_scare_quote_on_either_side(tmp_path, side):
    text = f"The storm reached the valley at noon. Then {side} praised its own “rescue,” and left."
    assert scare_quotes(findings_of(tmp_path, text, threshold=0.0)) == ["rescue"]


# --------------------------------------------- whose words a short quotation is, by more verbs (hl-26)

@pytest.mark.parametrize("side", ["The governor", "The opposition leader"])
@pytest.mark.parametrize("sentence", ["{side} drew cheers for calling the budget a “shameful disgrace” at the rally.",
                                      "{side} is accusing the agency of being run by “corrupt thugs” again."])
def test_a_short_quotation_after_a_verb_of_saying_is_noted_as_someone_elses_words(tmp_path, side, sentence):
    findings = findings_of(tmp_path, "The vote is on Monday. " + sentence.format(side=side), threshold=0.0)
    inside = [f for f in findings if f.level == "word" and f.rule != "doubt.scare-quotes"
              and f.text.strip("“”") in ("shameful disgrace", "disgrace", "shameful", "corrupt thugs", "thugs", "corrupt")]
    assert inside
    assert all(f.reason.startswith("In a quotation") for f in inside)


def test_a_word_the_author_sets_in_quotation_marks_is_not_noted_as_quoted(tmp_path):
    findings = findings_of(tmp_path, "The vote is on Monday. The “shameful disgrace” of a budget passed anyway.",
                           threshold=0.0)
    inside = [f for f in findings if f.level == "word" and f.rule != "doubt.scare-quotes"
              and "disgrace" in f.text]
    assert inside
    assert not any(f.reason.startswith("In a quotation") for f in inside)
