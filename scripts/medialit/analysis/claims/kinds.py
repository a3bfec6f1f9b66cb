"""What a sentence tells: its claim kinds from the cue words of data/checks.yaml, the known checks that
match it, and correction notes."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...text.source import Source
from ..checkworthy import is_date_word, MONTH_ABBREVIATIONS, MONTHS, numbers
from ..sentences import term_index, Sentence
from ..voices.data import load_voice_data
from .figures import (_CAPITALISED_BEFORE, day_before_its_month, _figures_as_written, _inside_a_name, _is_a_day, _is_a_short_year,
                      _is_an_age, _is_clock_time, _MONTH_BEFORE, _names_a_thing, _source_cited, _without_parts)
from .speech import _CLOSES_A_QUOTE, _OPENS_A_QUOTE, _quoted_opening, quoted_words


_YEAR_ONLY = re.compile(r"1[89]\d\d|20\d\d")
_ACCORDING_TO_A_VIEW = re.compile(r"\s+(?:their|his|her|its|our|my|your|plan|schedule)\b", re.I)
# "one" that counts nothing: a pronoun or a rank ("one of the strictest bans", "no one", "the one who",
# "one day"); "one in five", "one million" and "one person" still count.
# ("—one contained in earlier variants": after a dash, "one" stands for a thing just named.)
_ONE_BEFORE = re.compile(r"(?:\b(?:no|the|this|that|every|any|each|which|some|someone|anyone|at|only|"
                         # (vr-24) "the next one", "every single one", "would lead one to", "makes one wonder"
                         r"first|next|last|single|other|same|lead|leads|led|makes|made)\s+|[—–]\s*)$", re.I)
_ONE_AFTER = re.compile(r"(?:[.,;:!?)”\"]|[-’'](?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)[a-z])|"
                        r"\s+(?:of\b|"   # "one of the", "one of Neptune's storms": one among others
                        r"another\b|day\b|time\b|point\b|thing\b|way\b|side\b|hand\b|more\b|bit\b|step\b|"
                        # "in one form or another"; "one that works", "one which": a pronoun
                        r"[a-z]+\s+or\s+another\b|(?:that|which|who|whom)\b|"
                        # "one by one", "one after another": a manner, no count
                        r"by\s+one\b|after\s+(?:another|the\s+other)\b|"
                        # "had issued one in almost ten years"; "one in five", "one in 10" still count
                        r"in\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+(?:hundred|thousand|million))\b)|"
                        # the pronoun: "one would think", "one could bless", "one has stood out"
                        r"(?:could|would|should|can|must|might|may|will|has|is|was|does|were|need|needs|wonders|"
                        r"feels|realizes|sees|finds)\b|"
                        # (vr-24) "in one case"; "one Kino Roe" (a certain); before the spaces: "a temporary
                        # one.", "one-time", "one’s career"
                        r"case\b|(?-i:[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+)|"
                        # "one piece of the new Europe", "one member of the board": one among others too
                        r"(?!(?:million|billion|trillion|thousand|hundred)\b)[a-z]+\s+of\b)", re.I)
_MEASURE_AFTER_HYPHEN = re.compile(r"-(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|miles?|kilomet\w+|"
                                   r"metres?|meters?|feet|foot|percent|fold|times?)\b", re.I)


def _cue_words_by_sentence(source: Source, sentences: list[Sentence], checks) -> dict[int, dict[int, list[str]]]:
    """Sentence number -> {number of a claim kind in checks.yaml: the words that matched its terms, in
    the order of its terms}, from one index lookup per term instead of one search per term and sentence."""
    index = term_index(source)
    starts = [s.start for s in sentences]
    found: dict[int, dict[int, list[str]]] = {}
    for kind_number, claim_kind in enumerate(checks.claim_kinds):
        for term in claim_kind.words:
            taken: set[int] = set()         # the first match of a term in a sentence that is a cue, not one
            for start, end in index.positions(term):    # that only looks like one ("one of five viruses")
                number = bisect.bisect_right(starts, start) - 1
                if number < 0 or number in taken or end > sentences[number].end or \
                        _looks_like_a_cue_only(source.content, sentences[number], start, end, claim_kind.kind):
                    continue
                taken.add(number)
                found.setdefault(number, {}).setdefault(kind_number, []).append(source.content[start:end])
    return found


_CUE_REACH = 40     # characters around a cue word that tell what it is
# Document words that are verbs too, and what makes them verbs: "to" or a modal right before.
_DOCUMENT_VERBS = frozenset(("study", "report", "survey", "poll", "document", "order", "record", "review"))
# (a quotation may open between the modal and the verb: would “review the programme”)
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|should|must|may|might|shall)\s+[“\"‘']?$", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.I)
_NOT_A_DAY_AFTER = re.compile(r"[^\S\n]+(?:schools?|services?|best|Times|Telegraph|Express|Mirror|Post|Herald)\b")
_MINUTES_AS_RECORD_BEFORE = re.compile(r"\b(?:the|its|their|meeting|council['’]s|board['’]s)\s+$", re.I)
_MINUTES_AS_RECORD_AFTER = re.compile(r"\s+of\s+(?:the|a|an|its|their|this|that)\b", re.I)
# A number of days or years before or after something ("three days earlier", "2 weeks later", "five years
# ago"): it places an event in time, counted from another date.
# An event verb after "to" or a modal ("wants to impose", "could send", "will never sign") tells what someone
# wants, plans or might do: no deed that a report could confirm.
_NO_DEED_BEFORE = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|cannot|won['’]t|wouldn['’]t)"
                             r"[^\S\n]+(?:(?:not|never|\w+ly)[^\S\n]+)?$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)[^\S\n]+$", re.I)
_FAMILY_AFTER = re.compile(r"[^\S\n]+(?:(?:young|little|older|younger|grown|adult)[^\S\n]+)?"
                           r"(?:sons?|daughters?|children|kids|brothers?|sisters?|siblings|grandchildren|"
                           r"grandsons?|granddaughters?|wives|husbands|dogs?|cats?)\b", re.I)
_NOT_YET_PUBLISHED = re.compile(r"s?[^\S\n]+(?:will|would|shall|is[^\S\n]+to|are[^\S\n]+to|was[^\S\n]+to|were[^\S\n]+to)"
                                r"[^\S\n]+(?:soon[^\S\n]+|only[^\S\n]+)?be[^\S\n]+(?:published|released|made[^\S\n]+public|"
                                r"issued|unveiled|presented|posted|finished|completed|ready)\b", re.I)
_PARENT_OF = re.compile(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent)[^\S\n]+of[^\S\n]+$", re.I)
# How often something happened to someone ("I have been stopped three times"): a count of an anecdote that
# no office keeps; "three times as many", "ten times more" compare figures and stay figures, and a large count
# ("viewed 40,000 times") is a tally someone kept.
_TIMES_AFTER = re.compile(r"[^\S\n]+times\b(?![^\S\n]+(?:as|more|less|fewer|higher|lower|greater|larger|bigger|"
                          r"smaller|faster|slower|longer|shorter|the|that|over|what)\b)", re.I)
_FEW = re.compile(r"(?:[1-9]|1\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[^\S\n]+dozen)", re.I)


def _is_a_person(cited: str) -> bool:
    """Does what "according to" cites end on a word for a person ("a State Department representative",
    "the mayor"; data/voices.yaml 'groups' and 'descriptions'), not a document or a body that publishes?"""
    words = cited.split()       # (in lower case: "the state Office" is a body's name)
    return bool(words) and words[-1].islower() and words[-1] in _person_words()


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    data = load_voice_data()
    return (frozenset(data.groups) | data.descriptions) - data.documents - data.institutions - data.bodies


def absent_before(text: str, at: int) -> bool:
    """Does the sentence say the document at ``at`` is missing ("without a declaration", "no formal treaty")?"""
    return bool(_ABSENT_BEFORE.search(text, max(0, at - _CUE_REACH), at))


def _is_how_often(text: str, number: re.Match) -> bool:
    return bool(_FEW.fullmatch(number.group()) and _TIMES_AFTER.match(text, number.end()))


# An age or an amount said roughly ("twenty-something", "a hundred-odd", "40-ish", "one or two", "two or
# three"): no one counted it; "two or more" and "one in three" still give a figure.
_SMALL_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_VAGUE_AFTER = re.compile(rf"(?:[-\s](?:something|somethings|odd|ish)\b|[^\S\n]+or[^\S\n]+{_SMALL_WORDS}\b)", re.I)
_VAGUE_BEFORE = re.compile(rf"\b{_SMALL_WORDS}[^\S\n]+or[^\S\n]+$", re.I)
_TIME_OFFSET = re.compile(r"[^\S\n]+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)[^\S\n]+"
                          r"(?:earlier|later|ago|before|after|afterwards|prior)\b", re.I)
_CONSENSUS_BEFORE = re.compile(r"\b(?:was|is|were|are|be|been|in|broad|general|some|little|no|full|much|wide|"
                               r"widespread|complete|total|of)[^\S\n]+$", re.I)
# The outlet's own note ("This article has been corrected", "An earlier version ... was corrected", "Correction:"):
# a correction cue inside a sentence counts only after the page, article or version it corrects.
_OUTLETS_CORRECTION = re.compile(r"\b(?:article|story|post|report|version|piece|headline|page|text|item)[^\S\n]+"
                                 r"(?:(?:has|have|had)[^\S\n]+been|was|were|is)[^\S\n]+(?:\w+ly[^\S\n]+)?$", re.I)
# ("that review" as an object, referred back to; "this report" is as often the document the sentence speaks of)
_ANAPHOR_BEFORE = re.compile(r"\b(?:that|the[^\S\n]+same)[^\S\n]+$", re.I)
_PROCESS_BEFORE = re.compile(r"\b(?:for|under|pending|upon)[^\S\n]+$", re.I)
_REVIEW_AFTER = re.compile(r"[^\S\n]+(?:in|of|by|published|found|finds|shows|showed|concluded|says|said|reported)\b", re.I)
_LAW_AFTER = re.compile(r"[^\S\n]+of[^\S\n]+the[^\S\n]+law\b", re.I)
# "without a declaration", "without any treaty", "no report": the document word says what is missing.
_ABSENT_BEFORE = re.compile(r"\b(?:without|no)[^\S\n]+(?:(?:a|an|any|prior|formal|written|official)[^\S\n]+)*$", re.I)
_PRONOUN_BEFORE = re.compile(r"\b(?:who|he|she|it|they)[^\S\n]+(?:also[^\S\n]+|now[^\S\n]+)?$", re.I)
_ACCOUNTS_AFTER = re.compile(r"[^\S\n]+(?:of|came|come|began|started|poured|arrived|reached)\b", re.I)
# ("three things are happening", "two reasons"; "six figures": a size in digits, not a count)
_LIST_AFTER = re.compile(r"[^\S\n]+(?:(?:other|more|main|key|simple|big|important)[^\S\n]+)?"
                         r"(?:things|ways|reasons|steps|lessons|questions|points|tips|rules|options|ideas|figures)\b", re.I)


def _inside_quotation_marks(content: str, sentence_start: int, at: int) -> bool:
    """Does a quotation that opened earlier in the sentence run on at ``at`` (curly marks, or an odd number of
    straight ones)?"""
    before = content[sentence_start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def is_correction_note(content: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the correction word at ``content[start:end]`` the outlet's own note ("Correction:", "This article has
    been corrected", a sentence that opens on it), not a deed in the story ("has not corrected the error")?"""
    # ("Correction:" heads a note; "Clinton quickly corrected:" and "the Filial Correction:" do not)
    heading = content.startswith(":", end) and content[start:start + 1].isupper() and \
        not _CAPITALISED_BEFORE.search(content, max(sentence_start, start - _CUE_REACH), start)
    return bool(_OUTLETS_CORRECTION.search(content, max(sentence_start, start - _CUE_REACH), start)
                or not content[sentence_start:start].strip(" “\"‘'(*_[") or heading)


def is_a_cue_at(content: str, sentence: Sentence, start: int, end: int, kind: str) -> bool:
    """Is the word at ``content[start:end]`` a cue of ``kind`` there ("three seasons"), not a word that only
    looks like one ("three things", "page nine")? For a task that quotes the clause around a claim's cue."""
    return not _looks_like_a_cue_only(content, sentence, start, end, kind)


def _looks_like_a_cue_only(content: str, sentence: Sentence, start: int, end: int, kind: str) -> bool:
    """Cue words that are not what their kind needs: a month name that is the modal "may" or the verb
    "march", or "according to" someone's vision rather than to a source ("according to their plan")."""
    if kind == "correction" and not is_correction_note(content, sentence.start, start, end):
        return True     # "the teacher has not corrected the error": someone in the story, not the page's note
    if kind == "document" and _PRONOUN_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start) and \
            content[start:end].lower() in ("studies", "reports", "surveys", "documents"):
        return True     # "a physician who studies blood doping", "she reports from Kyiv": a verb, no document
    if kind == "document" and content[start:end].lower() == "reports" and _ACCOUNTS_AFTER.match(content, end):
        return True     # "37 reports of lids opening", "the first reports came in": accounts received, no document
    if kind == "number" and _FEW.fullmatch(content, start, end) and _TIMES_AFTER.match(content, end):
        return True         # "stopped three times": how often, not a figure (see ``_is_how_often``)
    if kind == "number" and content[start:end].isalpha() and _LIST_AFTER.match(content, end):
        return True     # "three things are happening", "two reasons": the writer's own list, no count to trace
    if kind == "number" and (_VAGUE_AFTER.match(content, end) or _VAGUE_BEFORE.search(content, max(0, start - 16), start)):
        return True     # "a twenty something clerk", "a hundred-odd", "one or two boats": no count to trace
    if kind == "date" and _NOT_A_DAY_AFTER.match(content, end):
        return True     # "Sunday school", "the Sunday Times": a weekday that dates nothing
    if kind == "date" and content[start:end].lower() in ("may", "march"):
        # (a window around the word, not the whole sentence: every "may" of a long sentence is looked at)
        left = max(sentence.start, start - _CUE_REACH)
        return not is_date_word(content[left:min(sentence.end, end + _CUE_REACH)], start - left, end - left)
    if kind == "document" and content[start:end].lower().startswith("according"):
        return bool(_ACCORDING_TO_A_VIEW.match(content, end))
    if kind == "document" and content[start:end].lower() == "agreement" and \
            _CONSENSUS_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "there was agreement in the meeting", "broad agreement": people agreeing, no document
    if kind == "document" and content[start:end] in ("Review", "Reviews", "Letter", "Letters") and \
            content[sentence.start:start].strip(" “\"‘'(*_") and content[start - 1:start] not in "“\"‘'":
        return True     # "the Regional Office for Licence Review", "Coastal Journal Letters": a name's
    if kind == "document" and content[start:end].lower() in ("review", "reviews") and \
            (not _REVIEW_AFTER.match(content, end) or _PROCESS_BEFORE.search(content, max(sentence.start, start - 12), start)):
        return True     # "for review", "a methodical review and": a process, not a document ("a review of 40 studies found")
    if kind == "document" and _inside_quotation_marks(content, sentence.start, start):
        return True     # “We sent the mayor a letter ...,” she said: the speaker's words, not a document cited
    if kind == "document" and content[start:end].lower() == "letter" and \
            (_LAW_AFTER.match(content, end) or content[max(sentence.start, start - 7):start].lower() == "to the "):
        return True     # "the letter of the law", "followed it to the letter": no letter anyone wrote
    if kind == "document" and _ANAPHOR_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start) and \
            re.search(rf"\b{re.escape(content[start:end])}\b", content[:sentence.start], re.I):
        return True     # "The board did not mention that review": the review cited before, not a new document
    if kind == "document" and _ABSENT_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "they came without a declaration", "no report": a document that is not there to find
    if kind == "number" and content[start:end].isalpha() and \
            _PART_OF_A_DOCUMENT.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "on page nine", "Chapter Three": the number of a part of a document, as with digits
    if kind == "document" and _NOT_YET_PUBLISHED.match(content, end):
        return True     # "the tender documents would be published next month": no document to find yet
    if kind == "document" and content[start:end].lower() == "minutes":
        # "30 minutes", "minutes later": a length of time; "the minutes of the meeting" is the document
        return not (_MINUTES_AS_RECORD_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start)
                    or _MINUTES_AS_RECORD_AFTER.match(content, end))
    if kind == "number" and content[start:end][:1].isupper() and content[start:end].isalpha() and \
            start > sentence.start and (start - sentence.start > 8 or content[sentence.start:start].strip(" “\"‘'(*_")):
        return True     # "One" or "Ten" inside a sentence is a name's ("Uranium One", "the Ten Commandments")
    if kind == "event" and _NO_DEED_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "he wants to impose", "they could send": what someone wants or might do, no deed
    if kind == "number" and _FAMILY_AFTER.match(content, end) and \
            _POSSESSIVE_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "his two sons", "their three children": a family's size is not worth checking
    if kind == "number" and _PARENT_OF.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "a father of seven", "mother of three": who someone is, no count to trace
    if kind == "number" and _TIME_OFFSET.match(content, end):
        return True     # "three days earlier" places something in time: a date to work out, not a count
    if kind == "number" and content[start:end].lower() == "one" and \
            (_ONE_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start) or _ONE_AFTER.match(content, end)):
        return True
    if kind == "document" and content[start:end].lower() in _DOCUMENT_VERBS and \
            _VERB_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "founded to study", "will report": a verb, no document
    if kind == "number" and content[start:end].isalpha() and \
            _DEFINITE_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "the two speakers", "both sides": things the text has named, not a count to check
    if kind == "number" and content[start:end].isalpha():
        # A number word in a compound counts nothing ("a three-front war", "the two-state solution"),
        # unless it measures time or distance ("a three-year sentence").
        return content.startswith("-", end) and not _MEASURE_AFTER_HYPHEN.match(content, end)
    return False


def _checks_by_sentence(source: Source, sentences: list[Sentence], checks) -> dict[int, list]:
    """Sentence number -> the known checks (in file order) with a cue group whose terms all occur in
    that sentence. Looked up in the body's word index: searching every sentence for every check's
    terms cost more than the rest of claim detection together."""
    index = term_index(source)
    starts = [s.start for s in sentences]
    found: dict[int, list] = {}
    for check in checks.checks:
        matched: set[int] = set()
        for group in check.cues:
            per_term = [index.units_with(term, sentences, starts).keys() for term in group]
            matched |= set.intersection(*(set(hits) for hits in per_term))
        for number in matched:
            found.setdefault(number, []).append(check)
    return found


def _kinds_of(text: str, checks, cue_words: dict[int, list[str]],
              biography: bool = False) -> tuple[list[str], list[str]]:
    kinds: list[str] = []
    cues: list[str] = []
    # Not the digits of a model or product name ("T-34-85", "COVID-19"; ``numbers``), nor a bio's years.
    found_numbers = [m for m in numbers(text) if not (biography and _YEAR_ONLY.fullmatch(m.group()))]
    if not cue_words and not found_numbers:
        return kinds, cues          # nothing for any kind to find (about half the sentences)
    # A year dates something; it counts nothing ("the 2024 field" is no figure to trace). A year that
    # names a thing ("the 2024 field", "the GOP's 2024 primary") dates no event of the sentence either.
    years = [m.group() for m in found_numbers if _YEAR_ONLY.fullmatch(m.group()) and not _names_a_thing(text, m)]
    # A day of the month ("June 23", "Sept. 25", "before Jan. 10") dates something too: it counts nothing.
    days = [m for m in found_numbers if _is_a_day(text, m)]
    years += [" ".join(text[_MONTH_BEFORE.search(text, 0, m.start()).start():m.end()].split()) for m in days]
    # ... and so does a day written before its month ("on 3 March", "the 9 June storm").
    days_first = {m: day_before_its_month(text, m) for m in found_numbers if day_before_its_month(text, m)}
    years += list(days_first.values())
    # A year cut to two digits ("ordained in ’78") dates something as a year does.
    short_years = [m for m in found_numbers if _is_a_short_year(text, m)]
    years += [text[m.start() - 1:m.end()] for m in short_years]
    # A day written as an ordinal ("on September 28th", "July 1st") and a time counted from another date
    # ("three days earlier") date something too.
    years += [" ".join(m.group().split()) for m in _MONTH_ORDINAL.finditer(text)]
    years += [" ".join(m.group().split()) for m in _OFFSET_PHRASE.finditer(text)]
    # A period up to now ("in the last 24 hours", "for the past 20 years") places the event in time: its
    # number is no figure, and the phrase finds nothing in a search.
    periods = list(_PERIOD_PHRASE.finditer(text))
    # A time of day ("at 9:59 p.m.") counts nothing, and no one "counted or measured" it.
    clock_times = [t for t in _CLOCK_TIME.finditer(text) if _is_clock_time(t)]
    how_often = [m for m in found_numbers if _is_how_often(text, m)]
    counts = [m.group() for m in found_numbers if not _YEAR_ONLY.fullmatch(m.group()) and m not in days
              and m not in days_first and m not in short_years and not _TIME_OFFSET.match(text, m.end())
              and not _VAGUE_AFTER.match(text, m.end())
              and not _PART_OF_A_DOCUMENT.search(text, max(0, m.start() - 12), m.start())
              and not any(t.start() <= m.start() < t.end() for t in (*clock_times, *periods))
              and not _inside_a_name(text, m) and not _is_an_age(text, m) and m not in how_often]
    # A dateline's day ("Feb 9 (Reuters) -") is when the report was filed, not a date the sentence claims.
    dateline = _DATELINE.match(text)
    if dateline:
        years = [y for y in years if y not in dateline.group()]
    for kind_number, claim_kind in enumerate(checks.claim_kinds):
        found = cue_words.get(kind_number, [])
        if claim_kind.digits:
            found = _figures_as_written(text, counts, found)
        if claim_kind.years:
            found = found + years
        if found and claim_kind.needs_quote_marks and not (quoted_words(text) or _OPENS_A_QUOTE.search(text)
                                                           or _CLOSES_A_QUOTE.search(text)):
            found = []
        if found and claim_kind.needs_quote_marks:
            # What to check is the words quoted, not the verb that reports them ("said", "told")
            found = [_quoted_opening(text) or found[0]]
        if found and claim_kind.kind == "document":
            cited = {f: _source_cited(text, f) for f in found if f.lower() == "according to"}
            people = [source for source in cited.values() if _is_a_person(source)]
            found = [cited.get(f, f) for f in found if cited.get(f) not in people]
            if people and not found:
                # "according to a State Department representative": someone's words, told not quoted;
                # what they said is on their record, no document holds it
                kinds.append("reported")
                cues.extend(f"according to {source}" for source in people)
                continue
        if found and claim_kind.kind == "event" and kinds:
            continue        # a figure's or a document's claim: "announced", "entered" add nothing to check
        if found:
            kinds.append(claim_kind.kind)
            cues.extend(_without_parts([" ".join(f.split()) for f in found]))
    return kinds, cues


_DATELINE = re.compile(rf"^\W*(?:[A-Z][A-Z .,-]{{2,40}}[^\S\n]*)?(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?"
                       r"[^\S\n]+\d{1,2}[^\S\n]*(?:,[^\S\n]*\d{4}[^\S\n]*)?\([A-Z][\w .]{1,25}\)[^\S\n]*[-—–]")
# A time of day: hours and minutes with "a.m.", "p.m." or a time zone after them, or "at" before them
# ("at 10:05"). Bare "3:1" may be a score or a ratio, and "3:16" a verse: those stay numbers.
_CLOCK_TIME = re.compile(r"(?:\b(?:at|by|until|till|before|after|from|around|about|shortly)[^\S\n]+)?"
                         r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])"
                         r"(?:[^\S\n]*(?:[AaPp]\.?[^\S\n]?[Mm]\b\.?|GMT\b|UTC\b|[ECMP][SD]T\b|local[^\S\n]+time\b))?")
# "Chapter 8", "Section 230", "page 12": the number of a part of a document, which counts nothing.
_PART_OF_A_DOCUMENT = re.compile(r"\b(?:[Cc]hapter|[Ss]ection|[Aa]rticle|[Pp]aragraph|[Pp]age|[Cc]lause|[Vv]olume|"
                                 r"[Vv]ol\.|[Pp]art|[Aa]mendment|[Ff]ootnote|[Aa]nnex|[Tt]itle)\s+$")
_MONTH_ORDINAL = re.compile(rf"\b(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?[^\S\n]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b|"
                            # "the 7th of October"
                            rf"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[^\S\n]+of[^\S\n]+(?:{'|'.join(MONTHS)})\b|"
                            # "the twenty-ninth of August", "on the first of May": a day written in words
                            rf"\b(?i:(?:twenty|thirty)-)?(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            rf"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                            rf"twentieth|thirtieth)[^\S\n]+of[^\S\n]+(?:{'|'.join(MONTHS)})\b")
_OFFSET_PHRASE = re.compile(r"\b(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[^\S\n]+few|"
                            r"several)" + _TIME_OFFSET.pattern, re.I)
_PERIOD_PHRASE = re.compile(r"\b(?:in|over|for|during|within|throughout)[^\S\n]+the[^\S\n]+"
                            r"(?:last|past|next|coming|previous|following)[^\S\n]+"
                            r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[^\S\n]+few|several)"
                            r"[^\S\n]+(?:hours|days|weeks|months|years|decades|centuries)\b", re.I)


def _correction_headings(source: Source, checks) -> dict[int, str]:
    """Paragraph numbers that follow a short heading such as "Correction:", with the heading word."""
    correction = next((k for k in checks.claim_kinds if k.kind == "correction"), None)
    result: dict[int, str] = {}
    if correction is None:
        return result
    for paragraph in source.paragraphs:
        text = source.paragraph_text(paragraph.number).strip(" *_:")
        if len(text.split()) <= 3 and any(p.fullmatch(text) for p in correction.patterns):
            result[paragraph.number + 1] = text
    return result


def _first_in_paragraph(sentence: Sentence, sentences: list[Sentence]) -> bool:
    return next(s for s in sentences if s.paragraph == sentence.paragraph) == sentence
