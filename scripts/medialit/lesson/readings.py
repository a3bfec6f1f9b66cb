"""The reading catalog (data/catalog.yaml) and the balancing reading list chosen for a lesson.

A list is balanced by construction (``select_readings``): the primary documents the text relies on, a
wire report on the same events, readings that share and that differ from the text's framing, a
fact-check or method reading, whole disagreement groups, and no perspective over its share. Every reading
says why it is on the list, tied to a paragraph or claim of this text. The text's framing is inferred
from its words (catalog 'frames'), never set per text. ``balance_checks`` recomputes the rules so that
teachers (and tests) can see them hold.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..analysis.checks import load_checks
from ..analysis.checkworthy import MONTHS, actor_name, is_page_label
from ..analysis.claims import (POST_BY, clause_around, is_quoted_cue, names_known, names_to_ignore, with_its_number,
                               opening_words, person_last_named)
from ..analysis.sentences import Sentence, find_cues, split_sentences, term_positions
from ..analysis.detect_text import TITLE_BEFORE_NAME
from ..analysis.voices import heard_voices
from .wording import outlet_name as short_outlet
from ..datafiles import (DATA_DIR, EntryChecker, LineDict, check_cue_groups, clean, entries,
                        parse_partial_date, parsed_or_raise, problems_of, read_mapping, read_yaml, vocabulary)
from ..errors import Problem
from . import local_data

CATALOG_FILE = DATA_DIR / "catalog.yaml"
STATUSES = ("verified", "partially_verified")
RELATIONS = ("shares", "differs")
TIE_KINDS = ("cues", "outlet", "framing", "claim")
LOCAL_KEYS = ("readings", "perspectives", "groups")     # what a teacher's readings.yaml may hold
STRENGTHS = ("cites", "mentions", "topic")
WHY_FIELDS = {"p", "quote", "outlet", "when", "authors"}
# Cue ties of these strengths say the text cites or reports the very item or event: the item must exist
# when the text appeared (a 1917 speech cannot cite a 2022 address). "topic" ties (background) may be later.
DATED_STRENGTHS = ("cites", "mentions")
# Kinds that argue a case: they fit a text by its framing alone; documents and reports need the text to
# touch them (cue ties), on every side alike.
ARGUMENT_KINDS = ("analysis", "scholarship")
# Words a 'why' must not hard-code: whether a reading came before or after depends on the text ({when}).
_RELATIVE_TIME = re.compile(r"\b(later|earlier)\b", re.I)
_SENTENCE_END = (".", "!", "?", ":", ";", "\"", "”", "’", "'", ")")
HEADING_MAX_WORDS = 16
# A text published more than a year after a report is rarely about the same events: a "mentions" tie
# (the same event) then no longer holds; "topic" ties (background) still do.
SAME_EVENTS_DAYS = 366
NO_MATCH_MESSAGE = "No catalog readings match this text yet."
LATERAL_TASK = (
    "Read laterally instead: search for the main event of the text in a news agency's report and in an outlet "
    "from another country, find the primary document (a decision, a speech, a report) the text relies on, and "
    "find out who is behind the outlet from sources other than its own pages."
)
_KIND_ORDER = ("primary", "news", "analysis", "scholarship", "fact-check", "source-research", "method")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


# ---------------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Tie:
    """When a reading fits a text: cue words in one sentence, the text's outlet, its framing, or a claim."""

    kind: str                                   # one of TIE_KINDS
    why: str
    cues: tuple[tuple[str, ...], ...] = ()
    value: str | None = None                    # outlet id / frame id / claim kind ("any" allowed)
    strength: str = "mentions"                  # cues ties: cites | mentions | topic
    text_after: str | None = None               # cues ties: only for texts published on or after this date


@dataclass(frozen=True)
class Reading:
    id: str
    title: str
    authors: str
    publisher: str
    date: str
    url: str                                    # where the item was seen
    kind: str
    perspective: str
    status: str = "verified"
    students_link: bool = True
    access: str | None = None
    access_url: str | None = None
    date_note: str | None = None
    caution: str | None = None
    topics: tuple[str, ...] = ()
    about: str = ""
    frames: tuple[tuple[str, str], ...] = ()    # (frame id, "shares" | "differs")
    group: str | None = None
    ties: tuple[Tie, ...] = ()
    kind_label: str = ""
    perspective_label: str = ""

    @property
    def link(self) -> str | None:
        """The address to give students, or None when only a copy unfit for class was seen."""
        return self.url if self.students_link else None

    def relation(self, frame_id: str | None) -> str | None:
        return dict(self.frames).get(frame_id) if frame_id else None


@dataclass(frozen=True)
class Frame:
    id: str
    label: str
    min_hits: int
    cues: tuple[str, ...]                       # words that carry this framing wherever they stand
    actors: tuple[str, ...] = ()                # who this framing holds responsible (for 'blame_words')
    shares_why: str = ""                        # the 'why' of a reading that argues along it (no own tie)
    differs_why: str = ""                       # ... and of one that argues against it


@dataclass(frozen=True)
class BalancingTask:
    """A task to find the readings the catalog lacks, with search terms from this text's own words."""

    prompt: str
    good_answer: str
    searches: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    id: str
    label: str
    intro: str


@dataclass(frozen=True)
class Rules:
    min_items: int = 6
    max_items: int = 10
    preferred_items: int = 8
    max_share: float = 0.4
    max_primary: int = 3
    min_differing_perspectives: int = 2
    min_sharing: int = 1


@dataclass(frozen=True)
class Catalog:
    readings: tuple[Reading, ...] = ()
    kinds: tuple[tuple[str, str], ...] = ()          # (id, label)
    perspectives: tuple[tuple[str, str], ...] = ()
    frames: tuple[Frame, ...] = ()
    groups: tuple[Group, ...] = ()
    rules: Rules = Rules()
    # Words of blame that name no side ("provocation", "aggressive"): each use counts for the framing whose
    # actor stands nearest in its sentence, so the same word serves every side.
    blame_words: tuple[str, ...] = ()
    task_prompt: str = ""                       # the balancing task (see BalancingTask), with {searches}
    task_answer: str = ""
    ignore_words: frozenset[str] = frozenset()  # words never used as search terms
    charge_words: frozenset[str] = frozenset()  # words never searched beside a name ("killing"; see _search)

    def get(self, reading_id: str) -> Reading | None:
        return next((r for r in self.readings if r.id == reading_id), None)

    def group(self, group_id: str | None) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def perspective_label(self, perspective_id: str) -> str:
        return dict(self.perspectives).get(perspective_id, perspective_id)


@dataclass(frozen=True)
class FrameMatch:
    """The framing inferred from the text: which cue words occurred, and the paragraph where most did."""

    frame: Frame
    hits: tuple[str, ...]
    paragraph: int | None
    quote: str | None


@dataclass(frozen=True)
class SelectedReading:
    reading: Reading
    why: str
    paragraph: int | None = None
    quote: str | None = None                    # exact words of the text the reading is tied to
    tie: str = "cues"
    relation: str | None = None                 # "shares" | "differs" the text's framing, if any


@dataclass(frozen=True)
class BalanceCheck:
    rule: str
    ok: bool | None                             # None: the rule does not apply to this text
    detail: str


@dataclass(frozen=True)
class ReadingList:
    items: tuple[SelectedReading, ...]
    empty_message: str | None = None
    lateral_task: str | None = None
    framing: FrameMatch | None = None
    balance: tuple[BalanceCheck, ...] = ()
    groups: tuple[Group, ...] = ()              # groups on this list, shown together
    balancing_task: BalancingTask | None = None  # when the list lacks differing perspectives

    @property
    def varied(self) -> bool:
        """Whether the list may say it holds "different perspectives": readings that argue against the
        text's framing from enough perspectives when a framing was recognised, otherwise at least three
        perspectives besides the method readings."""
        if not self.items or self.empty_message:
            return False
        differing = next((c for c in self.balance if c.rule.endswith("differing perspectives")), None)
        if differing is not None:
            return bool(differing.ok)
        return len({i.reading.perspective for i in self.items if i.reading.kind != "method"}) >= 3

    @property
    def perspective_shares(self) -> tuple[tuple[str, str, int, float], ...]:
        """(perspective id, label, count, share), largest first."""
        counts = Counter(item.reading.perspective for item in self.items)
        labels = {item.reading.perspective: item.reading.perspective_label for item in self.items}
        total = len(self.items) or 1
        return tuple((p, labels[p], n, n / total) for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    @property
    def balanced(self) -> bool:
        return bool(self.items) and all(check.ok is not False for check in self.balance)

    def sections(self) -> tuple[tuple[Group | None, tuple[SelectedReading, ...]], ...]:
        """Items in display order, with each group's members together under the group."""
        result: list[tuple[Group | None, list[SelectedReading]]] = []
        by_group = {g.id: g for g in self.groups}
        for item in self.items:
            group = by_group.get(item.reading.group)
            if group is not None and result and result[-1][0] is group:
                result[-1][1].append(item)
            else:
                result.append((group, [item]))
        return tuple((g, tuple(items)) for g, items in result)


# ------------------------------------------------------------------------------------------- loading


def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    """The reading catalog; raises InputError naming every problem in the file. The package's catalog
    comes merged with the teacher's ``readings.yaml`` next to the seeds (lesson/local_data.py), unless
    that file has a mistake (then ``validate_local_catalog`` reports it and it is left out)."""
    return local_data.merged(path, CATALOG_FILE, local_data.READINGS_NAME, _load_package_catalog, _parse_local)


@lru_cache(maxsize=4)
def _load_package_catalog(path: Path) -> Catalog:
    return parsed_or_raise(_parse, path)


def validate_catalog(path: Path = CATALOG_FILE) -> list[Problem]:
    return problems_of(_parse, path)


def validate_local_catalog(local: Path, path: Path = CATALOG_FILE) -> list[Problem]:
    """Every problem in a teacher's readings.yaml, checked against the package's catalog."""
    return local_data.local_problems(local, path, _load_package_catalog, _parse_local)


def teacher_data_problems() -> list[Problem]:
    """Every problem in the teacher's readings.yaml and outlets.yaml next to the seeds (none if there
    are no such files). (Here rather than in local_data.py, which the loaders themselves import.)"""
    from .outlets import validate_local_outlets

    found: list[Problem] = []
    readings, outlets = local_data.local_file(local_data.READINGS_NAME), local_data.local_file(local_data.OUTLETS_NAME)
    if readings is not None:
        found.extend(validate_local_catalog(readings))
    if outlets is not None:
        found.extend(validate_local_outlets(outlets))
    return found


def _parse_local(path: Path, problems: list[Problem], base: Catalog) -> Catalog:
    """The package's catalog with a teacher's readings (and perspectives and groups) added. The kinds,
    frames and rules stay the package's; an id the package uses already is refused."""
    data = read_mapping(path, problems)
    if data is None:
        return base
    for key in data:
        if key not in LOCAL_KEYS:
            line = data.line_of(key) if isinstance(data, LineDict) else None
            problems.append(Problem(path, f"has the section '{key}', which a teacher's reading file does not use",
                                    line=line, fix=f"use only: {', '.join(LOCAL_KEYS)}"))
    kinds = {k: {"label": label} for k, label in base.kinds}
    perspectives = {k: {"label": label} for k, label in base.perspectives}
    added = vocabulary(path, data, "perspectives", problems) if data.get("perspectives") else {}
    for ident in added:
        if ident in perspectives:
            line = data["perspectives"].line_of(ident) if isinstance(data["perspectives"], LineDict) else None
            problems.append(Problem(path, f"perspective {ident!r} is defined in the package's catalog already",
                                    line=line, fix="use it as it is, without defining it again, or choose a new id"))
    perspectives.update(added)
    groups = list(base.groups) + _groups(path, data, problems)
    taken = {r.id for r in base.readings}
    readings = []
    for checker in entries(path, data, "readings", "reading", problems):
        if str(checker.get("id")) in taken:
            checker.add("id", f"{checker.get('id')!r} is the id of a reading in the package's catalog",
                        fix="give your reading an id of your own, e.g. T01 or my-school-01")
            continue
        reading = _reading(checker, kinds, perspectives, {f.id for f in base.frames}, {g.id for g in groups})
        if reading is not None:
            readings.append(reading)
    for group in groups[len(base.groups):]:
        if sum(r.group == group.id for r in (*base.readings, *readings)) < 2:
            problems.append(Problem(path, f"group {group.id!r} has fewer than two readings",
                                    fix="a group shows a disagreement: give 'group: ...' to at least two readings"))
    return replace(base, readings=base.readings + tuple(readings),
                   perspectives=base.perspectives + tuple((k, clean(v["label"])) for k, v in added.items()
                                                          if k not in dict(base.perspectives)),
                   groups=tuple(groups))


def catalog_ids(path: Path = CATALOG_FILE) -> set[str] | None:
    data, problems = read_yaml(path)
    if problems or not isinstance(data, dict):
        return None
    return {str(r.get("id")) for r in data.get("readings") or [] if isinstance(r, dict)}


def _parse(path: Path, problems: list[Problem]) -> Catalog:
    data = read_mapping(path, problems)
    if data is None:
        return Catalog()
    kinds = vocabulary(path, data, "kinds", problems)
    perspectives = vocabulary(path, data, "perspectives", problems)
    frames = _frames(path, data, problems)
    groups = _groups(path, data, problems)
    rules = _rules(path, data, problems)
    readings = []
    for checker in entries(path, data, "readings", "reading", problems):
        reading = _reading(checker, kinds, perspectives, {f.id for f in frames}, {g.id for g in groups})
        if reading is not None:
            readings.append(reading)
    for group in groups:
        if sum(r.group == group.id for r in readings) < 2:
            problems.append(Problem(path, f"group {group.id!r} has fewer than two readings",
                                    fix="a group shows a disagreement: give 'group: ...' to at least two readings"))
    framing = EntryChecker(path, data.get("framing_words") or {}, "framing_words", problems)
    task = EntryChecker(path, data.get("balancing_task"), "balancing_task", problems)
    return Catalog(readings=tuple(readings), kinds=tuple((k, clean(v["label"])) for k, v in kinds.items()),
                   perspectives=tuple((k, clean(v["label"])) for k, v in perspectives.items()),
                   frames=tuple(frames), groups=tuple(groups), rules=rules,
                   blame_words=framing.texts("blame"), task_prompt=task.text("prompt") or "",
                   task_answer=task.text("good_answer") or "",
                   ignore_words=frozenset(w.casefold() for w in task.texts("ignore_words")),
                   charge_words=frozenset(w.casefold() for w in task.texts("charge_words")))


def _reading(checker: EntryChecker, kinds: dict, perspectives: dict, frame_ids: set[str],
             group_ids: set[str]) -> Reading | None:
    values = dict(
        title=checker.text("title"), authors=checker.text("authors"), publisher=checker.text("publisher"),
        date=checker.date("date"), url=checker.url("url"),
        kind=checker.choice("kind", kinds, "kinds"), perspective=checker.choice("perspective", perspectives, "perspectives"),
        status=checker.choice("status", STATUSES, "status"), about=checker.text("about"),
    )
    students_link = checker.flag("students_link", True)
    access = checker.text("access", required=False)
    if not students_link and not access:
        checker.add("access", "is required when students_link is false",
                    fix="say how a student finds the official text (publisher, issue, what to search for)")
    frames = []
    for frame_id, relation in (checker.get("frames") or {}).items():
        if frame_id not in frame_ids:
            checker.add("frames", f"names frame {frame_id!r}, which is not in 'frames'",
                        fix=f"use one of: {', '.join(sorted(frame_ids))}")
        elif relation not in RELATIONS:
            checker.add("frames", f"gives {relation!r} for {frame_id!r}", fix="write 'shares' or 'differs'")
        else:
            frames.append((frame_id, relation))
    group = checker.text("group", required=False)
    if group is not None and group not in group_ids:
        checker.add("group", f"is {group!r}, which is not in 'groups'", fix=f"use one of: {', '.join(sorted(group_ids))}")
    ties = _ties(checker, frame_ids)
    if None in values.values():
        return None
    return Reading(
        id=str(checker.get("id")), students_link=students_link, access=access,
        access_url=checker.url("access_url", required=False), date_note=checker.text("date_note", required=False),
        caution=checker.text("caution", required=False), topics=checker.texts("topics"),
        frames=tuple(sorted(frames)), group=group, ties=ties,
        kind_label=clean(kinds[values["kind"]]["label"]),
        perspective_label=clean(perspectives[values["perspective"]]["label"]), **values,
    )


def _ties(checker: EntryChecker, frame_ids: set[str]) -> tuple[Tie, ...]:
    items = checker.get("ties")
    if not isinstance(items, list) or not items:
        checker.add("ties", "needs at least one tie (cues, outlet, framing or claim) with a 'why'",
                    fix="e.g. ties: [{cues: [[Istanbul, '1999']], why: '¶{p} cites ...'}]")
        return ()
    ties = []
    for index, item in enumerate(items, 1):
        tie = EntryChecker(checker.path, item, f"{checker.label} tie #{index}", checker.problems)
        why = tie.text("why")
        present = [k for k in TIE_KINDS if isinstance(item, dict) and k in item]
        if len(present) != 1:
            tie.add(None, f"needs exactly one of {', '.join(TIE_KINDS)} (got {', '.join(present) or 'none'})")
            continue
        unknown = set(_PLACEHOLDER.findall(why or "")) - WHY_FIELDS
        if unknown:
            tie.add("why", f"uses unknown placeholder(s) {', '.join(sorted(unknown))}",
                    fix="use {p} (paragraph), {quote} (the matched words), {outlet}, {authors} or {when}")
        relative = _RELATIVE_TIME.search(why or "")
        if relative:
            tie.add("why", f"says {relative.group(0)!r}, which is right for some texts and wrong for others",
                    fix="write {when} (filled with 'later' or 'earlier' from the two dates) or give the date itself")
        kind = present[0]
        if kind == "cues":
            groups = check_cue_groups(tie, "cues", required=True)
            for group in groups:
                loose = _lone_word(group)
                if loose:
                    tie.add("cues", f"has the group [{loose}]: one word ties every text that uses it, in any sense "
                                    f"(a battle of Minsk is not the Minsk agreements)",
                            fix=f"add a word of its context to the group (both must stand in one sentence), e.g. "
                                f"[{loose}, word|other word]")
            strength = tie.choice("strength", STRENGTHS, "strength", required=False) or "mentions"
            text_after = tie.date("text_after", required=False)
            if why and groups:
                ties.append(Tie("cues", why, cues=groups, strength=strength, text_after=text_after))
            continue
        value = tie.text(kind)
        if kind == "framing" and value not in frame_ids:
            tie.add("framing", f"is {value!r}, which is not in 'frames'", fix=f"use one of: {', '.join(sorted(frame_ids))}")
            continue
        if why and value:
            ties.append(Tie(kind, why, value=value))
    return tuple(ties)


def _lone_word(group: tuple[str, ...]) -> str | None:
    """The term of a one-term group that has a one-word alternative, else None (phrases are specific)."""
    if len(group) != 1:
        return None
    return group[0] if any(" " not in a.strip() for a in group[0].split("|")) else None


def _frames(path: Path, data, problems: list[Problem]) -> list[Frame]:
    frames = []
    for frame_id, spec in (data.get("frames") or {}).items():
        checker = EntryChecker(path, spec, f"frame {frame_id!r}", problems)
        min_hits = checker.get("min_hits", 3)
        if not isinstance(min_hits, int) or min_hits < 1:
            checker.add("min_hits", f"must be a whole number of at least 1 (got {min_hits!r})")
            min_hits = 3
        whys = {}
        for key in ("shares_why", "differs_why"):
            whys[key] = checker.text(key, fix=f"say, with {{p}} and {{quote}}, why a reading that {key[:-4]} "
                                               f"this framing is on the list") or ""
            unknown = set(_PLACEHOLDER.findall(whys[key])) - WHY_FIELDS
            if unknown:
                checker.add(key, f"uses unknown placeholder(s) {', '.join(sorted(unknown))}",
                            fix="use {p}, {quote}, {authors} or {when}")
        frames.append(Frame(str(frame_id), checker.text("label") or "", min_hits, checker.texts("cues", required=True),
                            actors=checker.texts("actors", required=True), **whys))
    return frames


def _groups(path: Path, data, problems: list[Problem]) -> list[Group]:
    groups = []
    for group_id, spec in (data.get("groups") or {}).items():
        checker = EntryChecker(path, spec, f"group {group_id!r}", problems)
        groups.append(Group(str(group_id), checker.text("label") or "", checker.text("intro") or ""))
    return groups


def _rules(path: Path, data, problems: list[Problem]) -> Rules:
    spec = data.get("rules") or {}
    values = {}
    for name, default in Rules().__dict__.items():
        value = spec.get(name, default)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            line = spec.line_of(name) if isinstance(spec, LineDict) else None
            problems.append(Problem(path, f"rules field '{name}' must be a number (got {value!r})", line=line))
            value = default
        values[name] = value
    return Rules(**values)


# ------------------------------------------------------------------------------------------- framing


def detect_frame(source, catalog: Catalog) -> FrameMatch | None:
    """The framing whose words occur most in the body: its own cue words, and the blame words whose
    nearest actor in the sentence is one it holds responsible (at least min_hits distinct words). When
    two framings have as many words, the text is not given either: the rule favours no side."""
    blamed = _blame_by_frame(source, catalog)
    found: list[tuple[int, FrameMatch]] = []
    for frame in catalog.frames:
        hits: list[tuple[str, int, bool]] = []
        cue_spans: list[tuple[int, int]] = []
        for term in frame.cues:
            matches = term_positions(source, term)
            if matches:                         # every use counts; the text's own words locate the framing
                hits.append(_hit(source, matches))
                cue_spans.extend(matches)
        for matches in blamed.get(frame.id, {}).values():
            # A blame word inside a cue ("interference" in "interference of the West") is not a second word.
            alone = [m for m in matches if not any(s <= m[0] and m[1] <= e for s, e in cue_spans)]
            if alone:
                hits.append(_hit(source, alone))
        if len(hits) < frame.min_hits:
            continue
        located = [(w, o) for w, o, own in hits if own] or [(w, o) for w, o, _ in hits]
        by_paragraph = Counter(source.paragraph_at(offset) for _, offset in located)
        paragraph = min(by_paragraph, key=lambda n: (-by_paragraph[n], n or 0))
        offset = min(o for _, o in located if source.paragraph_at(o) == paragraph)
        quote = _quote_at(source, offset, offset + 1)
        found.append((len(hits), FrameMatch(frame, tuple(word for word, _, _ in hits), paragraph, quote)))
    found.sort(key=lambda hf: -hf[0])
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        return None
    return found[0][1]


def _hit(source, matches: list[tuple[int, int]]) -> tuple[str, int, bool]:
    """(words as written, where they locate the framing, whether that is the text's own voice)."""
    first = matches[0]
    own = next((m for m in matches if not _inside_quotes(source, m[0])), None)
    return source.content[first[0]:first[1]], (own or first)[0], own is not None


def _blame_by_frame(source, catalog: Catalog) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """frame id -> blame word -> its uses that count for that frame (nearest actor in the sentence)."""
    if not catalog.blame_words:
        return {}
    sentences = split_sentences(source)
    starts = [s.start for s in sentences]
    actors = [(frame.id, start) for frame in catalog.frames for term in frame.actors
              for start, end in term_positions(source, term) if _proper(source.content[start:end])]
    result: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for word in catalog.blame_words:
        for start, end in term_positions(source, word):
            index = bisect.bisect_right(starts, start) - 1
            if index < 0:
                continue
            sentence = sentences[index]
            near = [(abs(a - start), frame_id) for frame_id, a in actors if sentence.start <= a < sentence.end]
            if near:
                frame_id = min(near)[1]
                result.setdefault(frame_id, {}).setdefault(word, []).append((start, end))
    return result


def _proper(words: str) -> bool:
    """An actor's name as a name: capitalised, and short names in capitals ("US", not "us")."""
    return words[:1].isupper() and (len(words) > 3 or words.isupper())


# ----------------------------------------------------------------------------------------- selection


@dataclass(frozen=True)
class _Candidate:
    item: SelectedReading
    rank: tuple

    @property
    def reading(self) -> Reading:
        return self.item.reading


def select_readings(source, analysis, catalog: Catalog | None = None, outlets=None) -> ReadingList:
    """6-10 readings, balanced by construction, each tied to this text; or an honest message, with a
    task to find what the catalog lacks. ``outlets``: the outlet profiles (default: load_outlets())."""
    catalog = catalog or load_catalog()
    frame = detect_frame(source, catalog)
    candidates = _candidates(source, analysis, catalog, frame, outlets)
    topical = [c for c in candidates if c.item.tie in ("cues", "framing") or
               (c.item.tie == "outlet" and c.reading.ties and _specific_outlet_tie(c))]
    if not topical:
        method = tuple(c.item for c in candidates if c.reading.kind == "method")
        task = balancing_task(source, analysis, catalog)    # says what to search for; else the general advice
        return ReadingList(items=method, empty_message=NO_MATCH_MESSAGE, lateral_task=None if task else LATERAL_TASK,
                           balancing_task=task)
    best: tuple | None = None
    rules = catalog.rules
    sizes = sorted(range(int(rules.min_items), int(rules.max_items) + 1),
                   key=lambda n: (abs(n - rules.preferred_items), -n))
    for size in sizes:
        picks = _build(candidates, size, frame, catalog)
        checks = balance_checks(picks, frame, catalog, candidates=[c.item for c in candidates])
        score = (sum(c.ok is False for c in checks), -len(picks) if len(picks) <= size else 0)
        if best is None or score < best[0]:
            best = (score, picks, checks)
        if score[0] == 0:
            break
    _, picks, checks = best
    ordered = _display_order(picks, catalog)
    groups = tuple(g for g in catalog.groups if any(i.reading.group == g.id for i in ordered))
    lateral = None if any(i.reading.kind == "method" for i in ordered) else LATERAL_TASK
    result = ReadingList(items=ordered, framing=frame, balance=checks, groups=groups, lateral_task=lateral)
    if not result.varied:
        result = replace(result, balancing_task=balancing_task(source, analysis, catalog))
    return result


def _specific_outlet_tie(candidate: _Candidate) -> bool:
    return any(t.kind == "outlet" and t.value != "any" for t in candidate.reading.ties)


def _candidates(source, analysis, catalog: Catalog, frame: FrameMatch | None, outlets=None) -> list[_Candidate]:
    headings = heading_paragraphs(source)
    # A heading names the text itself (a speech's "Address by the President ..."), not a document it cites.
    sentences = [s for s in split_sentences(source) if s.paragraph not in headings]
    claims = [c for c in analysis.claims if c.paragraph not in headings]
    chain = _text_outlets(source, outlets)
    result = []
    for order, reading in enumerate(catalog.readings):
        for tie in (*reading.ties, *_framing_ties(reading, frame)):
            found = _apply_tie(source, claims, tie, sentences, chain, frame, reading)
            if found is None:
                continue
            paragraph, quote, outlet_name = found
            why = _fill(tie.why, paragraph, quote, short_outlet(outlet_name), reading, source) + _timing_note(source, reading)
            item = SelectedReading(reading=reading, why=why, paragraph=paragraph, quote=quote, tie=tie.kind,
                                   relation=reading.relation(frame.frame.id) if frame else None)
            rank = (TIE_KINDS.index(tie.kind), STRENGTHS.index(tie.strength), not reading.students_link,
                    paragraph or 10_000, order)
            result.append(_Candidate(item, rank))
            break
    return sorted(result, key=lambda c: c.rank)


def _framing_ties(reading: Reading, frame: FrameMatch | None) -> tuple[Tie, ...]:
    """A reading that argues along or against the text's framing fits it, whichever side the framing
    takes, unless the catalog gives its own framing tie for that frame (with a more specific 'why')."""
    if frame is None or reading.kind not in ARGUMENT_KINDS:
        return ()
    relation = reading.relation(frame.frame.id)
    if relation is None or any(t.kind == "framing" and t.value == frame.frame.id for t in reading.ties):
        return ()
    why = frame.frame.shares_why if relation == "shares" else frame.frame.differs_why
    return (Tie("framing", why, value=frame.frame.id),) if why else ()


def heading_paragraphs(source) -> set[int]:
    """Paragraphs that read as headings: short, and ending without a sentence's closing mark."""
    result = set()
    for paragraph in source.paragraphs:
        text = source.content[paragraph.start:paragraph.end].strip().strip("*_#").strip()
        if text.startswith("#") or (len(text.split()) <= HEADING_MAX_WORDS and not text.endswith(_SENTENCE_END)):
            result.add(paragraph.number)
    return result


def _apply_tie(source, claims, tie: Tie, sentences: list[Sentence], outlets: list[tuple[str, str]],
               frame: FrameMatch | None, reading: Reading) -> tuple[int | None, str | None, str | None] | None:
    if tie.kind == "cues":
        if tie.text_after and not _published_after(source, tie.text_after):
            return None
        if tie.strength in DATED_STRENGTHS and _appeared_after_text(source, reading):
            return None
        if tie.strength == "mentions" and _days_after(source, reading) > SAME_EVENTS_DAYS:
            return None
        if not _cues_present(source, tie.cues):
            return None
        matches = find_cues(source, tie.cues, sentences)
        # (a tie that cites the item matches its own title or words: that is context enough)
        if not matches or (tie.strength != "cites" and not _on_its_topics(source, reading, matches[0].words)):
            return None
        first = matches[0]
        start, end = clause_around(source, first.sentence, first.start, first.end)
        return first.sentence.paragraph, source.content[start:end], None
    if tie.kind == "framing":
        if frame is None or frame.frame.id != tie.value:
            return None
        return frame.paragraph, frame.quote, None
    if tie.kind == "outlet":
        for outlet_id, name in outlets:
            if tie.value in ("any", outlet_id):
                paragraph, quote = _mention(source, name)
                return paragraph, quote, name
        return None
    claims = [c for c in claims if tie.value in ("any", c.kind)]
    if not claims:
        return None
    # A claim with a known check first, then the kinds most worth checking (a cited document, a figure).
    claim = min(claims, key=lambda c: (c.check is None, _CLAIM_ORDER.index(c.kind) if c.kind in _CLAIM_ORDER else 9))
    return claim.paragraph, _claim_quote(source, claim), None


MIN_TOPICS_NAMED = 2


def _on_its_topics(source, reading: Reading, matched: tuple[str, ...]) -> bool:
    """Does the text name at least two of the reading's topics ("Russia", "NATO", "security guarantees"),
    or one that holds a name the tie matched ("Minsk agreements" for "Minsk ... agreement")? Words that
    match a tie can stand in another story: "Trump agreed to provide security guarantees to North Korea"
    is not about Russia's demands of NATO. (A reading with fewer topics is not held back.)"""
    if len(reading.topics) < MIN_TOPICS_NAMED:
        return True
    names = {w.casefold() for w in matched if w[:1].isupper()}
    named = 0
    for topic in reading.topics:
        if term_positions(source, _topic_term(topic)):
            named += MIN_TOPICS_NAMED if names & set(topic.casefold().split()) else 1
    return named >= MIN_TOPICS_NAMED


@lru_cache(maxsize=256)
def _topic_term(topic: str) -> str:
    """A topic as a cue term: its words as written (no prefix, no alternatives)."""
    return topic.replace("|", " ").replace("*", "")


def _cues_present(source, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether some cue group has every term somewhere in the body, which a match in one sentence needs.
    Most ties fit few texts, and the term positions are indexed already: checking first spares most
    ``find_cues`` calls (~0.4 ms per lesson)."""
    return any(all(term_positions(source, term) for term in group) for group in groups)


def _days_of(date_text: str) -> tuple[dt.date, dt.date] | None:
    """The first and the last day a date as the catalog writes it may stand for ("2021" is 2021-01-01 to
    2021-12-31, "2021-04" is April); None if it is no date."""
    parts = parse_partial_date(date_text)
    if parts is None:
        return None
    year, month, day = parts
    return (dt.date(year, month or 1, day or 1),
            dt.date(year, month or 12, day or calendar.monthrange(year, month or 12)[1]))


def _published_after(source, date_text: str) -> bool:
    days = _days_of(date_text)
    return bool(days and source.meta.published and source.meta.published >= days[0])


def _appeared_after_text(source, reading: Reading) -> bool:
    """Whether the reading certainly appeared after the text (so the text cannot cite or report it)."""
    days = _days_of(reading.date)
    return bool(days and source.meta.published and days[0] > source.meta.published)


def _days_after(source, reading: Reading) -> int:
    """Days from the reading's latest possible date to the text's; 0 when either is unknown."""
    days = _days_of(reading.date)
    return (source.meta.published - days[1]).days if days and source.meta.published else 0


def _appeared_before_text(source, reading: Reading) -> bool:
    days = _days_of(reading.date)
    return bool(days and source.meta.published and days[1] < source.meta.published)


def _text_outlets(source, outlets=None) -> list[tuple[str, str]]:
    """(outlet id or "", name) for the publisher and each republication, earliest first."""
    from .outlets import load_outlets

    outlets = outlets or load_outlets()
    result = []
    for name in source.meta.publication_chain:
        profile = outlets.profile_for(name)
        result.append((profile.id if profile else "", name))
    return result


def _mention(source, name: str) -> tuple[int | None, str | None]:
    """Where the body first names the outlet (from the term index: the same match as
    ``compile_term(name).search``, without running a pattern over the whole text)."""
    positions = term_positions(source, name)
    if not positions:
        return None, None
    start, end = positions[0]
    return source.paragraph_at(start), source.content[start:end]


def _inside_quotes(source, offset: int) -> bool:
    """Whether ``offset`` lies inside quotation marks in its paragraph (someone else's words)."""
    number = source.paragraph_at(offset)
    if number is None:
        return False
    paragraph = source.paragraphs[number - 1]
    before = source.content[paragraph.start:offset]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def _quote_at(source, start: int, end: int) -> str:
    paragraph = source.paragraph_at(start)
    if paragraph is None:
        return source.content[start:end]
    # The sentence that holds ``start``: the one before ends where this one starts (less its space), so
    # its own end bounds it, not ``start``.
    sentences = [s for s in split_sentences(source) if s.paragraph == paragraph and s.start <= start < max(s.end, s.start + 1)]
    sentence = sentences[0] if sentences else Sentence(start, end, paragraph)
    left, right = clause_around(source, sentence, start, max(end, start + 1), limit=140)
    return source.content[left:right]


def _claim_quote(source, claim) -> str:
    """The claim's opening words: a pointer to the claim, never a 350-character quotation pasted into a
    reading's note. (``clause_around`` keeps the whole span it is given, and a claim's span is its
    sentence; its lead-in clause alone, "According to Dr. Ann Roe, a researcher", says nothing of it.)"""
    return opening_words(source, claim.start, claim.end, _QUOTE_LIMIT)


_QUOTE_LIMIT = 140
# A quote cut inside its sentence ends on a word: the note says so with "…".
_CUT_INSIDE = re.compile(r"[\w,;:)’'%]$")


def _fill(template: str, paragraph: int | None, quote: str | None, outlet: str | None,
          reading: Reading | None = None, source=None) -> str:
    quote = clean(quote)
    values = {"p": paragraph if paragraph is not None else "?",
              "quote": quote + "…" if quote and _CUT_INSIDE.search(quote) else quote or "…",
              "outlet": outlet or "this outlet", "authors": reading.authors if reading else "its authors",
              "when": _when(source, reading)}
    text = _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)
    if paragraph is None:
        text = text.replace("¶? ", "The text ").replace("(¶?: ", "(")
    return clean(text)


def _when(source, reading: Reading | None) -> str:
    """"later" or "earlier" than the text, from both dates; "" when either is unknown or they overlap."""
    if source is None or reading is None:
        return ""
    if _appeared_after_text(source, reading):
        return "later"
    return "earlier" if _appeared_before_text(source, reading) else ""


def _timing_note(source, reading: Reading) -> str:
    """Whether a reading on the text's subject appeared after it; a method reading is used on any text,
    of any age, so its date says nothing about the text (a 1912 speech gets SIFT without the note)."""
    return " (Published after this text.)" if reading.kind != "method" and _appeared_after_text(source, reading) else ""


def _build(candidates: list[_Candidate], size: int, frame: FrameMatch | None, catalog: Catalog) -> tuple[SelectedReading, ...]:
    rules = catalog.rules
    cap = max(1, math.floor(rules.max_share * size + 1e-9))
    picked: list[SelectedReading] = []
    counts: Counter = Counter()

    def fits(items: list[SelectedReading]) -> bool:
        new = Counter(i.reading.perspective for i in items)
        return (len(picked) + len(items) <= size and all(counts[p] + n <= cap for p, n in new.items())
                and not any(i.reading.id == p.reading.id for i in items for p in picked))

    def add(items: list[SelectedReading]) -> bool:
        if not items or not fits(items):
            return False
        picked.extend(items)
        counts.update(i.reading.perspective for i in items)
        return True

    def add_one(item: SelectedReading) -> bool:
        group = item.reading.group
        if group:
            members = [c.item for c in candidates if c.reading.group == group]
            return len(members) >= 2 and add(members)
        return add([item])

    items = [c.item for c in candidates]
    primaries = [i for i in items if i.reading.kind == "primary" and i.tie == "cues"]
    for item in primaries[: int(rules.max_primary)]:
        add_one(item)
    _first(items, lambda i: i.reading.perspective == "wire-service" and i.tie == "cues", add_one)
    if frame is not None:
        _first(items, lambda i: i.relation == "shares", add_one)
        for item in items:
            differing = {i.reading.perspective for i in picked if i.relation == "differs"}
            if len(differing) >= rules.min_differing_perspectives:
                break
            if item.relation == "differs" and item.reading.perspective not in differing:
                add_one(item)
    for group in catalog.groups:
        members = [i for i in items if i.reading.group == group.id]
        if len(members) >= 2:
            add(members)
    if not any(i.reading.kind in ("fact-check", "method") for i in picked):
        _first(items, lambda i: i.reading.kind in ("fact-check", "method"), add_one)
    while len(picked) < size:                   # fill: the least represented perspective first, then rank
        rest = [i for i in items if i not in picked]
        before = len(picked)
        for item in sorted(rest, key=lambda i: counts[i.reading.perspective]):
            if add_one(item):
                break
        if len(picked) == before:
            break
    return tuple(picked)


def _first(items: list[SelectedReading], wanted, add_one) -> None:
    for item in items:
        if wanted(item) and add_one(item):
            return


def _display_order(picks: tuple[SelectedReading, ...], catalog: Catalog) -> tuple[SelectedReading, ...]:
    """Primary documents first, then reports, analysis, scholarship, fact-checks, method; groups together."""
    def kind_rank(item: SelectedReading) -> int:
        return _KIND_ORDER.index(item.reading.kind) if item.reading.kind in _KIND_ORDER else len(_KIND_ORDER)

    group_rank = {}
    for item in picks:
        if item.reading.group:
            group_rank[item.reading.group] = min(group_rank.get(item.reading.group, 99), kind_rank(item))

    def key(item: SelectedReading) -> tuple:
        group = item.reading.group
        return (group_rank[group] if group else kind_rank(item), group or "", item.paragraph or 10_000, item.reading.id)

    return tuple(sorted(picks, key=key))


# ----------------------------------------------------------------------------------- balancing task

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# A lone capital (not "A" nor "I") and a space right before a word: "T itle", a word broken after its capital.
_BROKEN_OFF = re.compile(r"(?:^|[^\w.]|(?<=^.))[B-HJ-Z][^\S\n]$")
# A run of capitalised words (with "of", "the", "for" inside, and a title's full stop: "Sen. Tommy Tuberville").
_DOTTED = r"(?:[A-Z]\.){2,}(?=\s+[A-Z])"
# ("U.S." and "U.N." are one word of a name: not "Top U" from "Top U.S. Senate Democrat Chuck Schumer")
_NAME = re.compile(rf"(?:{TITLE_BEFORE_NAME})?(?:{_DOTTED}|[A-Z][\w’'-]*|[A-Z]{{2,}})"
                   rf"(?:\s+(?:of\s+|the\s+|for\s+)?(?:{TITLE_BEFORE_NAME})?(?:{_DOTTED}|[A-Z][\w’'-]*|[A-Z]{{2,}}))*")
_FIGURE = re.compile(r"\d")
_CLAIM_ORDER = ("document", "number", "event", "quotation", "reported", "date", "correction", "statement", "prediction")
MAX_SEARCHES = 4
MAX_SEARCH_WORDS = 5


def balancing_task(source, analysis, catalog: Catalog) -> BalancingTask | None:
    """What to search for to find the readings the catalog lacks, built from the text's own words: the
    names it uses most with its most used word (or its front-matter topics), the figures, documents and
    names of its best claims (by kind, then check-worthiness), and the people it quotes."""
    if not catalog.task_prompt:
        return None
    headings = heading_paragraphs(source)
    counts = _text_counts(source, catalog)          # (counted once per text: the claims' keys use them too)
    names, words = counts.names, counts.words
    # (the two most used, as compounds; a half of a charge, "savings" of "savings fraud", gives way to the next)
    topic = _without_halves([_whole_compound(w, counts) for w, n in words.most_common(4) if n >= 2])[:2] or \
        list(source.meta.topics[:2]) or [w for w, _ in words.most_common(1)]
    searches = [_search([*[n for n, _ in names.most_common(1)], *topic], catalog.charge_words)]
    claims = sorted((c for c in analysis.claims if c.paragraph not in headings),
                    # the best claims of the whole text, not its first ones
                    key=lambda c: (_CLAIM_ORDER.index(c.kind) if c.kind in _CLAIM_ORDER else 9, -c.score, c.start))
    for claim in claims[:2]:
        # (a sentence opening on "her" or "he" is searched by the person last named, as its task's key is:
        # "Her 2023 study of four regions ..." by the study's author, not by the text's most used words)
        doer = person_last_named(source, claim, analysis.voices) if claim.kind != "quotation" else None
        figures, _, claim_searches = claim_terms(source, claim, catalog, speakers=(doer,) if doer else ())
        if figures and claim_searches:          # "threatened no one" is no figure to search for
            searches.append(claim_searches[-1] if len(claim_searches) > 2 else claim_searches[0])
    for name in dict.fromkeys([*_speakers_to_search(source, analysis, catalog, names),
                               *(n for n, _ in names.most_common())]):
        if len(searches) > MAX_SEARCHES:
            break
        if not any(name.casefold() in q.casefold() for q in searches):
            searches.append(_search([name, *topic[:1]], catalog.charge_words))
    searches = [q for q in dict.fromkeys(searches) if q][:MAX_SEARCHES]
    if not searches:
        return None
    claim = claims[0] if claims else None
    values = {"searches": ", ".join(f"“{q}”" for q in searches), "where": f"¶{claim.paragraph}" if claim else "the text",
              "outlet": source.meta.publisher or "the text's outlet"}
    fill = lambda t: clean(_PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), t))
    return BalancingTask(prompt=fill(catalog.task_prompt), good_answer=fill(catalog.task_answer),
                         searches=tuple(searches))


def _speakers_to_search(source, analysis, catalog: Catalog, names: Counter) -> list[str]:
    """The named voices, those heard most first (the plaintiff quoted five times before a child quoted
    once), each by the fullest name the text gives them ("Elizabeth Deal" for "Deal"). Not a common word
    in capitals ("they ALL supported ...") nor shouted words the text only writes in capitals ("EXCLUSIVE
    PICS: ...")."""
    heard: Counter = Counter()
    # (As the lesson lists them: one name per person, "Donald J. Roe" and "President Donald Roe" are one.)
    for voice in heard_voices(source, analysis.voices):
        speaker = voice.speaker if getattr(voice, "named", False) else None
        if not speaker or speaker.casefold() in catalog.ignore_words or \
                (speaker not in source.content and speaker.upper() in source.content):
            continue
        heard[speaker] += 1
    # (a longer name only where the text writes its other words with a capital inside a sentence: not
    # "Eventually Deal" from a sentence's first word)
    known = names_known(source)
    fullest = lambda s: max((n for n in names if n == s or (n.endswith(" " + s) and
                                                            all(w in known for w in n[:-len(s)].split()))),
                            key=len, default=s)
    return [fullest(s) for s, _ in heard.most_common()]


_NAMES_THE_SUBJECT = 2      # mentions that make a name what the text is about


def claim_terms(source, claim, catalog: Catalog | None = None,
                speakers: tuple[str, ...] = (), focus: tuple[int, int] | None = None
                ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(figures, names, searches) of a claim: its numbers, dates and named documents as written, the
    people, organisations and places it names, and one or two searches built from them and the text's
    most used words (for the teacher key of a claim without a known check). For a quotation, the names
    are its ``speakers`` when the voices found them: the words are theirs to look up. ``focus``: the
    span of the sentence a task quotes; its names and words come first."""
    catalog = catalog or load_catalog()
    text_counts = _text_counts(source, catalog)
    counts = text_counts.words
    text = source.content[claim.start:claim.end]
    dates = claim.kind in ("date", "event")     # a month is what to check there; next to a number, context
    figures = tuple(sorted(dict.fromkeys(c.strip(",.;:") for c in claim.cues if not is_quoted_cue(c) and
                                         (_FIGURE.search(c) or _FIGURE_WORDS & set(c.split()) or _number_words() & set(_NUMBER_PARTS.split(c.lower()))
                                         or (dates and (c.lower() in _MONTHS or _RELATIVE_DATE.fullmatch(c)
                                                        or _COUNTED_FROM_A_DATE.search(c))))),
                           key=lambda c: not _FIGURE.search(c)))       # numbers first, stable otherwise
    names = _longest_names(tuple(dict.fromkeys(_names(text, catalog, names_known(source),
                                                      names_to_ignore(source)))))
    # An embedded post's author is its speaker ("post by Jo Roe"), where the voices did not find them.
    speakers = speakers or tuple(c[len(POST_BY):] for c in claim.cues if c.startswith(POST_BY))
    if claim.kind in ("quotation", "reported"):
        # The record to find is the speaker's; a place or body the quotation names is not its speaker
        # ("... counted in a named province, it said"), though it still helps a search.
        names, in_sentence = speakers, (speakers or names)
    else:
        if not names and speakers:      # a deed of "he" or "she": the person last named (verification._doer)
            names = speakers
        in_sentence = names
    focused = source.content[focus[0]:focus[1]] if focus else text
    focus_words = set(_content_words(focused, catalog))
    # The text's own subject words: a word the text uses once ("terrifies", "manner") finds nothing more.
    # A scale word is part of a figure ("five thousand"), never a subject word: "Jewish thousand" finds nothing.
    # So is a number word ("twenty" of "the ages of twenty and thirty-five"): a figure's, searched as one or not at all.
    own = sorted(dict.fromkeys(w for w in _content_words(text, catalog)
                               if not _SCALE_WORDS.intersection(w.lower().split("-"))
                               and not _number_words().intersection(w.lower().split("-"))),
                 key=lambda w: (w not in focus_words, -counts[w]))
    # (a word the text uses mostly as half of a compound is searched as the compound where the sentence has it:
    # "natural gas", not "natural")
    words = _without_halves([_whole_compound(w, text_counts, text) for w in own if counts[w] >= 2])[:3]
    # A deed told with names (a party's vote to override a named governor's veto of a numbered bill) is found
    # by those names, not by the text's most used words from another part of the sentence.
    in_focus = [n for n in in_sentence if n in focused]
    if not figures and len(in_focus) >= 2 and len([w for w in words if w in focus_words]) < 2:
        words = [w for w in words if w in focus_words]
        in_sentence = (*in_focus[:3], *(n for n in in_sentence if n not in in_focus[:3]))
        lead = len(in_focus[:3])
    else:
        lead = 1
    borrowed = False
    if not in_sentence:
        # A sentence that names no one is searched by the peoples it speaks of ("the Swedish establishment");
        # else "165 outbreak death" finds any outbreak: add the name the text is about, to the first search
        # only ("Green New Deal solar" from another sentence finds nothing of this one).
        in_sentence = _peoples_named(text, names_to_ignore(source))
        if not in_sentence:
            # (Only a name the text comes back to: a name it gives once, "Dr. Ann Roe" quoted in a text about
            # cooking oil, is not what the text is about, and "94 Dr. Ann Roe" finds nothing of the claim.)
            in_sentence = tuple(n for n, count in text_counts.names.most_common(1) if count >= _NAMES_THE_SUBJECT)
            borrowed = bool(in_sentence)
    # A lone digit or a small number word finds nothing on its own ("one former sailor Navy", "37 four reports",
    # "1 4" of "1 in 4"), nor does a scale word alone ("a thousand survivors"): the key still names it, the
    # search leaves it out.
    searched = tuple(f for f in figures if not _weak_figure(f))
    missing = _MIN_SEARCH_PARTS - len(words) - len(searched[:2]) - len(in_sentence[:lead])
    if missing > 0:
        # One word ("UK", "COVID") finds everything: add the text's own subject, its most used words.
        subject = dict.fromkeys(_whole_compound(w, text_counts) for w, n in counts.most_common(missing + len(words) + len(_SCALE_WORDS))
                                if n >= 2 and w.lower() not in _SCALE_WORDS)
        words = _without_halves([*words, *[w for w in subject if w not in words][:missing]])
    # (two compounds take the room of a name: "fishing boats harbour board" leaves out who)
    lead_words = words[:2] if len(" ".join(words[:2]).split()) <= _LEAD_WORDS else words[:1]
    first = _search([*searched[:2], *lead_words, *in_sentence[:lead]], catalog.charge_words)
    if in_sentence[:1] and not borrowed and not any(n.casefold() in first.casefold() for n in in_sentence[:lead]):
        # (a long name that no longer fits after the words: who did it finds the claim, a subject word
        # does not: "48,000 2023 recall sold" -> "48,000 2023 Kettleby Home Appliances")
        first = _search([*searched[:2], *in_sentence[:lead], *lead_words], catalog.charge_words)
    searches = [first]
    quoted = _QUOTED.search(text)
    if quoted and in_sentence:                  # the words as quoted find the original record best
        said = quoted.group(1).split()[:6]      # with the speaker's name, unless the words already hold it
        while said and said[-1].lower().strip(",.;:") in _TRAILING:
            said.pop()                          # not "... operating in the"
        name = [] if in_sentence[0].casefold() in " ".join(said).casefold() else [in_sentence[0]]
        searches.insert(0, " ".join([*name, *said]).strip(" ,.;:"))
    if in_sentence and not borrowed:
        searches.append(_search([in_sentence[-1] if len(in_sentence) > 1 else in_sentence[0], *words[:1]],
                                catalog.charge_words))
    searches = [q for q in dict.fromkeys(searches) if q]
    # A number's figures are its counts, not the dates beside them ("nine", not "2019", "May 3": no one
    # "counted" a date); the searches keep the dates, which find the reports of the day.
    counts_only = tuple(f for f in figures if not _A_DATE.search(f)) if claim.kind == "number" else ()
    # A one-word search ("COVID", "Omar") finds everything: kept only when there is no other.
    return counts_only or figures, names, tuple(q for q in searches if len(q.split()) > 1 or len(searches) == 1)


# A year alone, or a date with its month ("May 3", "3 March 2019", "Sept. 25").
_A_DATE = re.compile(rf"^(?:1[89]\d\d|20\d\d)$|\b(?:{'|'.join(MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


_MIN_SEARCH_PARTS = 2     # figures, words and a name in a claim's first search
_LEAD_WORDS = 3           # words of the text's own in a claim's first search, at most


def _without_halves(words: list[str]) -> list[str]:
    """Words once each, without a word a compound among them holds ("note" beside "suicide note"), nor the
    half of a charge ("", see ``_compounds``)."""
    words = list(dict.fromkeys(w for w in words if w))
    compounds = [w.split() for w in words if " " in w]
    return [w for w in words if " " in w or not any(w in parts for parts in compounds)]


def _whole_compound(word: str, counts: _TextCounts, sentence: str | None = None) -> str:
    """The compound the text uses ``word`` in ("natural gas" for "natural"), where ``sentence`` (if given)
    writes it too; else the word."""
    compound = counts.compounds.get(word)
    if compound is None or (sentence is not None and compound and not re.search(rf"\b{re.escape(compound)}\b", sentence)):
        return word
    return compound


def _weak_figure(figure: str) -> bool:
    """A lone digit, a spelled number (checks.yaml's, ``_number_words``), a scale word alone, a scale of a
    scale ("tens of thousands") or a time counted from another ("five days before"): no search finds anything
    by it. ("percent" is a unit, not a number: "70
    percent" is searched as written.)"""
    word = figure.lower()
    if word in _UNITS:
        return False
    if (len(figure) == 1 and figure.isdigit()) or word in _number_words() or word in _SCALE_WORDS:
        return True
    if all(part in _number_words() for part in word.split("-")):
        return True     # a number word with its tens, "thirty-one"
    if _COUNTED_FROM_A_DATE.search(figure):
        return True     # "five days before", "two weeks after": counted from a date the search does not hold
    scales = word.split()
    return len(scales) == 3 and scales[1] == "of" and all(w in _SCALE_WORDS for w in scales[::2])


_UNITS = frozenset({"percent"})
_NUMBER_PARTS = re.compile(r"[\s-]+")     # ("thirty-one": a number word with its tens)


_TRAILING = frozenset("a an the of in on at to for and or but by with from as that which who".split())
_CAPITALISED_WORD = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+\b")


def _peoples_named(text: str, ignored: frozenset[str]) -> tuple[str, ...]:
    """The capitalised words inside a sentence that name no one but say whom it is about ("the Swedish
    establishment", "Western countries"): search words for a sentence without a name."""
    return tuple(dict.fromkeys(w for w in _CAPITALISED_WORD.findall(text) if w in ignored))[:2]
# A date counted from the text's own ("last month", "this week"): what a date claim's key must place.
_RELATIVE_DATE = re.compile(r"(?:last|this|next)\s+(?:week|month|year)", re.I)
# "a month before", "three days earlier": a date counted from another (analysis/claims gives them as date cues).
_COUNTED_FROM_A_DATE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:earlier|later|ago|before|after|"
                                  r"afterwards|prior)$", re.I)


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """The spelled numbers of the claim kind "number" in checks.yaml ("nine", "fifty", "dozens"): a figure
    to trace as much as "9" is ("nine countries", not "as the sentence gives it")."""
    number = next((k for k in load_checks().claim_kinds if k.kind == "number"), None)
    return frozenset(w.strip().lower() for term in (number.words if number else ()) for w in term.split("|")
                     if w.strip().isalpha())


def _longest_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names without those a longer one holds ("Bakassi" beside "Bakassi Peninsula"): one thing, listed once."""
    return tuple(n for n in names if not any(n != m and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", m) for m in names))


@dataclass(frozen=True)
class _TextCounts:
    """How often the text uses each content word and each name, outside its headings, and the compounds its
    content words are half of (``_compounds``)."""

    words: Counter
    names: Counter
    compounds: dict[str, str]


def _text_counts(source, catalog: Catalog) -> _TextCounts:
    """The text's word and name counts. Every claim of a lesson asks for the same text's counts, so the
    last text's are kept (they were a quarter of composing a lesson)."""
    if _last_counts and _last_counts[0][0] is source and _last_counts[0][1] is catalog:
        return _last_counts[0][2]
    headings = heading_paragraphs(source)
    body = [source.content[p.start:p.end] for p in source.paragraphs if p.number not in headings]
    known = names_known(source)
    words = Counter(w for text in body for w in _content_words(text, catalog))
    counts = _TextCounts(words=words,
                         names=Counter(n for text in body for n in _names(text, catalog, known, names_to_ignore(source))),
                         compounds=_compounds(body, words, catalog))
    _last_counts[:] = [(source, catalog, counts)]
    return counts


_last_counts: list[tuple[object, Catalog, _TextCounts]] = []


def _compounds(body: list[str], words: Counter, catalog: Catalog) -> dict[str, str]:
    """Content word -> the compound the text writes it in, where the text uses the word mostly in that
    compound and more than once ("natural" -> "natural gas", "civil" -> "civil war", "care" -> "health care",
    "law" -> "rule of law"): searched alone, the half finds anything natural or civil. A word the text uses
    mostly beside a charge ("savings" of "savings fraud") maps to "": the half finds nothing and
    the whole is a charge, left out of searches as charges are. No part-of-speech tagger ships; the text's
    own repeated runs of lower-case words are its noun phrases."""
    runs: Counter = Counter()
    for text in body:
        for pair in _PAIR.finditer(text):
            first, link, second = pair.groups()
            if _compound_part(first, catalog) and _compound_part(second, catalog) and first != second and \
                    not first.endswith("ly") and not _BROKEN_OFF.match(text, max(0, pair.start() - 3), pair.start()):
                runs[first, link, second] += 1      # (not "openly backed", a verb and its adverb, nor "T itle ruling")
    found: dict[str, str] = {}
    for (first, link, second), count in runs.most_common():
        if count < _COMPOUND_AT_LEAST:
            break
        charged = first in catalog.charge_words or second in catalog.charge_words
        for half in (first, second):
            if half in words and half not in found and half not in catalog.charge_words and \
                    count >= _COMPOUND_SHARE * words[half]:
                found[half] = "" if charged else " ".join(w for w in (first, link, second) if w)
    return found


def _compound_part(word: str, catalog: Catalog) -> bool:
    """A word that can be half of a compound: not a word that finds nothing."""
    return word.islower() and word not in catalog.ignore_words and "'" not in word and "’" not in word


# Two words with one space between them, or with "of", "against" or "for" between them, no punctuation:
# "natural gas", "civil war", "rule of law"; not "natural, gas".
_PAIR = re.compile(r"(?<![\w'’-])([a-z][a-z’'-]+)[^\S\n](?:(of|against|for)[^\S\n])?(?=([a-z][a-z’'-]+)(?![\w'’-]))")
_COMPOUND_AT_LEAST = 2
_COMPOUND_SHARE = 0.6


_QUOTED = re.compile(r"[“\"]([^”\"]{8,})[”\"]")
_MONTHS = {*(m.lower() for m in MONTHS), "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
           "sunday", "yesterday", "today"}
# Cue words of a claim worth searching for: figures, and the documents a claim rests on (as written in lower
# case: "the Drudge Report" is an outlet's name, not a report).
_SCALE_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                          "billions", "trillion", "trillions", "percent", "dozen", "dozens", "tens"})
_FIGURE_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent",
                 "study", "report", "survey", "poll", "data", "census", "resolution", "statement", "decision",
                 "ruling", "law", "bill", "treaty", "declaration", "memorandum", "speech", "interview"}


_AFTER_A_TITLE = re.compile(rf".*{TITLE_BEFORE_NAME}")


def _search(parts: list[str], charges: frozenset[str] = frozenset()) -> str:
    """Search words without repeats (a word inside a name already given is dropped): whole parts, in
    order, while they fit in MAX_SEARCH_WORDS words (a name is never cut, but a name too long to fit
    loses the words before its title: "Democratic Sen. Jeff Merkley of Oregon" is searched as "Jeff
    Merkley of Oregon"). A search that holds a name or a people ("Roe", "Jews") leaves out the ``charges``:
    "<Name> killing" reads as an accusation, the name with the topic's other words does not."""
    if any(part[:1].isupper() for part in parts if part):
        parts = [part for part in parts if part.casefold() not in charges]
    result: list[str] = []
    for part in parts:
        if part and len(part.split()) > MAX_SEARCH_WORDS - 1:
            part = _AFTER_A_TITLE.sub("", part, count=1)
        if not part or any(part.casefold() in r.casefold() or _plural_of(part, r) for r in result) or \
                (part.islower() and any(_plural_of(w, x) or _plural_of(x, w) for w in part.split()
                                        for r in result for x in r.split())):
            continue        # (nor "civilians" after "civilian", "boats" after "boat crews")
        # (a compound takes the place of its half given before: "report" of "harbour report")
        kept = [r for r in result if not (r.islower() and " " not in r and r in part.split())]
        if kept and len(" ".join([*kept, part]).split()) > MAX_SEARCH_WORDS:
            continue
        result = [*kept, part]
    return " ".join(" ".join(result).split())


def _plural_of(word: str, other: str) -> bool:
    return " " not in word and " " not in other and word.casefold() in (other.casefold() + "s", other.casefold() + "es")


def _names(text: str, catalog: Catalog, known: frozenset[str] = frozenset(),
           ignored: frozenset[str] = frozenset()) -> list[str]:
    """Names in a passage: runs of capitalised words and acronyms, without the common words that open a
    sentence ("Every May" gives "May"; "Parents" alone is no name), unless the text also writes that word
    with a capital inside a sentence (``known``: "China" opening a sentence is still China), and without
    the words that name no one (``ignored``, see ``claims.names_to_ignore``: "Swedish", "White")."""
    result = []
    previous = last_from = None
    for match in _NAME.finditer(text):
        if is_page_label(text, match.start()):      # "#BREAKING", "[X post (former Twitter)]"
            continue
        if _ends_a_long_name(text, previous, match) and result and last_from is previous:
            # "Centers for Disease Control and Prevention": one body, not "Prevention" on its own
            result[-1] += text[previous.end():match.end()]
            previous = None
            continue
        previous = match
        words = match.group(0).split()
        if len(words) >= 2 and all(w.isupper() for w in words) and any(len(w) > 6 for w in words):
            continue        # "EXCLUSIVE PICS", "BREAKING NEWS": shouting, not a name (acronyms are short)
        while words and _CONTRACTION.sub("", words[0].casefold().replace("’", "'")).strip("'") in catalog.ignore_words:
            words.pop(0)
        if len(words) > 2 and words[0].lower() in _SCALE_WORDS and words[1] == "of":
            words = words[2:]       # "Hundreds of Palestinians": a figure of a people, the people the name
        before = match.start() - 1         # the last character before the name that is not a space
        while before >= 0 and text[before].isspace():
            before -= 1
        opens = before < 0 or text[before] in ".!?\"“:"
        if not words or (opens and len(words) == 1 and words[0] == match.group(0) and not words[0].isupper()
                         and words[0] not in known):
            continue
        name = actor_name(re.sub(r"['’]s$", "", " ".join(words)).strip("’'"), ignored)
        if name and len(name) > 1:      # a letter ("the G scale", "Plan B") names nothing to search for
            # (with the number that is part of the name: "Channel 4", not "Channel")
            result.append(with_its_number(text, name) if text[match.end():match.end() + 2][1:].isdigit() else name)
            last_from = match
    return result


def _ends_a_long_name(text: str, previous: re.Match | None, match: re.Match) -> bool:
    """Is ``match`` the last part of a body's name with "and" inside ("Department of Health and Human
    Services")? Only after a name joined by "of" or "for", and only a word or two: "Jo Roe and Al Doe"
    are two people."""
    return (previous is not None and text[previous.end():match.start()] == " and "
            and bool(_BODY_OF.search(previous.group(0))) and len(match.group(0).split()) <= 2)


# A body's name ends in "of" or "for" and a word or two ("Department of Health", "Centers for Disease
# Control"); "Secretary of State Ann Lee" is a person.
_BODY_OF = re.compile(r"\s(?:of|for)\s+\S+(?:\s+\S+)?$")


# "I’m", "We’ve", "She’d": a pronoun with its verb, no name.
_CONTRACTION = re.compile(r"'(?:m|ve|d|ll|re|s)$")


def _content_words(text: str, catalog: Catalog) -> list[str]:
    """Lower-case words of four letters or more that are not in the ignore list (names are counted apart)."""
    ignore = catalog.ignore_words
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].islower() or _BROKEN_OFF.match(text, max(0, match.start() - 3), match.start()):
            continue        # (nor the rest of a word a stray space broke, "T itle": a fragment finds nothing)
        # A possessive loses its 's ("the council's" counts as "council"); a string test, not a regular
        # expression per word, which made counting a text's words a third of composing its lesson.
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        word = word.strip("'’-")
        # A contraction ("don’t", "they're") is a function word with its verb: it finds nothing.
        if len(word) > 3 and word not in ignore and "'" not in word and "’" not in word:
            found.append(word)
    return found


# ------------------------------------------------------------------------------------------- balance


def balance_checks(items, frame: FrameMatch | None, catalog: Catalog, candidates=None) -> tuple[BalanceCheck, ...]:
    """The balance rules, computed from a list; ``ok`` is None where a rule cannot apply to this text."""
    rules = catalog.rules
    items = list(items)
    candidates = list(candidates or [])
    total = len(items)
    checks = [BalanceCheck("size", rules.min_items <= total <= rules.max_items,
                           f"{total} readings (the rule is {rules.min_items}-{rules.max_items})")]
    primaries = [i.reading.id for i in items if i.reading.kind == "primary" and i.tie == "cues"]
    any_primary = any(c.reading.kind == "primary" and c.tie == "cues" for c in candidates)
    checks.append(BalanceCheck("primary documents the text relies on", bool(primaries) if any_primary or not candidates else None,
                               ", ".join(primaries) or "no primary document in the catalog matches this text"))
    wires = [i.reading.id for i in items if i.reading.perspective == "wire-service"]
    any_wire = any(c.reading.perspective == "wire-service" for c in candidates)
    checks.append(BalanceCheck("a wire report on the same events", bool(wires) if any_wire or not candidates else None,
                               ", ".join(wires) or "no wire report in the catalog matches this text"))
    if frame is None:
        checks.append(BalanceCheck("readings that share and that differ from the text's framing", None,
                                   "the text's framing was not recognised from its words"))
    else:
        sharing = [i.reading.id for i in items if i.relation == "shares"]
        differing = sorted({i.reading.perspective for i in items if i.relation == "differs"})
        checks.append(BalanceCheck(f"at least {rules.min_sharing} sharing the framing ({frame.frame.label})",
                                   len(sharing) >= rules.min_sharing, ", ".join(sharing) or "none"))
        checks.append(BalanceCheck(f"at least {rules.min_differing_perspectives} differing perspectives",
                                   len(differing) >= rules.min_differing_perspectives, ", ".join(differing) or "none"))
    method = [i.reading.id for i in items if i.reading.kind in ("fact-check", "method")]
    checks.append(BalanceCheck("a fact-check or method reading", bool(method), ", ".join(method) or "none"))
    counts = Counter(i.reading.perspective for i in items)
    top, top_count = (counts.most_common(1) or [("none", 0)])[0]
    share = top_count / total if total else 0.0
    checks.append(BalanceCheck(f"no perspective over {rules.max_share:.0%}", share <= rules.max_share + 1e-9,
                               f"largest: {top} {top_count}/{total} ({share:.0%})"))
    fitting = sorted({c.reading.group for c in candidates if c.reading.group
                      and sum(d.reading.group == c.reading.group for d in candidates) >= 2})
    present = {i.reading.group for i in items if i.reading.group}
    incomplete = [g for g in sorted(set(fitting) | present) if sum(c.reading.group == g for c in candidates) >
                  sum(i.reading.group == g for i in items)]
    checks.append(BalanceCheck("disagreements shown whole", not incomplete if (fitting or present) else None,
                               (", ".join(incomplete) + " missing or incomplete") if incomplete else
                               (", ".join(sorted(present)) or "no disagreement group fits this text")))
    return tuple(checks)


__all__ = ["BalanceCheck", "BalancingTask", "balancing_task", "claim_terms", "heading_paragraphs", "Catalog", "Frame", "FrameMatch", "Reading", "ReadingList", "SelectedReading",
           "balance_checks", "detect_frame", "load_catalog", "select_readings", "validate_catalog"]

