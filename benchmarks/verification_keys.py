"""Verification tasks on texts of every genre: what kind of task each claim gets, and how many tasks or keys
show a fault a teacher would not keep (issue 16, part 2; helper vr-19).

    .venv/bin/python benchmarks/verification_keys.py                # prints the table
    .venv/bin/python benchmarks/verification_keys.py --out benchmarks/results/verification-keys.md

Corpora: the PTC training articles and the techniques-dev articles (read at run time from ../shared;
nothing from them is stored, only counts). Faults counted:
- a number or date key that does not name its figure, or any key that falls back to "as the sentence
  gives it";
- a key whose search is empty ("Search for .");
- a quote that opens on a figure (the clause was cut before its subject: "200,000 Thursday as ...");
- readings other than the two method ones listed on these texts (all were checked by hand);
- (vr-21, from reading seven lessons as a teacher) a quotation whose words to check are only the verb
  that reports them ("said"); a document key that gives a figure as the document ("the document itself
  (“three”)"); a search with a verb of saying or a discourse word ("10,000 deaths mentioned COVID",
  "2006 consequences example Nigeria"); a claim on an embedded post's byline ("pic.twitter.com/x — Jo
  Roe (@joroe) October 6, 2017"); an event task on words someone said ("..., he added, ...", "said that").
- (vr-22, from reading seven more lessons) an event claim whose words to check hold no name and no figure
  (a verb, "decided", or a people's adjective, "Swedish"); a quotation whose words to check are not its
  quoted words ("denounced", "Attacks"); a search with a shouted word in capitals ("TAXPAYING Swedish") or a
  word and its plural ("civilian civilians"); a number task on a family's size ("his two sons").
- (vr-23) claims on a deed of "he" or "she" whose words to check start with the person last named, and
  task keys that name that person (counts of what was built, not faults); a forecast with "is likely to"
  read as an event; a lawsuit in the present read as a statement; an event task on a judgement.
- (vr-24) a document claim whose words to check are the lead-in "according to"; an outlet given a document
  listed as its source ("data provided to X"); a search with a scale word away from its figure.
- (vr-25) a claim with an age or a parent's count as a figure; a dateline's day as a figure; a document claim
  on a document not yet published; an according-to source in a key cut on a small word; and number keys
  that say whom the sentence gives the figure to (a count of what was built).
- (vr-26) an event claim on a clause of someone's words ("said the firm had been slow", "told Fox News he
  was"); a document claim on a verb or on accounts received ("who studies", "37 reports of"); a correction
  claim or page note on a correction word inside the story ("has not corrected the error"); a name to check
  after a colon or inside a web address; a number claim on the writer's own list ("three things"); an
  according-to source cut inside a name; a reported-speech key with no speaker; an unnamed-source question on
  a body referred to again ("The company"); and (counts) number keys naming the document the figure is
  taken from, penalty keys and definition keys; a search with a lone digit or a small number word.
- (vr-28) see ``_round_seven_faults``; (vr-29) see ``_round_eight_faults``; (cl-30) see ``_round_nine_faults``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import commit  # noqa: E402
from question_quality import corpora  # noqa: E402
sys.path.insert(0, str(ROOT / "scripts"))

from medialit.analysis import analyze  # noqa: E402
from medialit.lesson.readings import select_readings  # noqa: E402
from medialit.lesson.verification import verification_questions  # noqa: E402
from medialit.text.source import load_source  # noqa: E402


_SAYING_VERBS = {"said", "says", "told", "stated", "declared", "warned", "insisted", "claimed", "added", "announced"}
_JUNK_SEARCH_WORDS = _SAYING_VERBS | {"mentioned", "noted", "example", "instance"}
_FIGURE_AS_DOCUMENT = re.compile(r"document itself \(“(?:[\d.,%\s]+|one|two|three|four|five|six|seven|eight|nine|ten)”")
_SEARCHES = re.compile(r"Search for (.*?)\.(?:\s|$)")
_BYLINE = re.compile(r"\(@\w{1,30}\)[^\S\n]*(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4})?[^\S\n]*$")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")
_SAID_THAT = re.compile(r"\b(?:said|says|added|argued|warned|claimed|insisted|noted|stated|mentioned)\s+that\b|"
                        r",\s*(?:he|she|they)\s+(?:said|says|added|mentioned|noted)\s*[,.]")


def _teacher_faults(faults: Counter, analysis, questions) -> None:
    """The faults a teacher rejected on the seven lessons read for vr-21, counted on every text."""
    for claim in analysis.claims:
        faults["quotation whose words to check are only the verb (\"said\")"] += \
            claim.kind == "quotation" and bool(claim.cues) and claim.cues[0].lower() in _SAYING_VERBS
        byline = _BYLINE.search(claim.text)
        faults["claim on an embedded post's byline"] += bool(byline) and \
            len(_LINK.sub(" ", claim.text[:byline.start()]).split()) < 6
    for question in questions:
        key = question.answer.why + " " + question.answer.good_answer
        faults["document key with a figure as the document"] += bool(_FIGURE_AS_DOCUMENT.search(key))
        searched = " ".join(_SEARCHES.findall(question.answer.why)).replace("“", " ").replace("”", " ").lower()
        # (a quotation's own words, searched as quoted, may hold any verb)
        faults["search with a verb of saying or a discourse word"] += question.kind != "claim:quotation" and \
            bool(_JUNK_SEARCH_WORDS & set(searched.split()))
        faults["event task on words someone said (\"he added\", \"said that\")"] += \
            question.kind == "claim:event" and bool(_SAID_THAT.search(_sentence_of(analysis, question)))


_SHOUTED = re.compile(r"\b[A-Z]{7,}\b")
_FAMILY = re.compile(r"\b(?:his|her|their|my|our)\s+(?:two|three|four|five|six|\d)\s+(?:sons|daughters|children|kids|"
                     r"brothers|sisters)\b", re.I)
_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")


def names_to_ignore(source) -> frozenset[str]:
    """Capitalised words that name no one, decided here and not by the code measured (so that the code
    before vr-22 is measured the same way): adjectives of nations (voices.yaml 'demonyms'), groups in the
    singular ("Republican"), a people's colour, and words the text writes more often in lower case."""
    import yaml
    data = yaml.safe_load((ROOT / "scripts/medialit/data/voices.yaml").read_text(encoding="utf-8"))
    ignored = {*data.get("demonyms", ()), *(g[:-1] for g in data.get("group_names", ()) if g.endswith("s")),
               "White", "Black", "Brown"}
    body = source.content[source.body_start:]
    inside = Counter(re.findall(r"(?<=[a-z,;] )([A-Z][a-z]+)\b", body))
    lower = Counter(re.findall(r"\b[a-z]+\b", body))
    return frozenset(ignored | {w for w, n in inside.items() if lower[w.lower()] > n})


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Words that name an office or a body acting ("mayor", "government": checkworthy.yaml role_actor)."""
    import yaml
    data = yaml.safe_load((ROOT / "scripts/medialit/data/checkworthy.yaml").read_text(encoding="utf-8"))
    role = next((f for f in data.get("features", ()) if f.get("id") == "role_actor"), {})
    return frozenset(w.rstrip("*") for w in role.get("words", ()))


def _named_no_one(claim, ignored: frozenset[str]) -> bool:
    """An event claim whose words to check are verbs and adjectives of peoples only: no name, no office,
    no figure."""
    offices = _offices()
    return not any(any(ch.isdigit() for ch in cue) or any(w not in ignored for w in _NAME_WORD.findall(cue))
                   or cue.lower() in offices for cue in claim.cues)


def _reviewer_faults(faults: Counter, source, analysis, questions) -> None:
    """The faults a teacher rejected on the seven lessons read for vr-22, counted on every text."""
    ignored = names_to_ignore(source)
    for claim in analysis.claims:
        faults["event claim with no name, office or figure to check (\"decided\", \"Swedish\")"] += \
            claim.kind == "event" and _named_no_one(claim, ignored)
        faults["quotation whose words to check are not its quoted words"] += \
            claim.kind == "quotation" and bool(claim.cues) and not claim.cues[0].startswith(("“", "post by "))
    for question in questions:
        searched = " ".join(_SEARCHES.findall(question.answer.why)).replace("“", " ").replace("”", " ")
        words = searched.split()
        faults["search with a shouted word or a word and its plural"] += bool(_SHOUTED.search(searched)) or \
            any(w.islower() and w + "s" in words for w in words)
        faults["number task on a family's size"] += question.kind == "claim:number" and bool(_FAMILY.search(question.quote))


_HE_OR_SHE = re.compile(r"^\W*(?:(?:And|But|Then|So|Yet|Later|Instead|Still),?\s+)?(?:He|She)\b")
_LIKELY_TO = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:likely|expected)\s+to\s+[a-z]+")
_TO_COURT = re.compile(r"\b(?:is|are)\s+taking\b[^.;]{0,80}?\bto\s+court\b")
_NOTHING_NEW = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:nothing\s+new|a\s+disgrace|a\s+joke|reckless|"
                          r"dishonest|shameful|disgraceful|ridiculous|absurd|outrageous)\b")


def _round_three_faults(faults: Counter, analysis, questions) -> None:
    """(vr-23) Deeds of "he" or "she" and the kinds vr-22 left open, counted on every text."""
    for claim in analysis.claims:
        if claim.kind not in ("quotation", "reported") and _HE_OR_SHE.match(claim.text):
            faults["claim on a deed of he/she whose first word to check is a name"] += \
                bool(claim.cues) and bool(_NAME_WORD.match(claim.cues[0])) and claim.cues[0] not in claim.text
        faults["forecast with \"is likely/expected to\" not read as a prediction"] += \
            bool(_LIKELY_TO.search(claim.text)) and not _FUTURE_WORD.search(claim.text) and claim.kind == "event"
        faults["lawsuit in the present (\"is taking ... to court\") read as a statement"] += \
            claim.kind == "statement" and bool(_TO_COURT.search(claim.text))
    for question in questions:
        faults["event task on a judgement (\"are nothing new\", \"reckless\")"] += \
            question.kind == "claim:event" and bool(_NOTHING_NEW.search(_sentence_of(analysis, question)))
        faults["task key naming the person a he/she stands for"] += "in the sentence is " in question.answer.why


_FUTURE_WORD = re.compile(r"\bwill\b|\bgoing to\b")


def _round_four_faults(faults: Counter, analysis, questions) -> None:
    """(vr-24) A document claim whose words to check are the lead-in "according to"; an outlet that was
    given a document listed as its source ("according to data provided to the Harbour Times"); a search
    with a scale word away from its figure ("Jewish thousand")."""
    for question in questions:
        searches = _SEARCHES.findall(question.answer.why)
        faults["search with a scale word away from its figure (\"Jewish thousand\")"] += \
            any(_LONE_SCALE.search(" " + q) for q in searches)
    for claim in analysis.claims:
        faults["document claim whose words to check are \"according to\""] += \
            any(cue.lower() == "according to" for cue in claim.cues)
    for voice in analysis.voices:
        faults["outlet given a document listed as its source (\"data provided to X\")"] += \
            voice.named and bool(_HANDED_TO.search(voice.text))


# (not "parts per million": a unit with its figure, "300 parts per million", vr-29)
_LONE_SCALE = re.compile(r"(?<![\d\s])(?<!\b(?:one|two|six|ten|per))(?<!\b(?:four|five|nine))(?<!\b(?:three|seven|eight|"
                         r"dozen))(?<!\bhundred)\s+(?:hundreds?|thousands?|millions?|billions?|percent)\b", re.I)
_HANDED_TO = re.compile(r"\b(?:provided|given|sent|leaked|released|shown|supplied)\s+to\s|\b(?:obtained|seen|reviewed)\s+by\s")


def _round_five_faults(faults: Counter, analysis, questions) -> None:
    """(vr-25) Ages and a parent's count of children as figures, a dateline's day as a date, a document
    not yet published as a document to find, an according-to source cut on a small word; and (a count,
    no fault) number keys that say whom the sentence gives the figure to."""
    for claim in analysis.claims:
        faults["claim with an age or a parent's count as a figure (\"Jo Roe, 43,\", \"father of seven\")"] += \
            any(re.search(rf"(?:[A-Z][a-z’'-]+,\s+{re.escape(c)},|\b(?:father|mother)\s+of\s+{re.escape(c)}\b)",
                          claim.text) for c in claim.cues if _SMALL_COUNT.fullmatch(c))
        dateline = _DATELINE.match(claim.text)
        faults["claim with a dateline's day as a figure (\"Feb 9 (Reuters) -\")"] += \
            bool(dateline) and any(c in dateline.group() for c in claim.cues)
        faults["document claim on a document not yet published (\"would be published\")"] += \
            claim.kind == "document" and bool(_NOT_YET.search(claim.text)) and \
            all(_NOT_YET.search(claim.text[claim.text.find(c):]) for c in claim.cues[:1] if c in claim.text)
    for question in questions:
        faults["key whose according-to source ends on a small word (\"... the group in”\")"] += \
            bool(_CUT_SOURCE.search(question.answer.why))
        faults["number key saying whom the sentence gives its figure to (count, no fault)"] += \
            "the sentence gives it to" in question.answer.why


_SMALL_COUNT = re.compile(r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", re.I)
_DATELINE = re.compile(r"^\W*(?:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}\s*\([A-Z][\w .]{1,25}\)\s*[-—–]")
_NOT_YET = re.compile(r"\b(?:will|would)\s+be\s+(?:published|released|made\s+public)\b")
_CUT_SOURCE = re.compile(r"according to [^”]*\b(?:in|of|by|the|for|to|at|on|with|a|an)”")


def _round_six_faults(faults: Counter, source, analysis, questions) -> None:
    """(vr-26) Someone's words in a clause read as an event; a verb or accounts received read as a document;
    a correction word in the story read as the page's correction; a word after a colon or inside a web
    address as a name to check; the writer's own list as a figure; an according-to source cut inside a name;
    a reported claim's key with no speaker; an unnamed-source question on a body referred to again. Counts
    of what was built: number keys naming the document the figure is taken from, penalty keys."""
    from medialit.analysis.framing import detect_framing
    from medialit.lesson.bias import voice_questions
    for claim in analysis.claims:
        faults["event claim on a clause of someone's words (\"said the firm had\", \"told X he\")"] += \
            claim.kind == "event" and bool(_WORDS_CLAUSE.search(claim.text))
        faults["document claim on a verb or on accounts received (\"who studies\", \"37 reports of\")"] += \
            claim.kind == "document" and bool(claim.cues) and bool(_NOT_A_DOCUMENT.search(claim.text)) and \
            claim.cues[0].lower() in ("studies", "reports", "report")
        faults["correction claim on a correction word inside the story"] += \
            claim.kind == "correction" and bool(_STORY_CORRECTION.search(claim.text))
        faults["claim with a name after a colon or inside a web address"] += any(
            _after_colon_or_in_link(claim.text, cue) for cue in claim.cues)
        faults["number claim on the writer's own list (\"three things\", \"six figures\")"] += \
            claim.kind == "number" and any(re.search(rf"\b{re.escape(c)}\s+(?:things|ways|reasons|figures)\b", claim.text,
                                                     re.I) for c in claim.cues if c.isalpha())
    faults["page note on a correction word inside the story"] += sum(
        1 for s in detect_framing(source) if s.kind == "correction" and _STORY_CORRECTION.search(s.text))
    for question in questions:
        why = question.answer.why
        cut = _SOURCE_CUT_IN_NAME.search(why)
        faults["key whose according-to source is cut inside a name"] += bool(cut) and \
            bool(re.search(re.escape(cut.group(1)) + r"\s+(?:and\s+)?[A-Z]", _sentence_of(analysis, question)))
        faults["reported-speech key with no speaker (\"whoever the text quotes\")"] += \
            question.kind == "claim:reported" and "(whoever the text quotes)" in why
        faults["number key naming the document the figure is taken from (count, no fault)"] += \
            "the sentence takes it from" in why
        faults["search with a lone digit or a small number word (\"one former sailor\", \"1 4\")"] += any(
            _LONE_NUMBER.search(f" {q} ") for q in _SEARCHES.findall(why) for q in q.split("”, “"))
        faults["number key on a penalty (count, no fault)"] += "this figure is a penalty" in why
        faults["number key on a definition (count, no fault)"] += "this figure is part of a definition" in why
    faults["unnamed-source question on a body referred to again (\"The company\", \"its annual report\")"] += sum(
        1 for q in voice_questions(source, analysis)
        if "does not name its source" in q.prompt and _REFERRED_AGAIN.search(q.prompt))


_WORDS_CLAUSE = re.compile(r"\b(?:said|says|say)\s+(?:the\s+\w+|it)\s+(?:had|has|have|was|were|is|are|would|\w+ed)\b|"
                           r"\btold\s+(?:\w+\s+){1,3}(?:he|she|they)\b|,\s*saying\s+that\b|\bmentioned\s+\w+ing\b")
_LONE_NUMBER = re.compile(r"[\s“](?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                          r"fifty|hundred)[\s”]", re.I)
_NOT_A_DOCUMENT = re.compile(r"\b(?:who|he|she)\s+studies\b|\b\d[\d,]*\s+reports\s+of\b|\breports\s+came\b")
_STORY_CORRECTION = re.compile(r"\b(?:has|have|had)\s+(?:not|never|yet\s+to)\s+(?:been\s+)?corrected\b|"
                               r"\bnot\s+corrected\b", re.I)
_SOURCE_CUT_IN_NAME = re.compile(r"according to [^”]*\b([a-z]+)”")
_REFERRED_AGAIN = re.compile(r"\(\"(?:The|the|its|their)\s+(?:\w+\s+)?(?:company|firm|report|accounts|club|team)\"\)")


def _round_seven_faults(faults: Counter, source, analysis, questions) -> None:
    """(vr-28) How often something happened as a figure ("stopped three times"); a scale word alone where the
    sentence writes a scale of a scale ("hundreds" of "hundreds of thousands"); a person cited with "according
    to" as a document; a term held at a distance in quotation marks as a quotation; a deed "they" or "we" did
    not do as an event; a quotation's words to check that are who said it; a key with brackets inside
    brackets; a search joining a name to a charge word ("<Name> killing")."""
    from medialit.lesson.readings import balancing_task, load_catalog
    for claim in analysis.claims:
        faults["figure on how often something happened (\"stopped three times\")"] += claim.kind == "number" and any(
            re.search(rf"\b{re.escape(c)}\s+times\b(?!\s+(?:as|more|less|the|that|over)\b)", claim.text)
            for c in claim.cues if _FEW.fullmatch(c))
        faults["scale word alone of a scale of a scale (\"hundreds\" of \"hundreds of thousands\")"] += any(
            re.search(rf"\b{re.escape(c)}\s+of\s+(?:thousands|millions|billions)\b", claim.text)
            for c in claim.cues if c.lower() in ("tens", "hundreds", "thousands", "dozens"))
        faults["document claim on a person cited (\"according to a ... representative\")"] += \
            claim.kind == "document" and bool(claim.cues) and bool(_PERSON_CITED.search(claim.text)) and \
            claim.cues[0].split()[-1].lower() in _PERSON_NOUNS
        faults["quotation claim on a term held at a distance (\"so-called “...”\")"] += \
            claim.kind == "quotation" and bool(claim.cues) and bool(_HELD_AT_A_DISTANCE.search(claim.text)) and \
            claim.cues[0].strip("“”") in _HELD_AT_A_DISTANCE.search(claim.text).group()
        faults["event claim on a deed they or we did not do (\"They did not build it so that\")"] += \
            claim.kind == "event" and bool(_DENIED.match(claim.text))
        faults["quotation whose words to check are who said it (\"said Jo Roe, a ...\")"] += \
            claim.kind == "quotation" and bool(claim.cues) and bool(re.match(r"“(?:said|says|told)\b", claim.cues[0]))
    for question in questions:
        faults["key with brackets inside brackets"] += bool(re.search(r"\([^()]*\(", question.answer.why))
    catalog = load_catalog()
    task = balancing_task(source, analysis, catalog)
    searches = [q for q in (task.searches if task else ())] + \
        [q for question in questions for found in _SEARCHES.findall(question.answer.why) for q in found.split("”, “")]
    faults["search joining a name and a charge word (\"<Name> killing\")"] += sum(
        1 for q in searches if re.search(r"\b[A-Z]", q) and _CHARGES & set(q.strip("“”").lower().split()))


_FEW = re.compile(r"(?:[1-9]|1\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", re.I)
_PERSON_CITED = re.compile(r"according to (?:an?|the)\s+(?:[A-Z][\w.-]*\s+)*[a-z]+\b")
_PERSON_NOUNS = frozenset("representative spokesman spokeswoman spokesperson official officials mayor minister "
                          "lawyer attorney adviser aide diplomat source sources officer prosecutor".split())
_HELD_AT_A_DISTANCE = re.compile(r"(?:so-called|\b(?:the|a|an|its|their|his|her|our))\s+[“\"][^”\"\s]+(?:\s+[^”\"\s]+){0,2}[”\"]",
                                 re.I)
_DENIED = re.compile(r"^\W*(?:(?:And|But|So|Yet),?\s+)?(?:They|We|I|You)\s+(?:\w+\s+)?(?:did\s+not|didn['’]t|never)\b")
# (Counted here, not read from catalog.yaml: the code before vr-28 is measured the same way.)
_CHARGES = frozenset("kill killed killing killings murder murdered massacre genocide rape raped torture terrorism "
                     "terrorist terrorists crime crimes atrocities fraud corruption abuse assault".split())


def _round_eight_faults(faults: Counter, analysis, questions) -> None:
    """(vr-29, from lessons on a speech, a health scare and an op-ed) a number word cut from its tens ("one" of
    "thirty-one"); a page or chapter number in words as a figure ("page nine"); a day in words cut to its month
    ("August" of "the twenty-ninth of August"); a document the sentence says is missing ("without a declaration");
    "Review" inside a name as a document; a number key telling the student to start with what a document
    "published"; and (counts) keys on a vote's tally, document keys naming whose study "her" study is."""
    for claim in analysis.claims:
        faults["number word cut from its tens (\"one\" of \"thirty-one\")"] += any(
            re.search(rf"\b{_TENS}-{re.escape(c)}\b", claim.text, re.I) for c in claim.cues if c.isalpha())
        faults["page or chapter number in words as a figure (\"page nine\")"] += claim.kind == "number" and any(
            re.search(rf"\b(?:page|chapter|section|article|volume)\s+{re.escape(c)}\b", claim.text, re.I)
            for c in claim.cues if c.isalpha())
        faults["day in words cut to its month (\"August\" of \"the twenty-ninth of August\")"] += any(
            re.search(rf"\b{_ORDINAL_WORD}\s+of\s+{re.escape(c)}\b", claim.text) for c in claim.cues if c in _MONTH_NAMES)
        faults["document the sentence says is missing (\"without a declaration\")"] += claim.kind == "document" and any(
            re.search(rf"\b(?:without|no)\s+(?:an?\s+|any\s+)?{re.escape(c)}\b", claim.text, re.I)
            for c in claim.cues if c.isalpha())
        faults["\"Review\" inside a name as a document"] += claim.kind == "document" and "Review" in claim.cues
    for question in questions:
        why = question.answer.why
        faults["number key starting with what a document \"published\" (\"what board's own figures published\")"] += \
            bool(re.search(r"start with what [^.;]*\b(?:figures|data|report|records|statistics|study)\s+published", why))
        faults["number key on a vote's tally (count, no fault)"] += "vote's count" in why
        faults["document key naming whose study \"her\" or \"his\" study is (count, no fault)"] += \
            question.kind == "claim:document" and bool(re.search(r"“(?:Her|His) [^”]*”, by ", why))


_MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL_WORD = (r"(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                 r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")


def _round_nine_faults(faults: Counter, analysis, questions) -> None:
    """(cl-30, issue 16) a number of a name as a figure ("Channel 4 said", "20 Minutes reported", "Berth 7"); a day
    written before its month as a count ("on 3 March"); an amount said roughly as a figure ("twenty
    something", "one or two"); a number task that names a date as its figure; a search on a time counted from
    another date ("five days before"); a search word broken by a stray space ("T itle")."""
    for claim in analysis.claims:
        digits = [c for c in claim.cues if c.isdigit()]
        faults["figure that is part of a name (\"Channel 4\", \"20 Minutes\", \"Berth 7\")"] += any(
            re.search(rf"\b(?:{_NAME_WORDS})\s+{c}\b|\b{c}\s+Minutes\b", claim.text) for c in digits)
        faults["day before its month as a count (\"on 3 March\")"] += any(
            re.search(rf"\b{c}\s+(?:{'|'.join(_MONTH_NAMES)})\b", claim.text) for c in digits if len(c) <= 2)
        faults["amount said roughly as a figure (\"twenty something\", \"one or two\")"] += any(
            re.search(rf"(?i)\b{re.escape(c)}[- ](?:something|somethings|odd|ish)\b|\b{re.escape(c)}\s+or\s+{_FEW.pattern}\b"
                      rf"|\b{_FEW.pattern}\s+or\s+{re.escape(c)}\b", claim.text) for c in claim.cues if c.lower() in _NUMBER_WORDS)
    for question in questions:
        searches = [q for found in _SEARCHES.findall(question.answer.why) for q in found.split("”, “")]
        faults["number task naming a date as its figure (count)"] += question.kind == "claim:number" and bool(
            re.search(rf"\(“(?:[^)]*”, “)?(?:1[89]\d\d|20\d\d|(?:{'|'.join(_MONTH_NAMES)})[^”]*)”", question.prompt))
        faults["search on a time counted from another (\"five days before\")"] += sum(
            bool(re.search(r"\b(?:days?|weeks?|months?|years?)\s+(?:before|after|earlier|later|ago)\b", q)) for q in searches)
        faults["search word broken by a stray space (\"T itle\")"] += sum(
            bool(re.search(r"(?:^|[“\s])(?:itle|ection|hapter)\b", q)) for q in searches)


# (Measured here, not read from the code: words that open names with a number in the corpora read for cl-30.)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty "
                          "ninety hundred thousand".split())
_NAME_WORDS = "Channel|Title|Pier|Route|Interstate|Section|Phase|Resolution|Code|Voyager|Caption"


def _after_colon_or_in_link(text: str, cue: str) -> bool:
    # (a number word with its tens after a colon, "...: Fifty-eight people killed", is a figure, not a name; vr-29)
    if not cue[:1].isupper() or " " in cue or text.count(cue) > 1 or re.fullmatch(rf"(?i){_TENS}-[a-z]+", cue):
        return False
    return bool(re.search(rf":\s+{re.escape(cue)}\b", text)) or \
        any(cue in link.group() for link in _LINK.finditer(text))


def _sentence_of(analysis, question) -> str:
    return next((c.text for c in analysis.claims if question.quote and question.quote in c.text), question.quote or "")


def measure() -> tuple[Counter, Counter, int]:
    tasks, faults, texts = Counter(), Counter(), 0
    for name, paths in corpora().items():
        if name not in ("ptc", "techniques-dev"):
            continue
        for path in paths:
            source = load_source(path)
            analysis = analyze(source)
            texts += 1
            questions = verification_questions(source, analysis)
            _teacher_faults(faults, analysis, questions)
            _reviewer_faults(faults, source, analysis, questions)
            _round_three_faults(faults, analysis, questions)
            _round_four_faults(faults, analysis, questions)
            _round_five_faults(faults, analysis, questions)
            _round_six_faults(faults, source, analysis, questions)
            _round_seven_faults(faults, source, analysis, questions)
            _round_eight_faults(faults, analysis, questions)
            _round_nine_faults(faults, analysis, questions)
            for question in questions:
                tasks[question.kind] += 1
                key = question.answer.why + " " + question.answer.good_answer
                faults["key without its figure (\"as the sentence gives it\")"] += "as the sentence gives it" in key
                faults["key with an empty search (\"Search for .\")"] += "Search for ." in key
                faults["quote that opens on a figure"] += question.quote[:1].isdigit()
            faults["non-method readings listed"] += sum(item.reading.kind != "method"
                                                        for item in select_readings(source, analysis).items)
    return tasks, faults, texts


def render(tasks: Counter, faults: Counter, texts: int) -> str:
    lines = ["# Verification tasks and keys on new genres", "",
             f"- commit: {commit()}; {texts} texts (PTC training articles and techniques-dev)", "",
             "| verification task | count |", "|---|---:|"]
    lines += [f"| {kind} | {count} |" for kind, count in sorted(tasks.items())]
    lines += ["", "| measure | count |", "|---|---:|"]
    lines += [f"| {fault} | {count} |" for fault, count in faults.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the table to this file (Markdown)")
    args = parser.parse_args(argv)
    table = render(*measure())
    print(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
