"""Compose a lesson from a source and its analysis.

A lesson is plain data: the numbered text with its flags, the questions with their keys, activities,
readings and the timing plan. Rendering (templates) and writing (site) come later and decide what each
edition shows; nothing here formats Markdown or HTML.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import bias, verification
from ..analysis import Analysis
from ..analysis.findings import Claim
from .outlets import OutletProfile, Outlets
from .authorship import Authorship, authorship
from .questions import LEVELS, SECTIONS, Question
from .technique_questions import rewrite_targets
from .technique_questions import technique_questions as _technique_questions
from .wording import author_name, clean, count, outlet_name, quote_in, quoted
from .readings import Catalog, ReadingList, select_readings
from ..text.source import Source
from ..analysis.taxonomy import Taxonomy

WORDS_PER_MINUTE = 200          # silent reading, secondary students
SESSION_LENGTHS = (45, 90)      # the periods a teacher usually has; each gets a plan that fits
MIN_QUESTIONS_PER_SECTION = 4   # for a text of 500+ words
MAX_QUESTIONS_PER_SECTION = 6   # more would not fit a double period; the rest stay in the analysis
LONG_TEXT_WORDS = 500
MAX_TAGS = 4                    # tag chips above a lesson's title
BEFORE_YOU_READ_MINUTES = 5     # the source card and one lateral search, before the text
EXIT_MINUTES = 5                # key points and the exit question


@dataclass(frozen=True)
class Activity:
    title: str
    minutes: int
    instructions: str
    paragraph: int | None = None
    quote: str | None = None
    teacher_note: str | None = None

    @property
    def quoted(self) -> str:
        """The quote as the page shows it, in quotation marks (``wording.quoted``)."""
        return quoted(self.quote)


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

    @property
    def worksheet_minutes(self) -> int:
        """The printed worksheet's work: the source first, one reading, every question and the exit question
        (its header said "about 108 min", the whole lesson's time with its activities: teacher read, ls-2)."""
        return BEFORE_YOU_READ_MINUTES + self.reading_minutes + sum(q.minutes for q in self.questions) + EXIT_MINUTES

    def questions_in(self, section: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.section == section)

    @property
    def tags(self) -> tuple[str, ...]:
        """The chips above the title: the text's topics (at most MAX_TAGS, in the seed's order), or the
        outlet's name when the seed gives no topic. Techniques and the rest of the publication chain are
        in the page already (key points, source card); as chips they made rows of up to 18 above a title."""
        topics = list(dict.fromkeys(self.source.meta.topics))[:MAX_TAGS]
        if topics:
            return tuple(topics)
        name = outlet_name(self.source.meta.publisher, "")
        return (name,) if name else ()


def compose_lesson(source: Source, analysis: Analysis, taxonomy: Taxonomy, outlets: Outlets,
                   catalog: Catalog, slug: str | None = None) -> Lesson:
    # Each profile without the facts meant for other texts (a note on what one article quotes).
    profiles = tuple((name, profile.for_text(source) if profile else None)
                     for name, profile in ((n, outlets.profile_for(n)) for n in source.meta.publication_chain))
    context = bias.partial_context(source, analysis)
    owner = authorship(source)
    questions = sorted(
        (_anchored(source, q) for q in (
         *select_questions(technique_questions(source, analysis, taxonomy, owner)),
         *select_questions(bias.source_questions(source, analysis, list(profiles), context["framing"],
                                                 context["voice_summary"])),
         *select_questions(verification.verification_questions(source, analysis)))),
        key=Question.sort_key,
    )
    activities = tuple(compose_activities(source, analysis, taxonomy, owner))
    reading_minutes = max(1, math.ceil(source.word_count / WORDS_PER_MINUTE))
    # The headline's flags count as the page counts them ("6 passages are flagged" above the text).
    used = Counter(f.technique for f in (*analysis.shown_techniques, *analysis.shown_headline))
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


def technique_questions(source: Source, analysis: Analysis, taxonomy: Taxonomy,
                        owner: Authorship | None = None) -> list[Question]:
    """Questions on the shown flags (see ``technique_questions``), and enough "look for yourself"
    questions to reach the minimum for the text's length."""
    wanted = MIN_QUESTIONS_PER_SECTION if source.word_count >= LONG_TEXT_WORDS else 2
    return _technique_questions(source, analysis, taxonomy, wanted, owner)


def _anchored(source: Source, question: Question) -> Question:
    """The question with its quote free of the seed's Markdown and inside the paragraph it points at.
    A quote that runs over a paragraph break (a voice whose attribution follows a one-line paragraph)
    keeps its longest piece found in that paragraph or a neighbour, and points there."""
    if not question.quote or not question.paragraph:
        return question
    quote = clean(question.quote)
    if quote_in(quote, source.paragraph_text(question.paragraph)):
        return replace(question, quote=quote)
    nearby = sorted(range(max(1, question.paragraph - 2), min(len(source.paragraphs), question.paragraph + 2) + 1),
                    key=lambda n: abs(n - question.paragraph))
    pieces = [clean(p) for p in re.split(r"\n", question.quote) if p.strip()]
    for piece in sorted(pieces, key=len, reverse=True) if len(pieces) > 1 else ():
        for number in nearby:
            if quote_in(piece, source.paragraph_text(number)):
                return replace(question, quote=piece, paragraph=number)
    words = quote.split()[:40]          # (a rare repair: bounded, so a long quote cannot make it slow)
    for size in range(len(words) - 1, 1, -1):          # the longest run of the quote's words found nearby
        for first in range(len(words) - size + 1):
            piece = " ".join(words[first:first + size])
            for number in nearby:
                if quote_in(piece, source.paragraph_text(number)):
                    return replace(question, quote=piece.strip(" ,;:"), paragraph=number)
    return replace(question, quote=quote)


# ----------------------------------------------------------------------------------------- activities


def compose_activities(source: Source, analysis: Analysis, taxonomy: Taxonomy,
                       owner: Authorship | None = None) -> list[Activity]:
    """A neutral rewrite of the author's words (never a quotation), tracing a claim to its document, and
    lateral reading about the outlet. The rewrite takes the author's second most flagged paragraph: the
    guiding questions already rewrite the first, and a class that did it twice learnt nothing new."""
    activities = []
    targets = rewrite_targets(source, list(analysis.shown_techniques), owner or authorship(source))
    target = targets[1] if len(targets) > 1 else None
    if target is not None:
        activities.append(Activity(
            title="Rewrite it neutrally", minutes=10, paragraph=target.paragraph, quote=target.quote(source),
            instructions=f"In pairs, rewrite {target.name} as a wire-service reporter would: keep every fact "
                         f"that can be checked, replace {_the_flagged(len(target.passages))} "
                         f"({target.flagged}) with neutral words, leave quotations word for word, and attribute each opinion to whoever holds it. "
                         f"Then swap with another pair: what did the rewrite lose, and what did it keep?",
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
        instructions=f"Open three new tabs. {_search_for_the_source(source.meta)} "
                     "Write down who runs the outlet, who funds it and what independent sources say about it, "
                     "each with where you found it.",
        teacher_note="Students often read the outlet's own 'About' page first; praise them when they leave the "
                     "site instead.",
    ))
    return activities


def _search_for_the_source(meta) -> str:
    """Whom to search for on other sites: the outlet and the author; where the copy names no outlet, first the
    place the text was published ("search for the outlet" pointed at nothing: teacher read, ls-2)."""
    author = author_name(meta.author)
    outlet = outlet_name(meta.publisher, "")
    if outlet:
        return f"Search for {outlet} and {author} on sites other than their own."
    return ("This copy does not name its outlet: find where the text was published by searching for one of its "
            f"sentences in quotation marks, then search for that outlet and {author} on sites other than their own.")


def _the_flagged(number: int) -> str:
    """"the flagged passage" for one, "the 3 flagged passages" for more: a count of one reads as a
    numeral in prose ("replace the 1 flagged passage")."""
    return "the flagged passage" if number == 1 else f"the {count(number, 'flagged passage')}"


def _claim_for_tracing(claims: tuple[Claim, ...]) -> Claim | None:
    ranked = sorted(claims, key=lambda c: ({"document": 0, "quotation": 1, "event": 2}.get(c.kind, 3), -c.score, c.start))
    return ranked[0] if ranked else None


# --------------------------------------------------------------------------------------------- timing


def _with_timing(lesson: Lesson) -> Lesson:
    per_section = {s: sum(q.minutes for q in lesson.questions_in(s)) for s in SECTIONS}
    steps = [
        TimingStep(BEFORE_YOU_READ_MINUTES, "Before you read: investigate the source card and the outlet"),
        TimingStep(lesson.reading_minutes, "First reading, highlights off"),
        TimingStep(max(3, lesson.reading_minutes // 2), "Second reading, highlights on; read the reasons"),
        TimingStep(per_section["techniques"], "Guiding questions: propaganda techniques"),
        TimingStep(per_section["source"], "Guiding questions: source and bias"),
        TimingStep(per_section["verification"], "Guiding questions: verification"),
        *(TimingStep(a.minutes, f"Activity: {a.title}") for a in lesson.activities),
        TimingStep(EXIT_MINUTES, "Key points and exit question"),
    ]
    # One copy of the lesson with both: session plans do not read the overall timing.
    return replace(lesson, timing=tuple(s for s in steps if s.minutes > 0),
                   sessions=tuple((length, session_plan(lesson, length)) for length in SESSION_LENGTHS))


def session_plan(lesson: Lesson, length: int) -> tuple[TimingStep, ...]:
    """A plan that fits one period: the source first, a capped reading, then questions in the order a
    class should meet them (identify before evaluate, each section represented), activities when a
    double period leaves room, and the exit question. Questions are named as the page numbers them."""
    reading = min(lesson.reading_minutes, 10 if length < 60 else 15)
    note = "" if reading == lesson.reading_minutes else " (the paragraphs the questions point to; the rest as homework)"
    steps = [TimingStep(BEFORE_YOU_READ_MINUTES, "Before you read: the source card and one lateral search"),
             TimingStep(reading, f"First reading, highlights off{note}"),
             TimingStep(3, "Highlights on: which flags did the class find, miss or dispute?")]
    budget = length - sum(s.minutes for s in steps) - EXIT_MINUTES
    activities = []
    if length >= 90 and lesson.activities and lesson.activities[0].minutes <= budget // 2:
        activities.append(lesson.activities[0])
        budget -= lesson.activities[0].minutes
    numbers = {id(q): n for n, q in enumerate(lesson.questions, 1)}
    chosen = []
    for question in _questions_in_teaching_order(lesson):
        if question.minutes <= budget:
            chosen.append(question)
            budget -= question.minutes
    if chosen:
        steps.append(TimingStep(sum(q.minutes for q in chosen), "Questions " + ", ".join(
            f"Q{numbers[id(q)]}" for q in sorted(chosen, key=lambda q: numbers[id(q)]))))
    # Time the questions leave in a double period goes to the next activities, in the lesson's order: a
    # short text's plan filled 61 of 90 minutes with lateral reading (10 min) left out.
    for activity in lesson.activities[1:] if activities else ():
        if activity.minutes <= budget:
            activities.append(activity)
            budget -= activity.minutes
    steps.extend(TimingStep(a.minutes, f"Activity: {a.title}") for a in activities)
    steps.append(TimingStep(EXIT_MINUTES, "Key points and exit question"))
    return tuple(steps)


def _questions_in_teaching_order(lesson: Lesson) -> list[Question]:
    """One question of each section at each level in turn, so even a short plan touches techniques,
    the source and verification before it goes deeper into any of them."""
    order = []
    for level in LEVELS:
        for section in SECTIONS:
            order.extend(q for q in lesson.questions_in(section) if q.level == level)
    return order

