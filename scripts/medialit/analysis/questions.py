"""Questions: which questions a text asks itself, and which it only reports, names or answers at once.

The rhetorical-question rule and the sentence model read any question as doubt. A question the author
answers in the next sentence, the title of an outlet that ends in a question mark, someone's question
quoted or reported, and a filler tag ("…, you know?") cast none; the readers here say which is which.
"""

from __future__ import annotations

import bisect
import re

from .prepared_text import PreparedText, sentence_starts


def is_question(sentence: str) -> bool:
    """Does the sentence end in a question mark (before closing quotes or brackets)?"""
    return sentence.rstrip("\"”’') ").endswith("?")


# A question mark after a run of three or more capitalised words that follows a dash, a colon or a
# reporting verb ("says the website Watts Up With That?", "– Watts Up With That?", "by her: The Year We
# Won?") ends the name of an outlet or a work, not a question the author asks. On the PTC training split 3
# such sentences were read as questions (rhetorical-question rule or sentence model), none of their
# characters inside an annotation; techniques-dev has none. A name after another word ("his friend Bishop
# John Smith?") is left alone: that question is asked. hl-21.
_TITLE_QUESTION = re.compile(
    r"(?:[:–—-]\s*|\b(?:says|said|writes|wrote|reports|reported|according to|via)\s+"
    r"(?:the\s+)?(?:(?:web)?site|blog|outlet|newspaper|magazine|show|podcast|book|column|article)?\s*)"
    r"[“\"‘']?((?:[A-Z0-9][\w'’.-]*\s+){2,}[A-Z0-9][\w'’-]*)\?[\"”’')\s]*$")


def names_a_title(content: str, end: int) -> bool:
    """Does the line ending at ``end`` end in the title of an outlet or a work that ends with a question
    mark (see ``_TITLE_QUESTION``)? A run in capitals only ("WHO PAYS FOR THIS?") shouts a question."""
    line = content[content.rfind("\n", 0, end) + 1:end]
    match = _TITLE_QUESTION.search(line)
    return match is not None and any(ch.islower() for ch in match.group(1))


# A question in quotation marks that a verb of asking introduces ("people ask, “How can you …?”") is someone's
# question reported, often to be answered, not a doubt the author leaves hanging: on the PTC training split 15
# such sentences were read as doubt questions, 0.07 of their characters inside doubt spans (all questions
# 0.21); techniques-dev 3, none (all questions 0.67). hl-21.
_REPORTED_QUESTION = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered)\b[^“\"]{0,20}[“\"]", re.IGNORECASE)


# A question wholly inside quotation marks that a colon opens ("eludes the question: “Am I my keeper?”", "He
# asked me: “What is he like?”") is someone's question quoted, whatever the verb before it: on the PTC training
# split 22 such questions, 0.08 of their characters inside doubt spans (all questions 0.17); techniques-dev 6,
# 0.22 (all questions 0.61). A question that closes with the filler "…, you know?" asks nothing: 2 on both
# corpora, none inside a doubt span. hl-23.
_QUOTED_AFTER_COLON = re.compile(r":\s*[“\"][^”\"]*\?[”\"’')\s]*$")
_FILLER_TAG = re.compile(r",\s*you know\?", re.IGNORECASE)
_ASKS = re.compile(r"^\W*(?:who|whom|whose|what|why|how|where|when|which|is|are|was|were|am|do|does|did|can|could|"
                   r"would|will|should|shall|may|might|must|has|have|had|isn't|aren't|wasn't|weren't|don't|"
                   r"doesn't|didn't|can't|couldn't|won't|wouldn't|shouldn't|hasn't|haven't)\b", re.IGNORECASE)


def reported_or_filler_question(sentence: str) -> bool:
    """Is the sentence's question someone else's, quoted or reported, or only a filler tag?"""
    return (_REPORTED_QUESTION.search(sentence) is not None or _QUOTED_AFTER_COLON.search(sentence) is not None
            or _only_a_filler(sentence))


def _only_a_filler(sentence: str) -> bool:
    """Is the sentence's one question mark that of "…, you know?" after a statement ("We fought this
    battle already, you know?"), not after a question ("Why would they close it, you know?")?"""
    tag = _FILLER_TAG.search(sentence)
    return tag is not None and sentence.count("?") == 1 and _ASKS.search(sentence[:tag.start()]) is None


def not_the_authors_question(content: str, start: int, end: int) -> bool:
    """Does the question from ``start`` to ``end`` end in a title (``names_a_title``), or is it someone else's or
    only a filler tag (``reported_or_filler_question``)? Then the author leaves no doubt hanging."""
    return names_a_title(content, end) or reported_or_filler_question(content[start:end])


def set_apart_and_answered(text: PreparedText, span: tuple[int, int], max_words: int) -> bool:
    """Is the sentence at ``span`` a short question, set apart as its own paragraph, that the next paragraph
    answers (see ``answered_at_once``)? The sentence model reads any question as doubt; a question the author
    sets up only to answer it at once casts none. (Inside a paragraph, measured on techniques-dev, the
    annotators mostly did mark such questions, so there the model's reading stands.)"""
    if not is_question(text.content[span[0]:span[1]]):
        return False
    number = bisect.bisect_right([s for s, _ in text.paragraphs], span[0]) - 1
    if number < 0 or text.content[text.paragraphs[number][0]:span[0]].strip(" *_\"“‘'"):
        return False      # only a question set apart as its own paragraph: inside one, annotators often mark it
    return answered_at_once(text, span, text.paragraphs[number][1], max_words)


def answered_at_once(text: PreparedText, span: tuple[int, int], paragraph_end: int, max_words: int) -> bool:
    """Is this a short question (at most ``max_words`` words) that the next sentence, not itself a
    question, answers ("Why is this happening? Because ...")? The next sentence is the one after it in
    its paragraph, or, when the question closes its paragraph, the first of the next paragraph ("So,
    what does this tell us?" set apart, then "It tells us that ..."). The author answers it: it does not
    leave a doubt hanging."""
    if len(text.content[span[0]:span[1]].split()) > max_words:
        return False
    starts = sentence_starts(text)
    number = bisect.bisect_right(starts, span[1] - 1)      # the first sentence that starts after the question
    if number >= len(starts):
        return False
    if starts[number] >= paragraph_end and text.content[span[1]:paragraph_end].strip("\"”’') ?"):
        return False      # (the question is not the last sentence of its paragraph)
    return not is_question(text.content[starts[number]:text.sentences[number][1]])
