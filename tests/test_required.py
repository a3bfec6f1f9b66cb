"""Words every match of a rule's pattern holds: skipping paragraphs without them never loses a match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from medialit.analysis.required import CASE_TWINS_OF_ASCII, fold_case, may_match, required_texts
from medialit.analysis.rules import load_rulebook

REPO = Path(__file__).resolve().parents[1]


def alternatives(pattern: str) -> list[tuple[str, ...]]:
    return sorted(r.alternatives for r in required_texts(re.compile(pattern, re.MULTILINE)))


@pytest.mark.parametrize("pattern, expected", [
    (r"\b[Ee]ither\b[^.!?\n]{3,80}\bor\b", [("ither",), ("or",)]),
    (r"(?i)\b(?:can|may)\b.{0,9}\b(?:war|ruin)\b", [("can", "may"), ("ruin", "war")]),
    # Inside a match only: not what a look-behind or look-ahead tests around it.
    (r"(?<=Mr\. )Smith(?= said)", [("Smith",)]),
    (r"(?:^|(?<=[.!?] ))[A-Z][^.!?\n]{10,200}\?", [("?",)]),
    # Optional parts and alternatives with a bare branch require nothing.
    (r"(?:very )?good", [("good",)]),
    (r"bad|(?:\w+)", []),
    (r"(?:ab){2,}c", [("ab",), ("c",)]),
    # A group under flags of its own is left alone rather than misread.
    (r"x(?i:blame)y", [("x",), ("y",)]),
])
def test_required_texts_are_what_every_match_holds(pattern, expected):
    assert alternatives(pattern) == sorted(expected)


def test_look_behind_text_is_not_required_inside_the_search_range():
    pattern = re.compile(r"(?<=Mr\. )Smith")
    text = "Mr. Smith arrived."
    start = text.index("Smith")
    assert pattern.search(text, start, len(text))
    assert may_match(required_texts(pattern), text, fold_case(text), start, len(text))


def test_case_twins_of_ascii_are_all_there_are():
    """Every character that a case-insensitive pattern matches to an ASCII character is ASCII or a
    twin of one, and the twins fold to the right letter; no other character's lower case is longer
    (offsets in folded text stay those of the text)."""
    ascii_letter = re.compile(r"(?i)[\x00-\x7f]")
    twins = {}
    for code in range(0x80, 0x110000):
        char = chr(code)
        if ascii_letter.fullmatch(char):
            twins[char] = {a.lower() for a in map(chr, range(128)) if re.fullmatch("(?i)" + re.escape(a), char)}
        if len(char.lower()) != 1:
            assert char == "\u0130", f"{char!r} lowers to {char.lower()!r}"
    assert twins == {twin: {letter} for twin, letter in CASE_TWINS_OF_ASCII.items()}


@pytest.mark.parametrize("pattern, text", [
    (r"(?i)\bsaid\b", "He \u017faid so."), (r"(?i)kill", "to \u212aILL"), (r"(?i)high", "h\u0131gh"),
    (r"(?i)high", "H\u0130GH"), (r"(?i)either", "EITHER"), (r"(?i)\bor\b", "x Or y"),
])
def test_case_insensitive_requirements_follow_re_on_every_letter(pattern, text):
    compiled = re.compile(pattern)
    assert compiled.search(text)
    assert may_match(required_texts(compiled), text, fold_case(text), 0, len(text))


def test_folded_text_keeps_offsets():
    text = "İstanbul, ıı, ſtate, \u212aelvin, ÉCOLE, Straße"
    folded = fold_case(text)
    assert len(folded) == len(text)
    assert folded.startswith("istanbul, ii, state, kelvin, école")


def _random_text(rng: random.Random, words: list[str]) -> str:
    pieces = []
    for _ in range(rng.randint(1, 60)):
        word = rng.choice(words)
        word = rng.choice([word, word.upper(), word.capitalize(), word.replace("i", "ı"), word.replace("s", "ſ"),
                           word.replace("k", "\u212a"), word.replace("I", "İ")])
        pieces.append(word + rng.choice([" ", " ", ", ", ". ", "? ", "! ", "\n", "\n\n", " “", "” "]))
    return "".join(pieces)


def test_a_paragraph_ruled_out_never_holds_a_match_of_any_rule():
    """Every pattern rule, over random text made of the words of the patterns themselves (in all cases,
    and with the case twins of ASCII letters): wherever the pattern matches, ``may_match`` says so."""
    rules = [rule for rule in load_rulebook().rules if rule.pattern is not None]
    assert rules and all(rule.required for rule in rules)
    words = sorted({w for rule in rules for w in re.findall(r"[A-Za-z]+", rule.pattern.pattern)} | {"the", "why", "x"})
    rng = random.Random(7)
    found = skipped = 0
    for _ in range(3000):
        text = _random_text(rng, words)
        folded = fold_case(text)
        start = rng.randrange(len(text))
        end = rng.randrange(start, len(text) + 1)
        for rule in rules:
            matches = rule.pattern.search(text, start, end) is not None
            allowed = may_match(rule.required, text, folded, start, end)
            assert allowed or not matches, (rule.id, text[start:end])
            found += matches
            skipped += not allowed
    assert found > 100 and skipped > 1000       # both cases were met often
