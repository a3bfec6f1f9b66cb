"""``detect_voices``: the attributions found by every pattern, then the rules that tell people from bodies
and things, the roles, the pronouns resolved, and the voices found without a verb, without overlaps.

The table of contents of the package: read it to see the order of the steps.
"""

from __future__ import annotations

import re

from ...text.source import Source
from ..findings import Voice
from .data import load_voice_data
from .sentences import _inside, _quoted_spans
from .names import _a_day
from .patterns import _attributions_before, _groups_with_a_phrase, _participles, _passives, _past_appositions, _past_datelines, _patterns
from .kinds import (_according_to_a_view, _act_of_a_body, _anonymity_asked, _byline, _companies, _demonym_before_a_noun,
                    _group_at_work_on, _groups_of_a_place, _hyphenated_groups, _legal_act, _maker_before_in,
                    _name_before_a_body, _names_of_no_known_kind, _nicknames, _organisations_by_pronoun,
                    _participle_after_a_noun, _shouted_after_a_pronoun, _without_common_openers, _without_places,
                    _without_things)
from .roles import _described, _people_in_the_story, _role_after, _roles_carried, _roles_from_titles, _sides_of_text
from .attributions import _described_subjects, _groups_by_shape, _participle_voice, _subject_participles, _voice
from .pronouns import _resolve_pronouns
from .quotes import (_block_quotes, _documents_and_transcripts, _embedded_posts, _owned_words, _quotation_runs,
                     _vague_sources)


def detect_voices(source: Source) -> list[Voice]:
    data = load_voice_data()
    patterns = _patterns(data)
    content, start = source.content, source.body_start
    found: list[Voice] = []
    for pattern, kind in patterns.phrases:
        for match in pattern.finditer(content, start):
            found.extend(_voice(source, data, match, kind))
    for match in (*_past_appositions(patterns, content,
                                     _past_datelines(patterns, content, _attributions_before(patterns, content, start))),
                  *patterns.after.finditer(content, start), *_passives(patterns, content, start),
                  *_groups_with_a_phrase(patterns, content, start)):
        found.extend(_voice(source, data, match, None))
    found.extend(_embedded_posts(source, data))
    found.extend(_vague_sources(source, data))
    found.extend(_described_subjects(source, data))
    found.extend(_groups_by_shape(source, data))
    found.extend(_owned_words(source, data))
    found.extend(_documents_and_transcripts(source, data, patterns))
    quoted = _quoted_spans(source)
    found = [v for v in found if not _inside(v.start, quoted)]
    voices = _resolve_pronouns(source, data, _without_overlaps(found), quoted)
    for match in _participles(patterns, content, start):
        voices.extend(_participle_voice(source, data, match, voices))
    voices.extend(_subject_participles(source, data, voices))
    voices.extend(_block_quotes(source, data, voices))
    voices = _without_places(source, data, voices)
    voices = _without_common_openers(source, data, voices)
    voices = _groups_of_a_place(data, _hyphenated_groups(source.content, voices))
    voices = _without_things(source, data, voices)
    voices = [v for v in voices if not ((_ASKED_ABOUT.search(source.content, max(0, v.start - 12), v.start)
                                         or _AUXILIARY_BEFORE.search(source.content, max(0, v.start - 40), v.start))
                                        and _SENTENCE_REST.match(source.content, v.end).group().endswith("?"))
              and not _according_to_a_view(v.text) and not _shouted_after_a_pronoun(source.content, v)
              and not _participle_after_a_noun(source.content, v) and not _a_day(v.speaker)]
    voices = [_group_at_work_on(source.content, data, v) for v in voices]
    voices = [_anonymity_asked(source.content, data, v) for v in voices]
    voices = [_maker_before_in(source.content, data, v) for v in voices]
    voices = [_name_before_a_body(data, v) for v in voices]
    sided = _sides_of_text(source, data)
    described = sorted((_described(v, data, sided) for v in _without_overlaps(voices)), key=lambda v: (v.start, v.end))
    described = _organisations_by_pronoun(source.content, described, data)
    described = [v for v in described if not _act_of_a_body(source.content, data, v) and not _legal_act(source.content, v)
                 and not (v.verb == "support" and _NOUN_ENDS.match(source.content, v.end))
                 and not _demonym_before_a_noun(source.content, data, v) and not _byline(data, v)]
    described = _without_relaying_media(source.content, described)
    described = _nicknames(source, data, described)
    described = sorted(described + _quotation_runs(source, described), key=lambda v: (v.start, v.end))
    described = _companies(source.content, described)
    return _names_of_no_known_kind(source, data, _roles_carried(_people_in_the_story(source.content, data, _roles_from_titles(
        source.content, data, [_role_after(source.content, data, v) for v in described]))))


# After "support" as a noun ("anti-Roe support, ...", "Roe support 27 percent"): no object follows.
_NOUN_ENDS = re.compile(r"[^\S\n]*(?:[,.;:)—–]|\d|percent\b|$)|[^\S\n]+(?:(?:also|still|now|\w+ly)[^\S\n]+)?"
                        r"(?:is|was|has|had|will|would|remains|remained|includes|included|grew|fell|came|comes)\b")

# A question about someone ("Does Murphy want to send troops?", "Did the ministry say so?") reports no
# words and no position of theirs.
# ("And does any sane person think that ...?": a question about a belief, nobody's position.)
_AUXILIARY_BEFORE = re.compile(r"\b(?:[Dd]oes|[Dd]o|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould)[^\S\n]+"
                               r"(?:[\w’'-]+[^\S\n]+){0,3}$")
_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?]?")      # (a question ends with its question mark: "Will Roe win?")
# ("Why has the council never mentioned this study?": a question the writer asks about someone, no
# attribution; the plain statement is one.)
_ASKED_ABOUT = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?:(?:Why|How|When|Where|What)\s+(?:then\s+|else\s+)?)?"
                          r"(?:(?<![a-z]\s)(?:Does|Do|Did|Will|Would|Can|Could|Should|Has|Have|Had|Is|Are|Was|Were)|"
                          r"(?<=[a-z]\s)(?:does|do|did|will|would|can|could|should|has|have|had|is|are|was|were))\s+$")


def _without_relaying_media(content: str, voices: list[Voice]) -> list[Voice]:
    """"Minister Roe told the AP as reported by 9 News: “...”": the medium that relays another speaker's
    words in the same sentence is no speaker of them (the one told is not either)."""
    kept: list[Voice] = []
    for voice in voices:
        speaking = kept[-1] if kept and kept[-1].verb and kept[-1].named else None
        if voice.kind == "cited document" and _RELAYED_BY.match(voice.text) and speaking is not None and \
                _AS_BEFORE.search(content, max(0, voice.start - 12), voice.start) and \
                not _SENTENCE_END.search(content[speaking.end:voice.start]):
            continue
        kept.append(voice)
    return kept


_AS_BEFORE = re.compile(r"\bas[^\S\n]+(?:first[^\S\n]+)?$")
_SENTENCE_END = re.compile(r"[.!?][”\"’]?(?:\s|$)|\n")      # (the relayed words and the medium in one sentence)
_RELAYED_BY = re.compile(r"(?:as[^\S\n]+(?:first[^\S\n]+)?)?(?:reported|relayed|quoted|broadcast|aired)[^\S\n]+(?:by|on|in)\b")


def _without_overlaps(voices: list[Voice]) -> list[Voice]:
    """Keep the earliest, then longest, of overlapping voices (first-longest, as span filters do)."""
    kept: list[Voice] = []
    for voice in sorted(voices, key=lambda v: (v.start, -(v.end - v.start))):
        if kept and voice.start < kept[-1].end:
            continue
        kept.append(voice)
    return kept
