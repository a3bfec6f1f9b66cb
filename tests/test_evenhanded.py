"""Even-handedness: the same rule fires whichever side a text takes; neutral wire copy stays unflagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.rules import load_rulebook
from medialit.analysis.techniques import QUOTED_PREFIX, detect_techniques
from medialit.text.source import load_source

MIRRORS = [
    ("Analysts watched the Kremlin regime closely.", "Analysts watched the Washington regime closely."),
    ("NATO warmongers met in Brussels.", "Russian warmongers met in Moscow."),
    ("Moscow's puppet government in Donetsk voted.", "Washington's puppet government in Kyiv voted."),
    ("The so-called Russian peacekeepers arrived.", "The so-called Western peacekeepers arrived."),
    ("He dismissed the hysterical anti-Russian rhetoric.", "He dismissed the hysterical anti-Western rhetoric."),
    ("Far-left activists marched.", "Far-right activists marched."),
    ("Putin's propaganda machine is at work.", "Biden's propaganda machine is at work."),
    ("The Kremlin has no choice but to respond.", "The Pentagon has no choice but to respond."),
    ("Who started it? Blame Russia.", "Who started it? Blame NATO."),
    ('"The Western regime lies," Lavrov said.', '"The Russian regime lies," Blinken said.'),
    ("Europe is a vassal of America.", "Belarus is a vassal of Russia."),
    ("Ukraine's defenders are patriots who love our nation.", "Russia's soldiers are patriots who love our nation."),
    ("It could drag Europe into a nuclear war, Moscow warned.", "It could drag Europe into a nuclear war, Washington warned."),
    # cases for the learnt models: names and side words enter them only as one placeholder
    ("Terrified Americans fear the brutal Russian invasion will destroy their cities.",
     "Terrified Russians fear the brutal American invasion will destroy their cities."),
    ("Trump's cronies are shameless liars who betray the nation.", "Obama's cronies are shameless liars who betray the nation."),
    ("Republicans are destroying our country, and every patriot knows it.",
     "Democrats are destroying our country, and every patriot knows it."),
    # passage rules, lexicon words and capitals (issue 14)
    ("Without Russian gas there cannot be growth in Europe.", "Without American gas there cannot be growth in Europe."),
    ("Not arming Ukraine means helping the aggressor.", "Not arming Russia means helping the aggressor."),
    ("Our ancestors did not defend Kyiv so that we could look away.",
     "Our ancestors did not defend Moscow so that we could look away."),
    ("There has been no evidence that the Kremlin read the report.",
     "There has been no evidence that the Pentagon read the report."),
    ("The Israeli strikes were a barbarity, and the generals are fearmongers.",
     "The Palestinian strikes were a barbarity, and the generals are fearmongers."),
    ("The Democrats call it SHAMEFUL LIES!", "The Republicans call it SHAMEFUL LIES!"),
    ("For Russia! For Victory! Hooray!", "For Ukraine! For Victory! Hooray!"),
    ("Billions are being transferred to Big Pharma.", "Billions are being transferred to Big Oil."),
    # labels for people, quoted labels and whataboutism (issue 14, hl-14c)
    ("The Kremlin's critics are racists and traitors.", "The Pentagon's critics are racists and traitors."),
    ('Moscow calls its critics "fascists" every day.', 'Kyiv calls its critics "fascists" every day.'),
    ("Washington condemns the shelling but conveniently ignores its own drone strikes.",
     "Moscow condemns the shelling but conveniently ignores its own drone strikes."),
    ("Can you imagine the outcry if Israel had done this?", "Can you imagine the outcry if Hamas had done this?"),
    ("The Israeli army is a barbaric organization.", "The Palestinian army is a barbaric organization."),
    ("Hamas is a terror group, the minister said.", "Likud is a terror group, the minister said."),
    ("Is sanctioning Russia really the only way to end the war?", "Is sanctioning Israel really the only way to end the war?"),
    # rule families the display policy reports but never shows (corpus cues, VADER's words; hl-18)
    ("The Russian shelling had a devastating impact, and the miserable villagers fled.",
     "The Ukrainian shelling had a devastating impact, and the miserable villagers fled."),
]

NEUTRAL_WIRE = """Ministers meet on grain corridor

KYIV/ANKARA, March 3 - Ukraine's foreign minister met his Turkish counterpart in Ankara on Thursday to discuss
the shipment of grain through the Black Sea, the two ministries said in separate statements.

Turkey has offered to host further talks between Kyiv and Moscow. A spokesperson for Russia's foreign ministry
said on Wednesday that Moscow was studying the proposal and would reply next week.

About 20 million tonnes of grain are stored in Ukrainian ports, according to estimates by the United Nations.
Wheat prices on the Chicago exchange rose 2.1 percent after the meeting was announced.

NATO said in a statement that allied ships would continue routine patrols in international waters. The Kremlin
declined to comment on the patrols. (Reporting by staff in Kyiv and Ankara; editing by the desk)
"""


def flags(tmp_path: Path, text: str, name: str = "t.txt"):
    path = tmp_path / name
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path))


def signature(findings):
    # (primary: whether the display policy may show the flag, decided alike on both sides)
    return sorted((f.technique, f.rule, f.confidence, f.primary, f.reason.startswith(QUOTED_PREFIX)) for f in findings)


@pytest.mark.parametrize("left,right", MIRRORS, ids=[m[0][:30] for m in MIRRORS])
def test_mirror_sentences_are_flagged_alike(tmp_path, left, right):
    a, b = flags(tmp_path, left, "a.txt"), flags(tmp_path, right, "b.txt")
    assert a, f"nothing flagged in {left!r}"
    assert signature(a) == signature(b)


def test_neutral_wire_copy_stays_unflagged(tmp_path):
    findings = flags(tmp_path, NEUTRAL_WIRE)
    assert [f.text for f in findings if f.confidence >= DEFAULT_THRESHOLD] == []
    assert len(findings) <= 2, [(f.rule, f.text) for f in findings]


def test_corpus_cues_never_name_a_side():
    rulebook = load_rulebook()
    assert not {c.cue for c in rulebook.cues} & rulebook.settings.side_words
