"""The attribution patterns built from the data: a speaker before its verb ("Western officials said"),
after it ("..., said Blinken"), participles, phrases ("according to ..."), documents and transcripts.

They are built once per data (``_patterns``); the helpers that run them only where they can match
(``_attributions_before`` and the others) live here with them, as the tests compare them with the
plain patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .data import Verb, VoiceData
from .names import _NAME, _NAME_REST, _NAME_WORD, _TITLES, _capitals


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
# A name may open with a number: a broadcaster's or a programme's ("9 News Australia", "60 Minutes", "7News"),
# never a year's, an amount's or a date's ("2016 Trump", "$5 Million", "9 March", "On May 5 Roe said").
_AFTER_NO_MONTH = "".join(rf"(?<!{re.escape(month)}[^\S\n])" for month in _MONTHS)
_NUMBER_OPENING = (rf"(?:{_AFTER_NO_MONTH}\d(?<![\w$€£.,/-]\d)\d?(?<![\w$€£.,/-]\d\d)[^\S\n]?(?!(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|"
                   r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=[A-Z][a-z]))")
# (Only a speaker before its verb and a document's maker may open with a number: in every pattern, the
# number's branch cost 1 ms per text.)
_NUMBERED_NAME = rf"{_NUMBER_OPENING}{_NAME_WORD}{_NAME_REST}"
# An unnamed speaker: a determiner, up to four words, and a group noun ("a senior U.S. defense official").
_DETERMINERS = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]op|[Ss]enior)"
_AUX = (r"(?:\s+(?:has|have|had|also|again|repeatedly|reportedly|now|then|later|once|first|even|still|just|already|"
        r"(?:is|are|was|were|been)(?=(?:\s+(?:now|also|still|again|already|\w+ly))*\s+[a-z]+ing\b)|continues to|continue to|"
        r"did|does|do|will|would|could|can|may|might|must|should|not|never|both|all|\w+ly|earlier|"
        r"itself|himself|herself|themselves|overall|polled|surveyed|"
        r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
        r"today|yesterday|since|(?:last|this)\s+(?:week|month|year)|"
        r"in\s+a\s+statement|in\s+an\s+interview|"
        r"(?:in|on)\s+(?:a|an|his|her|their|its)\s+(?:[A-Z][\w-]*\s+|new\s+|recent\s+|radio\s+|television\s+|TV\s+|"
        r"campaign\s+)?(?:post|op-ed|letter|email|e-mail|tweet|blog\s+post|speech|statement|interview|memo|video|"
        r"column|essay|book|appearance)|on\s+(?:Twitter|Facebook|Instagram|Fox\s+News|CNN|MSNBC)))*")
# A dot that ends no sentence: a title's ("Mr. Romney"), an initial's ("John F. Kennedy"), or an abbreviated
# state's or party label's before a comma ("R-Ky.,", "R-Calif.,", "of Huntsville, Ala., says").
_INNER_DOT = (r"(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSen)|(?<=\bRep)|(?<=\bGov)|(?<=\bSt)|(?<=\bJr)|"
              r"(?<=\b[A-Z])(?<!\bon X))\.(?=[^\S\n]*[A-Z,])|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3})|(?<=\b[A-Z][a-z]{4}))\.(?=,)|"
              r"(?<=\bNo)\.(?=[^\S\n]*\d)|(?<=\b[A-Z])\.(?=-[a-z])")     # ("the D.C.-based group")
# Between a speaker and the verb: a party label in brackets ("(R-Ohio)"), and one to three parts between
# commas ("Roe, 35, the daughter of ..., said") or one between dashes. A part that opens with "and" or
# "or" and a name names a second person, who speaks ("Jo Roe, the chair, and Sam Lee, who wants").
# (Two apostrophes close a quotation in some papers: an apposition never holds them.)
_APPOSITION = (r"(?:[^\S\n]*\([^()\n]{1,40}\),?)?"
               rf"(?:(?:,(?![^\S\n]+(?:and|or)[^\S\n]+[A-Z])(?:[^,.;:“”\"'\n]|'(?!')|{_INNER_DOT}){{1,200}}){{1,3}},|[^\S\n]+(?:[—–]|--)[^.;:“”\"—–\n]{{1,120}}?(?:[—–]|--)|,)?")
_PARTICIPLES = ("admitting", "insisting", "claiming", "warning")     # "While insisting that ..., X declared"
# What no "Name, who ..., said" attribution spans: its speaker is a name, a group or a pronoun, and the
# apposition stops at these marks. A name holds a '.' only before a letter ("U.S"), so one that ends a
# sentence is a stop too.
_STOP_MARKS = ";:“”\""


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern                  # "Jens Stoltenberg said", "Western officials have also repeated"
    stops_and_verbs: re.Pattern | None  # where ``before`` can match, see _attributions_before
    after: re.Pattern                   # "...", said Blinken
    participle: re.Pattern              # "Insisting that ..."
    phrases: tuple[tuple[re.Pattern, str], ...]
    documents: re.Pattern | None = None  # "A new CNN/ORC poll released Sunday shows ..."
    colon: re.Pattern | None = None      # "JAKE TAPPER: ...", "Ann Coulter: ..." at a line's start
    document_hint: re.Pattern | None = None  # where ``documents`` can match: a document noun, then its verb
    passive: re.Pattern | None = None    # "Rubio was asked by moderator Gerard Baker": who asked follows "by"
    apposition_verb: re.Pattern | None = None   # a name and a plain attribution verb inside an apposition
    group_phrase: re.Pattern | None = None      # "Critics of the plan said", "Doctors at the clinic warn"
    group_hint: re.Pattern | None = None        # where ``group_phrase`` can match: a group noun, then "of", "in" ...


@lru_cache(maxsize=4)
def _patterns(data: VoiceData) -> _Patterns:
    verbs = _by_first_letter([_verb_regex(v) for v in data.verbs] + _headline_verbs(data))
    speaker = rf"(?:{_nation_title_regex(data)}{_share_regex(data.groups)}|{_unnamed_regex(data.groups)}|{_owned_regex(data.groups)}|{_speaker_regex(data.groups)}|{_NUMBERED_NAME}|{_NAME}{_MEDIUM}?|\b(?:he|she|He|She)\b)"
    before = re.compile(rf"{_speaker_start(data.groups)}{_not_a_speaker(data)}(?P<speaker>{speaker})"
                        rf"(?P<apposition>{_APPOSITION})(?:\s+who)?{_AUX}\s+(?P<verb>{verbs})\b")
    # (A verb or group written with a stop mark could span it: then the whole body is searched.)
    words = (*data.groups, *(v.form for v in data.verbs))
    spans_stops = any(mark in word for word in words for mark in _STOP_MARKS + ".")
    # A stop or white space and a verb, read as (?P<stop>[{_STOP_MARKS}]|\.(?!\w))|\s(?:{verbs})\b, where
    # the dot of a title ("Sen.") is no stop. Written to start with the class of their first characters,
    # which lets the regex engine skip to those characters (it tries the pattern at every position
    # otherwise); the look-backs then pick the branch.
    stops_and_verbs = None if spans_stops else re.compile(
        rf"[{_STOP_MARKS}.\s](?:(?P<stop>(?<=[{_STOP_MARKS}])|(?<=\.){_NOT_A_TITLE_DOT}(?!\w))|(?<=\s)(?:{verbs})\b)")
    # (Never "told": "..., told ABC News" names who was told.)
    said = _by_first_letter([_verb_regex(v) for v in data.verbs
                             if not v.position and v.form not in _TOLD and v.form not in _NOT_INVERTED])
    # (A role before the name, set off by a comma: "..., said Rubio's deputy campaign manager, Rich Roe.")
    after = re.compile(rf"(?:[,“”\"]|'')\s*(?P<verb>{said})[^\S\n]+(?P<speaker>"
                       rf"(?:(?:the|a|an)[^\S\n]+)?(?:{_NAME}['’]s?[^\S\n]+)?(?:[a-z][\w’'-]*[^\S\n]+){{0,3}}"
                       rf"(?:{_NAME}[^\S\n]+)?[a-z][\w-]*,"
                       rf"[^\S\n]+{_NAME}(?<!\b[A-Z])(?=,|\.(?:\s|$)|$|[^\S\n]+of\b)|{_unnamed_regex(data.groups)}|"
                       rf"(?:{_NAME}[^\S\n]+)?(?:(?!{_NOT_BEFORE_NAME})[a-z][\w-]*[^\S\n]+){{0,4}}{_NAME}{_MEDIUM}?){_AFTER_NAME}")
    # (Opening its sentence: "Insisting that ..., Roe declared"; never "Lee was blunt, claiming that Roe wanted ...".)
    participle = re.compile(rf"\b(?:While\s+|(?=[A-Z]))(?P<verb>(?i:{'|'.join(_PARTICIPLES)}))\b")
    past = _by_first_letter([re.escape(v.form) for v in data.verbs      # ("threatened by China": no position)
                             if re.fullmatch(r"[a-z]+ed", v.form) and v.form not in _NOT_PASSIVE and not v.position])
    # ("were told by Carla Roe": the teller speaks, as the asker of "asked by" does.)
    passive = re.compile(rf"\b(?P<verb>(?:{past}|Asked)(?<=ed)|told)[^\S\n]+by[^\S\n]+(?P<speaker>{_unnamed_regex(data.groups)}|"
                         rf"(?:{_NAME}[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){{0,4}}{_NAME}){_AFTER_NAME}") if past else None
    phrases = []
    for pattern, kind in data.phrases:
        parts = re.split(r"(\{speaker\}|\{verb\})", pattern)
        # A speaker with words after it ("in a {speaker} poll") is a name of a few words: "in a race that
        # saw Bush slip in the poll" names no pollster. One that ends the pattern runs to the clause's end.
        inner = r"(?:[^:.,;(“\"\s]|\.(?=\w))+(?:[^\S\n]+(?:[^:.,;(“\"\s]|\.(?=\w))+){0,6}?"
        regex = "".join(
            (rf"(?P<speaker>(?:[^:.,;(“\"\n]|\.(?=\w)|{_INNER_DOT}){{2,150}}?)" if pattern.endswith("{speaker}") else
             rf"(?P<speaker>{inner})") if p == "{speaker}" else rf"(?P<verb>{verbs})" if p == "{verb}"
            else re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") + (r"(?:s|ing)?\b" if p[-1:].isalpha() else "")
            for p in parts)
        if pattern.endswith("{speaker}"):
            # The speaker runs to the end of the clause, which no title's or initial's dot ends ("Mr. Roe").
            regex += rf"(?=\s*(?:[,;:()]|(?!{_INNER_DOT})\.(?!\w))|\s*$)"
        phrases.append((re.compile(regex), kind))
    # A document noun, also capitalised in a pollster's name ("a new Harbour Post/Northland College Poll finds").
    nouns = "|".join(f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}" for n in sorted(data.documents))
    plurals = "|".join(re.escape(n) for n in sorted(data.documents) if n.endswith("s") and n not in ("analysis",))
    capital_plurals = "|".join(re.escape(n.capitalize()) for n in sorted(data.documents)
                               if n.endswith("s") and n not in ("analysis",))
    documents = re.compile(
        # ("that" before an article is a conjunction: "argued that the board's own data suggested".)
        rf"(?P<speaker>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat(?![^\S\n]+(?:the|a|an|his|her|its|their)\b)|[Nn]ew|[Ee]xit|[Rr]ecent|[Ll]atest|[Ss]everal|[Tt]wo)[^\S\n]+(?:(?!(?:that|which|who|saying)\b)(?:[\w/&'’-]|\.(?=\w))+[^\S\n]+){{0,6}}?(?:{nouns})"
        # (Or its maker's name and a plural noun, with no article: "Federal Election Commission records show".)
        # (An acronym or two capitalised words: "Early polls show" names no maker.)
        rf"|(?<![\w’'-])(?:(?:[A-Z]\.){{2,}}|[A-Z]{{2,}}[\w/-]*|[A-Z][\w-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w-]*)+)"
        rf"[^\S\n]+(?:{plurals})"
        # (Or a plural noun opening its clause that a place or a date identifies: "Polls in Ohio show".)
        rf"|(?<![\w’'-])(?:{capital_plurals})(?=[^\S\n]+(?:in|from|released|conducted|taken)[^\S\n]+[A-Z])"
        # (Or a day's or a month's document: "Tuesday's results show".)
        rf"|(?<![\w’'-]){_DAY_OR_MONTH}['’]s[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{nouns}))"
        r"(?P<apposition>,?[^\S\n]+(?:released|conducted|published|taken|by|from|of|for|in|last|this|on|out)\b"
        rf"[^.;:“”\"\n]{{0,80}}?,?)?[^\S\n]+(?:(?:have|has|had|also)[^\S\n]+)?(?P<verb>{_DOCUMENT_VERB})\b"
    ) if data.documents else None
    document_hint = re.compile(
        rf"\b(?:{nouns})\b[^.;:“”\"\n]{{0,90}}?\b(?:{_DOCUMENT_VERB})\b") if data.documents else None
    # At a line's start, or after a dash when a quotation follows the colon ("TOO EARLY - Jon Cohen: “...").
    colon = re.compile(rf"(?m)(?:^[ \t>*_]*|[^\S\n][-—–][^\S\n]+(?=[^:\n]{{2,60}}:[^\S\n]*[“\"]))"
                       rf"(?P<speaker>{_NAME})(?:[^\S\n]*\([^()\n]{{1,30}}\))?:[^\S\n]")
    plain = _by_first_letter([re.escape(v.form) for v in data.verbs if not (v.ambiguous or v.position or v.before)
                              and re.fullmatch(r"[a-z]+", v.form) and not v.form.endswith("ing")])
    # (A part set off by commas that opens with a capital and holds the verb: "..., Senator Roe endorsed";
    # not "Roe, who on Tuesday endorsed Lee, said".)
    apposition_verb = re.compile(rf",[^\S\n]+[A-Z][^,]*?[^\S\n](?:{plain})\b")
    return _Patterns(before, stops_and_verbs, after, participle, tuple(phrases), documents, colon, document_hint,
                     passive, apposition_verb, *_group_phrase_regexes(data))


def _group_phrase_regexes(data: VoiceData) -> tuple[re.Pattern, re.Pattern]:
    """A group with a phrase in lower case after it, before its verb: "Critics of the plan said", "Residents of
    the town said", "Doctors at the clinic warn that". ``before`` takes a speaker right before its verb, so
    it never reaches past the phrase; a phrase with a capital is a name's ("Health officials in Harbour
    County say"), which ``before`` finds and the group before it claims. Also the pattern of where it can
    match (see ``_groups_with_a_phrase``)."""
    nouns = [g for g in data.groups if g not in data.documents and g not in data.institutions]
    hint = re.compile(rf"(?<![\w’'-])(?:{_by_first_letter([re.escape(g) for g in nouns])}|"
                      rf"{_by_first_letter([re.escape(g.capitalize()) for g in nouns])})"
                      r"[^\S\n]+(?:of|in|at|from|on)[^\S\n]")
    nouns = "|".join(f"[{g[0]}{g[0].upper()}]{re.escape(g[1:])}" for g in nouns)
    # (Not "show": "former host of the reality show" is a noun; documents show, people say.)
    verbs = _by_first_letter([_verb_regex(v) for v in data.verbs if not v.form.startswith("show")])
    word = rf"(?!(?:{_PHRASE_ENDS})\b)[a-z][\w’'-]*"
    # (A word before the group describes it: never a link, a verb or a clause's opening, "when a member of ...".)
    forms = _by_first_letter(sorted({re.escape(v.form) for v in data.verbs if re.fullmatch(r"[a-z]+", v.form)}))
    describing = rf"(?!(?:{_LINKS}|{_MODALS}|{_PHRASE_ENDS}|{_CLAUSE_OPENERS}|{forms})\b)[\w-]+"
    return re.compile(rf"(?<![\w’'-]){_not_a_speaker(data)}(?P<speaker>(?:{_SHARE}[^\S\n]+|{_DETERMINERS}[^\S\n]+)?"
                      rf"(?:{describing}[^\S\n]+){{0,2}}?(?:{nouns})[^\S\n]+(?:of|in|at|from|on)[^\S\n]+"
                      rf"(?:{word}[^\S\n]+){{0,3}}?(?!(?:{_ARTICLES})\b){word})(?:[^\S\n]+(?:have|has|had|also|now|"
                      rf"still|often|repeatedly))*[^\S\n]+(?P<verb>{verbs})\b"), hint


# Words that end a group's phrase: a clause ("critics of the plan who said"), a link, a verb's helper.
_PHRASE_ENDS = ("that|which|who|whom|whose|and|or|but|as|than|if|when|while|because|is|are|was|were|be|been|has|"
                "have|had|will|would|could|should|may|might|can|do|does|did|not|to")
_CLAUSE_OPENERS = "when|where|even|after|before|since|until|then|so|why|how|what|whether"
_ARTICLES = "a|an|the|his|her|its|their|this|that|these|those|some|any|our|my|your"


_TOLD = frozenset({"told", "tells", "tell", "telling"})
# A publication named with what it is: "Harbour magazine", "the Harbour daily" (its name, and a named speaker).
_MEDIUM_NOUNS = "magazine|newspaper|daily|website"
_MEDIUM = rf"(?:[^\S\n]+(?:{_MEDIUM_NOUNS})\b)"
# Words that never lead from a verb to its speaker's name: ", pledged her vote to Roe" names whom the
# vote went to; "said the former governor Jane Roe" and "added his campaign manager Jeff Weaver" do.
_NOT_BEFORE_NAME = r"(?:to|in|on|at|for|from|with|by|into|about|against|him|them|us|me|it)\b"
# Verbs whose name after them is what they act on, never who spoke: "..., endorsed Jane Roe last week",
# "..., quoted the Talmud". (On PolNeAR train, 4 of 5 such names after "endorsed" or "quoted" were objects.)
# "The event, called the Harbour Freeze, ..." names a thing: a name after "called" is never its speaker
# (PolNeAR dev: distinct speakers 0.933 -> 0.934, no source lost on train or dev).
_NOT_INVERTED = frozenset({"endorsed", "endorses", "endorsing", "quoted", "called"})
# The dot of a title ("Sen."), of an initial ("Harry M. Reid"), of "No. 2", or before a bracket or a comma
# ("(R-Ky.)", "Carthage, Ill., said") ends no sentence.
# ("on X." is the platform, once Twitter, at a sentence's end: no initial.)
_NOT_A_TITLE_DOT = ("".join(rf"(?<!\b{title}\.)" for title in _TITLES) + r"(?:(?<!\b[A-Z]\.)|(?<=\bon X\.))(?![),])"
                    r"(?!(?<=\bNo\.)[^\S\n]*\d)")
# After a speaker named after the verb ("..., said Blinken"): the clause ends or goes on with a
# preposition. "... “declared” Kiev a ..." names what was declared, not who spoke.
_AFTER_NAME = (r"(?=[^\S\n]*(?:[,.;:()—–]|$)|[^\S\n]+(?:who|of|in|on|at|to|after|when|during|from|for|about|last|this|"
               r"yesterday|today|earlier|told|said|says|and|whether|if)\b)")


def _not_a_speaker(data: VoiceData) -> str:
    """A look-ahead refusing to start a speaker at a word that opens sentences but names nobody ("After
    Russian President Vladimir Putin said" starts at "Russian"; "And on Tuesday, Kevin Brady, chairman
    of ..., said" does not take "And" for the speaker). Determiners stay: they open unnamed speakers."""
    words = sorted(w for w in data.not_speakers if re.fullmatch(r"[A-Z][\w’']*", w) and
                   not re.fullmatch(_DETERMINERS, w) and w not in _GROUP_QUALIFIERS)
    qualifiers = "|".join(sorted(_GROUP_QUALIFIERS))
    groups = "|".join(re.escape(g) for g in data.groups)
    # A party or a nation's adjective opens a group's name ("American law enforcement officials said"),
    # never a person's ("American Vladimir Putin").
    qualified = rf"|(?:{qualifiers})\b(?![^\S\n]+(?:[\w.-]+[^\S\n]+){{0,2}}(?:{groups})\b)"
    return rf"(?!(?:{_by_first_letter([re.escape(w) for w in words])})\b{qualified})" if words else ""


# Adjectives in not_speakers that may open a group's name.
_GROUP_QUALIFIERS = frozenset({"American", "Republican", "Democratic", "Democrat"})

# A share of a group: "Nine in 10", "56 percent of", "a majority of", "two-thirds of".
_SHARE = (r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Oo]nly|[Ss]ome|[Rr]oughly|[Jj]ust|[Mm]ore[^\S\n]+than|"
          r"[Ff]ewer[^\S\n]+than|[Ll]ess[^\S\n]+than)[^\S\n]+)?"
          r"(?:(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)[^\S\n]+(?:in|of|out[^\S\n]+of)[^\S\n]+(?:\d+|ten|10)|"
          r"\d[\d.,]*[^\S\n]*(?:%|percent)(?:[^\S\n]+of)?|[A-Z][a-z]+(?:-[a-z]+)?[^\S\n]+percent[^\S\n]+of|"
          r"(?:[Aa]|[Tt]he)[^\S\n]+(?:large[^\S\n]+|slim[^\S\n]+|narrow[^\S\n]+|clear[^\S\n]+)?"
          r"(?:majority|minority|plurality)[^\S\n]+of|(?:[Hh]alf|[Tt]wo-thirds|[Tt]hree-quarters)[^\S\n]+of)")


def _share_regex(groups: tuple[str, ...]) -> str:
    """A share of a group as speaker: "Nine in 10 Democratic voters", "56 percent of Cuban-Americans"
    (a group noun, or a capitalised plural, ends it)."""
    alternation = "|".join(re.escape(g) for g in groups)
    # (A determiner only after "of": "the 9% the union had demanded" is a figure, then its own speaker.)
    return (rf"(?<![\w’'-]){_SHARE}[^\S\n]+(?:(?<=of[^\S\n])(?:the|all|those)[^\S\n]+)?(?!(?:the|its|their)[^\S\n])"
            rf"(?:[\w’'-]+[^\S\n]+){{0,4}}?"
            rf"(?:(?:{alternation})\b|[A-Z][\w-]*s\b)")


def _unnamed_regex(groups: tuple[str, ...]) -> str:
    """A determiner, up to four words and a group noun: "a senior U.S. defense official"."""
    alternation = "|".join(re.escape(g) for g in groups)
    # (The words between never include a preposition: "an increasing concern amongst experts" is no
    # description of the experts.)
    # (Two roles joined by "and" are one speaker's: "the Harbour senator and Republican presidential candidate".)
    return (rf"(?<![\w’'-]){_DETERMINERS}[^\S\n]+(?:(?!(?:{_PREPOSITIONS})\b)[\w.’'-]+[^\S\n]+){{0,4}}?"
            rf"(?:{alternation})\b(?:[^\S\n]+and[^\S\n]+(?:(?!(?:{_PREPOSITIONS}|the|a|an)\b)[\w.’'-]+[^\S\n]+){{0,3}}?"
            rf"(?:{alternation})\b)?")


_PREPOSITIONS = "among|amongst|between|about|like|including|over|under"


def _nation_title_regex(data: VoiceData) -> str:
    """"The French president", "the German chancellor": "the", a nation's adjective and a title one person holds
    in each nation (never "the former French president"), and a branch separator; empty without such titles."""
    if not data.nation_titles or not data.demonyms:
        return ""
    nations = "|".join(re.escape(d) for d in sorted(data.demonyms))
    titles = "|".join(re.escape(t).replace(r"\ ", r"[^\S\n]+") for t in data.nation_titles)
    return rf"(?<![\w’'-])[Tt]he[^\S\n]+(?:{nations})[^\S\n]+(?:{titles})\b|"


@lru_cache(maxsize=4)
def _nation_title(data: VoiceData) -> re.Pattern:
    """``_nation_title_regex`` alone, for a speaker read whole."""
    return re.compile(_nation_title_regex(data)[:-1] or r"(?!)")


def _owned_regex(groups: tuple[str, ...]) -> str:
    """A name owning a group: "O’Malley’s campaign", "Trump's aides"."""
    alternation = "|".join(re.escape(g) for g in groups)
    # (Up to three lower-case words between: "Roe's campaign manager", "Lee's top aides".)
    return rf"{_NAME}['’]s?[^\S\n]+(?:(?!(?:{_LINKS})\b)[a-z][\w-]*[^\S\n]+){{0,3}}?(?:{alternation})\b"


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation of regular expressions, grouped by a first letter they share: "s(?:aid|ays)|told".
    The regex engine tries the branches of an alternation one by one at every position it gets to;
    grouped, it tries only those that start with the letter there. A match is the same: alternatives
    keep their order, and (case mattering) alternatives starting with different letters never match at
    one position."""
    grouped: dict[str, list[str]] = {}
    for alternative in alternatives:
        # An alternative that does not start with a letter or digit is a group of its own.
        key = alternative[0] if alternative[:1].isalnum() else alternative
        grouped.setdefault(key, []).append(alternative)
    return "|".join(members[0] if len(members) == 1 else
                    f"{key}(?:{'|'.join(member[len(key):] for member in members)})"
                    for key, members in grouped.items())


# Words that join clauses, never describe a group: "Trump and voters", "Clinton said officials".
# Modal verbs and adverbs, which never describe a group: "Republicans can reasonably campaign, saying".
_MODALS = r"can|could|will|would|may|might|must|should|shall|\w+ly"
_LINKS = "and|or|but|of|in|on|at|to|for|from|with|by|said|says|told|the|a|an|that|who|which|as|than|is|are|was|were"


def _speaker_regex(groups: tuple[str, ...]) -> str:
    r"""An unnamed group as speaker, with a capitalised word before it or not: "Western officials",
    "experts", never the end of a longer word ("eyewitnesses"). Read as
    (?:[A-Z][\w-]*\s+|(?<![\w-]))(?:groups)\b; written as two branches, which the regex engine
    tries faster at positions where neither can start (the word never ends in white space, so giving
    back its letters never helps, hence *+)."""
    alternation = "|".join(re.escape(g) for g in groups)
    return rf"[A-Z][\w.-]*+\s+(?:[A-Z][\w.-]*+\s+){{0,2}}(?:(?!(?:{_LINKS}|{_MODALS})\b)[a-z][\w-]*+\s+){{0,2}}(?:{alternation})\b|(?<![\w-])(?:{alternation})\b"


# A speaker starts a word, never inside one ("comScore"); a live blog's time glued to a name starts it
# ("9:52PMJane Roe Says").
_WORD_START = r"(?:(?<![\w-])|(?<=\d[AP]M))"     # (not after a hyphen: "anti-Harbourite who accused")


def _speaker_start(groups: tuple[str, ...]) -> str:
    """A look-ahead for the first character of any speaker in ``before``: a capital (a name, or a word
    before a group), the first letter of a group, or of he/she. Most positions fail this one test
    instead of each branch of the speaker (0.15 ms per text)."""
    first = sorted({"h", "s", "H", "S", "a", "A", "t", "T", "o", "O", "f", "F", "m", "M", "n", "r", "j", "l"}
                   | {g[0] for g in groups})
    return rf"{_WORD_START}(?=[A-Z0-9{''.join(re.escape(c) for c in first)}])"     # (digits and "nearly": shares)


def _headline_verbs(data: VoiceData) -> list[str]:
    """Verbs as a headline writes them ("Clinton Says Crash Seems ..."): a capital, one word, never one
    that is also a noun (ambiguous) nor a participle ("Warning", "Calling" open sentences)."""
    return [re.escape(v.form[0].upper() + v.form[1:]) for v in data.verbs
            if not v.ambiguous and not v.before and v.form.isalpha() and v.form.islower() and not v.form.endswith("ing")]


def _verb_regex(verb: Verb) -> str:
    regex = re.escape(verb.form).replace(r"\ ", r"\s+")
    if verb.before:
        # "plans to", "is pushing for": the word that makes the form a stance, not a noun or an act.
        regex += rf"(?=\s+(?:{'|'.join(re.escape(w) for w in verb.before)})\b)"
    if verb.not_before:
        regex += rf"(?!\s+(?:{'|'.join(re.escape(w) for w in verb.not_before)})\b)"
    if verb.form.endswith("ed"):
        regex += r"(?![^\S\n]+by\b)"     # "Johnson, supported by 13 percent": a passive, whose speaker follows
    if not verb.ambiguous:
        return regex
    # A past tense also at the end of a sentence ("Voters like the plan, Gallup found."), never a noun
    # there ("the Baltic states.").
    past = verb.form.endswith("ed") or verb.form in ("found", "thought")
    # "concluded this month that"; a pronoun opening the clause marks a verb too ("Roe claims he is worth").
    # (A present tense before a determiner is a verb too: "Roe notes the foundation hid ...".)
    determiner = _DETERMINER_AFTER if verb.form.endswith("s") else ""
    # ("The Harbour Post reports Roe will ...": a name after "reports" or "notes" is what it reports.)
    named = _NAME_AFTER if verb.form in _REPORTS else ""
    that = rf"(?:(?:{_WHEN})?\s+that|\s+(?:he|she|they|we){determiner}){named}\b"
    return regex + (rf"(?={that}|\s*[:“\"]|,\s*[“\"]|\.(?:\s|$))" if past else rf"(?={that}|\s*[:“\"]|,\s*[“\"])")


_REPORTS = frozenset({"reports", "notes"})
_NAME_AFTER = (r"|[^\S\n]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+(?:['’]s)?"
               r"(?=[^\S\n]+[a-z])")      # (not "Media reports Monday said": a day)
# After a present tense that is also a noun, a determiner marks it as the verb ("Roe notes the ...").
_DETERMINER_AFTER = r"|[^\S\n]+(?:the|his|her|their|its)"
# A short phrase of time between a verb and what it introduces: "this month", "on Tuesday", "last week".
_WHEN = (r"\s+(?:(?:this|last|on|earlier|later)\s+(?:week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
         r"morning|afternoon|evening|night)|today|yesterday)")


def is_share(speaker: str | None) -> bool:
    """Is the speaker a share of a group ("About two-thirds of fishermen", "56 percent of voters")?"""
    return bool(speaker) and bool(re.match(_SHARE, speaker))


def _attributions_before(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """What ``patterns.before.finditer(content, start)`` finds, searching only the stretches between two
    stops that hold an attribution verb. No match spans a stop, so the other stretches hold none.
    (Trying the pattern at every position of the body was half the time of ``detect_voices``; this
    saves about 0.5 ms per text.) A stretch is searched up to and including its stop, which the
    pattern may look at ("claims:")."""
    if patterns.stops_and_verbs is None:
        yield from patterns.before.finditer(content, start)
        return
    stretch_start, has_verb = start, False
    for mark in patterns.stops_and_verbs.finditer(content, start):
        if mark.group("stop") is None:
            has_verb = True
            continue
        if has_verb:
            yield from patterns.before.finditer(content, stretch_start, mark.end())
        stretch_start, has_verb = mark.end(), False
    if has_verb:
        yield from patterns.before.finditer(content, stretch_start)


def _past_datelines(patterns: _Patterns, content: str, matches: Iterator[re.Match]) -> Iterator[re.Match]:
    """The matches, each that starts at a dateline ("WASHINGTON, June 10 (UPI) — Senator Ann Lee told")
    searched again after it: the dateline is no speaker, and its match hid the one after it."""
    for match in matches:
        dateline = _DATELINE.match(content, match.start("speaker")) if _capitals(match.group("speaker").split()[0]) \
            else None
        if dateline is None:
            yield match
            continue
        again = patterns.before.search(content, dateline.end(), match.end())
        if again is not None:
            yield again


def _past_appositions(patterns: _Patterns, content: str, matches: Iterator[re.Match]) -> Iterator[re.Match]:
    """The matches, each whose apposition holds a clause with its own attribution verb ("At a rally in
    Portsmouth, N.H., on Tuesday, Senator Jane Roe endorsed him, saying": the commas after "Portsmouth"
    are no apposition), or the speaker's own predicate ("Harbourland, like the other ports, has a pact which
    ... if Berg, or any other, attacked"), searched again after its speaker: the clause's own speaker comes
    first."""
    for match in matches:
        apposition = match.group("apposition") or ""
        if "," not in apposition or not (patterns.apposition_verb.search(apposition) or (
                not match.group("verb").endswith("ing") and _predicate_in_apposition(apposition))):
            yield match
            continue
        again = patterns.before.search(content, match.end("speaker"), match.end())
        yield again if again is not None else match


# Past tenses whose passive names no speaker after "by": acts, not words ("responded by settling",
# "continued by the foundation", "confirmed by the Senate", "was called by the party to ...").
_NOT_PASSIVE = frozenset({"responded", "continued", "confirmed", "called", "reported", "announced", "added"})


def _passives(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """"asked by Ingraham", "endorsed by the mayor": only where " by " occurs at all."""
    if patterns.passive is not None and content.find(" by ", start) >= 0:
        yield from patterns.passive.finditer(content, start)


def _groups_with_a_phrase(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """What ``patterns.group_phrase.finditer(content, start)`` finds, searching only around a group noun before
    a preposition: tried at every word, the pattern cost more than the rest of the search."""
    end = start
    for hint in patterns.group_hint.finditer(content, start):
        if hint.start() < end:
            continue
        match = patterns.group_phrase.search(content, max(end, hint.start() - _GROUP_BEFORE),
                                             hint.end() + _PHRASE_AFTER)
        if match is not None:
            end = match.end()
            yield match


_GROUP_BEFORE = 120     # (a share, a determiner and two words before the group noun)
_PHRASE_AFTER = 200     # (four words after the preposition, helpers and the verb)


def _participles(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """Most texts hold none of the participles: looking for the words first is much cheaper than trying
    the pattern at every position (0.2 ms per text)."""
    if any(content.find(word[1:], start) >= 0 for word in _PARTICIPLES):
        yield from patterns.participle.finditer(content, start)


# A dateline opening a news report: "WASHINGTON —", "PARIS, Aug 31 (Reuters) -". It names a place.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,[^\S\n]*[\w. ]{1,30})?(?:[^\S\n]*\([^()\n]{1,30}\))?"
                       r"[^\S\n]+[—–-]+[^\S\n]*")     # (a dash between spaces: "KING-TV" is a name)


def _predicate_in_apposition(apposition: str) -> bool:
    """Does a part between commas hold a finite verb before any relative pronoun, the main clause's own
    predicate? (A part after one that opened a relative clause belongs to it: "whose hometown, Harbour,
    is projected to ...".)"""
    for part in apposition.split(",")[1:-1]:
        if _PREDICATE_IN_PART.match(part):
            return True
        if _RELATIVE.search(part):
            return False
    return False


_RELATIVE = re.compile(r"\b(?:who|which|that|whose|whom|where|when|what|if|because|as)\b")
# A part between commas whose finite verb comes before any relative pronoun: the main clause's predicate.
_PREDICATE_IN_PART = re.compile(r"(?:(?!\b(?:who|which|that|whose|whom|where|when|what|if|because|as)\b)[^\n])*?"
                                r"[^\S\n](?:has|have|is|are|was|were|might|would|will|can|could)[^\S\n]+[a-z]")

_DAY_OR_MONTH = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                 r"September|October|November|December)")
# What a document does ("shows"; "show" after a plural: "FEC records show").
_DOCUMENT_VERB = ("documents|documented|shows|showed|shown|show|found|finds|suggests|suggested|suggest|indicates|indicated|indicate|revealed|"
                  "reveals|reveal|"
                  # (A report "states" or "concludes" what follows: "that" or a colon; "the report states
                  # the obvious" reports nothing, and "states" is a noun in "a report on the states".)
                  r"(?:states|stated|state|concludes|concluded|conclude)(?=[^\S\n]*(?:that\b|:))")
