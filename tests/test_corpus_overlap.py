"""The check that no quoted string of ours repeats a corpus text (benchmarks/corpus_overlap.py), on texts of
our own: a corpus stand-in, a copied string and a rewritten one."""

from __future__ import annotations

import corpus_overlap  # benchmarks/ is on pytest's path (pyproject.toml)


CORPUS = " ".join("The harbour board of Northtown voted on Monday to close the old pier for the whole of the "
                  "winter season.".lower().split())


def test_a_quoted_copy_is_found_and_a_rewrite_or_a_short_phrase_is_not():
    overlaps = corpus_overlap.overlaps
    copied = 'body = "Yesterday the harbour board of Northtown voted on Monday to close the old pier again."'
    rewritten = 'body = "The ferry council of Southport decided on Friday to shut the new dock for a month."'
    short = 'name = "the harbour board of Northtown"'
    assert overlaps(copied, CORPUS, 9) == [copied.split('"')[1]]
    assert overlaps(rewritten, CORPUS, 9) == [] and overlaps(short, CORPUS, 9) == []
    assert overlaps(copied, CORPUS, 15) == [], "fewer words in common than asked for"
