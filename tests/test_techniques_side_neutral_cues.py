"""Corpus cues are side-neutral: an annotated use next to a side word or a name is no evidence for a cue
(``rules_derive.next_to_a_side``), so a word marked only in one camp's nickname never becomes a cue."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from medialit.analysis.rules import RULES_DIR, load_rulebook
from medialit.analysis.rules_derive import Article, derive_cues
from medialit.text.source import load_source

# A toy corpus of my own: "grumpy" is marked (name calling) only in a camp's nickname (capitalised, as a
# name) and unmarked elsewhere; "wretched" is marked before plain nouns, in every use.
PARAGRAPHS = [
    "Notes of the week",
    "The speaker said the Grumpy Bluecoats had lost the vote again.",
    "Later she spoke of a wretched scheme that nobody wanted.",
    "A columnist wrote that the Grumpy Bluecoats would never learn.",
    "The wretched plan was dropped after a week of talks.",
    "Everyone knew the Grumpy Bluecoats were behind the delay.",
    "It was a wretched outcome for the town and its council.",
    "Again the Grumpy Bluecoats blamed the weather for it all.",
    "Readers called it a wretched result in their letters.",
    # unmarked plain uses, so that the word is mostly written in lower case (a word, not a name)
    "The old cat was grumpy all day.",
    "By noon the driver felt grumpy and tired.",
    "Some say a grumpy morning makes a slow week.",
    "Her grumpy uncle liked the rain.",
    "They were grumpy about the noise.",
]
MARKED = ("Grumpy", "wretched")


def toy_articles(tmp_path: Path) -> list[Article]:
    articles = []
    for n in range(2):
        path = tmp_path / f"article{n}.txt"
        text = "\n\n".join(PARAGRAPHS) + "\n"
        path.write_text(text, encoding="utf-8")
        source = load_source(path)
        gold, start = [], source.body_start
        while True:
            hits = [(text.find(w, start), w) for w in MARKED if text.find(w, start) >= 0]
            if not hits:
                break
            at, word = min(hits)
            gold.append(("name-calling", at, at + len(word)))
            start = at + len(word)
        articles.append(Article(str(n), source, tuple(gold)))
    return articles


def test_a_word_marked_only_beside_a_name_is_no_cue(tmp_path):
    base = load_rulebook(with_corpus=False)
    cues = {(c.technique, c.cue) for c in derive_cues(toy_articles(tmp_path), base)}
    assert ("name-calling", "wretched") in cues
    assert ("name-calling", "grumpy") not in cues


def test_without_the_side_window_the_nickname_word_would_be_a_cue(tmp_path):
    """The check above can fail: with the window off, the same counts make "grumpy" a cue."""
    base = load_rulebook(with_corpus=False)
    off = dataclasses.replace(base, settings=dataclasses.replace(base.settings, cue_side_window=0))
    cues = {(c.technique, c.cue) for c in derive_cues(toy_articles(tmp_path), off)}
    assert {("name-calling", "wretched"), ("name-calling", "grumpy")} <= cues


def test_a_side_word_in_the_list_counts_as_a_side_even_in_lower_case(tmp_path):
    base = load_rulebook(with_corpus=False)
    side = sorted(base.settings.side_words)[0]
    lowered = [p.replace("Grumpy Bluecoats", f"grumpy {side}") for p in PARAGRAPHS]
    path = tmp_path / "article9.txt"
    text = "\n\n".join(lowered) + "\n"
    path.write_text(text, encoding="utf-8")
    source = load_source(path)
    gold = tuple(("name-calling", i, i + len("grumpy")) for i in _all(text, f"grumpy {side}"))
    cues = {(c.technique, c.cue) for c in derive_cues([Article("9", source, gold)] * 2, base)}
    assert ("name-calling", "grumpy") not in cues


def _all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_the_shipped_cue_list_holds_no_cue_learnt_from_a_nickname():
    """The cue hl-23's read rejected ("angry" as name calling: all its marked uses on the PTC were one camp's
    nickname) is not in the shipped list, and no shipped cue is itself a side word."""
    rows = [line.split("\t") for line in (RULES_DIR / "ptc-cues.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "technique"))]
    cues = {(technique, cue) for technique, cue, *_ in rows}
    assert ("name-calling", "angry") not in cues
    side_words = load_rulebook(with_corpus=False).settings.side_words
    assert not {cue for _, cue in cues} & side_words
