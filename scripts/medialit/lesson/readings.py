"""The reading catalog (data/catalog.yaml) and the balancing reading list chosen for a lesson.

A list is balanced by construction (``select_readings``): the primary documents the text relies on, a
wire report on the same events, readings that share and that differ from the text's framing, a
fact-check or method reading, whole disagreement groups, and no perspective over its share. Every reading
says why it is on the list, tied to a paragraph or claim of this text. The text's framing is inferred
from its words (catalog 'frames'), never set per text. ``balance_checks`` recomputes the rules so that
teachers (and tests) can see them hold.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..analysis.claims import Sentence, clause_around, find_cues, split_sentences, term_positions
from ..datafiles import (DATA_DIR, EntryChecker, LineDict, check_cue_groups, clean, entries,
                        parse_partial_date, parsed_or_raise, problems_of, read_mapping, read_yaml, vocabulary)
from ..errors import Problem

CATALOG_FILE = DATA_DIR / "catalog.yaml"
STATUSES = ("verified", "partially_verified")
RELATIONS = ("shares", "differs")
TIE_KINDS = ("cues", "outlet", "framing", "claim")
STRENGTHS = ("cites", "mentions", "topic")
WHY_FIELDS = {"p", "quote", "outlet"}
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
    cues: tuple[str, ...]


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


@lru_cache(maxsize=4)
def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    """The reading catalog; raises InputError naming every problem in the file."""
    return parsed_or_raise(_parse, path)


def validate_catalog(path: Path = CATALOG_FILE) -> list[Problem]:
    return problems_of(_parse, path)


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
    return Catalog(readings=tuple(readings), kinds=tuple((k, clean(v["label"])) for k, v in kinds.items()),
                   perspectives=tuple((k, clean(v["label"])) for k, v in perspectives.items()),
                   frames=tuple(frames), groups=tuple(groups), rules=rules)


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
                    fix="use {p} (paragraph), {quote} (the matched words) or {outlet}")
        kind = present[0]
        if kind == "cues":
            groups = check_cue_groups(tie, "cues", required=True)
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


def _frames(path: Path, data, problems: list[Problem]) -> list[Frame]:
    frames = []
    for frame_id, spec in (data.get("frames") or {}).items():
        checker = EntryChecker(path, spec, f"frame {frame_id!r}", problems)
        min_hits = checker.get("min_hits", 3)
        if not isinstance(min_hits, int) or min_hits < 1:
            checker.add("min_hits", f"must be a whole number of at least 1 (got {min_hits!r})")
            min_hits = 3
        frames.append(Frame(str(frame_id), checker.text("label") or "", min_hits, checker.texts("cues", required=True)))
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
    """The frame whose cue words occur most in the body (at least its min_hits distinct words)."""
    best: FrameMatch | None = None
    for frame in catalog.frames:
        hits: list[tuple[str, int, bool]] = []
        for term in frame.cues:
            matches = term_positions(source, term)
            if matches:                         # every use counts; the text's own words locate the framing
                first = matches[0]
                own = next((m for m in matches if not _inside_quotes(source, m[0])), None)
                hits.append((source.content[first[0]:first[1]], (own or first)[0], own is not None))
        if len(hits) < frame.min_hits or (best is not None and len(hits) <= len(best.hits)):
            continue
        located = [(w, o) for w, o, own in hits if own] or [(w, o) for w, o, _ in hits]
        by_paragraph = Counter(source.paragraph_at(offset) for _, offset in located)
        paragraph = min(by_paragraph, key=lambda n: (-by_paragraph[n], n or 0))
        offset = min(o for _, o in located if source.paragraph_at(o) == paragraph)
        quote = _quote_at(source, offset, offset + 1)
        best = FrameMatch(frame, tuple(word for word, _, _ in hits), paragraph, quote)
    return best


# ----------------------------------------------------------------------------------------- selection


@dataclass(frozen=True)
class _Candidate:
    item: SelectedReading
    rank: tuple

    @property
    def reading(self) -> Reading:
        return self.item.reading


def select_readings(source, analysis, catalog: Catalog | None = None) -> ReadingList:
    """6-10 readings, balanced by construction, each tied to this text; or an honest message."""
    catalog = catalog or load_catalog()
    frame = detect_frame(source, catalog)
    candidates = _candidates(source, analysis, catalog, frame)
    topical = [c for c in candidates if c.item.tie in ("cues", "framing") or
               (c.item.tie == "outlet" and c.reading.ties and _specific_outlet_tie(c))]
    if not topical:
        method = tuple(c.item for c in candidates if c.reading.kind == "method")
        return ReadingList(items=method, empty_message=NO_MATCH_MESSAGE, lateral_task=LATERAL_TASK)
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
    return ReadingList(items=ordered, framing=frame, balance=checks, groups=groups, lateral_task=lateral)


def _specific_outlet_tie(candidate: _Candidate) -> bool:
    return any(t.kind == "outlet" and t.value != "any" for t in candidate.reading.ties)


def _candidates(source, analysis, catalog: Catalog, frame: FrameMatch | None) -> list[_Candidate]:
    sentences = split_sentences(source)
    outlets = _text_outlets(source)
    result = []
    for order, reading in enumerate(catalog.readings):
        for tie in reading.ties:
            found = _apply_tie(source, analysis, tie, sentences, outlets, frame)
            if found is None:
                continue
            paragraph, quote, outlet_name = found
            why = _fill(tie.why, paragraph, quote, outlet_name) + _timing_note(source, reading)
            item = SelectedReading(reading=reading, why=why, paragraph=paragraph, quote=quote, tie=tie.kind,
                                   relation=reading.relation(frame.frame.id) if frame else None)
            rank = (TIE_KINDS.index(tie.kind), STRENGTHS.index(tie.strength), not reading.students_link,
                    paragraph or 10_000, order)
            result.append(_Candidate(item, rank))
            break
    return sorted(result, key=lambda c: c.rank)


def _apply_tie(source, analysis, tie: Tie, sentences: list[Sentence], outlets: list[tuple[str, str]],
               frame: FrameMatch | None) -> tuple[int | None, str | None, str | None] | None:
    if tie.kind == "cues":
        if tie.text_after and not _published_after(source, tie.text_after):
            return None
        if not _cues_present(source, tie.cues):
            return None
        matches = find_cues(source, tie.cues, sentences)
        if not matches:
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
    claims = [c for c in analysis.claims if tie.value in ("any", c.kind)]
    if not claims:
        return None
    claim = min(claims, key=lambda c: (c.check is None, c.start))
    return claim.paragraph, _quote_at(source, claim.start, claim.end), None


def _cues_present(source, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether some cue group has every term somewhere in the body, which a match in one sentence needs.
    Most ties fit few texts, and the term positions are indexed already: checking first spares most
    ``find_cues`` calls (~0.4 ms per lesson)."""
    return any(all(term_positions(source, term) for term in group) for group in groups)


def _published_after(source, date_text: str) -> bool:
    parts = parse_partial_date(date_text)
    published = source.meta.published
    return bool(parts and published and (published.year, published.month, published.day) >= (parts[0], parts[1] or 1, parts[2] or 1))


def _text_outlets(source) -> list[tuple[str, str]]:
    """(outlet id or "", name) for the publisher and each republication, earliest first."""
    from .outlets import load_outlets

    outlets = load_outlets()
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
    sentences = [s for s in split_sentences(source) if s.paragraph == paragraph and s.start <= start < max(s.end, start + 1)]
    sentence = sentences[0] if sentences else Sentence(start, end, paragraph)
    left, right = clause_around(source, sentence, start, max(end, start + 1), limit=140)
    return source.content[left:right]


def _fill(template: str, paragraph: int | None, quote: str | None, outlet: str | None) -> str:
    values = {"p": paragraph if paragraph is not None else "?", "quote": clean(quote) or "…",
              "outlet": outlet or "this outlet"}
    text = _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)
    if paragraph is None:
        text = text.replace("¶? ", "The text ").replace("(¶?: ", "(")
    return clean(text)


def _timing_note(source, reading: Reading) -> str:
    published = source.meta.published
    parts = parse_partial_date(reading.date)
    if published is None or parts is None:
        return ""
    year, month, day = parts
    if (year, month or 12, day or 31) < (published.year, published.month, published.day):
        return ""
    if (year, month or 1, day or 1) > (published.year, published.month, published.day):
        return " (Published after this text.)"
    return ""


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


__all__ = ["BalanceCheck", "Catalog", "Frame", "FrameMatch", "Reading", "ReadingList", "SelectedReading",
           "balance_checks", "detect_frame", "load_catalog", "select_readings", "validate_catalog"]

