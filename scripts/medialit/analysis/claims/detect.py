"""``detect_claims``: the sentences that tell something checkable, each turned into a ``Claim`` finding."""

from __future__ import annotations

import re

from ...text.source import Source
from ..checks import load_checks
from ..checkworthy import features_of, load_scorer, past_verbs, salient_names, salient_words
from ..detect_text import whole_words
from ..findings import Claim
from ..sentences import split_sentences
from .figures import with_its_number
from .kinds import _checks_by_sentence, _correction_headings, _cue_words_by_sentence, _first_in_paragraph, _kinds_of
from .names import _embedded_posts, _is_post_signature, _looks_like_a_heading, _role_actor, names_known, names_to_ignore
from .speech import (_CLOSES_A_QUOTE, _inside_quotations, _OPENS_A_QUOTE, _QUOTATION, _quote_cue, _starts_a_quote,
                     _WORD_BEFORE, _words_reported)


# A verb of the future ("will constitute", "won't last", "is going to fall", "we’ll see") with the verb it
# carries: the sentence tells what has not happened yet. ("the will of the people" is no verb.)
_FUTURE = re.compile(r"\b(?:will|won['’]t|(?:is|are|am)\s+going\s+to|\w+['’]ll)"
                     r"(?:\s+(?:not|also|still|never|soon|only|likely|probably|then|now|ultimately|eventually|"
                     r"further|surely|certainly|definitely|more\s+than\s+likely|most\s+likely|almost\s+certainly))*"
                     r"(?:\s+be)?\s+(?!(?:of|the|a|an|and|to|be)\b)[a-z]+")
# A verb that says something is expected ("shortages ... are likely to persist", "is expected to rise"): a
# forecast too.
_EXPECTED = re.compile(r"\b(?:is|are|am|['’]re|remains?)\s+(?:\w+ly\s+)?(?:likely|unlikely|expected|set|bound|poised)\s+to\s+"
                       r"(?!(?:the|a|an|and|be\s+(?:\w+ed|said)\b)\b)[a-z]+")
# ("shall" is left out: in a law or a treaty it states a rule, "shall be removed from Office".)
# A time ahead that a figure or date of a prediction measures ("in about five years", "another six months",
# "by 2030"): the figure is the forecast's horizon, not a count anyone made.
_HORIZON = re.compile(r"\b(?:in|within|by|over|for|next|another|coming|until)\s+(?:about\s+|around\s+|roughly\s+|"
                      r"some\s+|the\s+(?:next|coming)\s+)?(?:[\w,.]+\s+)?(?:years?|months?|weeks?|days?|decades?)\b|"
                      r"\b(?:by|until)\s+(?:1[89]|20)\d\d\b", re.I)
# A sentence about anyone or everyone generalises: no report of one event settles it.
_GENERAL_SUBJECT = re.compile(r"^\W*(?:Anyone|Anybody|Everyone|Everybody|Nobody|No one|Whoever|Most people|Many people)\b")
# A deed that "they", "we", "I" or "you" did not do ("They did not build this road so that officials could
# ...", "We never voted for this"): with no one named, it tells no event a report could confirm, only what the
# writer thinks was meant or owed.
_DENIED_BY_US = re.compile(r"^\W*(?:(?:And|But|So|Yet)[,]?[^\S\n]+)?(?:They|We|I|You)[^\S\n]+(?:\w+[^\S\n]+)?"
                           r"(?:did[^\S\n]+not|didn['’]t|never)\b")
# A record over all time ("Northmark has never lost a war it chose to fight", "The firm has never paid a
# dividend"): no report of one event settles it; a document on the whole record can, for its checkable part.
_NEVER_DONE = re.compile(r"\b(?:has|have|had)[^\S\n]+never[^\S\n]+(?:been[^\S\n]+)?([a-z]+)")
_STATE_VERBS = frozenset(("was", "were", "had"))
_ASIDE = re.compile(r",[^,;.]{1,80},")
# ("... more damage than COVID could ever have done": what might have been, measured against what is.)
# What would have been ("The war would have never happened without ..."): a judgement of causes, no event.
_WOULD_HAVE = re.compile(r"\b(?:would|could|might)(?:\s+not|n['’]t)?\s+(?:(?:\w+ly|ever|never)\s+)?have\s+"
                         r"(?:never\s+|not\s+)?[a-z]+")
# A judgement as the sentence's predicate ("... are nothing new", "was simply reckless", "is a disgrace"):
# an opinion about someone named, which no report of an event settles. On CT24 train, 412 sentences
# have one, 15.8% of them check-worthy (24.1% of all): a cue of opinion, used to choose the kind only.
_JUDGEMENTS = (r"wrong|right|good|bad|great|terrible|horrible|awful|disgraceful|shameful|ridiculous|absurd|outrageous|"
               r"dangerous|reckless|irresponsible|unacceptable|dishonest|corrupt|incompetent|pathetic|stupid|foolish|"
               r"insane|crazy|nothing[^\S\n]+new|an?[^\S\n]+(?:disaster|disgrace|joke|failure|mistake)|unfair|wonderful|"
               r"fantastic|tremendous|hypocritical|shameless|laughable|misguided|naive|deplorable|despicable|evil|immoral")
_JUDGED = re.compile(rf"\b(?:is|are|was|were|has[^\S\n]+been|have[^\S\n]+been|['’]s|['’]re)[^\S\n]+(?:not[^\S\n]+)?"
                     rf"(?:(?:so|very|simply|just|truly|really|\w+ly)[^\S\n]+)?(?:{_JUDGEMENTS})\b", re.I)
# Someone who might say something ("a cynic might say that ..."): the writer's own view, lent to no one.
_HYPOTHETICAL_SPEAKER = re.compile(r"\b(?:might|could|would|may)\s+(?:well\s+)?(?:say|argue|claim|object|think)\b")
# Features whose reasons say something happened ("it reports something that happened"): not the reasons
# given for a prediction or a statement, which tell no deed (the score still counts them).
_DEED_FEATURES = frozenset(("past_event", "dated_event", "actor_event", "pronoun_past", "present_perfect"))
_NO_DEED = ("prediction", "statement")
# Features of a sentence (data/checkworthy.yaml) that say something has happened or been done.
_HAPPENED = frozenset(("pronoun_past", "present_perfect", "record"))
# A sentence about the author rather than the story: "born in", "is the author of", "her books".
_BIOGRAPHY = re.compile(r"\b(?:was born|born in|is the author of|is an? (?:writer|journalist|columnist|author|"
                        r"editor|freelance|contributing)|(?:his|her|their) (?:latest |new |recent )?books?\b|"
                        r"has written for|graduated from|holds a (?:PhD|doctorate|degree))", re.I)
_BIO_HINT = re.compile(r"\b(?:book|books|author|writer|journalist|editor|born|graduated|PhD|professor|column|"
                       r"blog|website|podcast)\b", re.I)
_MIN_WORDS = 6          # shorter lines are bylines, datelines and labels, not claims
# A counterfactual ("Had we expanded access, we could have ..."; "If they had acted, it would have ...")
# tells what did not happen: there is no event to find a report of.
_COUNTERFACTUAL = re.compile(r"^\W*(?:Had\s+(?:we|they|I|he|she|it|you|the|our|their|this|that)\b|"
                             r"If\b[^,;]{0,120}\bhad\b[^.;]*\b(?:would|could|might)(?:\s+have|['’]ve)\b)")


def detect_claims(source: Source) -> list[Claim]:
    """One claim per sentence worth checking: its check-worthiness score (see ``checkworthy``) reaches
    the model's threshold and it carries a cue of a checkable kind, or a known check settles it. Cues
    that only look like facts (a model number, the modal "may", a year in the author's biography) are
    not cues. Each claim carries its score and the reasons a student can follow."""
    checks = load_checks()
    scorer = load_scorer()
    sentences = split_sentences(source)
    correction_after = _correction_headings(source, checks)
    cue_words = _cue_words_by_sentence(source, sentences, checks)
    known_checks = _checks_by_sentence(source, sentences, checks)
    author = _author_names(source)
    posts = _embedded_posts(source, sentences)
    shifts = scorer.shifts([source.content[s.start:s.end] for s in sentences])   # one embedding call per text
    not_names, known = names_to_ignore(source), names_known(source)
    quoted = _inside_quotations(source, sentences)
    claims: list[Claim] = []
    for number, sentence in enumerate(sentences):
        text = source.content[sentence.start:sentence.end]
        if text.strip(" *_#") == source.meta.title.strip() or _looks_like_a_heading(text):
            continue            # the title repeated as the body's first line, or a subheading: not a claim
        if _is_post_signature(text):
            continue            # "pic.twitter.com/x — Jo Roe (@joroe) May 6, 2017": an embed's byline, no claim
        biography = _is_biography(text, author)
        kinds, cues = _kinds_of(text, checks, cue_words.get(number, {}), biography)
        if sentence.paragraph in correction_after and _first_in_paragraph(sentence, sentences):
            kinds.insert(0, "correction")
            cues.insert(0, correction_after[sentence.paragraph])
        kind = kinds[0] if kinds else None
        check = next((c.id for c in known_checks.get(number, ()) if c.claim_kind in (None, kind)), None)
        present = features_of(text, scorer, biography)
        score = scorer.score(present, shifts[number])
        if check is None and (biography or len(text.split()) < _MIN_WORDS or _COUNTERFACTUAL.match(text) or
                              (score < scorer.threshold and kind != "correction")):
            continue
        if check is None and number in posts and kind in (None, "event", "date"):
            # An embedded post's words are its author's: their post settles them, not a report of an event
            kind, cues = "quotation", [f"{POST_BY}{posts[number]}"]
        elif check is None and kind in (None, "event") and (link := _CITED_LINK.search(text)):
            # "... https://www.example.org/plans.pdf So she used ...": the text gives the address of what it
            # relies on; the page at that address is what to open first
            kind, cues = "document", [link.group("host")]
        elif check is None:
            kind, cues = _by_what_it_tells(text, kind, cues, present, not_names, number in quoted, known)
        elif kind is None:      # settled by a known check without a cue of a kind
            kind, cues = "quotation" if _QUOTATION.search(text) else "event", list(salient_words(text))
        claims.append(Claim(start=sentence.start, end=sentence.end, text=text, paragraph=sentence.paragraph,
                            kind=kind, cues=tuple(dict.fromkeys(cues)), check=check, score=round(score, 3),
                            reasons=scorer.reasons(present - _DEED_FEATURES if kind in _NO_DEED else present)))
    return claims


def _by_what_it_tells(text: str, kind: str | None, cues: list[str], present: frozenset[str],
                      not_names: frozenset[str] = frozenset(), quoted: bool = False,
                      known: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """The kind of a claim from what its sentence tells, where its cues do not settle it. A sentence about
    the future that reports nothing done ("In five years Germans will be a minority") is a prediction:
    no report of an event or count can exist yet, whatever figure or date it gives. A sentence worth
    checking without a cue of a kind is an event only if it tells what happened; else it states how
    things are or judges them ("They are tortured by their history"), and no report of an event settles
    that: the student separates what a source could confirm from the writer's judgement. So is what would
    have been ("The war would have never happened without the West").

    A sentence inside a quotation that opened earlier in its paragraph (``quoted``: "“The mother should
    not ... We’ve allowed purveyors of division to ...”") is the speaker's words, whatever it tells. An
    event needs someone to search for, a name or an office ("the mayor announced"): one told by
    a verb alone ("The bosses have decided to act at last", "This has been thoroughly debunked") or
    by a people's adjective ("The Nordic establishment has sought to ...") is a statement to weigh; no
    report of an event settles it."""
    text = text.replace("''", '"')      # (two apostrophes for a quotation mark, as some archives print it)
    if kind in (None, "event") and (quoted or _QUOTATION.search(text) or _OPENS_A_QUOTE.search(text)
                                    or _CLOSES_A_QUOTE.search(text) or _starts_a_quote(text)):
        if kind is None or quoted:                      # someone's words: their record settles them
            return "quotation", [_quote_cue(text)]
    # (a name with its number, "Channel 4", "Title 8": "Channel" alone finds every channel)
    words = lambda: [with_its_number(text, w) for w in salient_words(text, not_names=not_names, known=known)]
    if kind in (None, "event") and (_WOULD_HAVE.search(text) or _HYPOTHETICAL_SPEAKER.search(text)):
        return "statement", words()
    if kind in (None, "event") and _JUDGED.search(text) and \
            not any(v.lower() not in _STATE_VERBS for v in past_verbs(text)):
        return "statement", words()     # "X and the other fear mongers are nothing new": a judgement
    reported = _words_reported(text) if kind in (None, "event") else None
    if reported:
        # (without an aside between subject and verb: "say the program, run by ..., has" -> "say the program has")
        group = " ".join(_ASIDE.sub("", reported.group()).strip(",;—– .'’\"”").split())
        if group.startswith("not to be") and re.search(r"\basked[^\S\n]+$", text[:reported.start()]):
            group = f"asked {group}"        # ("asked not to be named said": the source is unnamed)
        # (not its own verb twice: "pointed out that", "pointed")
        return "reported", [group, *(w for w in words() if w not in group.split())]
    if kind in (None, "event") and _DENIED_BY_US.match(text) and \
            all(v.lower() == "did" or re.search(rf"\bnever[^\S\n]+{re.escape(v)}\b", text) for v in past_verbs(text)) \
            and not salient_names(text, not_names, known):
        return "statement", words()     # "They did not build it so that ...": a verdict, no deed to find a report of
    never = _NEVER_DONE.search(text) if kind in (None, "event") else None
    if never and past_verbs(text)[:1] == [never.group(1)]:
        return "statement", words()     # "X has never lost a war": a record, no single event to find a report of
    if kind is None and _GENERAL_SUBJECT.match(text):
        return "statement", words()     # "Anyone who has watched the news has heard ..."
    # "was", "were", "had" alone tell how things were ("patients had the security of ..."), not a deed
    happened = any(v.lower() not in _STATE_VERBS and not _describes_a_noun(text, v) for v in past_verbs(text)) \
        or not _HAPPENED.isdisjoint(present) or bool(_LEGAL_STEP.search(text))
    future = _FUTURE.search(text) or _EXPECTED.search(text)
    if future and not happened and (kind in (None, "event") or (kind in ("number", "date") and _HORIZON.search(text))):
        return "prediction", [" ".join(future.group().split()), *cues]
    if kind in (None, "event"):
        role = _role_actor(text, load_scorer()) if "role_actor" in present else None
        names = tuple(with_its_number(text, n) for n in salient_names(text, not_names, known)[:3]) or ((role,) if role else ())
        if not names and "pronoun_past" not in present:     # ("He shorted the market": someone named before)
            return "statement", words()
        if kind == "event":     # who did it, then what they did: "NATO", "deployed"
            return kind, [*names, *cues]
        if happened and role and names == (role,):      # "the Russian government has compared ..."
            return "event", [role, *words()]
    if kind is not None:
        return kind, cues
    return ("event" if happened else "statement"), words()


# A legal step under way ("Rustan is taking the city government to court", "the family sues the clinic",
# "she has filed a complaint"): a deed that court records and reports can confirm, told in the present.
_LEGAL_STEP = re.compile(r"\b(?:(?:is|are)[^\S\n]+(?:now[^\S\n]+)?(?:taking\b[^.;]{0,80}?\bto[^\S\n]+court|suing|"
                         r"prosecuting|appealing)|takes\b[^.;]{0,80}?\bto[^\S\n]+court|sues|"
                         r"(?:files|is[^\S\n]+filing|are[^\S\n]+filing)[^\S\n]+(?:a[^\S\n]+)?(?:lawsuit|suit|complaint|appeal))\b")
# What can stand before a verb that is a deed, not a noun the participle describes.
_NOT_A_NOUN = frozenset("he she they we it i you who which that was were is are be been being had has have and or "
                        "but then also not never just".split())
_PLACE_OR_TIME = re.compile(r"[^\S\n]+(?:by|in|during|since|across|over|at|from|under|throughout|on)\b")
_FINITE_AFTER = re.compile(r"^[^,;:.!?“”\"]{0,90}?\b(?:are|is|were|was|have|has|remain|remains)\b")


def _describes_a_noun(text: str, verb: str) -> bool:
    """Is the past form a participle inside the subject ("labour shortages experienced in the aftermath of
    the pandemic are likely to persist"): after a noun, before a place or time, with the sentence's own
    verb after it? Then it tells no deed."""
    for start, end in whole_words(text, verb):
        match = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if match is None or match.group(1).lower() in _NOT_A_NOUN or not _PLACE_OR_TIME.match(text, end):
            continue
        after = _FINITE_AFTER.match(text[end:])
        if after and not re.search(r"\b(?:that|and|who|which)\b", after.group()):
            return True
    return False


POST_BY = "post by "        # the cue of an embedded post's words: "post by Jo Roe"
_CITED_LINK = re.compile(r"(?:https?://|(?=www\.))(?P<host>[\w-]+(?:\.[\w-]+)+)\S*", re.I)


def _author_names(source: Source) -> tuple[str, ...]:
    """The words of the author's name that identify them (not initials)."""
    author = source.meta.author or ""
    return tuple(w for w in re.findall(r"[A-Z][\w’'-]{2,}", author))


def _is_biography(text: str, author_names: tuple[str, ...]) -> bool:
    """A sentence about the text's author (their books, birth, jobs): its years and numbers are not
    claims of the text."""
    if _BIOGRAPHY.search(text):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in author_names[-1:]) and bool(_BIO_HINT.search(text))
