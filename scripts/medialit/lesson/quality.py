"""The question-quality check: what a careful teacher would otherwise have to fix in a lesson, found
mechanically. The test suite runs it on every seed, every fixture text and (when present) every
article of the shared corpora; ``benchmarks/question_quality.py`` records the counts.

Each check has a name (``CHECKS``) and returns ``Issue``s naming the lesson, the place and what is wrong:

- ``quote-not-in-paragraph``: a question, exercise or activity quotes words its paragraph does not hold;
- ``raw-markup``: Markdown (``**``, ``[x](y)``, ``###``, ``>``) in a prompt, key, exercise or table cell;
- ``template-leftover``: an unfilled ``{placeholder}``, Jinja braces, "None" in student-facing text;
- ``key-of-another-kind``: a question's key is not the key of its own kind (its template's words are
  missing, or another kind of question carries the very same key);
- ``rewrite-on-quotation``: a rewrite task on a block quote, a paragraph that is mostly quotation, or
  on flagged words inside quotation marks;
- ``furniture-in-argument``: a question or a shown flag points at a paragraph the text stage marks
  as the page around the text (see ``authorship.furniture_paragraphs``, the structure hook);
- ``technique-not-shown``: a self-check about a technique the lesson shows no flag of;
- ``wrong-plural``: "1 flags", "1 passages" and the like;
- ``jargon``: the tool's own words in student-facing text ("model learnt from annotated news",
  "Corpus label", "in the seed");
- ``long-front-matter-value``: a front-matter value of more than a few words (a publisher's description
  pasted by a blog export) pasted whole into a prompt, instead of the outlet's name;
- ``doubled-quote-marks``: a quotation shown as ““…” or …””: the page's marks around a quote that opens
  or closes with the text's own;
- ``gives-away-identify``: a question names the technique a "which technique?" question asks for (on
  any paragraph: the worksheet prints them on one page), so the later question answers the first;
- ``rewrite-twice``: the rewrite activity rewrites the paragraph a guiding question already rewrites.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .authorship import authorship
from .wording import clean, quote_in

CHECKS = ("quote-not-in-paragraph", "raw-markup", "template-leftover", "key-of-another-kind",
          "rewrite-on-quotation", "furniture-in-argument", "technique-not-shown", "wrong-plural", "jargon",
          "long-front-matter-value", "doubled-quote-marks", "gives-away-identify", "rewrite-twice")

# Words of the tool, never of a lesson: how the detector works is for the teacher's "how it works" page.
JARGON = (
    "model learnt", "learnt from annotated", "annotated news", "corpus label", "ptc label", "in the seed",
    "the seed", "seed file", "the detector", "detector flagged", "confidence", "threshold", "rule fired",
    "a rule for", "front matter", "taxonomy", "loaded_language", "name_calling", "appeal_to",
)
_JARGON = re.compile("|".join(re.escape(j) for j in JARGON), re.I)
_LABEL = re.compile(r"\b[A-Z][a-z]+_[A-Z][a-z]+")          # a corpus label such as Loaded_Language
# Markdown a reader would see as raw marks: emphasis pairs at word edges, links, heading and quotation
# marks at a line start, code ticks, separator lines. (Marks inside a word, as in "f**k", are the text's.)
_MARKUP = re.compile(r"(?<![\w*])[*_]{1,3}[^\s*_][^*_\n]{0,200}?(?<=[^\s*_])[*_]{1,3}(?![\w*])"
                     r"|\[[^\]\n]*\]\([^)\n]*\)|(?:^|\n)\s*#{1,6}\s|(?:^|\n)\s*>\s|`"
                     r"|(?:^|\s)(?:[*_]\s?){3,}(?:\s|$)")
_MARKS = frozenset("*_[#>`")
_LEFTOVER = re.compile(r"\{[a-z_]+\}|\{\{|\}\}|\{%|%\}|\bNone\b|\bnan\b|\bundefined\b")
_PLURAL = re.compile(r"\b(?<![.,])1 (flags|passages|paragraphs|questions|minutes|words|techniques|sentences|claims|voices|readings)\b")
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"")
_DOUBLED_MARKS = re.compile(r"“\s*“|”\s*”")
_FLAGGED_AS = re.compile(r"flagged as ([a-z ,-]+?)(?:[.?:]|$)")


@dataclass(frozen=True)
class Issue:
    check: str          # one of CHECKS
    lesson: str         # the lesson's slug
    where: str          # "Q3 ¶4", "exercise technique:…", "activity Rewrite it neutrally", "voices table"
    detail: str

    def __str__(self) -> str:
        return f"{self.lesson}: {self.where}: {self.check}: {self.detail}"


def check_lesson(lesson, exercises=(), taxonomy=None) -> list[Issue]:
    """Every issue in one lesson (its questions, self-check exercises, activities and tables)."""
    found: list[Issue] = []
    slug = lesson.slug
    owner = authorship(lesson.source)
    shown = list(lesson.analysis.shown_techniques)
    names = {f.technique: f.technique.replace("-", " ") for f in shown}
    if taxonomy is not None:
        names = {t.id: t.name.lower() for t in taxonomy.techniques}
    shown_names = {names.get(f.technique, f.technique) for f in shown}
    paragraphs: dict[int, str] = {}
    for where, paragraph, quote in _quotations(lesson, exercises):
        if not _quote_in_paragraph(lesson.source, paragraph, quote, paragraphs):
            found.append(Issue("quote-not-in-paragraph", slug, where, f"¶{paragraph} does not hold “{quote[:80]}”"))
    long_values = _long_values(lesson.source.meta)
    for where, text, ours in _student_texts(lesson, exercises):
        found.extend(i for i in _text_issues(slug, where, text) if ours or i.check == "raw-markup")
        for value in long_values:
            if ours and value in text:
                found.append(Issue("long-front-matter-value", slug, where, f"pastes “{value[:60]}…” whole"))
    for where, text in _teacher_texts(lesson):
        found.extend(i for i in _text_issues(slug, where, text) if i.check != "jargon")
    found.extend(_key_issues(lesson))
    found.extend(_rewrite_issues(lesson, owner, shown))
    found.extend(_furniture_issues(lesson, owner, shown))
    found.extend(_repeat_issues(lesson, exercises, names))
    for exercise in exercises:
        for match in _FLAGGED_AS.finditer(exercise.prompt):
            technique = match.group(1).strip()
            if technique in names.values() and technique not in shown_names:
                found.append(Issue("technique-not-shown", slug, f"exercise {exercise.id}",
                                   f"asks about {technique}, which the lesson shows no flag of"))
    return found


# ------------------------------------------------------------------------------------------ repeats


def _repeat_issues(lesson, exercises, names: dict) -> list[Issue]:
    """Doubled quotation marks as the page shows quotes; a question that names the technique an
    identify question asks for; the same paragraph rewritten twice."""
    issues = []
    shown = [(f"Q{n}", q.quoted) for n, q in enumerate(lesson.questions, 1)]
    shown += [(f"activity {a.title}", a.quoted) for a in lesson.activities]
    shown += [(f"exercise {e.id}", e.prompt) for e in exercises]
    issues += [Issue("doubled-quote-marks", lesson.slug, where, _excerpt(text, _DOUBLED_MARKS))
               for where, text in shown if _DOUBLED_MARKS.search(text)]
    identified = {(q.paragraph, names.get(q.answer.technique, q.answer.technique))
                  for q in lesson.questions if q.kind == "identify" and q.answer.technique}
    for n, q in enumerate(lesson.questions, 1):
        if q.section == "techniques" and q.kind != "identify":
            for paragraph, name in identified:
                # (On any paragraph: the worksheet prints every question on one page.)
                if name and name in q.prompt.lower():
                    issues.append(Issue("gives-away-identify", lesson.slug, f"Q{n} ¶{q.paragraph}",
                                        f"names {name}, which a question on ¶{paragraph} asks students to find"))
    rewritten = {q.paragraph for q in lesson.questions if q.kind == "rewrite"}
    issues += [Issue("rewrite-twice", lesson.slug, f"activity {a.title}", f"rewrites ¶{a.paragraph} again")
               for a in lesson.activities if a.title.startswith("Rewrite") and a.paragraph in rewritten]
    return issues


# ------------------------------------------------------------------------------------------ quotations


def _quotations(lesson, exercises):
    for n, q in enumerate(lesson.questions, 1):
        if q.paragraph and q.quote:
            yield f"Q{n} ¶{q.paragraph}", q.paragraph, q.quote
    for a in lesson.activities:
        if a.paragraph and a.quote:
            yield f"activity {a.title}", a.paragraph, a.quote
    for e in exercises:
        if e.excerpt is not None:
            yield f"exercise {e.id}", e.excerpt.paragraph, e.excerpt.text
        for option in e.options:
            match = re.match(r"¶(\d+): “(.*)”$", option.text)
            if match:
                yield f"exercise {e.id}", int(match.group(1)), match.group(2)


def _quote_in_paragraph(source, paragraph: int, quote: str, cache: dict) -> bool:
    """Do the quotation's words stand in the paragraph, in order? (Words only: the text view and the quote
    may each drop Markdown, brackets and punctuation in their own way; the words must be the same.)"""
    if not 1 <= paragraph <= len(source.paragraphs):
        return False
    return quote_in(quote, source.paragraph_text(paragraph))


# ------------------------------------------------------------------------------------------ wording


def _student_texts(lesson, exercises):
    """(where, text, ours) of everything a student reads: ``ours`` is True for what the lesson wrote
    (prompts, exercises, activities, flag reasons), False for the seed's own words (quotations, table
    cells of voices and claims), which are only checked for raw Markdown."""
    for n, q in enumerate(lesson.questions, 1):
        yield f"Q{n} prompt", q.prompt, True
        if q.quote:
            yield f"Q{n} quote", q.quote, False
    for a in lesson.activities:
        yield f"activity {a.title}", a.instructions, True
    for e in exercises:
        yield f"exercise {e.id}", e.prompt, True
        for option in e.options:
            yield f"exercise {e.id} option", option.text, True
            yield f"exercise {e.id} feedback", option.feedback, True
        if e.excerpt is not None:
            yield f"exercise {e.id} excerpt", " ".join((e.excerpt.before, e.excerpt.text, e.excerpt.after)), False
    for f in lesson.analysis.shown_techniques:
        yield f"flag ¶{f.paragraph} reason", f.reason, True
    # (The tables of voices and claims show the seed's words through the renderer's ``md``, which drops
    # Markdown marks; the test suite checks them in the built pages.)


def _long_values(meta) -> list[str]:
    from .wording import MAX_OUTLET_WORDS

    values = [meta.publisher, meta.author, *(r.outlet for r in meta.republished)]
    return [" ".join(v.split()) for v in values if v and len(v.split()) > MAX_OUTLET_WORDS]


def _teacher_texts(lesson):
    for n, q in enumerate(lesson.questions, 1):
        yield f"Q{n} key", q.answer.good_answer
        if q.answer.why:
            yield f"Q{n} why", q.answer.why
    for a in lesson.activities:
        if a.teacher_note:
            yield f"activity {a.title} note", a.teacher_note


def _text_issues(slug: str, where: str, text: str) -> list[Issue]:
    issues = []
    text = text or ""
    if _MARKS.intersection(text) and _MARKUP.search(text):
        issues.append(Issue("raw-markup", slug, where, _excerpt(text, _MARKUP)))
    # (Each pattern runs only where a cheap test says it could match: ~25,000 texts in a full check.)
    if ("{" in text or "}" in text or "None" in text or "nan" in text or "undefined" in text) and _LEFTOVER.search(text):
        ours = _QUOTED.sub("“…”", text)       # the text's own words ("None of the programs") are not leftovers
        if _LEFTOVER.search(ours):
            issues.append(Issue("template-leftover", slug, where, _excerpt(ours, _LEFTOVER)))
    if "1 " in text and _PLURAL.search(text):
        issues.append(Issue("wrong-plural", slug, where, _excerpt(text, _PLURAL)))
    lower = text.lower()
    if any(word in lower for word in JARGON) or ("_" in text and _LABEL.search(text)):
        ours = _QUOTED.sub("“…”", text)          # the text's own words, quoted in ours, are not our jargon
        if _JARGON.search(ours) or _LABEL.search(ours):
            issues.append(Issue("jargon", slug, where, _excerpt(ours, _JARGON if _JARGON.search(ours) else _LABEL)))
    return issues


def _excerpt(text: str, pattern: re.Pattern) -> str:
    match = pattern.search(text)
    lo = max(0, match.start() - 30)
    return "…" + text[lo:match.end() + 30].replace("\n", " ") + "…"


# ------------------------------------------------------------------------------------------ keys


def _key_issues(lesson) -> list[Issue]:
    from .technique_questions import KINDS, load_question_templates

    templates = load_question_templates()
    issues = []
    for n, q in enumerate(lesson.questions, 1):
        if not q.answer.good_answer.strip():
            issues.append(Issue("key-of-another-kind", lesson.slug, f"Q{n}", "the key is empty"))
        elif q.kind.partition(":")[0] in KINDS and not _fits(templates.key_template(q.kind), q.answer.good_answer):
            issues.append(Issue("key-of-another-kind", lesson.slug, f"Q{n}",
                                f"the key of a {q.kind} question is not the {q.kind} key: {q.answer.good_answer[:80]}"))
    by_key: dict[str, set[str]] = {}
    for q in lesson.questions:
        if q.kind:          # (questions without a kind name no template to compare)
            by_key.setdefault(q.answer.good_answer, set()).add(q.kind)
    for key, kinds in by_key.items():
        if len(kinds) > 1:
            issues.append(Issue("key-of-another-kind", lesson.slug, "keys",
                                f"{len(kinds)} kinds of question share one key: {key[:80]}"))
    return issues


def _fits(template: str, text: str) -> bool:
    """Does ``text`` hold every fixed stretch of ``template`` (the words around its placeholders)?"""
    parts = [literal for literal, _, _, _ in string.Formatter().parse(template)]
    return all(part.strip() in text for part in parts if part and part.strip())


# ------------------------------------------------------------------------------------------ rewrites


def _rewrite_issues(lesson, owner, shown) -> list[Issue]:
    issues = []
    targets = [(f"Q{n}", q.paragraph, q.prompt, q.quote) for n, q in enumerate(lesson.questions, 1)
               if q.kind == "rewrite" or q.prompt.lower().startswith("rewrite")]
    targets += [(f"activity {a.title}", a.paragraph, a.instructions, a.quote) for a in lesson.activities
                if "rewrite" in a.title.lower() and a.paragraph]
    for where, paragraph, prompt, quote in targets:
        if paragraph is None:
            continue
        if "the sentence quoted here" in prompt:
            # A sentence of a long or mostly quoted paragraph: the sentence itself holds no quotation.
            span = _locate(lesson.source, paragraph, quote or "")
            if span is None or owner.overlaps_quotation(*span) or not owner.is_argument(paragraph):
                issues.append(Issue("rewrite-on-quotation", lesson.slug, where,
                                    f"the sentence to rewrite in ¶{paragraph} is not the author's own words "
                                    f"(or cannot be found): “{(quote or '')[:60]}”"))
        elif not owner.is_own(paragraph):
            share = owner.own_share(paragraph)
            issues.append(Issue("rewrite-on-quotation", lesson.slug, where,
                                f"¶{paragraph} is not the author's own words ({share:.0%} outside quotations)"))
            continue
        own_texts = {clean(f.text) for f in shown if f.paragraph == paragraph and not owner.is_quoted(f.start, f.end)}
        for f in shown:
            text = clean(f.text)
            if f.paragraph == paragraph and owner.is_quoted(f.start, f.end) and text not in own_texts \
                    and f"“{text}”" in prompt:
                issues.append(Issue("rewrite-on-quotation", lesson.slug, where,
                                    f"asks to replace “{text}”, words inside a quotation"))
    return issues


def _locate(source, paragraph: int, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` (cleaned words) stands in paragraph ``paragraph``, by its first and last words."""
    p = source.paragraphs[paragraph - 1]
    words = quote.split()
    if not words:
        return None
    exact = source.content.find(quote, p.start, p.end)
    if exact >= 0:
        return exact, exact + len(quote)
    # The raw text may hold Markdown between the words ("**so-called** experts"): words apart by anything
    # but letters and digits, or a link's target.
    def pattern(chosen):
        return re.compile(r"(?:\]\([^)\s]*\)|[\W_])+".join(re.escape(w.strip("“”\"'‘’.,;:!?()")) for w in chosen if w.strip("“”\"'‘’.,;:!?()")))

    head, tail = pattern(words[:3]), pattern(words[-3:])
    for match in head.finditer(source.content, p.start, p.end):
        end = tail.search(source.content, match.start(), min(p.end, match.start() + 2 * len(quote) + 40))
        if end is not None:
            return match.start(), end.end()
    return None


# ------------------------------------------------------------------------------------------ furniture


def _furniture_issues(lesson, owner, shown) -> list[Issue]:
    if not owner.furniture:
        return []
    issues = [Issue("furniture-in-argument", lesson.slug, f"Q{n}", f"points at ¶{q.paragraph}, page furniture")
              for n, q in enumerate(lesson.questions, 1) if q.paragraph in owner.furniture
              and q.section == "techniques"]
    issues += [Issue("furniture-in-argument", lesson.slug, f"flag ¶{f.paragraph}", f"“{clean(f.text)[:60]}” is flagged "
                     "in page furniture, as if the author wrote it") for f in shown if f.paragraph in owner.furniture]
    return issues


# ------------------------------------------------------------------------------------------ one text


@dataclass(frozen=True)
class TextReport:
    """What the check found in one text's lesson, small enough to travel back from a worker process."""

    path: str
    slug: str = ""
    questions: int = 0
    exercises: int = 0
    kinds: tuple[tuple[str, int], ...] = ()      # (question kind, how many), for the counts
    issues: tuple[Issue, ...] = ()
    error: str | None = None                    # the text made no lesson: why


def check_text(path) -> TextReport:
    """Load one text, analyse it, compose its lesson and self-checks, and check them. Module-level and
    returning plain values, so that a process pool can run it (``site.parallel.map_in_order``)."""
    from collections import Counter

    from ..analysis import analyze
    from ..analysis.taxonomy import load_taxonomy
    from ..errors import InputError
    from ..text.source import load_source
    from .compose import compose_lesson
    from .exercises import build_exercises
    from .outlets import load_outlets
    from .readings import load_catalog

    try:
        source = load_source(path)
    except InputError as error:
        return TextReport(str(path), error="; ".join(str(p) for p in error.problems))
    taxonomy = load_taxonomy()
    lesson = compose_lesson(source, analyze(source), taxonomy, load_outlets(), load_catalog())
    exercises = build_exercises(lesson, taxonomy)
    kinds = Counter(q.kind.partition(":")[0] or q.section for q in lesson.questions)
    return TextReport(str(path), lesson.slug, len(lesson.questions), len(exercises), tuple(sorted(kinds.items())),
                      tuple(check_lesson(lesson, exercises, taxonomy)))
