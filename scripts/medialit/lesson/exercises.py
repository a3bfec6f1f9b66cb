"""Self-check exercises generated from a lesson's analysis.

Four kinds, each a multiple-choice question whose every option carries feedback that explains why:

- ``technique``: "which technique is this?" for a flagged passage; the distractors are other real
  techniques from the taxonomy and the feedback quotes the flag's reason;
- ``passage``: "find the passage that uses …"; the distractors are passages flagged with other
  techniques, so the feedback can say what each of them does instead;
- ``source``: how to find out who is behind the outlet (lateral reading), where the text first
  appeared, what an attribution verb does;
- ``verification``: how to check a claim of the text, and what a flag does and does not prove.

Self-check answers sit in the page by design (students check themselves, nothing is graded); graded
answer keys stay in the teacher edition only. Everything here is plain data; the template decides the
markup. Output is deterministic: "random" choices come from a hash of stable ids, never from a clock.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..analysis.claims import ranked_claims
from ..analysis.findings import Claim, TechniqueFinding, Voice
from ..analysis.taxonomy import Taxonomy
from .technique_questions import one_per_technique
from .wording import clean, outlet_name, quoted

MAX_TECHNIQUE = 3      # "which technique is this?"
MAX_PASSAGE = 2        # "find the passage that …"
DISTRACTORS = 3        # wrong options per "which technique" exercise
CONTEXT_CHARS = 110    # characters of the sentence shown on each side of a flagged passage
QUOTE_CHARS = 200      # longest quotation shown in an option or prompt


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str          # why this option is (not) the answer


@dataclass(frozen=True)
class Excerpt:
    """A flagged passage with the words around it, so students see it in its sentence."""

    before: str
    text: str
    after: str
    paragraph: int


@dataclass(frozen=True)
class Exercise:
    id: str                         # stable across builds: kind + the flag or claim it is about
    kind: str                       # technique | passage | source | verification
    prompt: str
    options: tuple[Option, ...]
    excerpt: Excerpt | None = None

    @property
    def answer(self) -> Option:
        return next(o for o in self.options if o.correct)


def build_exercises(lesson, taxonomy: Taxonomy) -> list[Exercise]:
    source, analysis = lesson.source, lesson.analysis
    shown = [f for f in analysis.shown_techniques if f.technique in taxonomy]
    picked = one_per_technique(shown)
    exercises = [technique_exercise(source, f, taxonomy, _also_found(f, analysis.techniques))
                 for f in picked[:MAX_TECHNIQUE]]
    exercises += [e for e in (passage_exercise(f, shown, taxonomy)
                              for f in _passage_targets(picked)) if e is not None][:MAX_PASSAGE]
    exercises += source_exercises(source, analysis.voices)
    exercises += verification_exercises(analysis.claims, _most_shown(shown, taxonomy))
    return exercises


# ------------------------------------------------------------------------------ which technique


def _also_found(finding: TechniqueFinding, findings) -> frozenset[str]:
    """The other techniques the analysis finds on the same words (shown or not): a student who names one
    of them is not wrong, so none is offered as a wrong answer."""
    return frozenset(f.technique for f in findings
                     if f.start < finding.end and finding.start < f.end and f.technique != finding.technique)


def technique_exercise(source, finding: TechniqueFinding, taxonomy: Taxonomy,
                       also_found: frozenset[str] = frozenset()) -> Exercise:
    right = taxonomy[finding.technique]
    # (A technique close to the flagged one, such as name calling for loaded language, may be right too,
    # and so may one the analysis finds on the same words.)
    others = [t for t in taxonomy.techniques if t.id != right.id and not taxonomy.close(t.id, right.id)
              and t.id not in also_found]
    wrong = _shuffled(finding.id, others)[:DISTRACTORS]
    reason = clean(finding.reason)
    options = [Option(right.name, True, f"Yes. The passage is flagged as {right.name.lower()}: {reason}.")]
    options += [Option(t.name, False, f"Not this one. {t.name}: {first_sentence(t.definition)} "
                                      f"This passage is flagged as {right.name.lower()} instead: {reason}.")
                for t in wrong]
    return Exercise(
        id=f"technique:{finding.id}", kind="technique",
        prompt="Which persuasion technique is flagged in the marked words?",
        options=tuple(_shuffled(finding.id + ":order", options)),
        excerpt=excerpt(source, finding),
    )


# ------------------------------------------------------------------------------ find the passage


def passage_exercise(target: TechniqueFinding, shown: list[TechniqueFinding], taxonomy: Taxonomy) -> Exercise | None:
    """Pick the passage flagged with the target technique among passages flagged with others."""
    same = [f for f in shown if f.technique == target.technique]
    taken_words = {clean(f.text).casefold() for f in same}
    candidates = [f for f in one_per_technique([f for f in shown if f.technique != target.technique
                                                 and not taxonomy.close(f.technique, target.technique)])
                  if clean(f.text).casefold() not in taken_words and not any(_overlap(f, s) for s in same)]
    wrong = _shuffled(target.id, candidates)[:DISTRACTORS - 1]
    if len(wrong) < 2:
        return None
    technique = taxonomy[target.technique]
    options = [Option(_passage_label(target), True,
                      f"Yes. {clip(clean(target.reason)).capitalize()}.")]
    options += [Option(_passage_label(f), False,
                       f"Not this one: it is flagged as {taxonomy[f.technique].name.lower()}, "
                       f"because {clip(clean(f.reason))}.")
                for f in wrong]
    return Exercise(
        id=f"passage:{target.id}", kind="passage",
        prompt=f"Which of these passages is flagged as {technique.name.lower()}? "
               f"{technique.name}: {first_sentence(technique.definition)}",
        options=tuple(_shuffled(target.id + ":order", options)),
    )


def _passage_targets(picked: list[TechniqueFinding]) -> list[TechniqueFinding]:
    """Techniques not asked about yet come first, so the passage exercises widen what is practised."""
    return picked[MAX_TECHNIQUE:] + picked[:MAX_TECHNIQUE]


def _passage_label(finding: TechniqueFinding) -> str:
    return f"¶{finding.paragraph}: “{clip(clean(finding.text))}”"


# ------------------------------------------------------------------------------ source and bias


def source_exercises(source, voices: tuple[Voice, ...]) -> list[Exercise]:
    meta = source.meta
    outlet = outlet_name(meta.publisher)
    exercises = [Exercise(
        id="source:lateral-reading", kind="source",
        prompt=f"You want to find out who runs {outlet} and whether it is a reliable source. "
               f"What is the best first step?",
        options=(
            Option(f"Search for {outlet} on other sites and read what independent sources say about it", True,
                   "Yes. This is lateral reading: professional fact-checkers leave a site to learn about it, "
                   "because others describe an outlet more freely than it describes itself."),
            Option(f"Read the “About us” page of {outlet}", False,
                   "Not the first step. An outlet's own page tells you how it wants to be seen; read it, "
                   "but check it against what others say about who runs and funds it."),
            Option("Judge how professional the website looks", False,
                   "Not this one. A polished design is cheap and says nothing about who is behind a site "
                   "or how it checks its facts."),
            Option("Check whether you agree with the article", False,
                   "Not this one. Agreeing or disagreeing tells you about your own views, not about the "
                   "source; a text you agree with needs the same checks."),
        ),
    )]
    if meta.republished:
        first = meta.republished[0]
        first_outlet = outlet_name(first.outlet, "the first outlet")
        options = [
            Option(first_outlet, True,
                   f"Yes. The publication chain on the source card starts at {first_outlet}"
                   f"{_on(first.date)}; {outlet} republished the text{_on(meta.published)}."),
            Option(outlet, False,
                   f"Not this one. {outlet} published the copy you are reading{_on(meta.published)}, but the "
                   f"publication chain on the source card shows an earlier publication."),
            Option("A news agency such as Reuters or AP", False,
                   "Not this one. Nothing on the source card points to a news agency; the publication chain "
                   "names the outlets the text passed through."),
        ]
        exercises.append(Exercise(
            id="source:first-publication", kind="source",
            prompt="Look at the source card. Where did this text appear first?",
            options=tuple(_shuffled("first-publication", options)),
        ))
    # A voice whose quoted words are the verb alone ("warning") gives students nothing to read the verb in.
    voice = next((v for v in voices if v.verb and not v.verb_neutral and v.speaker
                  and len(clean(v.text).split()) >= 2), None)
    if voice is not None:
        verb = clean(voice.verb)
        exercises.append(Exercise(
            id=f"source:verb@{voice.start}", kind="source",
            prompt=f"In ¶{voice.paragraph} the text says: {quoted(clip(clean(voice.text)))}. "
                   f"What does the verb “{verb}” do that “said” would not?",
            options=tuple(_shuffled(f"verb@{voice.start}", [
                # (Not "the quotation": the verb often introduces reported speech, with no quotation marks.)
                Option(f"It colours the words it introduces: “{verb}” hints how the reader should take them", True,
                       f"Yes. “Said” only reports that words were spoken; “{verb}” adds the writer's view of "
                       f"them. Check the original statement and decide for yourself."),
                Option("Nothing: it is just another word for “said”", False,
                       f"Not quite. Attribution verbs are not interchangeable: “{verb}” suggests something "
                       f"about the speaker or the claim, “said” does not."),
                Option("It proves the speaker was lying", False,
                       "No. A verb chosen by the writer proves nothing about the speaker; only the evidence "
                       "about what was said, and whether it was true, can settle that."),
            ])),
        ))
    return exercises


def _on(date) -> str:
    return f" on {date.isoformat()}" if date else ""


# ------------------------------------------------------------------------------ verification

# What checks a claim best, by the kind the analysis gave it.
CHECKS = {
    "document": "Find the document itself and read the part the text relies on",
    "quotation": "Find the full original statement or transcript and read the words around the quotation",
    "reported": "Find what the person actually said, in a transcript or statement, and compare it with the summary",
    "number": "Find where the number comes from (a report, an official statistic) and check what it counts and when",
    "event": "Compare with reports from news agencies and outlets in other countries on the same day",
    "date": "Find a record from the time, such as a news agency report or an official document",
    "correction": "Find the correction or the original report it corrects and compare the two",
    "prediction": "Find whose forecast it is and what it rests on, and what would show later whether it came true",
    "statement": "Separate what a report could confirm from the writer's judgement, and check the first part",
}
WEAK_CHECKS = (
    ("Search for the sentence and count how many sites repeat it",
     "Not this one. Many sites copy each other: a claim repeated a hundred times can still come from one "
     "unchecked source. Go to where it started."),
    ("Decide by whether the outlet usually gets things right",
     "Not enough. An outlet's record is a clue about how careful to be, not a check of this claim; good "
     "outlets make mistakes and poor ones report true things."),
    ("Decide by whether it fits what you already know",
     "Not this one. Fitting what we already believe makes a claim feel true; that is exactly when it needs "
     "checking."),
)


def verification_exercises(claims: tuple[Claim, ...], technique: str | None = "loaded language") -> list[Exercise]:
    """How to check a claim; and, when the lesson shows flags, what a flag of its most used technique
    (``technique``, a name in lower case) does and does not tell. No flag shown, no question about one."""
    exercises = []
    if technique:
        exercises.append(Exercise(
            id="verification:what-a-flag-shows", kind="verification",
            prompt=f"A passage of the text is flagged as {technique}. What does that tell you about the claim it makes?",
            options=(
                Option("Nothing yet about whether the claim is true: it shows how the claim is worded, and where to look for evidence", True,
                       "Yes. A flag is about wording. A true claim can be put in persuasive words and a false one in "
                       "neutral words; only evidence settles which it is."),
                Option("The claim is false", False,
                       f"No. {technique[:1].upper() + technique[1:]} works on how the reader takes a claim; it does not "
                       "make the claim false. Check the claim against evidence."),
                Option("The author is lying on purpose", False,
                       "No. A flag says nothing about intent. Writers persuade out of conviction, habit or style as "
                       "well as on purpose."),
            ),
        ))
    claim = _claim_to_check(claims)
    if claim is not None:
        wrong = [Option(text, False, feedback) for text, feedback in WEAK_CHECKS]
        right = Option(CHECKS[claim.kind], True,
                       f"Yes. This is a {claim.kind} claim: {CHECKS[claim.kind][0].lower()}{CHECKS[claim.kind][1:]}. "
                       f"Go to the source of the claim, then compare what you find with what the text says.")
        exercises.append(Exercise(
            id=f"verification:claim@{claim.start}", kind="verification",
            prompt=f"¶{claim.paragraph} says: {quoted(clip_to_cues(clean(claim.text), claim.cues))} "
                   f"What is the best way to check this?",
            options=tuple(_shuffled(f"claim@{claim.start}", [right, *wrong])),
        ))
    return exercises


def _most_shown(shown: list[TechniqueFinding], taxonomy: Taxonomy) -> str | None:
    """The name (lower case) of the technique the lesson shows most often, or None when it shows none."""
    counts: dict[str, int] = {}
    for finding in shown:
        counts[finding.technique] = counts.get(finding.technique, 0) + 1
    if not counts:
        return None
    return taxonomy[min(counts, key=lambda t: (-counts[t], t))].name.lower()


def _claim_to_check(claims: tuple[Claim, ...]) -> Claim | None:
    """The claim most worth checking (a known check first, then by check-worthiness) of a kind we know how
    to check, long enough to quote; not the first in text order, which may be an opinion that only just
    passed. (Ranked first, then cleaned until one is long enough: cleaning every claim cost ~0.2 ms.)"""
    ranked = ranked_claims([c for c in claims if c.kind in CHECKS])
    return next((c for c in ranked if len(clean(c.text)) >= 30), None)


# ------------------------------------------------------------------------------ helpers

def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def clip_to_cues(text: str, cues: tuple[str, ...], limit: int = QUOTE_CHARS) -> str:
    """``clip``, but the words to check stay in: when the first cue lies past the cut ("hundreds of
    thousands" at the end of a long sentence), the clip starts a little before it, after "…". A prompt
    that asks where a number comes from must show the number."""
    clipped = clip(text, limit)
    cue = next((clean(c) for c in cues if clean(c) and clean(c) in text), None)
    if cue is None or cue in clipped.rstrip("…"):
        return clipped
    at = text.index(cue)
    start = text.rfind(" ", 0, max(0, at - limit // 3)) + 1
    return "…" + clip(text[start:], limit - 1)


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    cut = re.search(r"[.!?](\s|$)", text)
    return text[: cut.end()].strip() if cut else text


_OPENING_MARK = re.compile(r"(?:^|(?<=\s))[*_]{1,3}(?=[^\s*_])")
_CLOSING_MARK = re.compile(r"(?<=[^\s*_])[*_]{1,3}(?=\s|$)")


def excerpt(source, finding: TechniqueFinding) -> Excerpt:
    """The sentence around a flagged passage, cut to a readable length on word boundaries."""
    paragraph = next((p for p in source.paragraphs if p.number == finding.paragraph), None)
    lo, hi = (paragraph.start, paragraph.end) if paragraph else (finding.start, finding.end)
    content = source.content
    head = content[lo:finding.start]
    tail = content[finding.end:hi]
    # A sentence ends at . ! ? or at a line break (a title or a caption run into the paragraph).
    starts = [m.end() for m in re.finditer(r"[.!?][\"”’)]*\s+|\n", head)]
    head = head[starts[-1]:] if starts else head
    stop = re.search(r"[.!?][\"”’)]*(\s|$)|(?=\n)", tail)
    tail = tail[: stop.end()] if stop else tail
    # The flagged words may sit inside emphasis ("**... Blame NATO.**"): cut there, each side keeps
    # half of a pair of marks, which clean() leaves alone, so those halves go here.
    before, after = _OPENING_MARK.sub("", clean(head)), _CLOSING_MARK.sub("", clean(tail))
    if len(before) > CONTEXT_CHARS:
        before = "…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(after) > CONTEXT_CHARS:
        after = after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    text = clean(finding.text)
    return Excerpt(before=before + (" " if head[-1:].isspace() and before else ""),
                   text=text, after=(" " if tail[:1].isspace() and after else "") + after,
                   paragraph=finding.paragraph)


def _overlap(a: TechniqueFinding, b: TechniqueFinding) -> bool:
    return a.start < b.end and b.start < a.end


def _shuffled(key: str, items: list) -> list:
    """A stable order that looks random: sorted by a hash of the key and each item's position."""
    def rank(pair):
        return hashlib.sha256(f"{key}|{pair[0]}".encode()).hexdigest()
    return [item for _, item in sorted(enumerate(items), key=rank)]
