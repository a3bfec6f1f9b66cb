"""Teacher review of technique flags: a sidecar file next to a seed confirms, drops or adds flags.

The sidecar has the seed's stem and the suffix ``.review.yaml`` (``seeds/whitney.md`` →
``seeds/whitney.review.yaml``). All three sections are optional lists::

    confirm:                         # shown to students whatever their confidence
      - quote: "junta"               # the flag on these words (most robust to edits of the text)
        paragraph: 17                # optional: only in this paragraph
      - id: name-calling.regime@2001 # a finding id (rule@start) as printed by `medialit analyze`
      - rule: name-calling.regime    # every flag of a rule (a prefix such as loaded-language.corpus works too)
    drop:                            # never shown
      - quote: "anti-Ukrainian"
        paragraph: 3
        note: reports the officials' charge, not the author's label   # notes are for teachers only
    add:                             # new flags, rule id teacher.1, teacher.2, ...
      - quote: "a conscious distortion of events"
        paragraph: 8                 # needed when the words occur more than once
        technique: loaded-language   # a taxonomy id
        reason: "'conscious distortion' asserts bad intent without showing it"

A ``quote`` entry selects the flags whose text is exactly the quote; if none, the shortest flags whose
span holds it (so quoting a word picks the word's flag, not the sentence-level flag around it); of
several passage flags on those words, the primary one (the passage flag the lesson shows). ``technique:`` or ``rule:`` beside a quote narrows the choice. Every entry must still match: a quote
no longer in the text, an id that no longer exists, or an entry that selects no flag is an error (the
text changed; update the sidecar), as are unknown fields, an unknown technique and an entry that both
confirms and drops one flag. All problems are reported at once as an ``InputError``.
"""

from __future__ import annotations

import errno
import heapq
from dataclasses import replace
from pathlib import Path

import yaml

from ..datafiles import UNSAFE_FIX, parse_yaml, read_text_limited, show, unsafe_character
from ..errors import InputError, Problem
from ..text.links import refuse_link_out
from ..text.source import Source
from .taxonomy import load_taxonomy
from .findings import TechniqueFinding

SUFFIX = ".review.yaml"
_SECTIONS = ("confirm", "drop", "add")
_SELECT_FIELDS = {"id", "rule", "quote", "paragraph", "technique", "note"}
_ADD_FIELDS = {"quote", "paragraph", "technique", "reason", "note"}


# A review file lists a few dozen entries; anything past this is a mistake (or an attack on memory).
MAX_REVIEW_BYTES = 200_000
# What each field must hold: text, or for 'paragraph' a whole number (never true/false).
_TEXT_FIELDS = {"id", "rule", "quote", "technique", "note", "reason"}


def sidecar_path(source: Source) -> Path:
    return source.path.with_name(source.path.stem + SUFFIX)


def has_sidecar(path: Path) -> bool:
    """Whether the review file exists. A seed whose name is so long that its review file's name would
    pass the file system's limit (255 bytes) cannot have one: that is no error."""
    try:
        return path.is_file()
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            return False
        raise


def apply_review(source: Source, findings: list[TechniqueFinding]) -> list[TechniqueFinding]:
    """Findings with the teacher's sidecar applied; unchanged when the seed has no sidecar."""
    path = sidecar_path(source)
    if not has_sidecar(path):
        return list(findings)
    refuse_link_out(path, "a review file")
    entries, problems = _read(path)
    confirmed: set[str] = set()
    dropped: set[str] = set()
    for section, chosen in (("confirm", confirmed), ("drop", dropped)):
        for number, line, entry in entries.get(section, []):
            where = f"{section} entry #{number}"
            ids = _select(source, findings, entry, lambda m, fix=None, w=where, ln=line:
                          problems.append(Problem(path, f"{w}: {m}", ln, fix)))
            chosen.update(ids)
    for finding_id in sorted(confirmed & dropped):
        problems.append(Problem(path, f"finding {finding_id} is both confirmed and dropped",
                                fix="keep it in one of the two sections"))
    added = [_added(source, path, number, line, entry, problems) for number, line, entry in entries.get("add", [])]
    if problems:
        raise InputError(problems)
    reviewed = [replace(f, shown=True) if f.id in confirmed else replace(f, shown=False) if f.id in dropped else f
                for f in findings]
    return reviewed + [f for f in added if f is not None]


# ----------------------------------------------------------------------------------------------- reading


def _read(path: Path) -> tuple[dict[str, list[tuple[int, int, dict]]], list[Problem]]:
    """Entries per section as (number, line, mapping), and problems with the file's shape. A file that
    cannot be read (too large, not UTF-8, not YAML, nested too deeply) raises InputError naming it."""
    problems: list[Problem] = []
    text = read_text_limited(path, MAX_REVIEW_BYTES, "review file")
    data, root = parse_yaml(path, text)
    if data is None:
        return {}, problems
    if not isinstance(data, dict):
        raise InputError([Problem(path, "must be a mapping with the sections confirm, drop and/or add", 1,
                                  "start the file with 'confirm:', 'drop:' or 'add:' at the left margin")])
    lines = _item_lines(root)
    for key in sorted(set(map(str, data)) - set(_SECTIONS)):
        problems.append(Problem(path, f"unknown section {show(key)}", fix="use confirm, drop or add"))
    entries: dict[str, list] = {}
    for section in _SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list):
            problems.append(Problem(path, f"section '{section}' must be a list of entries starting with '-'"))
            continue
        entries[section] = []
        for number, item in enumerate(items, 1):
            line = lines.get((section, number - 1))
            if not isinstance(item, dict):
                problems.append(Problem(path, f"{section} entry #{number} must be fields like 'quote: ...'", line))
                continue
            allowed = _ADD_FIELDS if section == "add" else _SELECT_FIELDS
            count = len(problems)
            for key in sorted(set(map(str, item)) - allowed):
                problems.append(Problem(path, f"{section} entry #{number}: unknown field {show(key)}", line,
                                        f"known fields: {', '.join(sorted(allowed))}"))
            problems.extend(_wrong_values(path, f"{section} entry #{number}", line, item))
            if len(problems) == count:
                entries[section].append((number, line, item))
    return entries, problems


def _wrong_values(path: Path, where: str, line: int | None, item: dict) -> list[Problem]:
    """Each field holding the wrong kind of value: a list where a name is expected, true as a paragraph."""
    problems = []
    for key, value in item.items():
        if key == "paragraph":
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(Problem(path, f"{where}: 'paragraph' must be a paragraph number (got {show(value)})",
                                        line, "write the number shown beside the paragraph, e.g. paragraph: 3"))
        elif key in _TEXT_FIELDS:
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                problems.append(Problem(path, f"{where}: {show(key)} must be text (got {show(value)})", line,
                                        "write one value; to select several flags, write one entry for each"))
            elif unsafe_character(str(value)):
                problems.append(Problem(path, f"{where}: {show(key)} holds the control character "
                                              f"{unsafe_character(str(value))}", line, UNSAFE_FIX))
    return problems


def _item_lines(root) -> dict[tuple[str, int], int]:
    lines = {}
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(value, yaml.SequenceNode):
                for index, item in enumerate(value.value):
                    lines[(key.value, index)] = item.start_mark.line + 1
    return lines


# --------------------------------------------------------------------------------------------- selecting


def _select(source: Source, findings: list[TechniqueFinding], entry: dict, problem) -> set[str]:
    """Ids of the findings an entry of confirm/drop selects; problems are reported through ``problem``."""
    selectors = [k for k in ("id", "quote") if k in entry] or (["rule"] if "rule" in entry else [])
    if len(selectors) != 1:
        problem("needs one of 'quote', 'id' or 'rule'", "e.g. quote: \"junta\" (add paragraph: N if it recurs)")
        return set()
    if "technique" in entry and entry["technique"] not in load_taxonomy():
        problem(f"technique {show(entry['technique'])} is not a taxonomy id", f"use one of {', '.join(load_taxonomy().ids)}")
        return set()
    if "id" in entry:
        chosen = {f.id for f in findings if f.id == str(entry["id"])}
        if not chosen:
            problem(f"no flag has the id {show(entry['id'])} (ids change when the text changes)",
                    "copy the id from 'medialit analyze', or select it by quote")
        return chosen
    candidates = [f for f in findings if _narrowed(f, entry)]
    if "quote" not in entry:
        if not candidates:
            problem(f"rule {show(entry['rule'])} flagged nothing in this text", "remove the entry or check the rule id")
        return {f.id for f in candidates}
    occurrences = _occurrences(source, entry, problem)
    chosen = _chosen(occurrences, candidates)
    if occurrences and not chosen:
        problem(f"no flag lies on the quote {show(entry['quote'])}", "use 'add' to add a flag there")
    return chosen


def _chosen(occurrences: list[tuple[int, int]], candidates: list[TechniqueFinding]) -> set[str]:
    """For each occurrence of a quote, the flag exactly on it, else the shortest flags holding it.

    One sweep in text order (occurrences come sorted, all of one length): a flag joins when the sweep
    reaches its start and leaves once it ends before the occurrence does. (Comparing every occurrence
    with every flag made a one-letter quote quadratic: issue 17.)"""
    exact_at: dict[tuple[int, int], list[TechniqueFinding]] = {}
    for f in candidates:
        exact_at.setdefault((f.start, f.end), []).append(f)
    by_start = sorted(candidates, key=lambda f: f.start)
    active: list[tuple[int, int, TechniqueFinding]] = []      # heap by end: flags starting before the sweep
    joined = 0
    chosen: set[str] = set()
    for start, end in occurrences:
        while joined < len(by_start) and by_start[joined].start <= start:
            heapq.heappush(active, (by_start[joined].end, joined, by_start[joined]))
            joined += 1
        while active and active[0][0] < end:
            heapq.heappop(active)
        exact = exact_at.get((start, end))
        holding = [f for _, _, f in active]
        shortest = min((f.end - f.start for f in holding), default=0)
        picked = exact or [f for f in holding if f.end - f.start == shortest]
        # On a sentence with several passage flags, the quote means the one the lesson shows.
        chosen.update(f.id for f in ([f for f in picked if f.primary] or picked))
    return chosen


def _narrowed(finding: TechniqueFinding, entry: dict) -> bool:
    rule = entry.get("rule")
    if rule and not (finding.rule == rule or finding.rule.startswith(str(rule) + ".")):
        return False
    return "technique" not in entry or finding.technique == entry["technique"]


def _occurrences(source: Source, entry: dict, problem) -> list[tuple[int, int]]:
    """Where the quoted words occur in the body (in ``paragraph`` when given)."""
    quote = entry.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        problem("'quote' must be the flagged words in quotation marks")
        return []
    paragraph = entry.get("paragraph")
    if paragraph is not None and (not isinstance(paragraph, int) or not 1 <= paragraph <= len(source.paragraphs)):
        problem(f"paragraph must be a number from 1 to {len(source.paragraphs)} (got {show(paragraph)})")
        return []
    areas = [source.paragraphs[paragraph - 1]] if paragraph else source.paragraphs
    found = []
    for area in areas:
        index = source.content.find(quote, area.start, area.end)
        while index >= 0:
            found.append((index, index + len(quote)))
            index = source.content.find(quote, index + 1, area.end)
    if not found:
        where = f"paragraph {paragraph}" if paragraph else "the text"
        problem(f"the quote {show(quote)} no longer matches {where}",
                "copy the words exactly from the seed (same quotation marks and apostrophes) or remove the entry")
    return found


def _added(source: Source, path: Path, number: int, line: int | None, entry: dict,
           problems: list[Problem]) -> TechniqueFinding | None:
    def problem(message: str, fix: str | None = None) -> None:
        problems.append(Problem(path, f"add entry #{number}: {message}", line, fix))

    taxonomy = load_taxonomy()
    technique, reason = entry.get("technique"), entry.get("reason")
    if technique not in taxonomy:
        problem(f"needs a 'technique' from the taxonomy (got {show(technique)})", f"use one of {', '.join(taxonomy.ids)}")
        return None
    if not isinstance(reason, str) or not reason.strip():
        problem("needs a 'reason' a student can check", "e.g. reason: \"'demonic' paints the other side as evil\"")
        return None
    occurrences = _occurrences(source, entry, problem)
    if len(occurrences) > 1:
        problem(f"the quote {show(entry['quote'])} occurs {len(occurrences)} times", "add 'paragraph: N' to say which one")
    if len(occurrences) != 1:
        return None
    start, end = occurrences[0]
    return TechniqueFinding(start=start, end=end, text=source.content[start:end],
                            paragraph=source.paragraph_at(start) or 0, technique=technique,
                            ptc_label=taxonomy[technique].ptc_label, rule=f"teacher.{number}",
                            reason=" ".join(reason.split()), confidence=1.0, shown=True, cues=(entry["quote"],))
