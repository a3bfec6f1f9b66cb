"""Technique detector: offsets contract, one firing rule per technique, rule-data validation, quotations."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

import pytest

from medialit.analysis.detect_text import _WORD, normalize_word, paragraph_spans, quotation_spans, sentence_spans, tokenize
from medialit.analysis.rules import MAX_CUE_WORDS, RULES_DIR, load_rule_file, load_rulebook
from medialit.analysis.candidates import Candidate
from medialit.analysis.overlaps import resolve_overlaps
from medialit.analysis.techniques import QUOTED_PREFIX, detect_techniques
from medialit.errors import Problem
from medialit.text.source import load_source
from medialit.analysis.taxonomy import load_taxonomy

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.md"))


def source_of(tmp_path: Path, text: str, name: str = "t.txt", newline: str = "\n", bom: bool = False):
    path = tmp_path / name
    data = ("\ufeff" if bom else "") + text.replace("\n", newline)
    path.write_bytes(data.encode("utf-8"))
    return load_source(path)


def check_contract(source, findings):
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.technique, f.rule))
    for f in findings:
        assert source.content[f.start:f.end] == f.text
        assert f.start >= source.body_start
        assert f.paragraph == source.paragraph_at(f.start)
        assert 0 <= f.confidence <= 1
        assert f.reason and "\n" not in f.reason
        assert f.technique in load_taxonomy() and f.ptc_label == load_taxonomy()[f.technique].ptc_label
        assert f.text[:1].isalnum() and (f.text[-1:].isalnum() or f.text[-1:] in "?!")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_offsets_contract_on_seeds(seed):
    source = load_source(seed)
    findings = detect_techniques(source)
    assert findings
    check_contract(source, findings)
    assert detect_techniques(source) == findings       # deterministic


def test_the_bound_on_remembered_words_changes_no_finding(monkeypatch):
    """Words met are remembered with the terms that may start at them, up to a bound; past it the memo
    starts again, and the findings must not notice."""
    from medialit.analysis import term_matching
    from medialit.analysis.prepared_text import prepare

    sources = [load_source(seed) for seed in SEEDS]
    expected = [detect_techniques(source) for source in sources]
    monkeypatch.setattr(term_matching, "_MAX_KNOWN_WORDS", 50)
    assert [detect_techniques(source) for source in sources] == expected
    assert len(term_matching._terms_by_word(load_rulebook())) <= max(50, *(len({t.norm for t in prepare(s).tokens})
                                                                      for s in sources))


def test_overlaps_are_resolved_as_by_comparing_every_kept_span():
    """``resolve_overlaps`` against its definition: surest first, then longest, then first; a span that
    overlaps one kept at its level (sentences: of its technique) is dropped. Random spans, empty ones too."""
    import random

    def by_definition(candidates):
        kept, taken = [], {}
        for c in sorted(candidates, key=lambda c: (-c.confidence, -(c.end - c.start), c.start, c.rule)):
            spans = taken.setdefault((c.level, c.technique) if c.level == "sentence" else (c.level,), [])
            if not any(c.start < e and s < c.end for s, e in spans):
                spans.append((c.start, c.end))
                kept.append(c)
        return sorted(kept, key=lambda c: (c.start, c.end, c.technique, c.rule))

    rng = random.Random(3)
    dropped = 0
    for trial in range(400):
        candidates = []
        for number in range(rng.randint(0, 40)):
            start = rng.randint(0, 60)
            candidates.append(Candidate(start, start + rng.choice([0, 1, 2, 5, 12]), f"r{number}",
                                        rng.choice(["a", "b"]), rng.choice([0.3, 0.5, 0.7]), "", (), rng.choice(["cue", "sentence"])))
        expected = by_definition(candidates)
        assert resolve_overlaps(candidates) == expected
        dropped += len(candidates) - len(expected)
    assert dropped > 1000


def test_offsets_contract_with_bom_and_crlf(tmp_path):
    source = source_of(tmp_path, "A title\n\nThe hysterical regime spread so-called facts.\n\nBlame NATO.\n",
                       newline="\r\n", bom=True)
    assert source.content.startswith("\ufeff")
    findings = detect_techniques(source)
    check_contract(source, findings)
    assert {"hysterical", "regime", "so-called facts"} <= {f.text for f in findings}


def test_markdown_marks_stay_outside_spans(tmp_path):
    source = source_of(tmp_path, "Title\n\nThey are **hysterical** and [reckless](#) people.\n")
    texts = {f.text for f in detect_techniques(source)}
    assert "hysterical" in texts and "reckless" in texts


EXAMPLES = [
    ("loaded-language", "The hysterical campaign went on."),
    ("name-calling", "The junta in the capital met again."),
    ("repetition", "A reckless plan. Another reckless plan. Yet another reckless plan."),
    ("exaggeration", "The danger is beyond description."),
    ("doubt", "The so-called experts met today."),
    ("appeal-to-fear", "This could plunge the region into a nuclear war."),
    ("flag-waving", "Every patriot must defend our nation now."),
    ("causal-oversimplification", "The real reason for the crisis is greed."),
    ("appeal-to-authority", "Experts say the plan will work."),
    ("slogans", "If you want peace: Blame NATO."),
    ("black-and-white", "The government had no choice but to act."),
    ("thought-terminating-cliche", "It is what it is, and that settles it."),
    ("whataboutism", "But what about the other side's crimes?"),
    ("bandwagon", "Everyone knows the plan will fail."),
]


def test_examples_cover_every_technique():
    assert sorted(t for t, _ in EXAMPLES) == sorted(load_taxonomy().ids)


@pytest.mark.parametrize("technique,sentence", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_every_technique_has_a_rule_that_fires(tmp_path, technique, sentence):
    findings = detect_techniques(source_of(tmp_path, "Title\n\n" + sentence + "\n"))
    assert technique in {f.technique for f in findings}, [(f.technique, f.text) for f in findings]


def test_selective_outrage_is_whataboutism_and_a_bare_call_for_outrage_is_not(tmp_path):
    def rules(sentence):
        return {f.rule for f in detect_techniques(source_of(tmp_path, "Title\n\n" + sentence + "\n"))}
    assert "whataboutism.what-about" in rules("Where was the outrage when the other party did the same?")
    assert "whataboutism.what-about" not in rules("The hearing ended early. Where is the outrage?")


@pytest.mark.parametrize("sentence", ["If you want to win in 2024, Smith is the only choice.",
                                      "If you want to win in 2024, Jones is the only choice."])
def test_a_candidate_called_the_only_choice_is_black_and_white_on_either_side(tmp_path, sentence):
    findings = detect_techniques(source_of(tmp_path, "Title\n\n" + sentence + "\n"))
    assert "black-and-white.only-option" in {f.rule for f in findings}


def every_sentence_flag():
    """The rulebook with every sentence flag reported, those that their word flags carry too (``words_carry``
    off): the tests of a sentence flag's reason need them."""
    rulebook = load_rulebook()
    display = {k: v for k, v in rulebook.settings.display.items() if k != "words_carry"}
    return replace(rulebook, settings=replace(rulebook.settings, display=display))


def test_a_sentence_flag_names_the_rule_words_a_student_can_check(tmp_path):
    """No sentence-model flag may rest on "a typical sign of ..." where a rule of its technique fired in it."""
    text = ("Title\n\nHe criticises the governor for signing the bill. Won't commit to a position. Unacceptable. "
            "Time to move on. This disgraceful, shameful and contemptuous plan is a betrayal of every voter.\n")
    findings = detect_techniques(source_of(tmp_path, text), every_sentence_flag())
    sentences = [f for f in findings if f.rule.endswith(".model-sentence")]
    assert sentences
    for flag in sentences:
        rules = [f for f in findings if f.technique == flag.technique and ".model" not in f.rule
                 and flag.start <= f.start and f.end <= flag.end]
        if rules:
            assert f"a typical sign of {flag.technique.replace('-', ' ')}" not in flag.reason
            assert any(r.text in flag.reason for r in rules)


def test_reason_says_when_words_are_quoted(tmp_path):
    source = source_of(tmp_path, 'Title\n\n"The hysterical campaign must end," the minister said. '
                                 "The author calls it a hysterical campaign.\n")
    by_start = sorted((f for f in detect_techniques(source) if f.rule.startswith("loaded-language") and not f.rule.endswith("model-sentence")),
                      key=lambda f: f.start)
    assert by_start[0].reason.startswith(QUOTED_PREFIX)
    assert not by_start[-1].reason.startswith(QUOTED_PREFIX)


def test_long_quotation_over_paragraphs():
    text = "Intro.\n\n“First part of the speech\n\nstill the speech.” Not quoted.\n"
    spans = quotation_spans(text, paragraph_spans(text))
    assert any(text[s:e].startswith("First part") for s, e in spans)
    assert any(text[s:e] == "still the speech." for s, e in spans)
    assert all("Not quoted" not in text[s:e] for s, e in spans)


@pytest.mark.parametrize("text", ["", "a", " so-called  ‘x’ ", "NATO’s İstanbul-based 12,5 d'être ", "...", "x\n\ny_z--w"])
def test_tokens_are_the_word_pattern_matches_in_any_range(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = [(m.start(), m.end(), m.group(), normalize_word(m.group())) for m in _WORD.finditer(text, start, end)]
            assert [tuple(t) for t in tokenize(text, start, end)] == expected


def test_sentences_ignore_wrapped_lines():
    text = "One sentence that goes\non here. Another one."
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == ["One sentence that goes\non here",
                                                                          "Another one"]


# ------------------------------------------------------------------------------------------ rule data


BAD_RULES = [
    ("{id: loaded-language.x, terms: [a], reason: r, confidence: 2}", "confidence must be a number from 0 to 1"),
    ("{id: loaded-language.x, reason: r, confidence: 0.5}", "needs exactly one of 'terms', 'pattern' or 'computed'"),
    ("{id: loaded-language.x, pattern: '(', reason: r, confidence: 0.5}", "not a valid regular expression"),
    ("{id: other.x, terms: [a], reason: r, confidence: 0.5}", "id must look like"),
    ("{id: loaded-language.x, terms: [a b c d e f g], reason: r, confidence: 0.5}", "longer than 6 words"),
    ("{id: loaded-language.x, terms: [a], confidence: 0.5}", "needs a one-line 'reason'"),
    ("{id: loaded-language.x, computed: magic, reason: r, confidence: 0.5}", "not a known detector"),
    ("{id: loaded-language.x, terms: [a], reason: r, confidence: 0.5, colour: red}", "unknown field 'colour'"),
]


@pytest.mark.parametrize("rule,message", BAD_RULES, ids=[m for _, m in BAD_RULES])
def test_rule_validation_names_file_and_rule(tmp_path, rule, message):
    path = tmp_path / "loaded-language.yaml"
    path.write_text(f"technique: loaded-language\nrules:\n  - {rule}\n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_rule_file(path, "loaded-language", problems) == []
    text = "\n".join(str(p) for p in problems)
    assert str(path) in text and message in text
    assert "rule '" in text


def test_shipped_rules_load_and_cover_every_technique():
    rulebook = load_rulebook()
    assert {r.technique for r in rulebook.rules} == set(load_taxonomy().ids)
    assert all(0 <= rulebook.confidence(r) <= 1 for r in rulebook.rules)


def test_shipped_data_holds_no_sentences():
    """Corpus-derived files hold single words and counts; no cue anywhere is longer than a short phrase."""
    for path in sorted(RULES_DIR.glob("ptc-*.tsv")):       # model-ptc.tsv: see tests/test_model.py
        with open(path, encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if row and not row[0].startswith("#"):
                    assert all(len(cell.split()) <= MAX_CUE_WORDS for cell in row), (path.name, row)
    for rule in load_rulebook().rules:
        assert all(len(t.split()) <= MAX_CUE_WORDS for t in rule.terms), rule.id
    assert all(len(c.cue.split()) == 1 for c in load_rulebook().cues)


def test_a_sentence_flag_names_the_words_that_made_it_even_when_they_are_function_words(tmp_path):
    """'Americans must not abide' is flagged for its 'must': the reason quotes it, so a student can check
    the flag, instead of only saying the sentence resembles annotated ones."""
    source = source_of(tmp_path, "Title\n\nThe fever spread in the north last month. Americans must not abide. "
                                 "We can and must do better.\n")
    sentence_flags = [f for f in detect_techniques(source) if f.rule.endswith(".model-sentence")]
    assert sentence_flags
    for flag in sentence_flags:
        assert re.search(r": '[^']+'", flag.reason), flag.reason


def test_a_sentence_reason_names_each_word_once_in_one_list(tmp_path):
    """A sentence flag's reason cites a rule's words in place of "a typical sign of ...": the model's own word
    cues that the rule's words already hold are not cited again, and the list is joined once ("'a', 'b' and
    'c'", not "'a' and 'b', 'c' and 'a'"). Before hl-26 the first sentence read "'nonsense', 'nonsense' and
    'mayor'"."""
    text = ("Title\n\nOur mayor says the whole budget plan is pure nonsense from start to finish. The governor calls "
            "the report utter nonsense talk, and the mayor says it is pure nonsense. A shameful, disgraceful and "
            "contemptuous betrayal of every voter, the plan is a catastrophe for the administration. The flood was a "
            "catastrophe for the region, the council said.\n")
    sentences = [f for f in detect_techniques(source_of(tmp_path, text), every_sentence_flag(), threshold=0.0)
                 if f.rule.endswith(".model-sentence") and ": " in f.reason]
    assert len(sentences) >= 3
    for flag in sentences:
        cited = flag.reason.split(": ", 1)[1]
        words = [w.lower() for w in re.findall(r"'([^']+)'", cited)]
        assert len(words) == len(set(words)), flag.reason
        assert not any(a != b and set(a.split()) <= set(b.split()) for a in words for b in words), flag.reason
        assert cited.count(" and ") <= 1, flag.reason
