"""Reading and validating medialit's YAML data files (outlets, catalog, checks, voices, framing).

Every data file is loaded with line numbers kept, so that a problem can name the file, the line, the
entry and the field, and say how to fix it. Validation collects every problem before anything fails:
a teacher who adds three readings sees all three mistakes at once, never one per run.

``checking.validate_data()`` runs every file's validator for ``medialit check``.
"""

from __future__ import annotations

import contextvars
import difflib
import datetime as dt
import os
import re
import reprlib
import stat
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import yaml

from .errors import InputError, Problem

DATA_DIR = Path(__file__).parent / "data"

_URL = re.compile(r"https?://[^\s<>\"']+$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# A date a reading may carry: a full day, a month or a year (scholarship is often dated by issue).
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# ------------------------------------------------------------------------------------------- loading


class LineDict(dict):
    """A mapping from a YAML file that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text: a reading's date may be "2014-09" or "2009", and one type for all keeps checks simple.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


# A data file, a review file or units.yaml is a few hundred KB at most; past this it is a mistake.
MAX_DATA_BYTES = 5_000_000
# Values a YAML file may hold once its aliases (*name) are expanded. The largest real file (catalog.yaml)
# holds ~2,300; an "alias bomb" of a few hundred bytes expands to billions, and every message or loop
# over it would too.
MAX_YAML_VALUES = 200_000


def read_limited(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (at most limit + 1 are ever read).
    A device (/dev/zero), a FIFO or a folder is refused, never read: a FIFO would block forever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError([Problem(path, f"cannot be read: {exc.strerror or exc}")]) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError([Problem(path, f"is not a regular file (a device, a pipe or a folder), so it cannot "
                                        f"be a {what}", fix="give the path of a text file")])
    with os.fdopen(fd, "rb") as file:
        try:
            data = file.read(limit + 1)
        except OSError as exc:
            raise InputError([Problem(path, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(data) > limit:
        raise InputError([Problem(path, f"is too large for a {what} (more than {limit / 1e6:g} MB)",
                                  fix="keep only what medialit needs in it, or split it")])
    return data


def read_text_limited(path: Path, limit: int = MAX_DATA_BYTES, what: str = "data file") -> str:
    """``read_limited`` decoded as UTF-8; a file that is not UTF-8 is an InputError naming the line."""
    raw = read_limited(path, limit, what)
    try:
        return raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError([Problem(path, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte {exc.start})",
                                  line=line, fix="save the file as UTF-8 in your editor")]) from None


def parse_yaml(path: Path, text: str, loader_class: type = yaml.SafeLoader, construct: bool = True
               ) -> tuple[Any, Any]:
    """The file's value (None when ``construct`` is false) and its node tree (for lines).

    Raises InputError naming the line for invalid YAML, for nesting too deep to read, and for aliases that
    expand to more than MAX_YAML_VALUES values (checked on the nodes, before anything is built)."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is not None and _expanded_size(node, MAX_YAML_VALUES) > MAX_YAML_VALUES:
            raise InputError([Problem(path, f"holds more than {MAX_YAML_VALUES:,} values once its aliases (*name) "
                                            "are expanded", fix="write the values out instead of repeating "
                                                                "'*name' aliases of aliases")])
        return (loader.construct_document(node) if construct and node is not None else None), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["unreadable"])[0]
        raise InputError([Problem(path, f"is not valid YAML: {_shorten(problem)}", line=mark.line + 1 if mark else None,
                                  fix="check quotes, indentation and colons; a value containing ': ' needs quotes")]
                         ) from None
    except RecursionError:
        raise InputError([Problem(path, "is nested too deeply to read", line=1,
                                  fix="write the entries as the examples show, a few levels deep")]) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # PyYAML's own checks are not YAMLErrors: an impossible date such as 2022-02-30 raises ValueError.
        raise InputError([Problem(path, f"has a value that cannot be read ({_shorten(str(exc))})",
                                  fix="is it an impossible date such as 2022-02-30? Correct it, or put it in quotes")]
                         ) from None
    finally:
        loader.dispose()


def _expanded_size(root, limit: int) -> int:
    """How many values the node tree holds with every alias expanded, counted once per node (so an alias
    bomb is measured in linear time); stops counting past ``limit``."""
    sizes: dict[int, int] = {}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = ([n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode)
                    else node.value if isinstance(node, yaml.SequenceNode) else [])
        if children_done:
            sizes[id(node)] = min(limit + 1, 1 + sum(sizes[id(c)] for c in children))
            if sizes[id(node)] > limit:
                return limit + 1
        else:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


# NUL, the other control characters but tab and line breaks, and lone surrogates. A YAML escape ("\\0",
# "\\ud800") puts them in a value: a NUL reaches the page, a surrogate cannot be written as UTF-8 at all.
_UNSAFE_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def unsafe_character(text: str) -> str | None:
    """The first character a value must not hold, as U+XXXX, or None."""
    match = _UNSAFE_CHARACTER.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


UNSAFE_FIX = "remove it: a '\\0', '\\x..' or '\\u....' escape in quotes writes a control character"


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """The parsed file (mappings as LineDict) and any problem reading it."""
    try:
        text = read_text_limited(path)
        return parse_yaml(path, text, _LineLoader)[0], []
    except InputError as error:
        return None, error.problems


def read_mapping(path: Path, problems: list[Problem]) -> LineDict | None:
    """The file's top-level mapping; None, with the problem recorded, when the file cannot be read, is not
    valid YAML, is empty or holds something other than a mapping (a list, a single value)."""
    data, read_problems = read_yaml(path)
    problems.extend(read_problems)
    if read_problems:
        return None
    if not isinstance(data, dict):
        holds = "nothing" if data is None else f"a {type(data).__name__}"
        problems.append(Problem(path, f"must hold a mapping of fields at its top level, but holds {holds}",
                                line=1, fix="start each top-level field (such as 'readings:') at the left margin, "
                                            "as in the file medialit ships"))
        return None
    return data


def whole_numbers(path: Path, data: LineDict, defaults: dict[str, int], problems: list[Problem]) -> dict[str, int]:
    """The top-level counts ``defaults`` names (each a whole number of at least 1), the default for one that is
    missing or wrong (recorded as a problem)."""
    numbers = {}
    for key, default in defaults.items():
        value = data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            problems.append(Problem(path, f"field '{key}' must be a whole number of at least 1 (got {value!r})",
                                    line=data.line_of(key)))
            value = default
        numbers[key] = value
    return numbers


# ---------------------------------------------------------------------------------------- field checks


@dataclass
class EntryChecker:
    """Checks the fields of one entry, collecting problems that name the file, the entry and the field."""

    path: Path
    entry: Any
    label: str                      # e.g. "reading 'R25'"
    problems: list[Problem]

    def __post_init__(self) -> None:
        # The fields the parser asks for: whatever else the entry holds is a misspelling or a field
        # medialit does not know (reported by ``field_checked``).
        self.asked: set[str] = set()
        self.faulted = False
        checkers = _checkers.get()
        if checkers is not None:
            checkers.append(self)

    def _line(self, key: str | None = None) -> int | None:
        if isinstance(self.entry, LineDict):
            return self.entry.line_of(key) if key else self.entry.line
        return None

    def add(self, key: str | None, message: str, fix: str | None = None) -> None:
        self.faulted = True
        where = f"{self.label} field '{key}'" if key else self.label
        self.problems.append(Problem(self.path, f"{where} {message}", line=self._line(key), fix=fix))

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return self.entry.get(key, default) if isinstance(self.entry, dict) else default

    def text(self, key: str, required: bool = True, fix: str | None = None) -> str | None:
        value = self.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(key, "is required", fix=fix or f"add a line '{key}: ...' to this entry")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.add(key, f"must be text (got {_show(value)})")
            return None
        bad = unsafe_character(str(value))
        if bad:
            self.add(key, f"holds the control character {bad}", fix=UNSAFE_FIX)
            return None
        return " ".join(str(value).split())

    def texts(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.get(key)
        if value is None:
            if required:
                self.add(key, "is required", fix=f"add '{key}: [..., ...]'")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
            self.add(key, f"must be a list of words (got {_show(value)})", fix=f"e.g. {key}: [NATO, Ukraine]")
            return ()
        return tuple(str(v).strip() for v in value if str(v).strip())

    def choice(self, key: str, allowed: Iterable[str], vocabulary: str, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        allowed = sorted(allowed)
        if value is not None and value not in allowed:
            self.add(key, f"is {_show(value)}, which is not a known {vocabulary}",
                     fix=f"use one of: {', '.join(allowed)}; or add it to the '{vocabulary}' list")
            return None
        return value

    def url(self, key: str, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not _URL.match(value):
            self.add(key, f"must be a web address starting with http:// or https:// (got {_show(value)})",
                     fix="paste the full address you saw, including https://")
            return None
        return value

    def date(self, key: str, required: bool = True) -> str | None:
        value = self.text(key, required=required, fix=f"add '{key}: 2022-02-25' (or 2014-09, or 2009)")
        if value is not None and parse_partial_date(value) is None:
            self.add(key, f"must be a date like 2022-02-25, 2014-09 or 2009 (got {_show(value)})",
                     fix="write year-month-day; an impossible date such as 2022-02-30 is refused")
            return None
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.get(key, default)
        if not isinstance(value, bool):
            self.add(key, f"must be true or false (got {_show(value)})")
            return default
        return value


def parse_partial_date(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) with 0 for what is not given, or None if the text is not a valid date."""
    match = _PARTIAL_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day


def named_entries(path: Path, data: Any, key: str, names: Sequence[str], noun: str, fields: str,
                  problems: list[Problem]) -> list[tuple[str, EntryChecker]]:
    """Checkers for the entries of the mapping ``data[key]`` that must each be there by name (question
    templates, tasks per claim kind); a missing one is reported with the fields to add."""
    section = data.get(key) if isinstance(data, dict) else None
    if section is not None and not isinstance(section, dict):
        line = data.line_of(key) if isinstance(data, LineDict) else None
        problems.append(Problem(path, f"'{key}' must be a mapping of {noun} entries by name (got {_show(section)})",
                                line=line, fix=f"write it as '{key}:' followed by indented '{names[0]}: ...' lines"))
        return []
    found = []
    for name in names:
        entry = (section or {}).get(name)
        if entry is None:
            problems.append(Problem(path, f"'{key}' lacks the {noun} {name!r}",
                                    fix=f"add '{name}:' under '{key}:', with {fields}"))
            continue
        found.append((name, EntryChecker(path, entry, f"{noun} {name!r}", problems)))
    return found


def entries(path: Path, data: Any, key: str, noun: str, problems: list[Problem]) -> list[EntryChecker]:
    """Checkers for each entry of the list ``data[key]``, with duplicate ids reported."""
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        line = data.line if isinstance(data, LineDict) else None
        problems.append(Problem(path, f"must have a list '{key}:' of {noun} entries", line=line))
        return []
    checkers: list[EntryChecker] = []
    seen: dict[str, int | None] = {}
    for index, item in enumerate(items, 1):
        ident = item.get("id") if isinstance(item, dict) else None
        shown = _show(str(ident) if isinstance(ident, (int, float)) else ident)
        label = f"{noun} {shown}" if ident is not None else f"{noun} #{index}"
        checker = EntryChecker(path, item, label, problems)
        if not isinstance(item, dict):
            checker.add(None, f"must be a mapping of fields (got {_show(item)})")
            continue
        if ident is None:
            checker.add("id", "is required", fix="give every entry a short unique id")
            continue
        ident = str(ident)
        if not _ID.match(ident):
            checker.add("id", f"{_show(ident)} may hold only letters, digits, '.', '_' and '-'")
        if ident in seen:
            where = f" (first used on line {seen[ident]})" if seen[ident] else ""
            checker.add("id", f"duplicates an id already used{where}", fix="give this entry a new, unique id")
            continue
        seen[ident] = checker._line()
        checkers.append(checker)
    return checkers


def vocabulary(path: Path, data: Any, key: str, problems: list[Problem]) -> dict[str, LineDict]:
    """A controlled vocabulary: the mapping ``data[key]`` of id -> {label, ...}."""
    table = data.get(key) if isinstance(data, dict) else None
    if not isinstance(table, dict) or not table:
        problems.append(Problem(path, f"must define the vocabulary '{key}:' (id: {{label: ...}})"))
        return {}
    result = {}
    for ident, spec in table.items():
        if not isinstance(spec, dict) or not spec.get("label"):
            line = table.line_of(ident) if isinstance(table, LineDict) else None
            problems.append(Problem(path, f"'{key}' entry {_show(ident)} needs a 'label'", line=line))
            continue
        result[str(ident)] = spec
    return result


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 50, 50


def _show(value: object) -> str:
    """A short picture of a value for a message. Bounded: repr() of a YAML alias bomb would explode."""
    text = _REPR.repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


show = _show


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


# The entry checkers made while one data file is parsed (see field_checked).
# Files whose parsers read every field of every entry through an EntryChecker, so that a field never
# asked for is unknown. (voices, framing and checks read some fields from the mapping itself.)
# (readings.yaml and outlets.yaml next to the seeds are the teacher's own: see lesson/local_data.py.)
FIELD_CHECKED_FILES = {"outlets.yaml", "catalog.yaml", "readings.yaml"}
_checkers: contextvars.ContextVar[list | None] = contextvars.ContextVar("medialit_checkers", default=None)


def field_checked(parse: Callable[[Path, list[Problem]], Any], path: Path, problems: list[Problem]) -> Any:
    """Run a data file's parser, then report every field of an entry that the parser never asked for:
    a misspelled 'cauton:' is an error, as in seeds, units and review files, not silently ignored."""
    if path.name not in FIELD_CHECKED_FILES:
        return parse(path, problems)
    token = _checkers.set([])
    try:
        result = parse(path, problems)
        checkers = _checkers.get()
    finally:
        _checkers.reset(token)
    for checker in checkers:
        if not isinstance(checker.entry, dict):
            continue
        for key in sorted(str(k) for k in checker.entry if str(k) not in checker.asked):
            close = difflib.get_close_matches(key, sorted(checker.asked), n=1, cutoff=0.75)
            # (In an entry with another problem, the parser may have stopped reading before asking for
            # every field: only a near-miss of a field it asked for is surely a misspelling there.)
            if checker.faulted and not close:
                continue
            fix = f"did you mean '{close[0]}'?" if close else f"known fields here: {', '.join(sorted(checker.asked))}"
            checker.problems.append(Problem(path, f"{checker.label} has an unknown field {_show(key)}",
                                            line=checker._line(key), fix=fix))
    return result


def parsed_or_raise(parse: Callable[[Path, list[Problem]], Any], path: Path) -> Any:
    """Run a data file's parser; raise InputError naming every problem it found."""
    problems: list[Problem] = []
    result = field_checked(parse, path, problems)
    raise_if(problems)
    return result


def problems_of(parse: Callable[[Path, list[Problem]], Any], path: Path) -> list[Problem]:
    """Every problem a data file's parser finds, without raising (for ``medialit check``)."""
    problems: list[Problem] = []
    field_checked(parse, path, problems)
    return problems


# ------------------------------------------------------------------------------------------ cue terms


@lru_cache(maxsize=None)
def compile_term(term: str) -> re.Pattern:
    """A cue term: alternatives separated by '|', matched case-insensitively at a word start.

    "Response Force|NRF" matches either; a term ending in '*' is a prefix ("indivisib*"), otherwise the
    term must end at a word boundary too. Terms are plain words, never regular expressions."""
    parts = []
    for alternative in (a.strip() for a in term.split("|")):
        if not alternative:
            continue
        prefix = alternative.endswith("*")
        body = re.escape(alternative.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(rf"(?<!\w){body}" + ("" if prefix else r"(?!\w)"))
    return re.compile("|".join(parts) or r"(?!x)x", re.I)


def check_cue_groups(checker: EntryChecker, key: str, required: bool = False) -> tuple[tuple[str, ...], ...]:
    """``key`` is a list of groups; each group is a list of terms that must all occur in one sentence."""
    value = checker.get(key)
    if value is None:
        if required:
            checker.add(key, "is required", fix=f"add '{key}: [[word, other word]]' (all words of a group must "
                                                "occur in one sentence)")
        return ()
    if not isinstance(value, list) or not all(isinstance(g, list) and g and all(isinstance(t, str) and t.strip()
                                                                                 for t in g) for g in value):
        checker.add(key, f"must be a list of groups of words, e.g. [[NATO, Response Force]] (got {_show(value)})",
                    fix="write each group in square brackets; all words of a group must occur in one sentence")
        return ()
    return tuple(tuple(t.strip() for t in group) for group in value)


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise InputError(sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.message)))
