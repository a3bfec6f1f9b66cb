"""Source and bias: who is behind the text, whose voices are heard, and what the page adds around it.

Questions come from three kinds of findings: the outlet profiles of the publication chain (or a
lateral-reading task for an outlet without one), the quoted voices, and the framing signals of the page.
Every assessment in a key is attributed to whoever made it; no question asks for or gives a verdict on
the text or the outlet. Prompts and keys are templates in the data files.
"""

from __future__ import annotations

import re
import string

from ..analysis.voices import heard_voices, is_share, load_voice_data, speaks_as_body, summarize_voices
from ..analysis.framing import FramingSignal, bold_passages, detect_framing, load_framing
from .authorship import authorship
from .outlets import OutletProfile, load_outlets
from .questions import Answer, Question
from .wording import count as counted, mid_sentence, outlet_name, quoted as in_marks

_FIRST_WORDS = 8


def source_questions(source, analysis, profiles, signals=None, voice_summary=None) -> list[Question]:
    """Questions on the outlets (in publication order), the republication chain, the voices and the
    page's framing. ``profiles`` is a sequence of (outlet name, OutletProfile | None); ``signals`` and
    ``voice_summary`` are the page's framing signals and the summary of its voices when the caller has
    already made them (see ``partial_context``)."""
    profiles = [(name, profile) for name, profile in profiles]
    signals = list(signals) if signals is not None else _framing_of(source)
    questions = [*outlet_questions(source, profiles), *republication_questions(source, profiles, signals),
                 *voice_questions(source, analysis, voice_summary), *framing_questions(source, signals)]
    return sorted(questions, key=Question.sort_key)


def partial_context(source, analysis) -> dict:
    """Extra Jinja context for the partials framing.md.j2, voices.md.j2 and verification.md.j2:
    ``framing`` (signals), ``bold`` ((paragraph, text) of every bold passage), ``voice_summary``,
    ``heard_voices`` (the voices table's rows: ``heard_voices``),
    ``unattributed_quotes`` (where no voice is found), ``lateral_tasks`` (outlet name -> task, for outlets without a profile), ``known_checks`` and
    ``sift_moves`` (see verification.partial_context)."""
    from .verification import partial_context as verification_context

    outlets = load_outlets()
    lateral = {name: outlets.lateral_reading_task(outlet_name(name))[0]
               for name in source.meta.publication_chain if outlets.profile_for(name) is None}
    return {"framing": tuple(_framing_of(source)), "bold": tuple(bold_passages(source)),
            "voice_summary": summarize_voices(source, analysis.voices), "lateral_tasks": lateral,
            "heard_voices": tuple(heard_voices(source, analysis.voices)),
            "unattributed_quotes": () if analysis.voices else tuple(unattributed_quotations(source)),
            **verification_context(source, analysis)}


# ---------------------------------------------------------------------------------------------- outlets


def _framing_of(source) -> list[FramingSignal]:
    """The page's framing signals, its outlets known by their profiles' aliases too."""
    return detect_framing(source, load_outlets().names_of(source.meta.publication_chain))


def outlet_questions(source, profiles: list[tuple[str, OutletProfile | None]]) -> list[Question]:
    outlets = load_outlets()
    questions = []
    # Without the facts meant for other texts: a note on what one article quotes is no key for another.
    profiles = [(name, profile.for_text(source) if profile else None) for name, profile in profiles]
    for name, profile in profiles:
        paragraph, quote = _mention(source, [name, *(profile.aliases if profile else ())])
        if profile is None:
            prompt, good = outlets.lateral_reading_task(outlet_name(name))
            questions.append(Question(section="source", level="identify", paragraph=paragraph, quote=quote,
                                      prompt=prompt, answer=Answer(good_answer=good), minutes=8))
            continue
        template = outlets.template("who_is_behind")
        known = [f.text for about in ("owner", "founded", "mission") for f in profile.facts_about(about)]
        questions.append(Question(
            section="source", level=template.level, paragraph=paragraph, quote=quote,
            prompt=_fill(template.prompt, outlet=profile.name),
            answer=Answer(good_answer="Finds, from sources other than the outlet itself: " + " ".join(known)
                          if known else "Finds who runs the outlet from sources other than its own pages.",
                          why=" ".join(f.text for f in profile.facts_about("note")) or None,
                          sources=profile.citations),
            minutes=6,
        ))
    assessed = [(n, p) for n, p in reversed(profiles) if p is not None and p.assessors]
    if assessed:
        name, profile = assessed[0]             # the outlet closest to this copy: the publisher, if assessed
        template = outlets.template("assessments")
        responses = profile.facts_about("response")
        paragraph, quote = _mention(source, [name, *profile.aliases])
        questions.append(Question(
            section="source", level=template.level, paragraph=paragraph, quote=quote,
            prompt=_fill(template.prompt, outlet=profile.name, assessors=_and(profile.assessors),
                         response_clause=" against the outlet's own answer to its critics" if responses else ""),
            answer=Answer(good_answer=_fill(template.good_answer, assessors=_and(profile.assessors)),
                          why=" ".join(f.text for f in (*profile.facts_about("assessment"), *responses)),
                          sources=profile.citations),
            minutes=8,
        ))
    return questions


def republication_questions(source, profiles, signals: list[FramingSignal]) -> list[Question]:
    if len(profiles) < 2:
        return []
    template = load_outlets().template("republication")
    first = profiles[0][0]
    later = [name for name, _ in profiles[1:]]
    original_note = next((s for s in signals if s.kind == "republished-from"), None)
    if original_note is not None:
        paragraph, quote = original_note.paragraph, original_note.text
    else:
        paragraph, quote = _mention(source, [first])
    added = sorted({s.label.lower() for s in signals if s.kind != "republished-from"})
    dates = {r.outlet: r.date for r in source.meta.republished}
    first_text = outlet_name(first) + (f" ({dates[first].isoformat()})" if dates.get(first) else "")
    last_date = source.meta.published.isoformat() if source.meta.published else None
    chain = ", then ".join(outlet_name(name) for name in later) + (f" ({last_date})" if last_date else "")
    return [Question(
        section="source", level=template.level, paragraph=paragraph, quote=quote,
        prompt=_fill(template.prompt, first=first_text, chain=chain),
        answer=Answer(good_answer=_fill(template.good_answer, added=", ".join(added) or "nothing detected")),
        minutes=10,
    )]


# ----------------------------------------------------------------------------------------------- voices


def voice_questions(source, analysis, summary=None) -> list[Question]:
    """Questions on who is heard and how; ``summary`` is ``summarize_voices`` of the analysis's voices,
    when the caller has it already."""
    data = load_voice_data()
    voices = heard_voices(source, analysis.voices)      # (who is heard: not a position inside another's words)
    if not voices:
        quoted = unattributed_quotations(source)
        if quoted:
            # Words in quotation marks with no speaker found: saying the text quotes no one would be false.
            level, prompt, good = data.question("quotes_no_speaker")
            paragraph, quote = quoted[0]
            where = _and(f"¶{number}" for number, _ in quoted)
            return [Question(section="source", level=level, paragraph=paragraph, quote=quote,
                             prompt=_fill(prompt, paragraphs=where), answer=Answer(good_answer=good), minutes=6)]
        level, prompt, good = data.question("no_voices")
        paragraph, quote = _opening(source)
        return [Question(section="source", level=level, paragraph=paragraph, quote=quote, prompt=prompt,
                         answer=Answer(good_answer=good), minutes=4)]
    if summary is None:
        summary = summarize_voices(source, voices)
    # A denied verb ("does not claim", "have not said") reports no words: no question hangs on it.
    loaded = [v for v in summary.loaded if not _denied(v)]
    # "the health ministry said" names a body whose statement can be found; "officials said" and "a State
    # Department representative" do not. A share of a group is a figure whose poll the text does not name.
    unnamed = [v for v in summary.unnamed if not speaks_as_body(v.speaker, data) and not _denied(v)
               and not _refers_back(v.speaker)]
    unnamed_voice = next((v for v in unnamed if not is_share(v.speaker)), unnamed[0]) if unnamed else None
    # The question on the whole list of voices points at a voice the verb and unnamed-source questions do not,
    # so a worksheet does not quote the same words three times.
    taken = {(v.paragraph, v.text) for v in (*loaded[:1], *loaded[-1:], unnamed_voice) if v is not None}
    speaking = [v for v in voices if not _denied(v)] or voices
    first = next((v for v in speaking if (v.paragraph, v.text) not in taken), speaking[0])
    if summary.uses_sides:
        groups = [(label, speakers) for _, label, speakers in summary.heard]
        others = _of_no_side(voices, summary)
        if others:
            groups.append((_NO_SIDE, others))      # a text's main voice may speak for none of the data's sides
        heard = "; ".join(f"{listed_label(label)}: {_names(speakers)}" for label, speakers in groups) \
            or "no side recognised"
        missing = ", ".join(listed_label(label) for _, label in summary.missing)
        level, prompt, good = data.question("heard_missing")
        if not missing:
            good = data.question("no_missing")[2]
    else:
        # A topic without sides in the data: voices by role, and the kinds of voice nobody speaks for.
        heard = "; ".join(f"{listed_label(label)}: {_names(speakers)}" for _, label, speakers in summary.by_role)
        missing = ", ".join(listed_label(label) for _, label in summary.roles_missing) or "none of the usual kinds"
        level, prompt, good = data.question("roles_missing")
    questions = [Question(section="source", level=level, paragraph=first.paragraph, quote=first.text, prompt=prompt,
                          answer=Answer(good_answer=_fill(good, heard=heard, missing=missing)), minutes=8)]
    if loaded:
        voice = loaded[0]
        verb = data.verb(voice.verb or "")
        level, prompt, good = data.question("loaded_verb")
        questions.append(Question(
            section="source", level=level, paragraph=voice.paragraph, quote=voice.text,
            prompt=_fill(prompt, speaker=mid_sentence(voice.speaker) or "the speaker", verb=voice.verb),
            answer=Answer(good_answer=_fill(good, verb=voice.verb, effect=verb.effect if verb else "colours the words")),
            minutes=4))
    by_side = _verbs_by_side(voices, summary)
    # Two groups to compare, neither of them the voices the data gives no side: "does each side get the same
    # kind of verb?" asked of one side and its own unplaced speakers compares nothing (teacher read, lr-1).
    if len([label for label, _ in by_side if label != _NO_SIDE]) >= 2 and loaded:
        level, prompt, good = data.question("compare_verbs" if summary.uses_sides else "compare_verbs_roles")
        text = "; ".join(f"{listed_label(label)}: {', '.join(verbs)}" for label, verbs in by_side)
        anchor = loaded[-1]
        questions.append(Question(section="source", level=level, paragraph=anchor.paragraph, quote=anchor.text,
                                  prompt=_fill(prompt, by_side=text), answer=Answer(good_answer=good), minutes=6))
    if unnamed_voice is not None:
        voice = unnamed_voice
        level, prompt, good = data.question("unnamed_share" if is_share(voice.speaker) else "unnamed")
        questions.append(Question(section="source", level=level, paragraph=voice.paragraph, quote=voice.text,
                                  prompt=_fill(prompt, speaker=voice.speaker), answer=Answer(good_answer=good),
                                  minutes=4))
    return questions


# "The company said", "according to its annual report": a body or its document named before in the text
# ("Kettleby Home Appliances announced ..."), referred to again; not a source the text keeps unnamed, as
# "a senior official" or "the official" (a person) is.
_REFERS_BACK = re.compile(r"^(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:company|firm|business|brand|manufacturer|maker|"
                          r"retailer|club|team|league|regulator|charity|union|school|university|hospital|"
                          r"(?:annual\s+)?(?:report|accounts|statement|website|filing))$", re.I)


def _refers_back(speaker: str | None) -> bool:
    return bool(_REFERS_BACK.match((speaker or "").strip()))


_DENIED = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?\w+$|n[’']t\s+(?:\w+\s+)?\w+$", re.I)


def _denied(voice) -> bool:
    """Is the voice's verb denied ("Authorities have not said", "ISIS does not claim")?"""
    return bool(_DENIED.search(voice.text or ""))


def listed_label(label: str) -> str:
    """A side's or a kind of voice's label as it reads inside a running list ("...; the Russian government and
    its advisers: ...", "names sides that are absent (people in Ukraine, ...)"). voices.yaml writes labels to
    head a line ("People in Ukraine", "The Russian government"); inside a list the first word keeps its
    capital only where it is a name: written in capitals ("NATO"), or, with or without its "'s", a place or a
    member of a side as the data spells it ("Russian", "Ukraine's")."""
    first, _, rest = label.partition(" ")
    name = re.sub(r"['’]s$", "", first)
    data = load_voice_data()
    if not first[:1].isupper() or name.isupper() or data.is_place(name) or \
            any(name in side.members for side in data.sides):
        return label
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


def _names(speakers) -> str:
    """Speakers as a list names them: "a source familiar with the talks", not "A source ..." as the sentence
    that opened with it wrote it."""
    return ", ".join(mid_sentence(speaker) for speaker in speakers)


# Named voices that speak for none of the sides the data knows for the text's topic.
_NO_SIDE = "other named voices (no side in the data)"


def _of_no_side(voices, summary) -> tuple[str, ...]:
    """Their names in text order, a part of a name once the whole is listed ("Jane Roe", not "Roe" or
    "Vice President" again after "Vice President Jane Roe")."""
    sided = {side_id for side_id, _, _ in summary.heard}
    names: list[str] = []
    for voice in voices:
        name = voice.speaker
        if (voice.named and name and voice.side not in sided and not _denied(voice)
                and not any(_part_of(name, n) for n in names)):
            names.append(name)
    return tuple(names)


def _part_of(name: str, listed: str) -> bool:
    """Is ``name`` the listed name or a run of its words (a surname, a title used on its own)?"""
    return f" {name} " in f" {listed} "


def _verbs_by_side(voices, summary) -> list[tuple[str, list[str]]]:
    """Verbs per side heard (then those of the named voices of no side); for a topic without sides in the
    data, per kind of voice (role)."""
    if summary.uses_sides:
        labels = {side_id: label for side_id, label, _ in summary.heard}

        def group_of(voice):
            return voice.side if voice.side in labels else (_NO_SIDE if voice.named else None)
        labels[_NO_SIDE] = _NO_SIDE
    else:
        labels = {role: label for role, label, _ in summary.by_role}

        def group_of(voice):
            return voice.role
    result: dict[str, list[str]] = {}
    for voice in voices:
        group = group_of(voice)
        if group in labels and voice.verb:
            verbs = result.setdefault(labels[group], [])
            if voice.verb not in verbs:
                verbs.append(voice.verb)
    return sorted(result.items(), key=lambda item: item[0] == _NO_SIDE)      # the sides first


# ---------------------------------------------------------------------------------------------- framing


def framing_questions(source, signals: list[FramingSignal]) -> list[Question]:
    data = load_framing()
    outlet = outlet_name(source.meta.publisher)
    questions = []
    for spec in data.signals:
        signal = next((s for s in signals if s.kind == spec.id), None)
        if signal is None or spec.id == "republished-from" and len(source.meta.republished) > 0:
            continue                            # the republication question covers it
        questions.append(Question(
            section="source", level=spec.level, paragraph=signal.paragraph, quote=signal.text,
            prompt=_fill(spec.prompt, quote=_page_words(signal.text), outlet=outlet, count=counted(signal.count, "passage")),
            answer=Answer(good_answer=_fill(spec.good_answer, outlet=outlet),
                          why=f"{spec.label}, found in "
                              + (f"¶{signal.paragraph}." if signal.paragraph else "the page around the text.")),
            minutes=3))
        if len(questions) >= data.max_questions:
            break
    return questions


# ---------------------------------------------------------------------------------------------- helpers


def _mention(source, names: list[str]) -> tuple[int | None, str | None]:
    """The first place the body names one of ``names``; else (None, None): a question on an outlet the
    text never names is about the source card, and pointing it at the text's opening words ("¶1 · “It
    should be clear by now that the”") sends a student to words that have nothing to do with it.
    (Looked up in the source's term index, which finds what ``compile_term(name)`` would: a regular
    expression over the whole text cost ~0.2 ms per name.)"""
    from ..analysis.sentences import term_positions

    best = None
    for name in names:
        positions = term_positions(source, name)
        first = positions[0] if positions else None
        if first and source.paragraph_at(first[0]) and (best is None or first[0] < best[0]):
            best = first
    if best is None:
        return None, None
    return source.paragraph_at(best[0]), source.content[best[0]:best[1]]


# A quotation of someone's words, not a term in quotation marks ("the “elite”") or a title.
_QUOTATION_MIN_WORDS = 8


def unattributed_quotations(source) -> list[tuple[int, str]]:
    """(paragraph, opening words) of each paragraph that holds a quotation of some length: where no voice
    is found, these are words whose speaker the analysis could not name."""
    found: dict[int, str] = {}
    for start, end in authorship(source).quoted:
        words = source.content[start:end].split()
        number = source.paragraph_at(start)
        if len(words) >= _QUOTATION_MIN_WORDS and number and number not in found:
            found[number] = _short(" ".join(words[:_FIRST_WORDS]).strip("“”\"‘’' "), 80)
    return sorted(found.items())


def _opening(source) -> tuple[int, str]:
    paragraph = source.paragraphs[0]
    text = source.paragraph_text(paragraph.number)          # the words, without Markdown
    words = list(re.finditer(r"\S+", text))[:_FIRST_WORDS]
    # The opening words up to the end of the first sentence, if it ends soon: not "… in the making! The".
    ends = [w.end() for w in words[2:] if re.search(r"[.!?…][\"”’')]*$", w.group())]
    end = ends[0] if ends else (words[-1].end() if words else len(text))
    return paragraph.number, text[:end]


def _page_words(text: str) -> str:
    """The page's words as a prompt quotes them mid-sentence: in “…”, their own double marks nested as single
    ones, without a closing full stop or comma (the prompt's own punctuation follows: “… Salt Roads”.)."""
    return in_marks(_short(text).rstrip(" .,;:"))


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _and(names) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, **values) -> str:
    return string.Formatter().vformat(template, (), _Keep(**{k: "" if v is None else v for k, v in values.items()}))
