"""A text pasted one sentence a line (text/blocks ``_continues``): a quotation in straight marks split over
its sentence lines stays one paragraph, and so does a sentence a splitter broke after a question or
exclamation mark inside it; a line that opens a new quotation, a link or a prompt of the page stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.text.source import load_source

OPENING = "The harbour board met on Monday to discuss the closure of the old pier."
CLOSING = ["Fishermen said they had not been asked before the vote was taken.",
           "The ferry company said its boats would use the new quay until then.",
           "A survey of the pier's timbers is to be finished by April.",
           "The board will meet again in May, after the inspection is finished."]


def paragraphs(tmp_path: Path, middle: list[str]) -> list[str]:
    path = tmp_path / "seed.md"
    path.write_text("---\ntitle: T\n---\n\n" + "\n".join([OPENING, *middle, *CLOSING]) + "\n", encoding="utf-8")
    source = load_source(path)
    return [" ".join(source.paragraph_text(p.number).split()) for p in source.paragraphs]


@pytest.mark.parametrize("middle, joined", [
    # a quotation in straight marks, closed on the next line after a comma or a stop
    (['"The pier is finished.', 'There is only a ruin," the engineer told the board.'],
     '"The pier is finished. There is only a ruin," the engineer told the board.'),
    (['The mayor wrote: "We will not pay for it.', 'The port must find the money."'],
     'The mayor wrote: "We will not pay for it. The port must find the money."'),
    # the same in curly marks (the rule held before; both kinds of mark behave alike)
    (["“The pier is finished.", "There is only a ruin,” the engineer told the board."],
     "“The pier is finished. There is only a ruin,” the engineer told the board."),
    # a book's title ending in a question mark, the sentence going on in lower case
    (["Her books on the coast, such as Will the Harbour Last?", "are sold in the museum shop."],
     "Her books on the coast, such as Will the Harbour Last? are sold in the museum shop."),
    (['"Why did nobody tell us?"', "asked a fisherman at the back of the hall."],
     '"Why did nobody tell us?" asked a fisherman at the back of the hall.'),
])
def test_a_sentence_split_over_lines_is_one_paragraph(tmp_path, middle, joined):
    texts = paragraphs(tmp_path, middle)
    assert joined in texts and len(texts) == 2 + len(CLOSING)


@pytest.mark.parametrize("middle", [
    # each line its own quotation: the second opens a new one, so it is a paragraph of its own
    ['"The pier is finished," the engineer said.', '"There is only a ruin," the mayor said.'],
    # a quotation left open and a line that opens another in straight marks
    ['The mayor wrote: "We will not pay for it.', 'The port replied "it must be the town."'],
    # after a question, a link or a prompt of the page in lower case
    ["Who will pay for the new pier?", "https://example.org/harbour-plan"],
    ["Who will pay for the new pier?", "take our poll on the pier - the report goes on below"],
])
def test_lines_that_do_not_go_on_with_the_sentence_stay_apart(tmp_path, middle):
    texts = paragraphs(tmp_path, middle)
    assert not any(middle[0] in text and middle[1] in text for text in texts)
