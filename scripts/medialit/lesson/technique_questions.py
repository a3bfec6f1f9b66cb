"""Guiding questions on persuasion techniques, each with the answer key of its own kind.

Five kinds, worded in ``data/templates/technique_questions.yaml``:

- ``identify``: which technique do these words use? (one per technique, the surest flags first);
- ``analyse``: the technique's own question (taxonomy.yaml), with a key that answers that question:
  fear asks how likely and on what evidence, a label what it makes you believe, a straw man for the
  other side's own words;
- ``evaluate``: does the busiest paragraph give evidence, or do the words do the work?
- ``rewrite``: rewrite a paragraph of the author's own words neutrally (never a quotation);
- ``look``: when few flags are shown, look for yourself in the author's most loaded paragraphs.

A question's ``kind`` names its template ("analyse:appeal-to-fear"); its key is filled from the same
template, which the question-quality check (``quality``) verifies.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..analysis.detect_text import sentence_spans
from ..analysis.findings import TechniqueFinding
from ..analysis.model_flags import MODEL_SENTENCE_REASON
from ..analysis.techniques import QUOTED_PREFIX
from ..analysis.taxonomy import QUESTION_LEVELS, Taxonomy
from ..datafiles import DATA_DIR, read_yaml
from ..errors import InputError, Problem
from .authorship import Authorship, authorship
from .questions import Answer, Question
from .wording import clean, clean_paragraph, quoted

TEMPLATES_FILE = DATA_DIR / "templates" / "technique_questions.yaml"
KINDS = ("identify", "analyse", "evaluate", "rewrite", "look")
PLACEHOLDERS = {"technique", "question", "cues", "reason", "paragraph", "names", "words", "quotes", "target"}
MAX_IDENTIFY = 3
HEADLINE_KIND = "identify:headline"   # the identify question on the headline: its key is the identify key
MAX_ANALYSE = 2
MIN_LOOK_WORDS = 25          # a paragraph shorter than this is a caption or a line, not worth a question
MIN_EVIDENCE_WORDS = 8      # words besides the flagged ones a paragraph needs before it is asked for its evidence
REWRITE_MAX_WORDS = 160      # a longer paragraph is too much to rewrite in eight minutes; a shorter one is preferred
MIN_KEPT_WORDS = 3           # words a rewrite target keeps besides its flagged ones, or there is nothing to rewrite


@dataclass(frozen=True)
class Template:
    kind: str
    level: str
    minutes: int
    prompt: str
    key: str
    extra: dict                 # other fields (rewrite.quotes)


@dataclass(frozen=True)
class QuestionTemplates:
    templates: dict             # kind -> Template
    analyse_keys: dict          # technique id -> key template

    def __getitem__(self, kind: str) -> Template:
        return self.templates[kind]

    def key_template(self, question_kind: str) -> str:
        """The key template of a question kind ("analyse:doubt" -> the doubt key)."""
        kind, _, technique = question_kind.partition(":")
        return self.analyse_keys[technique] if kind == "analyse" else self.templates[kind].key


@lru_cache(maxsize=4)
def load_question_templates(path: Path = TEMPLATES_FILE, taxonomy_ids: tuple[str, ...] | None = None) -> QuestionTemplates:
    """The templates, validated: every kind present with its fields, every placeholder known, and a key
    for every technique of the taxonomy. Every problem is reported at once."""
    if taxonomy_ids is None:
        from ..analysis.taxonomy import load_taxonomy
        taxonomy_ids = load_taxonomy().ids
    data, problems = read_yaml(path)
    templates: dict[str, Template] = {}
    keys: dict[str, str] = {}
    if data is not None and not isinstance(data, dict):
        problems.append(Problem(path, "must be a mapping of question kinds", line=1))
        data = None
    for kind in KINDS if data is not None else ():
        entry = data.get(kind)
        line = data.line_of(kind) if hasattr(data, "line_of") else None
        if not isinstance(entry, dict):
            problems.append(Problem(path, f"question kind '{kind}' is missing", line=line,
                                    fix=f"add '{kind}:' with level, minutes, prompt and key"))
            continue
        wanted = ("level", "minutes", "prompt") + (() if kind == "analyse" else ("key",))
        missing = [f for f in wanted if not entry.get(f)]
        if missing:
            problems.append(Problem(path, f"question kind '{kind}' lacks {', '.join(missing)}", line=entry.line))
            continue
        if entry["level"] not in QUESTION_LEVELS:
            problems.append(Problem(path, f"question kind '{kind}': level must be one of {', '.join(QUESTION_LEVELS)}",
                                    line=entry.line_of("level")))
        texts = {f: " ".join(str(v).split()) if isinstance(v, str) else v for f, v in entry.items()}
        for field_name, text in texts.items():
            if isinstance(text, str):
                _check_placeholders(path, f"{kind}.{field_name}", text, entry.line_of(field_name), problems)
        templates[kind] = Template(kind, entry["level"], int(entry["minutes"]), texts["prompt"],
                                   texts.get("key") or "", {f: v for f, v in texts.items()
                                                            if f not in ("level", "minutes", "prompt", "key", "keys")})
        if kind == "analyse":
            given = entry.get("keys") if isinstance(entry.get("keys"), dict) else {}
            for technique in taxonomy_ids:
                if not given.get(technique):
                    problems.append(Problem(path, f"analyse.keys has no key for technique '{technique}'",
                                            line=entry.line_of("keys"),
                                            fix="add a key saying what a good answer to that technique's question says"))
            for technique, text in given.items():
                if technique not in taxonomy_ids:
                    problems.append(Problem(path, f"analyse.keys names '{technique}', which is not a technique of "
                                                  "taxonomy.yaml", line=given.line_of(technique)))
                    continue
                keys[technique] = " ".join(str(text).split())
                _check_placeholders(path, f"analyse.keys.{technique}", keys[technique], given.line_of(technique), problems)
    if problems:
        raise InputError(problems)
    return QuestionTemplates(templates, keys)


def _check_placeholders(path: Path, where: str, text: str, line: int | None, problems: list[Problem]) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        problems.append(Problem(path, f"{where} is not a valid template: {exc}", line=line,
                                fix="write placeholders as {name}; a literal brace is {{ or }}"))
        return
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        problems.append(Problem(path, f"{where} uses unknown placeholder(s) {', '.join('{' + n + '}' for n in unknown)}",
                                line=line, fix=f"use only {', '.join('{' + n + '}' for n in sorted(PLACEHOLDERS))}"))


def fill(template: str, **values) -> str:
    return template.format(**{name: values.get(name, "") for name in PLACEHOLDERS})


# ------------------------------------------------------------------------------------------ questions


def technique_questions(source, analysis, taxonomy: Taxonomy, wanted: int,
                        owner: Authorship | None = None) -> list[Question]:
    """Questions on the shown flags, from identifying a technique to rewriting the author's words, then
    "look for yourself" questions until there are ``wanted``."""
    templates = load_question_templates(taxonomy_ids=taxonomy.ids)
    owner = owner or authorship(source)
    shown = list(analysis.shown_techniques)
    distinct = one_per_technique(shown, owner)
    # Analyse other flags than the ones students identify: an analyse question names its technique, so on
    # the same words it would give the identify question away. With few flags, identify fewer.
    identified = distinct[:MAX_IDENTIFY]
    if len(shown) - len(identified) < 1 and len(identified) > 1:
        identified = identified[:-1]
    questions = [_identify(templates, taxonomy, f) for f in identified]
    # Nor on other words of the same technique in an identified flag's paragraph: "these words are flagged
    # as loaded language" next to ¶2's "which technique?" tells the student ¶2's answer.
    asked = {(f.start, f.end) for f in identified}
    asked_where = {(f.paragraph, f.technique) for f in identified}
    others = [f for f in _one_per_technique_each(shown, owner)
              if (f.start, f.end) not in asked and (f.paragraph, f.technique) not in asked_where]
    # An analyse question on a technique students are asked to name elsewhere does not name it: the worksheet
    # prints both on one page, and "flagged as casting doubt" under "which technique?" is the answer.
    to_name = {f.technique for f in identified}
    for finding in others[:MAX_ANALYSE]:
        questions.append(_analyse(templates, taxonomy, finding, _words_at_work(finding, analysis.techniques),
                                  name_technique=finding.technique not in to_name))
    on_headline = headline_flag(analysis.shown_headline, {f.technique for f in (*identified, *others[:MAX_ANALYSE])})
    if on_headline is not None:
        # After the body's surest flag: the line students read first, without taking every identify slot.
        questions.insert(min(1, len(identified)), headline_question(templates, taxonomy, on_headline))
    own = [f for f in shown if owner.is_own(f.paragraph)]
    busiest = busiest_paragraph(own or shown, source)
    if busiest is not None:
        # Naming the paragraph's techniques would answer an identify question on the same words.
        gives_away = any(f.technique in to_name for f in busiest[1]) or \
            (on_headline is not None and any(f.technique == on_headline.technique for f in busiest[1]))
        questions.append(_evaluate(templates, taxonomy, source, *busiest, name_techniques=not gives_away))
    target = rewrite_target(source, shown, owner)
    if target is not None:
        questions.append(_rewrite(templates, source, owner, target))
    used = {q.paragraph for q in questions}
    questions.extend(look_questions(templates, source, analysis, owner, wanted - len(questions), used))
    return questions


def headline_flag(flags, identified_techniques: set[str]) -> TechniqueFinding | None:
    """The headline's flag a question may point at: the surest one that reads well as a "which technique?"
    question: the author's words (not a quotation), more than a fragment, and a technique no question on the body
    asks for or names (the same answer twice teaches nothing; an analyse question would give it away)."""
    readable = [f for f in flags if f.in_headline and not f.reason.startswith(QUOTED_PREFIX) and not is_fragment(f)
                and f.technique not in identified_techniques]
    return min(readable, key=lambda f: (-f.confidence, f.start), default=None)


def headline_question(templates, taxonomy, finding: TechniqueFinding) -> Question:
    """The identify question on a headline flag: no paragraph (the page says "the headline"), never ¶0."""
    question = _identify(templates, taxonomy, finding)
    return Question(section=question.section, level=question.level, kind=HEADLINE_KIND, paragraph=None,
                    quote=question.quote, prompt=question.prompt, minutes=question.minutes, answer=question.answer)


def _identify(templates, taxonomy, finding: TechniqueFinding) -> Question:
    template = templates["identify"]
    name = taxonomy[finding.technique].name
    return Question(
        section="techniques", level=template.level, kind="identify", paragraph=finding.paragraph,
        quote=clean(finding.text), prompt=template.prompt, minutes=template.minutes,
        answer=Answer(good_answer=fill(template.key, technique=name.lower(), cues=cue_list(finding),
                                       reason=_reason_for_students(finding, taxonomy)),
                      technique=finding.technique, why=f"{name}: {_reason(finding)}"),
    )


# The corpus evidence some reasons end with ("'x' is an emotive word: annotators of real news articles marked it
# as loaded language 3 of the 7 times it appeared", "'x': annotators of real news often marked a word like this
# ..."): evidence for the teacher, nothing a student explains. It stops before a quotation's note in brackets.
_CORPUS_EVIDENCE = re.compile(r":\s*annotators of real news\b[^(]*?(?=\s*\(|$)")
_ONLY_THE_WORDS = re.compile(r"'[^']*'")


def _reason_for_students(finding: TechniqueFinding, taxonomy) -> str:
    """What a student's answer should explain: the flag's reason without corpus evidence, or, where the
    reason only says the sentence resembles annotated ones or only names the words (a student cannot
    explain that), what the technique does."""
    reason = _reason(finding)
    bare = _CORPUS_EVIDENCE.sub("", reason)
    if MODEL_SENTENCE_REASON not in reason.lower() and not _ONLY_THE_WORDS.fullmatch(bare.split(" (")[0]):
        return bare
    technique = taxonomy[finding.technique]
    definition = " ".join(technique.definition.split()).split(". ")[0].rstrip(".")
    return f"the passage does what {technique.name.lower()} does: {definition[:1].lower()}{definition[1:]}"


def _analyse(templates, taxonomy, finding: TechniqueFinding, words: tuple[str, ...] = (),
             name_technique: bool = True) -> Question:
    """``words``: for a flag on a whole sentence, the words inside it that do the work; the question and
    its key are about them ("Which neutral word could replace 'cruel'", not the whole sentence).
    ``name_technique``: False where an identify question asks students to name this technique."""
    template = templates["analyse"]
    technique = taxonomy[finding.technique]
    kind = f"analyse:{finding.technique}"
    cues = ", ".join(quoted(clean(w)) for w in words) if words else cue_list(finding)
    prompt = template.extra.get("passage_prompt", template.prompt) if words else template.prompt
    if not name_technique:
        prompt = template.extra.get("unnamed_passage_prompt" if words else "unnamed_prompt", prompt)
    return Question(
        section="techniques", level=template.level, kind=kind, paragraph=finding.paragraph,
        quote=clean(finding.text), minutes=template.minutes,
        prompt=fill(prompt, technique=technique.name.lower(), question=technique.question, cues=cues),
        answer=Answer(good_answer=fill(templates.key_template(kind), cues=cues),
                      technique=finding.technique, why=f"{technique.name}: {_reason(finding)}"),
    )


def _words_at_work(finding: TechniqueFinding, findings) -> tuple[str, ...]:
    """The word flags of the same technique inside a sentence flag that names no cue of its own (the
    sentence model's), shown or not: what a student swaps or questions. Empty for any other flag."""
    if finding.level != "passage" or finding.cues:
        return ()
    inside = sorted((f for f in findings if f.level == "word" and f.technique == finding.technique
                     and finding.start <= f.start and f.end <= finding.end), key=lambda f: f.start)
    return tuple(dict.fromkeys(f.text for f in inside))[:2]


def _evaluate(templates, taxonomy, source, number: int, flags: list[TechniqueFinding],
              name_techniques: bool = True) -> Question:
    template = templates["evaluate"]
    names = ", ".join(sorted({taxonomy[f.technique].name.lower() for f in flags}))
    names = f" ({names})" if name_techniques else ""
    words = _word_list(flags)
    return Question(
        section="techniques", level=template.level, kind="evaluate", paragraph=number,
        quote=first_sentence(source, number), minutes=template.minutes,
        prompt=fill(template.prompt, paragraph=number, names=names, words=words),
        answer=Answer(good_answer=fill(template.key, paragraph=number, words=words),
                      # (the same words flagged twice in the paragraph, "our values" ... "our values", are one note)
                      why="; ".join(list(dict.fromkeys(f"{quoted(clean(f.text))}: {_reason(f)}" for f in flags))[:4])),
    )


def _rewrite(templates, source, owner: Authorship, target: RewriteTarget) -> Question:
    template = templates["rewrite"]
    has_quotes = any(start < target.end and target.start < end for start, end in owner.quoted)
    words = _word_list(target.flags)
    quotes = template.extra.get("quotes", "")
    return Question(
        section="techniques", level=template.level, kind="rewrite", paragraph=target.paragraph,
        quote=target.quote(source), minutes=template.minutes,
        prompt=fill(template.prompt, target=target.name, words=words, quotes=" " + quotes if has_quotes and quotes else ""),
        answer=Answer(good_answer=fill(template.key, words=words)),
    )


def look_questions(templates, source, analysis, owner: Authorship, wanted: int, used: set) -> list[Question]:
    """"Look for yourself" in the author's most loaded paragraphs without a shown flag: scored by every
    flag of the analysis there (those under the teaching threshold too: they are weak signals, and the
    teacher's key names them), never a quotation, a block quote or a one-line paragraph."""
    if wanted <= 0:
        return []
    template = templates["look"]
    shown_in = {f.paragraph for f in analysis.shown_techniques}
    weak: dict[int, list[TechniqueFinding]] = {}
    for finding in analysis.techniques:
        if not finding.shown and not owner.is_quoted(finding.start, finding.end):
            weak.setdefault(finding.paragraph, []).append(finding)
    candidates = [p for p in source.paragraphs
                  if p.number not in used and p.number not in shown_in and owner.is_own(p.number)
                  and _words(source, p.number) >= MIN_LOOK_WORDS]
    candidates.sort(key=lambda p: (-sum(f.confidence for f in weak.get(p.number, ())), p.number))
    questions = []
    for paragraph in candidates[:wanted]:
        signals = list({(clean(f.text), f.technique): f for f in weak.get(paragraph.number, [])})
        questions.append(Question(
            section="techniques", level=template.level, kind="look", paragraph=paragraph.number,
            quote=first_sentence(source, paragraph.number), prompt=template.prompt, minutes=template.minutes,
            answer=Answer(good_answer=template.key,
                          why=("Weaker signals that were not highlighted: " + "; ".join(
                              f"{quoted(_clip(text))} ({technique.replace('-', ' ')})" for text, technique in signals[:4]) + "."
                              if signals else None)),
        ))
    return sorted(questions, key=lambda q: q.paragraph)


# ------------------------------------------------------------------------------------------ choosing


def one_per_technique(findings: list[TechniqueFinding], owner: Authorship | None = None) -> list[TechniqueFinding]:
    """The surest finding of each technique, the author's words before quoted speakers', most confident
    first, so questions cover many techniques."""
    best: dict[str, TechniqueFinding] = {}
    rank = _rank(owner)
    for finding in findings:
        current = best.get(finding.technique)
        if current is None or rank(finding) < rank(current):
            best[finding.technique] = finding
    return sorted(best.values(), key=rank)


def _one_per_technique_each(findings, owner):
    """All findings, the surest first: the analyse questions take the first ones not already identified,
    one per technique where there are enough."""
    rank = _rank(owner)
    ordered = sorted(findings, key=rank)
    seen: set[str] = set()
    first, second = [], []
    for finding in ordered:
        (second if finding.technique in seen else first).append(finding)
        seen.add(finding.technique)
    return first + second


def _rank(owner: Authorship | None):
    def rank(finding: TechniqueFinding) -> tuple:
        # (Without the text's authorship, the reason says whether the words are a quoted speaker's.)
        quoted = owner.is_quoted(finding.start, finding.end) if owner is not None else \
            finding.reason.startswith(QUOTED_PREFIX)
        return (quoted, is_fragment(finding), -finding.confidence, finding.start, finding.technique)
    return rank


def is_fragment(finding: TechniqueFinding) -> bool:
    """Is the flag a passage of one or two words ("Why?")? What it does lies in the sentences around it, so
    "which technique do these words use?" cannot be answered from them: questions take it last."""
    return finding.level == "passage" and len(finding.text.split()) < _PASSAGE_MIN_WORDS


_PASSAGE_MIN_WORDS = 3


def busiest_paragraph(findings: list[TechniqueFinding], source=None) -> tuple[int, list[TechniqueFinding]] | None:
    """The paragraph with the most techniques (then flags) flagged; with ``source``, only a paragraph
    with words of its own besides the flagged ones (``MIN_EVIDENCE_WORDS``): "does the paragraph give
    evidence, or do the words do the work?" asked of a paragraph that is one flagged sentence has one
    answer, and it is given."""
    by_paragraph: dict[int, list[TechniqueFinding]] = {}
    for finding in findings:
        by_paragraph.setdefault(finding.paragraph, []).append(finding)
    if source is not None:
        by_paragraph = {n: flags for n, flags in by_paragraph.items()
                        if _words(source, n) - _flagged_words(source, flags) >= MIN_EVIDENCE_WORDS}
    if not by_paragraph:
        return None
    number = min(by_paragraph, key=lambda n: (-len({f.technique for f in by_paragraph[n]}), -len(by_paragraph[n]), n))
    return number, by_paragraph[number]


def _flagged_words(source, flags: list[TechniqueFinding]) -> int:
    # (Two techniques on the same words count the words once.)
    return sum(_word_count(source.content, start, end) for start, end in {(f.start, f.end) for f in outermost(flags)})


@dataclass(frozen=True)
class RewriteTarget:
    """What to rewrite: a whole paragraph of the author's, or, when the paragraph is too long to rewrite in
    the time, its sentence with the most flags (``start``/``end`` delimit it)."""

    paragraph: int
    start: int
    end: int
    flags: list
    whole: bool

    @property
    def name(self) -> str:
        return f"paragraph {self.paragraph}" if self.whole else f"the sentence quoted here (paragraph {self.paragraph})"

    def quote(self, source) -> str:
        return first_sentence(source, self.paragraph) if self.whole else clean(source.content[self.start:self.end])

    @property
    def passages(self) -> list:
        """The flagged passages to rewrite: a word flagged inside a flagged passage is part of it."""
        return outermost(self.flags)

    @property
    def flagged(self) -> str:
        """The flagged words, quoted: the quote of a whole paragraph is its first sentence, which may hold none."""
        return _word_list(self.flags)


def rewrite_target(source, findings: list[TechniqueFinding], owner: Authorship) -> RewriteTarget | None:
    """What to rewrite: the author's words with the most techniques flagged, never a quotation. A
    paragraph of the author's own (not a block quote, mostly outside quotation marks) is rewritten whole
    when it is short enough for the time; otherwise, and in a paragraph that is mostly quotation, the
    sentence with the most flags that holds no quotation at all. The flags named are only those outside
    quotations and outside sentences that report someone's view (``_reports_a_view``). None when nothing
    qualifies."""
    return min(_rewrite_candidates(source, findings, owner), key=_rewrite_rank, default=None)


def rewrite_targets(source, findings: list[TechniqueFinding], owner: Authorship) -> list[RewriteTarget]:
    """Every passage ``rewrite_target`` could choose, best first, one per paragraph: the guiding question
    takes the first, the rewrite activity the next, so a class never rewrites the same words twice."""
    best: dict[int, RewriteTarget] = {}
    for target in sorted(_rewrite_candidates(source, findings, owner), key=_rewrite_rank):
        best.setdefault(target.paragraph, target)
    return list(best.values())


def _resembles_only(finding: TechniqueFinding) -> bool:
    """Is the flag a whole sentence flagged only because it is worded like annotated ones? It names no
    words that do the work, so "replace the flagged words with neutral words" asks to replace the sentence,
    facts and all: a paragraph that was one such sentence ("There is no cure for X.") came out as
    "rewrite paragraph 10 ... replace 'There is no cure for X'" (teacher read, lr-1)."""
    return finding.level == "passage" and MODEL_SENTENCE_REASON in finding.reason.lower()


def _rewrite_rank(target: RewriteTarget) -> tuple:
    return (-len({f.technique for f in target.flags}), -len(target.flags), not target.whole, target.paragraph,
            target.start)


def _rewrite_candidates(source, findings: list[TechniqueFinding], owner: Authorship) -> list[RewriteTarget]:
    by_paragraph: dict[int, list[TechniqueFinding]] = {}
    for finding in findings:
        if (not owner.is_quoted(finding.start, finding.end) and not _reports_a_view(source, finding)
                and not _resembles_only(finding)):
            by_paragraph.setdefault(finding.paragraph, []).append(finding)
    candidates = []
    for number, flags in by_paragraph.items():
        paragraph = source.paragraphs[number - 1]
        if owner.is_own(number) and _words(source, number) <= REWRITE_MAX_WORDS:
            candidates.append(RewriteTarget(number, paragraph.start, paragraph.end, flags, True))
        elif owner.is_argument(number):
            candidates.extend(_sentence_targets(source, owner, number, flags))
    return [target for target in candidates if _keeps_words(source, target)]


def _keeps_words(source, target: RewriteTarget) -> bool:
    """Does the target keep words of its own once the flagged words are dropped or replaced? A paragraph
    that is one flagged question ("Who would ever trust them again?", the whole question quoted as its words)
    asked to "drop or replace the flagged words" asks to drop the paragraph (teacher read, rd-30)."""
    working = sum(len(_WORD.findall(text)) for f in outermost(target.flags) for text in _words_that_work(f))
    return _word_count(source.content, target.start, target.end) - working >= MIN_KEPT_WORDS


# A sentence whose subject, someone other than the author, holds or voices the view it reports ("They blame the
# government's policies for ...", "Critics argue that ..."): the wording reports the view and already says whose
# it is, so it is no passage of the author's to rewrite (a wire report's only flag was such a sentence: teacher
# read, hl-26, techniques-dev 42128; an account officials "have described", rd-30, PTC 795379208). "I" and "we"
# are the author, and so are the unnamed crowds an author hides behind ("Some say", "Many believe", "Experts
# warn"): those stay the author's wording.
_VIEW_VERBS = ("blame|blames|blamed|say|says|said|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|"
               "contend|contends|contended|believe|believes|believed|accuse|accuses|accused|allege|alleges|alleged|"
               "maintain|maintains|maintained|warn|warns|warned|complain|complains|complained|charge|charges|charged|"
               "describe|describes|described")
_REPORTED_VIEW = re.compile(r"[\"“‘'*_]*(?!(?:I|We|Our|My|Some|Many|Most|People|Everyone|Everybody|Nobody|Experts)\b)"
                            r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?\s+"
                            rf"(?:{_VIEW_VERBS})\b")


def _reports_a_view(source, finding: TechniqueFinding) -> bool:
    """Does the finding stand in a sentence that reports someone else's view as held by them (``_REPORTED_VIEW``)?"""
    if not finding.paragraph:
        return False
    for start, end in _sentences(source, finding.paragraph):
        if start <= finding.start < end:
            return _REPORTED_VIEW.match(source.content, start, end) is not None
    return False


def _sentences(source, number: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of paragraph ``number``; a line of its own (a title run into the
    paragraph, a line of a one-block text) is a sentence too."""
    paragraph = source.paragraphs[number - 1]
    spans, offset = [], paragraph.start
    for line in source.content[paragraph.start:paragraph.end].split("\n"):
        spans.extend(sentence_spans(source.content, offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _sentence_targets(source, owner: Authorship, number: int, flags: list[TechniqueFinding]) -> list[RewriteTarget]:
    """The sentences of paragraph ``number`` that hold flags and no quotation, and whose words occur once
    in the paragraph (a prompt quotes the sentence: the student must find the one meant)."""
    targets = []
    paragraph = source.paragraphs[number - 1]
    text = source.content[paragraph.start:paragraph.end]
    for start, end in _sentences(source, number):
        inside = [f for f in flags if start <= f.start and f.end <= end]
        if inside and not owner.overlaps_quotation(start, end) and text.count(source.content[start:end]) == 1:
            targets.append(RewriteTarget(number, start, end, inside, False))
    return targets


# ------------------------------------------------------------------------------------------ helpers


# A sentence ends at . ? ! (and closing quotes) before a space, but not after an initial or a short
# abbreviation ("U.S. troops", "Mr. Smith", "J. Doe", "10 a.m. on").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Za-z]\.[A-Za-z])[.?!][\"”’)]*(?= )")


def first_sentence(source, number: int, limit: int = 160) -> str:
    """The paragraph's first sentence (or its first words, cut at a word), without Markdown."""
    text = clean_paragraph(source.paragraph_text(number))
    end = _SENTENCE_END.search(text, 0, limit)
    if end is not None and end.end() > 20:
        return text[: end.end()]
    return _clip(text, limit)


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def cue_list(finding: TechniqueFinding) -> str:
    """The words a student should point at, quoted: the flag's cues, but the flagged words themselves
    where the cues only split them ("punitive", "actions" of "punitive actions") or where they are the
    function words a sentence model weighed ("there", "is no"), which give nothing away."""
    cues = finding.cues or (finding.text,)
    text = clean(finding.text)
    if " ".join(clean(c) for c in cues) == text or MODEL_SENTENCE_REASON in finding.reason.lower():
        cues = (_clip(text, 120),)
    return ", ".join(quoted(clean(c)) for c in cues[:3])


def outermost(flags: list) -> list:
    """The flags that lie inside no other of them: a word flagged inside a flagged passage is rewritten
    with the passage, not listed as a second passage."""
    return [f for f in flags if not any(o is not f and o.start <= f.start and f.end <= o.end
                                        and (o.start, o.end) != (f.start, f.end) for o in flags)]


def _word_list(flags: list[TechniqueFinding]) -> str:
    texts: list[str] = []
    for finding in sorted(outermost(flags), key=lambda f: f.start):
        for text in _words_that_work(finding):
            if text and text not in texts:
                texts.append(text)
    shown = [quoted(_clip(t, 60)) for t in texts[:4]]
    return ", ".join(shown) + (", …" if len(texts) > 4 else "")


def _words_that_work(finding: TechniqueFinding) -> tuple[str, ...]:
    """What a prompt names as a flag's words: its text, but for a sentence flagged by a rule, the rule's cues
    ("either the printers or" of an either-or sentence): the sentence's first words, clipped, pointed at
    words that do no work (teacher read, ls-2, PTC 773748383 ¶17)."""
    if finding.level == "passage" and finding.cues and MODEL_SENTENCE_REASON not in finding.reason.lower():
        return tuple(clean(c) for c in finding.cues)
    return (clean(finding.text),)


def _reason(finding: TechniqueFinding) -> str:
    """The flag's reason as the rest of a sentence ("... explains that the word ..."); a flag in a
    quotation says so at the end, where the sentence can carry it."""
    text = clean(finding.reason).rstrip(".")
    quoted = text.startswith(QUOTED_PREFIX.strip())
    if quoted:
        text = text[len(QUOTED_PREFIX.strip()):].strip()
    text = text[:1].lower() + text[1:] if text[1:2].islower() else text
    return text + (" (in a quotation: the speaker's words, not the author's)" if quoted else "")


def _words(source, number: int) -> int:
    paragraph = source.paragraphs[number - 1]
    return _word_count(source.content, paragraph.start, paragraph.end)


@lru_cache(maxsize=4096)
def _word_count(content: str, start: int, end: int) -> int:
    # (Keyed by the content object: its hash is computed once and kept by Python.)
    return len(_WORD.findall(content, start, end))


_WORD = re.compile(r"\w+")
