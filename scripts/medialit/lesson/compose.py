"""Compose a lesson from a source and its analysis.

A lesson is plain data: the numbered text with its flags, the questions with their keys, activities,
readings and the timing plan. Rendering (templates) and writing (site) come later and decide what each
edition shows; nothing here formats Markdown or HTML.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace

from . import bias, verification
from ..analysis import Analysis
from ..analysis.findings import Claim, TechniqueFinding
from .outlets import OutletProfile, Outlets
from .questions import LEVELS, SECTIONS, Answer, Question
from .readings import Catalog, ReadingList, select_readings
from ..text.source import Source
from ..analysis.taxonomy import Taxonomy

WORDS_PER_MINUTE = 200          # silent reading, secondary students
SESSION_LENGTHS = (45, 90)      # the periods a teacher usually has; each gets a plan that fits
MIN_QUESTIONS_PER_SECTION = 4   # for a text of 500+ words
MAX_QUESTIONS_PER_SECTION = 6   # more would not fit a double period; the rest stay in the analysis
LONG_TEXT_WORDS = 500


@dataclass(frozen=True)
class Activity:
    title: str
    minutes: int
    instructions: str
    paragraph: int | None = None
    quote: str | None = None
    teacher_note: str | None = None


@dataclass(frozen=True)
class TimingStep:
    minutes: int
    step: str


@dataclass(frozen=True)
class Lesson:
    slug: str
    source: Source
    analysis: Analysis
    profiles: tuple[tuple[str, OutletProfile | None], ...]   # (outlet name, profile) in publication order
    questions: tuple[Question, ...]
    activities: tuple[Activity, ...]
    readings: ReadingList
    reading_minutes: int
    techniques_used: tuple[tuple[str, int], ...]            # (technique id, shown flags), most used first
    timing: tuple[TimingStep, ...] = field(default=())
    sessions: tuple[tuple[int, tuple[TimingStep, ...]], ...] = field(default=())   # (45, plan), (90, plan)
    context: dict = field(default_factory=dict)               # extra context for the source/verification partials

    @property
    def lesson_minutes(self) -> int:
        return sum(step.minutes for step in self.timing)

    def questions_in(self, section: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.section == section)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({*self.source.meta.topics, *(name for name, _ in self.profiles)}))


def compose_lesson(source: Source, analysis: Analysis, taxonomy: Taxonomy, outlets: Outlets,
                   catalog: Catalog, slug: str | None = None) -> Lesson:
    # Each profile without the facts meant for other texts (a note on what one article quotes).
    profiles = tuple((name, profile.for_text(source) if profile else None)
                     for name, profile in ((n, outlets.profile_for(n)) for n in source.meta.publication_chain))
    context = bias.partial_context(source, analysis)
    questions = sorted(
        [*select_questions(technique_questions(source, analysis, taxonomy)),
         *select_questions(bias.source_questions(source, analysis, list(profiles), context["framing"],
                                                 context["voice_summary"])),
         *select_questions(verification.verification_questions(source, analysis))],
        key=Question.sort_key,
    )
    activities = tuple(compose_activities(source, analysis, taxonomy))
    reading_minutes = max(1, math.ceil(source.word_count / WORDS_PER_MINUTE))
    used = Counter(f.technique for f in analysis.shown_techniques)
    lesson = Lesson(
        slug=slug or source.slug,
        source=source,
        analysis=analysis,
        profiles=profiles,
        questions=tuple(questions),
        activities=activities,
        readings=select_readings(source, analysis, catalog, outlets),
        reading_minutes=reading_minutes,
        techniques_used=tuple(sorted(used.items(), key=lambda kv: (-kv[1], kv[0]))),
        context=context,
    )
    return _with_timing(lesson)


# ------------------------------------------------------------------------------------------ questions


def select_questions(questions: list[Question], limit: int = MAX_QUESTIONS_PER_SECTION) -> list[Question]:
    """At most ``limit`` questions, taken in turn from each level so the section still runs from
    identifying to evaluating; within a level the generator's order (its priority) is kept."""
    by_level: dict[str, list[Question]] = {}
    for question in questions:
        by_level.setdefault(question.level, []).append(question)
    chosen: list[Question] = []
    while len(chosen) < limit and any(by_level.values()):
        for level in LEVELS:
            if by_level.get(level) and len(chosen) < limit:
                chosen.append(by_level[level].pop(0))
    return chosen


def technique_questions(source: Source, analysis: Analysis, taxonomy: Taxonomy) -> list[Question]:
    """Questions on the shown flags, from identifying a technique to rewriting the passage."""
    shown = list(analysis.shown_techniques)
    distinct = _one_per_technique(shown)
    questions: list[Question] = []
    for finding in distinct[:3]:
        technique = taxonomy[finding.technique]
        questions.append(Question(
            section="techniques", level="identify", paragraph=finding.paragraph, quote=finding.text,
            prompt="Without looking at the highlights: which persuasion technique do these words use, and which "
                   "word or phrase gives it away?",
            answer=_technique_answer(finding, technique.name, f"Names {technique.name.lower()} and points at "
                                     f"{_cue_list(finding)}; explains that {finding.reason}."),
            minutes=2,
        ))
    for finding in distinct[3:5] or distinct[:2]:
        technique = taxonomy[finding.technique]
        questions.append(Question(
            section="techniques", level="analyse", paragraph=finding.paragraph, quote=finding.text,
            prompt=f"These words are flagged as {technique.name.lower()}. {technique.question}",
            answer=_technique_answer(finding, technique.name, f"Offers a plain alternative and says how the "
                                     f"reader's impression changes; recognises that {finding.reason}."),
            minutes=4,
        ))
    busiest = _busiest_paragraph(shown)
    if busiest is not None:
        number, flags = busiest
        names = ", ".join(sorted({taxonomy[f.technique].name.lower() for f in flags}))
        questions.append(Question(
            section="techniques", level="evaluate", paragraph=number, quote=_first_sentence(source, number),
            prompt=f"Paragraph {number} carries {len(flags)} flags ({names}). Does the paragraph give evidence for "
                   f"its conclusion, or do the words do the work? Quote the evidence you find.",
            answer=Answer(good_answer="Separates the checkable statements from the wording that tells the reader "
                          "how to feel; judges whether the evidence given supports the conclusion.",
                          why="; ".join(f"“{f.text}”: {f.reason}" for f in flags[:4])),
            minutes=6,
        ))
        questions.append(Question(
            section="techniques", level="create", paragraph=number, quote=_first_sentence(source, number),
            prompt=f"Rewrite paragraph {number} in words that a reporter on either side could accept. Keep every "
                   f"checkable fact; drop or replace the flagged words.",
            answer=Answer(good_answer="Keeps names, dates and numbers; replaces labels and loaded words with "
                          "neutral ones; attributes opinions to whoever holds them."),
            minutes=8,
        ))
    questions.extend(_fallback_questions(source, len(questions)))
    return questions


def _technique_answer(finding: TechniqueFinding, name: str, good: str) -> Answer:
    return Answer(good_answer=good, technique=finding.technique, why=f"{name}: {finding.reason}")


def _one_per_technique(findings: list[TechniqueFinding]) -> list[TechniqueFinding]:
    """The surest finding of each technique, most confident first, so questions cover many techniques."""
    best: dict[str, TechniqueFinding] = {}
    for finding in findings:
        current = best.get(finding.technique)
        if current is None or (finding.confidence, -finding.start) > (current.confidence, -current.start):
            best[finding.technique] = finding
    return sorted(best.values(), key=lambda f: (-f.confidence, f.start))


def _busiest_paragraph(findings: list[TechniqueFinding]) -> tuple[int, list[TechniqueFinding]] | None:
    by_paragraph: dict[int, list[TechniqueFinding]] = {}
    for finding in findings:
        by_paragraph.setdefault(finding.paragraph, []).append(finding)
    if not by_paragraph:
        return None
    number = min(by_paragraph, key=lambda n: (-len({f.technique for f in by_paragraph[n]}), -len(by_paragraph[n]), n))
    return number, by_paragraph[number]


def _fallback_questions(source: Source, have: int) -> list[Question]:
    """When few flags are shown, ask students to look for themselves in the longest paragraphs."""
    wanted = MIN_QUESTIONS_PER_SECTION if source.word_count >= LONG_TEXT_WORDS else 2
    longest = sorted(source.paragraphs, key=lambda p: (-(p.end - p.start), p.number))
    questions = []
    for paragraph in longest[: max(0, wanted - have)]:
        questions.append(Question(
            section="techniques", level="analyse", paragraph=paragraph.number,
            quote=_first_sentence(source, paragraph.number),
            prompt="The detector flagged nothing it was sure of here. Look for yourself: is there a word that tells "
                   "you how to feel, a label instead of a name, or a claim bigger than its evidence?",
            answer=Answer(good_answer="Either points at specific wording and names the technique with a reason, or "
                          "argues with evidence from the text that the paragraph is neutral."),
            minutes=3,
        ))
    return questions


def _first_sentence(source: Source, number: int, limit: int = 160) -> str:
    text = " ".join(source.paragraph_text(number).split())
    for end in (". ", "? ", "! "):
        cut = text.find(end)
        if 0 < cut < limit:
            return text[: cut + 1]
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _cue_list(finding: TechniqueFinding) -> str:
    cues = finding.cues or (finding.text,)
    return ", ".join(f"“{c}”" for c in cues[:3])


# ----------------------------------------------------------------------------------------- activities


def compose_activities(source: Source, analysis: Analysis, taxonomy: Taxonomy) -> list[Activity]:
    activities = []
    shown = list(analysis.shown_techniques)
    busiest = _busiest_paragraph(shown)
    if busiest is not None:
        number, flags = busiest
        activities.append(Activity(
            title="Rewrite it neutrally", minutes=10, paragraph=number, quote=_first_sentence(source, number),
            instructions=f"In pairs, rewrite paragraph {number} as a wire-service reporter would: keep every fact "
                         f"that can be checked, replace the {len(flags)} flagged passages with neutral words, and "
                         f"attribute each opinion to whoever holds it. Then swap with another pair: what did the "
                         f"rewrite lose, and what did it keep?",
            teacher_note="A good rewrite is shorter and duller. Ask what the original's wording added that the "
                         "facts alone did not.",
        ))
    document_claim = _claim_for_tracing(analysis.claims)
    if document_claim is not None:
        activities.append(Activity(
            title="Find the primary document", minutes=15, paragraph=document_claim.paragraph,
            quote=document_claim.text,
            instructions="Find the original document, transcript or report behind this statement. Read the part "
                         "the text relies on. Does the original say what the text says it says? What does it say "
                         "that the text leaves out?",
            teacher_note="Point groups to the primary documents in the reading list if they get stuck after five "
                         "minutes; the skill is the search, not the memory.",
        ))
    activities.append(Activity(
        title="Read laterally", minutes=10,
        instructions="Open three new tabs. Search for the outlet and the author on sites other than their own. "
                     "Write down who runs the outlet, who funds it and what independent sources say about it, "
                     "each with where you found it.",
        teacher_note="Students often read the outlet's own 'About' page first; praise them when they leave the "
                     "site instead.",
    ))
    return activities


def _claim_for_tracing(claims: tuple[Claim, ...]) -> Claim | None:
    ranked = sorted(claims, key=lambda c: ({"document": 0, "quotation": 1, "event": 2}.get(c.kind, 3), c.start))
    return ranked[0] if ranked else None


# --------------------------------------------------------------------------------------------- timing


def _with_timing(lesson: Lesson) -> Lesson:
    per_section = {s: sum(q.minutes for q in lesson.questions_in(s)) for s in SECTIONS}
    steps = [
        TimingStep(5, "Before you read: investigate the source card and the outlet"),
        TimingStep(lesson.reading_minutes, "First reading, highlights off"),
        TimingStep(max(3, lesson.reading_minutes // 2), "Second reading, highlights on; read the reasons"),
        TimingStep(per_section["techniques"], "Guiding questions: propaganda techniques"),
        TimingStep(per_section["source"], "Guiding questions: source and bias"),
        TimingStep(per_section["verification"], "Guiding questions: verification"),
        *(TimingStep(a.minutes, f"Activity: {a.title}") for a in lesson.activities[:2]),
        TimingStep(5, "Key points and exit question"),
    ]
    # One copy of the lesson with both: session plans do not read the overall timing.
    return replace(lesson, timing=tuple(s for s in steps if s.minutes > 0),
                   sessions=tuple((length, session_plan(lesson, length)) for length in SESSION_LENGTHS))


def session_plan(lesson: Lesson, length: int) -> tuple[TimingStep, ...]:
    """A plan that fits one period: the source first, a capped reading, then questions in the order a
    class should meet them (identify before evaluate, each section represented), an activity when a
    double period leaves room, and the exit question. Questions are named as the page numbers them."""
    reading = min(lesson.reading_minutes, 10 if length < 60 else 15)
    note = "" if reading == lesson.reading_minutes else " (the paragraphs the questions point to; the rest as homework)"
    steps = [TimingStep(5, "Before you read: the source card and one lateral search"),
             TimingStep(reading, f"First reading, highlights off{note}"),
             TimingStep(3, "Highlights on: which flags did the class find, miss or dispute?")]
    budget = length - sum(s.minutes for s in steps) - 5
    if length >= 90 and lesson.activities and lesson.activities[0].minutes <= budget // 2:
        activity = lesson.activities[0]
        budget -= activity.minutes
    else:
        activity = None
    numbers = {id(q): n for n, q in enumerate(lesson.questions, 1)}
    chosen = []
    for question in _questions_in_teaching_order(lesson):
        if question.minutes <= budget:
            chosen.append(question)
            budget -= question.minutes
    if chosen:
        steps.append(TimingStep(sum(q.minutes for q in chosen), "Questions " + ", ".join(
            f"Q{numbers[id(q)]}" for q in sorted(chosen, key=lambda q: numbers[id(q)]))))
    if activity is not None:
        steps.append(TimingStep(activity.minutes, f"Activity: {activity.title}"))
    steps.append(TimingStep(5, "Key points and exit question"))
    return tuple(steps)


def _questions_in_teaching_order(lesson: Lesson) -> list[Question]:
    """One question of each section at each level in turn, so even a short plan touches techniques,
    the source and verification before it goes deeper into any of them."""
    order = []
    for level in LEVELS:
        for section in SECTIONS:
            order.extend(q for q in lesson.questions_in(section) if q.level == level)
    return order

