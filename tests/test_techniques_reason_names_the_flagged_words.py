"""A word flag's reason names the words the highlight shows, not a word beside them.

A rule whose span reaches past its own word ("rogue" with the noun after it) used to lend its reason to
the token model's flag on the noun alone, so the highlight on "arsonists" read "'rogue' is a strongly
negative word". These texts are our own."""
import re

import pytest

from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def _word_flags(tmp_path, phrase):
    path = tmp_path / "depot.txt"
    path.write_text("Depot fire inquiry\n\n"
                    f"The council blamed the fire at the depot on “{phrase},” and later changed its account of the night.\n\n"
                    "Officials said the inquiry would report in the spring.\n", encoding="utf-8")
    return [t for t in detect_techniques(load_source(path), threshold=0.0) if t.rule.endswith(".model")]


@pytest.mark.parametrize("phrase", ["rogue killers", "rogue arsonists", "rogue gunmen", "cruel murderers"])
def test_a_model_flag_quotes_only_words_it_highlights(tmp_path, phrase):
    flags = _word_flags(tmp_path, phrase)
    assert flags, "the token model flags a word of the phrase"
    for flag in flags:
        quoted = re.findall(r"'([^']+)'", flag.reason)
        assert quoted, flag.reason
        assert all(q.casefold() in flag.text.casefold() for q in quoted), (flag.text, flag.reason)


def test_a_single_word_is_named_in_the_singular(tmp_path):
    flag = next(f for f in _word_flags(tmp_path, "rogue arsonists") if " " not in f.text)
    assert flag.reason.startswith(f"'{flag.text}'")
    assert "without it" in flag.reason and "these" not in flag.reason
