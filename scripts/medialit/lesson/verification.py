"""Verification: checkable claims become tasks (which SIFT move, what to search, what settles it).

A claim linked to a known check (data/checks.yaml) gets that check's task and, in the teacher key, what
the sources show and the sources themselves (titles and seen addresses from the reading catalog). Any
other claim gets a task built from its kind and its own cue words (the date, the number, the report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..analysis.claims import (absent_before, clause_around, is_a_cue_at, person_last_named, pronoun_subject,
                               said_by_pronoun, table_claims, without_repeats)
from ..analysis.sentences import Sentence
from ..analysis.checks import CHECKS_FILE, CLAIM_KINDS, Check, Checks, load_checks, parse_checks
from ..datafiles import (DATA_DIR, compile_term, named_entries, parsed_or_raise, problems_of, read_mapping)
from ..errors import Problem
from .questions import Answer, Citation, Question

SETTLES_FILE = DATA_DIR / "settles.yaml"
SETTLES_FIELDS = {"figures", "names", "named", "searches", "date", "document", "given"}
MIN_QUESTIONS = 5
MAX_QUESTIONS = 8
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_FIGURE_KINDS = ("number", "date")
_QUOTED_WORDS = re.compile(r"[“\"]([^”\"]{12,}?)(?:[”\"]|$)")


def validate_checks(path: Path = CHECKS_FILE, catalog_path: Path | None = None) -> list[Problem]:
    """Every problem in checks.yaml, including source readings that are not in the catalog."""
    problems: list[Problem] = []
    checks = parse_checks(path, problems)
    if catalog_path is not None and catalog_path.exists():
        from .readings import catalog_ids
        known = catalog_ids(catalog_path)
        for check in checks.checks:
            for ref in check.sources:
                if ref.reading and known is not None and ref.reading not in known:
                    problems.append(Problem(path, f"check {check.id!r} field 'sources' names reading {ref.reading!r}, "
                                                  f"which is not in {catalog_path.name}",
                                            fix="use a reading id from catalog.yaml, or give a title and a seen url"))
    return problems


# ------------------------------------------------------------------------------------------ questions


def verification_questions(source, analysis) -> list[Question]:
    """Five to eight verification tasks: the known checks the text's claims touch (one question each, at
    the first claim; the most important checks first if there are more than eight), then tasks for other
    claims by kind, spread over the text. In text order."""
    checks = load_checks()
    first_claim: dict[str, object] = {}
    for claim in analysis.claims:
        if claim.check and checks.get(claim.check) and claim.check not in first_claim:
            first_claim[claim.check] = claim
    chosen = sorted(first_claim.items(), key=lambda kv: (checks.get(kv[0]).priority, kv[1].start))[:MAX_QUESTIONS]
    questions = [_known_check_question(source, claim, checks.get(check_id), checks)
                 for check_id, claim in sorted(chosen, key=lambda kv: kv[1].start)]
    used = {check_id for check_id, _ in chosen}
    for claim in _spread(list(analysis.claims), used, MIN_QUESTIONS - len(questions)):
        questions.append(_generic_question(source, claim, checks, _speakers_in(claim, analysis.voices) or
                                           _doer(source, claim, analysis.voices),
                                           given_to=_given_to(claim, analysis.voices) or
                                           _proposed_by(claim, analysis.voices),
                                           taken_from=_taken_from(source, claim, analysis.voices),
                                           role=_speaking_role(claim, analysis.voices),
                                           cited=_cited_document(claim, analysis.voices)))
    return sorted(questions, key=lambda q: (q.paragraph or 0, q.prompt))


def _spread(claims: list, used_checks: set[str], wanted: int) -> list:
    """Claims without a known check, the most worth checking in the whole text first (by check-worthiness
    score, then kind), at most one per paragraph, in text order."""
    if wanted <= 0:
        return []
    rank = {kind: i for i, kind in enumerate(CLAIM_KINDS)}
    pool = [c for c in claims if c.check is None or c.check not in used_checks]
    chosen: list = []
    paragraphs: set[int] = set()
    # (a claim on the figures of a lead repeated further down is one task, not two)
    ranked = without_repeats(sorted(pool, key=lambda c: (-c.score, rank.get(c.kind, 99), -len(c.cues), c.start)))
    # One statement task (which part could a source confirm?) in its place; the others, with nothing of
    # their own to look up, only where other claims run out.
    statements = [c for c in ranked if c.kind == "statement"]
    ranked = [c for c in ranked if c.kind != "statement" or c is statements[0]] + statements[1:]
    for claim in ranked:
        if claim.paragraph not in paragraphs and len(chosen) < wanted:
            chosen.append(claim)
            paragraphs.add(claim.paragraph)
    for claim in ranked:                        # a short text: a second claim from the same paragraph
        if claim not in chosen and len(chosen) < wanted:
            chosen.append(claim)
    return sorted(chosen, key=lambda c: c.start)


def _known_check_question(source, claim, check: Check, checks: Checks) -> Question:
    move = checks.sift_moves.get(check.sift, check.sift)
    searches = "; ".join(f"“{s}”" for s in check.search)
    return Question(
        section="verification", level=check.level, kind=f"check:{check.id}", paragraph=claim.paragraph,
        quote=_quote_for(source, claim, check),
        prompt=f"{move}. {check.task} What would you search for, and which document or report would settle it?",
        answer=Answer(
            good_answer=f"Uses the move “{move.split(':')[0]}”; searches for something like {searches}; names "
                        f"{check.settles} as what settles it; reports what those sources say, attributed.",
            why=f"{check.title}. {check.finding}",
            sources=citations(check),
        ),
        minutes=6 if check.level in ("evaluate", "create") else 4,
    )


def _speakers_in(claim, voices) -> tuple[str, ...]:
    """The named speakers whose words or attribution lie inside the claim's sentence: for a quotation,
    their record settles it, not that of everyone the sentence names ("Dobbs", "Congress"). Words given
    to "he" or "she" are those of the person last named before them."""
    in_sentence = [v for v in voices if v.named and v.speaker and v.start < claim.end and v.end > claim.start]
    if claim.kind == "quotation":
        # Not a voice in another clause of the sentence ("... as saying that they “did not carry out the
        # attack” – despite the fact that Jo Roe confirmed ..."): the words quoted are not Jo Roe's.
        in_sentence = [v for v in in_sentence if _in_a_quoting_clause(claim, v)]
        if not in_sentence and not any(mark in claim.text for mark in "“”\""):
            # a sentence inside a quotation that opened earlier in its paragraph: that quotation's speaker
            in_paragraph = {v.speaker for v in voices if v.named and v.speaker and v.speaker_type != "unnamed"
                            and v.paragraph == claim.paragraph and v.kind == "direct quote"}
            return tuple(in_paragraph) if len(in_paragraph) == 1 else ()
    inside = tuple(dict.fromkeys(v.speaker for v in in_sentence))
    if inside or claim.kind not in ("quotation", "reported") or not said_by_pronoun(claim.text):
        return inside
    before = [v for v in voices if v.named and v.speaker and v.end <= claim.start
              and getattr(v, "speaker_type", None) == "person"]
    return (max(before, key=lambda v: v.end).speaker,) if before else ()


def _doer(source, claim, voices) -> tuple[str, ...]:
    """For a claim that opens on "he" or "she": the person last named, whose deed or words it tells
    ("He's warned Republicans against ..."; ``claims.person_last_named``). Not for a quotation: a sentence
    inside someone's quotation may speak of another "he"."""
    if claim.kind == "quotation":
        return ()
    doer = person_last_named(source, claim, voices)
    return (doer,) if doer else ()


# Where a sentence's clauses part: a dash between spaces or a semicolon.
_CLAUSE_BREAK = re.compile(r"[^\S\n][—–-][^\S\n]|;")


def _in_a_quoting_clause(claim, voice) -> bool:
    """Does the voice lie in a clause of the claim's sentence that holds a quotation mark?"""
    text, at = claim.text, max(0, voice.start - claim.start)
    starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))]
    ends = [*(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    return any(start <= at < end and any(mark in text[start:end] for mark in "“”\"")
               for start, end in zip(starts, ends)) or len(starts) == 1


def _given_to(claim, voices) -> tuple[str, ...]:
    """Who the claim's sentence gives its figure to ("23 pupils fell ill, the district health office
    said": the office), named or not: where a number's key tells the student to start. Not a position
    ("X wants ..."), a pronoun or a share of a group."""
    if claim.kind != "number":
        return ()
    return tuple(dict.fromkeys(
        v.speaker for v in voices if v.speaker and v.start >= claim.start and v.end <= claim.end
        and v.kind not in ("position", "cited document") and v.speaker.lower() not in _PRONOUNS
        and not _COUNTED_GROUP.match(v.speaker)))[:2]


def _proposed_by(claim, voices) -> tuple[str, ...]:
    """Who proposes what a number's sentence gives ("Mayor Jo Lane wants to make the ferry free for riders who
    earn less than $30,000 a year"): the figure is part of their plan, which is where the student starts. Not a
    belief or an expectation ("X believes 30% ..."): no plan holds that figure."""
    if claim.kind != "number":
        return ()
    return tuple(dict.fromkeys(
        v.speaker for v in voices if v.speaker and v.named and v.kind == "position" and v.start >= claim.start
        and v.end <= claim.end and (v.verb or "").split()[:1] and (v.verb or "").split()[0].lower() in _PROPOSALS))[:1]


_PROPOSALS = frozenset("wants wanted plans planned intends intended proposes proposed promising pledging vowed aims".split())


def _taken_from(source, claim, voices=()) -> str:
    """The document a number's sentence takes its figure from ("..., according to its annual accounts", "The
    board's own figures show ..."), for a figure given to no voice: where the key tells the student to start.
    A document publishes nothing itself: the key names it as the place to look, not as whoever "published"."""
    if claim.kind != "number":
        return ""
    according = _ACCORDING_NAMED.search(_document_named(source, claim))
    if according:
        return f"“{according.group(1)}”"
    cited = _cited_document(claim, voices)
    return f"“{cited}”" if cited else ""


_ACCORDING_NAMED = re.compile(r"“according to (.+)”$")


# "two teachers", "23 pupils", "most voters": people a figure counts, not whoever counted them.
_COUNTED_GROUP = re.compile(r"\d|(?:most|many|some|half|all|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                            r"hundreds|thousands)\b", re.I)


def _with_move(move: str, task: str) -> str:
    """The task after the SIFT move it practises; only the task where it opens with the move's own words
    ("Find better coverage of this event ..." after "Find better coverage: ..." would say it twice)."""
    name = move.split(":")[0].strip()
    return task if name and task.lower().startswith(name.lower()) else f"{move}. {task}"


def _generic_question(source, claim, checks: Checks, speakers: tuple[str, ...] = (),
                      given_to: tuple[str, ...] = (), taken_from: str = "", role: str = "",
                      cited: str = "") -> Question:
    task = checks.generic[claim.kind]
    move = checks.sift_moves.get(task.sift, task.sift)
    quote = _quote_for(source, claim, None)
    at = source.content.find(quote, claim.start, claim.end)
    key = settling_key(source, claim, speakers=speakers, focus=(at, at + len(quote)) if at >= 0 else None,
                       given_to=given_to, taken_from=taken_from, role=role, cited=cited)
    # A number or date task names the figures and dates to trace, not the sentence's other cue words
    # ("Where does the number (“five”, “deploy”) come from?").
    words = key.figures if key and key.figures and claim.kind in _FIGURE_KINDS else claim.cues
    # (a quoted cue keeps its own quotation marks: “rare and mild”, not ““rare and mild””)
    cue_text = ", ".join(c if c[:1] in "“\"" else f"“{c}”" for c in words[:3])
    return Question(
        section="verification", level=task.level, kind=f"claim:{claim.kind}", paragraph=claim.paragraph,
        quote=quote,
        prompt=_with_move(move, task.task.format(cues=cue_text)),
        answer=Answer(good_answer=key.answer if key else task.good_answer,
                      why=(f"No known check is recorded for this {claim.kind} claim; what settles it is {key.settles}."
                           + (f" Search for {key.search_text}." if key.searches else "")) if key else
                          f"The sentence is a checkable {claim.kind} claim; the words to check are {cue_text}."),
        minutes=4,
    )


# ---------------------------------------------------------------------------- keys without a known check


@dataclass(frozen=True)
class SettlingKey:
    """What settles a claim without a known check: the kind of document or report, search terms from the
    claim's own figures and names, and what a good answer contains."""

    settles: str
    answer: str
    searches: tuple[str, ...]
    figures: tuple[str, ...] = ()

    @property
    def search_text(self) -> str:
        return ", ".join(f"“{q}”" for q in self.searches)


def settling_key(source, claim, path: Path = SETTLES_FILE, speakers: tuple[str, ...] = (),
                 focus: tuple[int, int] | None = None, given_to: tuple[str, ...] = (),
                 taken_from: str = "", role: str = "", cited: str = "") -> SettlingKey | None:
    """``speakers``: the named voices in the claim's sentence; a quotation's record is theirs. ``focus``:
    the span the task quotes, whose names and words the searches take first. ``given_to``: who the
    sentence gives a figure to, where the student starts. ``role``: the unnamed speaker of a quotation or
    reported speech ("the regulator"), named in the key where no one is named. ``cited``: the document the
    voices found cited in the sentence ("140 pages of council records")."""
    templates = load_settles(path).get(claim.kind)
    if templates is None:
        return None
    from .readings import claim_terms

    figures, names, searches = claim_terms(source, claim, speakers=speakers, focus=focus)
    date = (f"the text's date, {source.meta.published.isoformat()}" if source.meta.published
            else "the text's own date, which this copy does not give")     # (no brackets: keys put {date} in theirs)
    values = {"figures": ", ".join(f"“{f}”" for f in figures) or _without_figures(source, claim),
              "names": ", ".join(names) or ((role or "whoever the text quotes")
                                            if claim.kind in ("quotation", "reported") else "the people involved"),
              "date": date,
              # Names are not all people or organisations ("Bakassi Peninsula", "Ebola"): say where they
              # come from, and let the student find who was involved.
              "named": _named(claim, names, speakers),
              "searches": ", ".join(f"“{q}”" for q in searches) or "the names and figures of the sentence",
              "document": _document_named(source, claim, cited) + _whose(claim, speakers),
              "given": _PENALTY_KEY if claim.kind == "number" and _is_a_penalty(
                        source.content[claim.start:claim.end], figures) else
                       _VOTE_KEY if claim.kind == "number" and _VOTE_TALLY.search(
                        source.content[claim.start:claim.end]) and not given_to else
                       _DEFINITION_KEY if claim.kind == "number" and _DEFINITION.search(
                        source.content[claim.start:claim.end]) and not given_to else
                       _given_key(given_to) if given_to else
                       (f"; the sentence takes it from {taken_from}, so start with that document" if taken_from else "")}
    fill = lambda t: " ".join(_PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), t).split())
    return SettlingKey(settles=fill(templates[0]), answer=fill(templates[1]), searches=searches, figures=figures)


def _given_key(given_to: tuple[str, ...]) -> str:
    """Where a number's key starts: what those the sentence gives the figure to published, or, for someone
    it does not name ("a harbour official", "a source"), who publishes nothing, the first report
    that quoted them."""
    given = [_ARTICLE.sub(lambda m: m.group().lower(), g) for g in given_to]
    if all(_INDEFINITE.match(g) for g in given):
        return (f"; the sentence gives it to someone it does not name ({' and '.join(given)}), so start with the "
                f"first report that quoted them")
    return (f"; the sentence gives it to {' and '.join(given)}, so start with what "
            f"{'they' if len(given) > 1 or ' and ' in given[0] else given[0]} published")


_ARTICLE = re.compile(r"^(?:A|An|The)(?=[^\S\n])")
_INDEFINITE = re.compile(r"(?:an?|one)[^\S\n]", re.I)


# A figure that is a penalty ("banned for up to four years", "barred ... from practicing for one year", "fined
# $5,000", "faces up to 10 years in prison"): no one counted it; a decision set it, or a rule sets its maximum.
_PENALTY = re.compile(r"\b(?:bann?ed|barred|suspended|sentenced|jailed|imprisoned|fined|disqualified|faces?|facing)\b"
                      r"[^.;]{0,80}?\b(?:for|to|of|face|faces)[^\S\n]+(?:up[^\S\n]+to[^\S\n]+|at[^\S\n]+least[^\S\n]+|"
                      r"a[^\S\n]+maximum[^\S\n]+of[^\S\n]+)?([$£€]?\d[\d,.]*(?:[^\S\n]+(?:million|billion))?|"
                      r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\b", re.I)
_PENALTY_KEY = ("; this figure is a penalty, though: no one counted it, so start with the decision that set it (a "
                "court's judgment or a disciplinary body's ruling) or, for a maximum, the rule or law that sets it")


# A figure inside a definition ("an area ..., which is defined as an urban area with an unemployment rate of at
# least 150 percent of the national average"): a rule sets it; no one counted it.
_DEFINITION = re.compile(r"\b(?:is|are|was|were)[^\S\n]+defined[^\S\n]+as\b|\bdefines?[^\S\n]+(?:\w+[^\S\n]+){1,4}?as\b",
                         re.I)
_DEFINITION_KEY = ("; this figure is part of a definition, though, so start with the law, regulation or rule that "
                   "defines it")


# A vote's tally ("voted, by thirty-one votes to four, to ...", "passed 52-48", "by a vote of 7 to 2"): no one
# measured it; the body that voted keeps the record.
_VOTE_TALLY = re.compile(r"\bby[^\S\n]+(?:[\w-]+[^\S\n]+votes?|a[^\S\n]+vote[^\S\n]+of[^\S\n]+[\w-]+)[^\S\n]+"
                         r"(?:to|against)[^\S\n]+[\w-]+", re.I)
_VOTE_KEY = ("; this figure is a vote's count, though: no one measured it, so start with the voting body's own record "
             "(its minutes, published results or official journal)")


def _is_a_penalty(text: str, figures: tuple[str, ...]) -> bool:
    """Are all the figures of a number claim penalties its sentence gives?"""
    penalties = {m.group(1).lower().lstrip("$£€") for m in _PENALTY.finditer(text)}
    return bool(figures) and all(f.lower().lstrip("$£€") in penalties for f in figures)


# Unnamed speakers the voices give as a bare plural or a body ("Police", "Officials"): capitalised only because
# they open the sentence; "Irish inspectors" and "the club's chairman" keep their words as written.
_OPENING_CAPITAL = re.compile(r"[A-Z][a-z]+")


def _speaking_role(claim, voices) -> str:
    """The unnamed speaker of a quotation or reported speech ("The regulator said it had asked ...", "But the
    club's chairman told reporters ...", "Police said ..."): the first unnamed voice of the claim's sentence,
    as the voices table gives it; the student searches for that body's or person's statement. A named
    speaker is ``_speakers_in``'s; a pronoun names no one."""
    if claim.kind not in ("quotation", "reported"):
        return ""
    heard = [v for v in voices if v.speaker and not v.named and v.start < claim.end and v.end > claim.start
             and v.kind != "position" and v.speaker.lower() not in _PRONOUNS]
    if not heard:
        return ""
    words = min(heard, key=lambda v: v.start).speaker.split()
    if words[0] == "The" or (len(words) == 1 and _OPENING_CAPITAL.fullmatch(words[0])):
        words[0] = words[0].lower()
    return " ".join(words)


_PRONOUNS = frozenset("he she they it we i you this that there who which".split())


def _named(claim, names: tuple[str, ...], speakers: tuple[str, ...]) -> str:
    """Who the key says the claim is about: the names of its sentence, or for a deed of "he" or "she" the
    person last named before it (``speakers``)."""
    pronoun = pronoun_subject(claim.text)
    if names and names == speakers and pronoun and claim.kind not in ("quotation", "reported"):
        return f"“{pronoun.lower()}” in the sentence is {names[0]}, named before it"
    return f"the sentence names {', '.join(names)}" if names else "the sentence names no one: find out who took part"


# "according to data given to the Harbour Gazette", "according to service data": the source, to a comma.
_ACCORDING_TO_ANY = re.compile(r"\b[Aa]ccording to ((?:[^\s,;:.!?()“”\"]+|\.(?=\w))+(?:[^\S\n]+(?:[^\s,;:.!?()“”\"]+|\.(?=\w))+){0,7})")
# "a recent FWD.us report", "the Jan. 10 memo", "such an agreement": a document word with the words that
# name it, from its article on.
_DOCUMENT_WORDS = r"(?:report|studies|study|review|survey|poll|statement|memo|memorandum|letter|ruling|lawsuit|agreement|treaty|" \
                  r"declaration|resolution|transcript|census|data|filing|complaint|order|bill|law|article|document|warrant|" \
                  r"indictment|affidavit)"
_NOT_IN_A_NAME = r"(?:after|before|since|until|about|to|in|on|at|by|with|from|that|which|who|and|or|but|" \
                 r"is|are|was|were|has|have|had)"
_DOCUMENT_PHRASE = re.compile(rf"\b(?:such[^\S\n]+an?|an?|the|this|its|their|his|her|every|each|countless|many|several|numerous|"
                              rf"multiple|other|recent|new)[^\S\n]+"
                              # (the words between name the document: "the mayor's aides spoke after reports" names none)
                              rf"(?:(?!{_NOT_IN_A_NAME}\b)[\w.’'&-]+[^\S\n]+){{0,3}}?{_DOCUMENT_WORDS}s?\b", re.I)


_SOURCE_REST = re.compile(r"(?:[^\S\n]+(?!(?:which|who|that|where|when|while|as|if|because)\b)(?:[^\s,;:.!?()“”\"]+|\.(?=\w))+){1,4}"
                          r"(?=[,;:.!?()“”\"]|$)")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_NAME_GOES_ON = re.compile(r"(?:[^\S\n]+(?:(?:and|of|for|the)[^\S\n]+)*[A-Z][\w.’'&-]*)+")
_DANGLING_WORDS = frozenset("of for and the a an to by in on at with from".split())
_NAME_PART = re.compile(r",[^\S\n]+(?:and[^\S\n]+[\w.’'-]+|[A-Z][\w.’'-]*)(?:[^\S\n]+[\w.’'-]+){0,2}(?=,)")


def _cited_document(claim, voices) -> str:
    """The document the voices found cited inside the claim's sentence ("the 140 pages of council records
    released by the court": "140 pages of council records"), for its key."""
    return next((v.speaker for v in voices if v.kind == "cited document" and v.speaker
                 and v.start >= claim.start and v.end <= claim.end), "")


def _document_named(source, claim, cited: str = "") -> str:
    """The document a document claim rests on, as the sentence names it: its "according to" source, else
    the phrase that names the document ("a recent FWD.us report"), else the document the voices found cited
    (``cited``: "140 pages of council records"), else "whatever the sentence cites"."""
    text = source.content[claim.start:claim.end]
    address = _ADDRESS.search(text)
    if address:     # the text gives the address of what it relies on
        return f"the page at the address the text gives, “{address.group().rstrip('.,;:)')}”"
    according = _ACCORDING_TO_ANY.search(text)
    if according:
        # "according to Dutch economist, Jo Roe, and Irish economist, Sam Lee, the region has ...": the
        # names between commas belong to the source, up to the clause that says what it says
        end = according.end()
        while part := _NAME_PART.match(text, end):
            end = part.end()
        # (The rest of a short noun phrase too, "... by the national public health agency", up to a comma or
        # a clause; never ending on "in" or "the".)
        more = _SOURCE_REST.match(text, end)
        if more and not _NAME_PART.match(text, according.end()):
            end = more.end()
        # (never cut inside a name: "... filed with the Harbour Securities Board")
        rest_of_name = _NAME_GOES_ON.match(text, end)
        if rest_of_name:
            end = rest_of_name.end()
        source_words = text[according.start(1):end].split()
        while len(source_words) > 1 and source_words[-1].lower() in _DANGLING_WORDS:
            source_words.pop()
        return f"the source the sentence names, “according to {' '.join(source_words)}”"
    # (a document word in capitals is a name's, "the Drudge Report": an outlet, not the document)
    # (not one the sentence says is missing: "they came without a declaration")
    phrases = sorted((m for m in _DOCUMENT_PHRASE.finditer(text) if not absent_before(text, m.start())), key=lambda m: (m.group().split()[-1][:1].isupper(), m.start()))
    if phrases:
        return f"“{' '.join(phrases[0].group().split())}”"
    # (the voices' cited document names who cited it as often as the document: only where no phrase does)
    return f"“{cited}”" if cited else "whatever the sentence cites"


def _whose(claim, speakers: tuple[str, ...]) -> str:
    """Whose document a sentence names by "his" or "her" ("Her 2023 study of four regions found ..."): the
    person last named (``speakers``), whose name the student searches for beside the document's."""
    pronoun = pronoun_subject(claim.text)
    return f", by {speakers[0]}" if pronoun in ("His", "Her") and speakers and claim.kind == "document" else ""


def _without_figures(source, claim) -> str:
    """What {figures} says for a claim that gives none: for a document, what the text takes from it (the
    document itself is {document})."""
    return "what the sentence says it shows" if claim.kind == "document" else "as the sentence gives it"


@lru_cache(maxsize=4)
def load_settles(path: Path = SETTLES_FILE) -> dict[str, tuple[str, str]]:
    """claim kind -> (settles, answer) from data/settles.yaml; raises InputError naming every problem."""
    return parsed_or_raise(_parse_settles, path)


def validate_settles(path: Path = SETTLES_FILE) -> list[Problem]:
    return problems_of(_parse_settles, path)


def _parse_settles(path: Path, problems: list[Problem]) -> dict[str, tuple[str, str]]:
    data = read_mapping(path, problems)
    if data is None:
        return {}
    result = {}
    for kind, checker in named_entries(path, data, "kinds", CLAIM_KINDS, "claim kind", "settles and answer", problems):
        settles, answer = checker.text("settles"), checker.text("answer")
        for key, text in (("settles", settles), ("answer", answer)):
            unknown = set(_PLACEHOLDER.findall(text or "")) - SETTLES_FIELDS
            if unknown:
                checker.add(key, f"uses unknown placeholder(s) {', '.join(sorted(unknown))}",
                            fix="use {figures}, {names}, {named}, {searches}, {date}, {document} or {given}")
        if settles and answer:
            result[kind] = (settles, answer)
    return result


def _quote_for(source, claim, check: Check | None) -> str:
    """A short exact quote: the clause of the claim around the check's cue words, or the claim's cues."""
    sentence = Sentence(claim.start, claim.end, claim.paragraph)
    start, end = claim.start, claim.end
    groups = check.patterns if check else ((compile_term(c),) for c in claim.cues[:1])
    quoted = _QUOTED_WORDS.search(source.content, claim.start, claim.end) if check is None and claim.kind == "quotation" else None
    if quoted:      # a quotation task quotes the words quoted, not the lead-in its first cue word sits in
        groups = ((re.compile(re.escape(quoted.group(1))),),)
    for group in groups:
        hits = [_first_cue(source, sentence, p, claim.kind) for p in group]
        if all(hits):
            start, end = min(h.start() for h in hits), max(h.end() for h in hits)
            break
    start, end = clause_around(source, sentence, start, end)
    return source.content[start:end]


def _first_cue(source, sentence: Sentence, pattern: re.Pattern, kind: str) -> re.Match | None:
    """The first place in the sentence where the pattern finds a cue of the claim's kind: "three seasons", not
    the "three things" of the writer's list before it; the first match where none is."""
    hits = list(pattern.finditer(source.content, sentence.start, sentence.end))
    return next((h for h in hits if is_a_cue_at(source.content, sentence, h.start(), h.end(), kind)),
                hits[0] if hits else None)


def citations(check: Check) -> tuple[Citation, ...]:
    """The check's sources as citations; catalog readings give their title, publisher, date and link."""
    from .readings import load_catalog

    catalog = load_catalog()
    result = []
    for ref in check.sources:
        if ref.reading:
            reading = catalog.get(ref.reading)
            if reading is None:
                continue
            result.append(Citation(title=f"{reading.title} ({reading.publisher}, {reading.date})",
                                   url=reading.link, note=ref.note or (None if reading.link else reading.access)))
        else:
            result.append(Citation(title=ref.title or "", url=ref.url, note=ref.note))
    return tuple(result)


@dataclass(frozen=True)
class KnownCheck:
    """A known check that a claim of this text touches, for the teacher's verification notes."""

    check: Check
    paragraph: int
    citations: tuple[Citation, ...]


def partial_context(source, analysis) -> dict:
    """What verification.md.j2 needs besides the lesson context: ``known_checks`` (KnownCheck, in text
    order, one per check), ``sift_moves`` (move id -> explanation) and ``claims_table`` (the claims the
    table shows, see ``claims.table_claims``)."""
    checks = load_checks()
    known: dict[str, KnownCheck] = {}
    for claim in analysis.claims:
        check = checks.get(claim.check)
        if check is not None and check.id not in known:
            known[check.id] = KnownCheck(check, claim.paragraph, citations(check))
    return {"known_checks": tuple(known.values()), "sift_moves": dict(checks.sift_moves),
            "claims_table": tuple(table_claims(analysis.claims))}
