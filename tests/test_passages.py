"""Passage techniques, lexicon words, capitals and the display policy (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.analysis.display import DISPLAY_FILE, load_display, shown
from medialit.analysis.lexicon import load_lexicon_settings, strong_words
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, name: str = "t.txt", **kwargs):
    path = tmp_path / name
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), **kwargs)


PASSAGES = [
    ("repetition.triad", "A home worth living in is worth working for, and saving for, and waiting for."),
    # a short aside inside the run does not break it
    ("repetition.triad", "A town worth living in is worth working for, worth saving for, and if need be, worth waiting for."),
    ("repetition.anaphora", "If we wait, we lose. If we argue, they gain. If we hesitate, all is gone."),
    # short sentences that close on the same word: a chant
    ("repetition.anaphora", "The vote is next week. Stand up. Show up. Speak up."),
    ("slogans.chant", "For the river! For the valley! Hooray!"),
    ("black-and-white.only-option", "The mayor must close the road or resign. There is no third option."),
    ("black-and-white.only-option", "I say to the council: there is no middle way on the new bridge."),
    ("black-and-white.only-right", "Closing the plant was the only correct decision for the town."),
    ("black-and-white.without-x", "Without a new bridge there cannot be growth in the valley."),
    ("black-and-white.not-doing-means", "Not funding the clinic means helping the disease spread further."),
    ("flag-waving.ancestors", "Our ancestors built these walls with their own hands, and we will keep them."),
    ("flag-waving.ancestors", "Our grandparents dug these fields by hand, and no council will take them."),
    ("appeal-to-authority.unnamed-experts", "Independent experts are clear that the plan will work."),
    ("doubt.no-evidence", "There has been no evidence that the mayor read the report at all."),
    ("appeal-to-fear.stakes", "The new pesticide could cause grave injuries in 1.5 billion humans within years."),
    ("appeal-to-fear.grave-danger", "The old dam is a ticking time bomb for the whole valley."),
    ("causal-oversimplification.who-profits", "Meanwhile the town's savings are being transferred to the developers."),
]


@pytest.mark.parametrize("rule,text", PASSAGES, ids=[p[0] for p in PASSAGES])
def test_passage_rules_name_the_passage(tmp_path, rule, text):
    found = [f for f in findings_of(tmp_path, text) if f.rule == rule]
    assert found, f"{rule} did not fire on {text!r}"
    assert all(f.level == "passage" for f in found)
    assert all(f.reason and "model" not in f.reason for f in found)


def test_short_sentences_of_dialogue_or_report_that_close_alike_are_no_chant(tmp_path):
    dialogue = '"Yes," he said. "No," she said. "Later," they said.'
    report = ("The first bridge opened in 2019. The second opened in 2019. A third bridge, built by the regional "
              "transport office after years of delay, also opened in 2019.")
    chant = "Stand up. Show up. Speak up."
    for text in (dialogue, report):
        assert not [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "repetition.anaphora"], text
    assert [f.text for f in findings_of(tmp_path, chant, threshold=0.0) if f.rule == "repetition.anaphora"] == [
        "Stand up. Show up. Speak up"]


def test_one_passage_flag_per_sentence_and_a_hand_written_rule_names_it(tmp_path):
    findings = findings_of(tmp_path, "Without a new bridge there cannot be growth, and this is a disgraceful, "
                                     "shameful betrayal of the valley.", threshold=0.0)
    passages = [f for f in findings if f.level == "passage" and f.primary]
    assert len(passages) == 1
    assert passages[0].rule == "black-and-white.without-x"
    # a loaded word inside the passage keeps its own note
    assert any(f.level == "word" and f.text.lower().startswith("disgraceful") for f in findings)
    # the sentence model's other guesses are still reported, never shown
    assert all(not f.shown for f in findings if f.level == "passage" and not f.primary)


def test_words_the_corpus_never_saw_get_a_readable_reason(tmp_path):
    findings = findings_of(tmp_path, "The villagers were treated with barbarity by the fearmongers, and the plan is crap.")
    # (the token model may fire on the same word: it then carries the lexicon's reason, and its highlight
    # may take in the word's clause: the cue is the word the reason speaks of)
    by_word = {f.cues[0].split()[0].lower(): f for f in findings if "is a strongly" in f.reason}
    assert {"barbarity"} <= set(by_word)
    # slang contempt for what others say or do is a contempt noun (hl-19), whose reason names the contempt
    assert any(f.text == "crap" and "with contempt" in f.reason for f in findings)
    # a noun that labels people is name calling (lexicon.yaml's labels), with a reason of its own
    assert any(f.text.lower() == "fearmongers" and f.technique == "name-calling" and "pins a label" in f.reason
               for f in findings)
    assert by_word["barbarity"].reason.startswith("'barbarity' is a strongly negative word: read the sentence without it")


def test_lexicon_leaves_out_words_that_report_events(tmp_path):
    assert "killed" not in strong_words() and "war" not in strong_words()
    assert "killed" in load_lexicon_settings().exclude
    findings = findings_of(tmp_path, "Two people were killed and five were injured in the attack, police said.")
    assert [f.text for f in findings if "is a strongly" in f.reason] == []


def test_capitals_shout_but_acronyms_do_not(tmp_path):
    from medialit.analysis.passages import capitals
    from medialit.analysis.rules import load_rulebook
    from medialit.analysis.prepared_text import prepare
    text = "This is a CATASTROPHE! NATO and the WHO met in Geneva on Monday."
    path = tmp_path / "caps.txt"
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    hits = capitals(prepare(load_source(path)), load_rulebook().settings)
    assert [h.cue for h in hits] == ["CATASTROPHE"]
    # in the lesson the shout is flagged (with the capitals' reason or, where the corpus calibrates the
    # lexicon higher, the strongly-negative word's), the acronyms are not
    findings = findings_of(tmp_path, text)
    flagged = {f.text.rstrip("!") for f in findings if f.level == "word"}
    assert "CATASTROPHE" in flagged and not flagged & {"NATO", "WHO"}


def test_display_model_ships_and_calibrates(tmp_path):
    assert DISPLAY_FILE.exists() and load_display() is not None
    text = "This is a disgraceful, shameful betrayal of the valley!"
    calibrated = findings_of(tmp_path, text)
    raw = findings_of(tmp_path, text, display=False)
    assert [(f.start, f.rule) for f in calibrated] == [(f.start, f.rule) for f in raw]
    assert [f.confidence for f in calibrated] != [f.confidence for f in raw]


def test_threshold_stays_configurable_and_every_finding_is_reported(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\nThis is a disgraceful, shameful betrayal of the valley! Blame the mayor.\n", encoding="utf-8")
    source = load_source(path)
    everything = analyze(source, threshold=0.0)
    nothing = analyze(source, threshold=1.01)
    assert len(everything.techniques) == len(nothing.techniques) > 0
    # above every confidence, only the text's one surest flag stays (one per 400 words, see below)
    assert [f.id for f in nothing.shown_techniques] == [max(nothing.techniques, key=lambda f: f.confidence).id]
    assert {f.id for f in everything.shown_techniques} == {f.id for f in everything.techniques if f.primary}
    default = analyze(source)
    assert default.shown_techniques
    assert all(f.primary for f in default.shown_techniques)


def test_a_text_that_persuades_is_never_left_bare():
    """Besides the flags that reach the threshold, a text shows its surest primary flags up to one per
    ``words_per_flag`` words, when they reach the floor."""
    confidences = [0.9, 0.3, 0.25, 0.1, 0.35]
    primary = [True, True, True, True, False]
    assert shown(confidences, primary, 600, 0.5) == [True, False, False, False, False]
    assert shown(confidences, primary, 900, 0.5, floor=0.2, words_per_flag=300) == [True, True, True, False, False]
    assert shown(confidences, primary, 100, 0.95, floor=0.2, words_per_flag=300) == [True, False, False, False, False]
    assert shown(confidences, primary, 100, 0.95, floor=0.95, words_per_flag=300) == [False] * 5


def test_our_children_alone_is_no_threat(tmp_path):
    """"it will carry our children home" is hope, not fear: 'our children' needs a threat to be one."""
    from medialit.analysis import analyze
    from medialit.text.source import load_source

    seed = tmp_path / "speech.md"
    seed.write_text("---\ntitle: Railway\n---\n\nWhen the first train leaves the coast station, it will carry our "
                    "children home. Invaders threaten our way of life.\n", encoding="utf-8")
    ids = [f.id.split("@")[0] for f in analyze(load_source(seed), 0.0).techniques]
    assert ids.count("appeal-to-fear.threat-to-us") == 1


def test_a_word_that_labels_people_is_name_calling_and_quotation_marks_around_it_add_no_second_note(tmp_path):
    """lexicon.yaml's labels: a noun that pins a judgement on people is name calling, not loaded language;
    the marks around a quoted label ('they call us "bigots"') do not add a doubt note on the same word."""
    findings = findings_of(tmp_path, 'In the eyes of the council the farmers are "bigots", and the bigots on the '
                                     'other bench laughed.', threshold=0.0)
    labels = [f for f in findings if f.text.lower() == "bigots" and f.level == "word" and f.primary]
    assert labels and {f.technique for f in labels} == {"name-calling"}
    assert any(f.rule == "name-calling.lexicon" for f in labels)
    assert "pins a label on people" in next(f for f in labels if f.rule == "name-calling.lexicon").reason
    assert not any(f.rule == "loaded-language.lexicon" and f.text.lower() == "bigots" for f in findings)
    marks = [f for f in findings if f.rule == "doubt.scare-quotes"]
    assert marks and not any(f.primary for f in marks)


def test_scare_quotes_around_a_plain_word_still_cast_doubt(tmp_path):
    findings = findings_of(tmp_path, 'The mayor praised the "reforms" at the hearing on Monday.', threshold=0.0)
    assert any(f.rule == "doubt.scare-quotes" and f.primary for f in findings)


def test_plain_words_the_corpus_rarely_marked_are_not_flagged(tmp_path):
    """'worse' is rated strongly negative by VADER, but the annotated corpus shows it often and rarely
    inside a span (corpus.yaml, model: plain_min_total / plain_max_share): neither the lexicon nor the
    token model reports it; a loaded word beside it still is."""
    from medialit.analysis.rules import load_rulebook
    from medialit.analysis.plain_words import plain_words
    plain = plain_words(load_rulebook())
    assert "worse" in plain and "brutal" not in plain
    findings = findings_of(tmp_path, "The shortage got worse in the winter, and the brutal cold killed the crops.",
                           threshold=0.0)
    words = {f.text.lower() for f in findings if f.level == "word"}
    assert "worse" not in words
    assert any(w.startswith("brutal") for w in words)


WHATABOUT = [
    "The minister condemns the strikes but conveniently ignores the strikes of his own allies.",
    "Can you imagine the outcry if the other council had done this?",
    "Where were they when the factory closed and the town lost its jobs?",
]


@pytest.mark.parametrize("text", WHATABOUT, ids=[t[:25] for t in WHATABOUT])
def test_a_sentence_that_sets_someones_conduct_against_their_charge_is_whataboutism(tmp_path, text):
    findings = findings_of(tmp_path, text, threshold=0.0)
    passages = [f for f in findings if f.level == "passage" and f.primary]
    assert [f.rule for f in passages] == ["whataboutism.tu-quoque"], [(f.rule, f.confidence) for f in passages]


def test_conveniently_alone_still_questions_completeness(tmp_path):
    findings = findings_of(tmp_path, "The report conveniently puts the costs on the last page.", threshold=0.0)
    assert any(f.rule == "doubt.credibility" for f in findings)


def test_a_short_question_the_text_answers_next_is_not_doubt(tmp_path):
    """doubt.rhetorical-question's reason says the question goes unanswered: a short question followed by
    its answer ("Why is this happening? Because ...") is not flagged, nor is a question set apart as its
    own paragraph that the next paragraph answers; questions left hanging still are."""
    findings = findings_of(tmp_path, "Why did the mill close? It closed because the river ran dry in May.\n\n"
                                     "So, what does this report tell us?\n\n"
                                     "It tells us that the council knew about the cracks.\n\n"
                                     "Who will pay for the bridge? Where is the money?", threshold=0.0)
    doubts = {f.text for f in findings if f.technique == "doubt" and f.level == "passage"}
    assert "Why did the mill close?" not in doubts
    assert "So, what does this report tell us?" not in doubts
    assert {"Who will pay for the bridge?", "Where is the money?"} <= doubts


def test_answered_max_words_must_be_a_whole_number(tmp_path):
    from medialit.analysis.rules import _parse_rule
    from medialit.errors import Problem
    problems: list[Problem] = []
    entry = {"id": "doubt.q", "pattern": "[A-Z][^?]+\\?", "span": "sentence", "reason": "asks", "confidence": 0.3,
             "answered_max_words": "eight"}
    assert _parse_rule(tmp_path / "doubt.yaml", "doubt", 1, entry, problems) is None
    assert "answered_max_words" in problems[0].message and problems[0].fix


def test_a_loaded_word_before_a_noun_for_a_group_is_name_calling(tmp_path):
    """lexicon.yaml's group_nouns: "a tyrannical organization" labels a group (name-calling.charged-label
    on both words); "the brutal cold" is loaded language about a thing and stays so."""
    findings = findings_of(tmp_path, "The council is a tyrannical organization. The brutal cold killed the crops.",
                           threshold=0.0)
    labels = [f for f in findings if f.rule == "name-calling.charged-label"]
    assert [f.text for f in labels] == ["tyrannical organization"]
    assert labels[0].technique == "name-calling" and "labels a group" in labels[0].reason
    assert not any(f.technique == "name-calling" and "cold" in f.text for f in findings)


def test_the_sentence_models_flag_waving_needs_a_flag_waving_rule_in_the_sentence(tmp_path):
    """corpus.yaml model: needs_rule. The sentence model reads "our" as flag-waving; its flag stands only
    where a hand-written flag-waving rule fires in the sentence."""
    from medialit.analysis.rules import load_rulebook
    assert "flag-waving" in load_rulebook().settings.model.get("needs_rule", [])
    plain = findings_of(tmp_path, "Our school choir sang in the town hall on Sunday, and our parents came.",
                        threshold=0.0)
    assert not any(f.rule == "flag-waving.model-sentence" for f in plain)
    waving = findings_of(tmp_path, "Our ancestors built these walls with their own hands, and we will keep them.",
                         threshold=0.0)
    assert any(f.technique == "flag-waving" for f in waving)


def test_a_question_about_the_only_way_is_doubt_not_black_and_white(tmp_path):
    """black-and-white.only-option has statements_only: "Is this really the only way?" disputes a single
    option; the same words in a statement present one."""
    findings = findings_of(tmp_path, "Is this really the only way forward for the town, after all these years? "
                                     "The council had no choice but to close the bridge that spring.", threshold=0.0)
    only = [f.text for f in findings if f.rule == "black-and-white.only-option"]
    assert only == ["The council had no choice but to close the bridge that spring"]
    assert any(f.technique == "doubt" and f.text.startswith("Is this really") for f in findings)


@pytest.mark.parametrize("text, flagged", [
    ("Prices rose all winter. That's why the strike failed.", True),
    ("This country is worth defending. That's why we chose to serve.", False),
    ("The valley deserves better roads. That's why I'm running for the council.", False),
])
def test_that_is_why_flags_a_cause_given_for_an_outcome_not_a_speakers_motive(tmp_path, text, flagged):
    rules = {f.rule for f in findings_of(tmp_path, text)}
    assert ("causal-oversimplification.thats-why" in rules) is flagged


def test_hidden_families_are_reported_but_never_shown(tmp_path):
    """Single words read without their sentence (the PTC's word cues, VADER's strong words) stay in the
    findings, with shown false, and no threshold shows them; the token model's loaded words still can be."""
    from medialit.analysis.display import hidden_families
    from medialit.analysis.rules import load_rulebook

    hidden = hidden_families(load_rulebook().settings.display)
    assert {"loaded-language.corpus", "loaded-language.lexicon"} <= hidden
    findings = findings_of(tmp_path, "The villagers were treated with barbarity, and the plan is awful. The storm had a "
                                     "devastating impact on the harbour.", threshold=0.0)
    quiet = {f.text.split()[0]: f for f in findings if ".".join(f.rule.split(".")[:2]) in hidden}
    assert {"awful", "devastating"} <= set(quiet)
    assert not any(f.primary or f.shown for f in quiet.values())
    # the token model reads the word in its sentence: its flag may be shown, with the lexicon's reason
    barbarity = [f for f in findings if f.text.startswith("barbarity")]
    assert [f.rule for f in barbarity] == ["loaded-language.model"] and barbarity[0].shown
    assert barbarity[0].reason.startswith("'barbarity' is a strongly negative word")


def test_primaries_leave_out_hidden_families_in_words_and_passages():
    from medialit.analysis.display import primaries
    from medialit.analysis.candidates import Candidate

    def candidate(start, end, rule, level):
        return Candidate(start, end, rule, rule.split(".")[0], 0.5, "reason", ("cue",), level)

    candidates = [candidate(0, 40, "doubt.rhetorical-question", "sentence"),
                  candidate(0, 40, "doubt.model-sentence", "sentence"),
                  candidate(5, 9, "loaded-language.corpus.grim", "cue"),
                  candidate(12, 16, "loaded-language.model", "cue")]
    confidences = [0.5, 0.9, 0.9, 0.5]
    assert primaries(candidates, confidences) == [True, False, True, True]
    # a hidden passage rule gives way to the sentence's next passage flag
    assert primaries(candidates, confidences, frozenset({"loaded-language.corpus", "doubt.rhetorical-question"})) == [
        False, True, False, True]
