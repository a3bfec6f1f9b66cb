"""The structure of a text (text/blocks.py): headings, quotations, lists, separators and pull quotes are
kept and not numbered as paragraphs; the page around the text is set apart; one-block texts are grouped."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.techniques import detect_techniques
from medialit.text.markup import strip_markup
from medialit.text.source import load_source, slugify

TEXTS = Path(__file__).parent / "fixtures" / "texts"


def write(tmp_path: Path, text: str, name: str = "seed.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def kinds(source) -> list[tuple[str, int | None]]:
    return [(b.kind, b.number) for b in source.blocks]


def test_headings_quotes_lists_and_separators_are_blocks_of_their_own(tmp_path):
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\nFirst paragraph here.\n\n### A heading\n\n"
                                         "> Someone else's words.\n> More of them.\n\nThe list:\n- one\n- two\n\n"
                                         "* * *\n\nLast paragraph.\n"))
    assert kinds(source) == [("paragraph", 1), ("heading", None), ("quote", 2), ("paragraph", 3), ("list", 4),
                             ("separator", None), ("paragraph", 5)]
    assert source.paragraph_text(2) == "Someone else's words.\nMore of them."
    assert source.paragraph_text(4) == "one\ntwo"


def test_a_block_quote_is_someone_elses_words_for_the_detector(tmp_path):
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\nThe minister spoke.\n\n"
                                         "> The hysterical regime lies and lies.\n"))
    quote = source.paragraphs[1]
    assert source.in_block_quote(quote.start + 5) and not source.in_block_quote(source.paragraphs[0].start)
    inside = [f for f in detect_techniques(source) if f.paragraph == 2]
    assert inside and all(f.reason.startswith("In a quotation") for f in inside)


def test_a_separator_never_turns_text_into_italics(tmp_path):
    assert strip_markup("a * * * b") == "a * * * b"
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\nOne.\n\n* * *\n\nTwo *words* here.\n"))
    assert kinds(source)[1] == ("separator", None)


def test_a_pull_quote_repeating_the_text_is_layout_not_repetition(tmp_path):
    source = load_source(TEXTS / "oped-structure.md")
    pull = [b for b in source.blocks if b.kind == "pullquote"]
    assert len(pull) == 1 and source.plain(pull[0].start, pull[0].end) == "“A promise is not a plan.”"
    assert not [f for f in detect_techniques(source) if f.start >= pull[0].start and f.end <= pull[0].end]


@pytest.mark.parametrize("text, kind", [
    ("By Jane Doe", "Byline"),
    ("Region: Europe, Asia", "Section or topic labels"),
    ("Follow us on Instagram and sign up for our newsletter.", "Prompt to share, follow or subscribe"),
    ("Become a member and support independent journalism.", "Appeal for money or membership"),
    ("Comment on this story on our page", "Invitation to comment"),
    ("Disclaimer: the views are the author's own.", "Disclaimer or copyright notice"),
    ("The Daily Example, 4 March 2022", "Date line"),
    ("Article reprinted with permission from The Example Review.", "Note on where the text first appeared"),
    ("© Provided by Example News The mayor opened the bridge on Monday [Jane Roe/ Example Agency]", "Picture caption"),
    ("Boats wait at the closed harbour in Portville on Tuesday (AP Photo/Jane Roe)", "Picture caption"),
    ("1.2K SHARES Facebook Twitter", "Prompt to share, follow or subscribe"),
    ("Share Facebook Twitter Email", "Prompt to share, follow or subscribe"),
])
def test_the_page_around_the_text_is_set_apart(tmp_path, text, kind):
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\n{text}\n\nThe article's own first paragraph "
                                         "says what happened, where and when, and who said so.\n"))
    assert source.blocks[0].kind == "furniture" and source.blocks[0].label == kind
    assert source.blocks[0].number is None and source.paragraphs[0].number == 1
    assert not [f for f in detect_techniques(source) if f.start < source.blocks[0].end]


@pytest.mark.parametrize("ending, expected", [
    # a credit line closing the page, and the promotion after it, are the page around the text
    ("Article posted with permission from Jane Example.\n\nJane Example's books on local politics are out now",
     [("furniture", None), ("furniture", None)]),
    # an embedded post's signature is quoted words, and the author's closing line after it stays text
    ("— Jane Example (@janeexample) May 3, 2021\n\nWe expect the mayor to answer her soon.",
     [("paragraph", 3), ("paragraph", 4)]),
])
def test_what_closes_a_text_is_set_apart_only_when_it_is_the_page_around_it(tmp_path, ending, expected):
    argument = ("The council voted on Tuesday to close the library on Sundays, and the mayor said the savings "
                "would pay for longer hours on weekdays, which parents had asked for since the spring.")
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\n{argument}\n\nA sad day for readers.\n\n{ending}\n"))
    assert kinds(source) == [("paragraph", 1), ("paragraph", 2), *expected]


def test_a_reader_poll_inside_the_text_is_the_page_around_it_and_its_repeated_question_too(tmp_path):
    first = ("The council voted on Tuesday to close the library on Sundays, and the mayor said the savings "
             "would pay for longer hours on weekdays, which parents had asked for since the spring.")
    last = ("Parents who spoke at the meeting said they would collect signatures against the Sunday closure "
            "and bring them to the next meeting of the council, which is due to vote on the budget in May.")
    poll = ("take our poll - story continues below Which library should open on Sundays?\n\n"
            "Which library should open on Sundays?\n\nEmail *\n\n"
            "Name This field is for validation purposes only, please leave it blank.\n\n"
            "Completing this poll grants you access to our updates free of charge.\n\n"
            "You may opt out at anytime.")
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\n{first}\n\n{poll}\n\n{last}\n"))
    assert [n for _, n in kinds(source) if n is not None] == [1, 2]
    assert source.paragraphs[1].number == 2 and "signatures" in source.paragraph_text(2)
    labels = {b.label for b in source.blocks if b.kind == "furniture"}
    assert labels == {"Reader poll or sign-up form"}


def test_a_reader_poll_pasted_a_line_a_block_is_the_page_around_the_text(tmp_path):
    first = ("The council voted on Tuesday to close the library on Sundays, and the mayor said the savings "
             "would pay for longer hours on weekdays, which parents had asked for since the spring.")
    last = ("Parents who spoke at the meeting said they would collect signatures against the Sunday closure "
            "and bring them to the next meeting of the council, which is due to vote on the budget in May.")
    poll = "\n\n".join(["take our poll - story continues below", "Which library should open on Sundays?",
                         "Which library should open on Sundays?", "* Elm Street * Riverside * Harbour Road",
                         "Email *", "You may opt out at anytime."])
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\n{first}\n\n{poll}\n\n{last}\n"))
    assert [n for _, n in kinds(source) if n is not None] == [1, 2]
    assert not [f for f in detect_techniques(source) if "Sundays?" in f.text]


def test_an_argument_that_asks_permission_stays_text(tmp_path):
    line = "The newspaper posted with permission of the family a photograph that the police had withheld."
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\n{line}\n"))
    assert kinds(source) == [("paragraph", 1)]


def test_an_argument_that_mentions_a_newsletter_stays_text(tmp_path):
    long = ("The ministry's newsletter, sent to every school last week, claimed that the reform had been a "
            "success everywhere, but the figures it gave came from three schools only, and none of them had "
            "more than a hundred pupils, which the newsletter did not say anywhere in its four pages of praise. "
            "Teachers who wrote in were not answered, and the ministry declined to comment on the numbers.")
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\n{long}\n"))
    assert kinds(source) == [("paragraph", 1)]


def test_the_headline_repeated_above_the_text_is_not_a_paragraph(tmp_path):
    source = load_source(write(tmp_path, "---\ntitle: \"A *big* day\"\n---\n\nA big day\n\nThe text.\n"))
    assert source.meta.title == "A big day"
    assert kinds(source) == [("headline", None), ("paragraph", 1)]


def test_a_subheading_run_into_its_paragraph_is_a_heading_not_the_paragraphs_first_words(tmp_path):
    text = ("---\ntitle: T\n---\n\nThe council met on Monday and voted on the budget for the year.\n\n"
            "Budget cuts hit schools\nThe mayor said the schools would lose staff.\n"
            "Teachers plan a protest on Friday outside the town hall.\n\n"
            "\u2018Serious\u2019 worries\nParents wrote to the council about it.\n")
    source = load_source(write(tmp_path, text))
    assert kinds(source) == [("paragraph", 1), ("heading", None), ("paragraph", 2), ("paragraph", 3),
                             ("heading", None), ("paragraph", 4)]
    assert source.paragraph_text(2).startswith("The mayor said")
    assert source.paragraph_text(4).startswith("Parents wrote")


@pytest.mark.parametrize("block", [
    "The minister told reporters that\nThe Plan would go ahead.\n",      # a sentence broken at the line
    "In short:\nThe plan goes ahead on Monday, the minister said.\n",     # a lead-in, closed by a colon
    "Email *\nName *\n",                                               # a form, not a subheading
])
def test_a_first_line_that_is_no_subheading_stays_with_its_block(tmp_path, block):
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\nThe council met on Monday and voted.\n\n" + block))
    assert ("heading", None) not in kinds(source)


def test_a_list_number_on_a_line_of_its_own_is_no_paragraph(tmp_path):
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\nThe council has two rules.\n\n1.\n\n"
                                         "Nobody parks on the pier.\n\n2)\n\nNobody fishes from the bridge.\n"))
    assert kinds(source) == [("paragraph", 1), ("heading", None), ("paragraph", 2), ("heading", None), ("paragraph", 3)]


def test_a_speech_without_breaks_is_grouped_into_paragraphs_at_turns():
    source = load_source(TEXTS / "speech-no-breaks.md")
    assert source.made_breaks and len(source.paragraphs) >= 5
    starts = [source.paragraph_text(p.number)[:20] for p in source.paragraphs]
    assert any(s.startswith("Let me speak") for s in starts) and any(s.startswith("Finally") for s in starts)
    assert ("separator", None) in kinds(source)          # the inline "* * *"
    for p in source.paragraphs:
        assert 2 <= len([c for c in source.paragraph_text(p.number) if c in ".!?"]) <= 8


def test_short_texts_are_not_regrouped(tmp_path):
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\nOne. Two. Three. Four. Five. Six. Seven.\n"))
    assert not source.made_breaks and len(source.paragraphs) == 1


def test_quoting_drops_markup_but_keeps_words():
    source = load_source(Path(__file__).parent.parent / "seeds" / "whitney-did-nato-just-declare-war-on-russia.md")
    start = source.content.index("***Michael")
    assert source.plain(start + 3, start + 40).startswith("Michael Whitney is a renowned")
    assert "](" not in source.page_text and "**" not in source.page_text
    assert all("**" not in source.paragraph_text(p.number) for p in source.paragraphs)


def test_slugs_are_cut_between_words():
    slug = slugify("Did NATO just declare war on Russia and what it means for everyone in Europe today")
    assert len(slug) <= 60 and slug.endswith("-for") and not slug.endswith("-")


@pytest.mark.parametrize("text", ["665 shares of the harbour company were sold on Monday.",
                                  "Twitter and Facebook removed the account of the harbour company on Monday."])
def test_a_sentence_about_shares_or_networks_stays_the_text(tmp_path, text):
    source = load_source(write(tmp_path, f"---\ntitle: T\n---\n\nThe article's own first paragraph says what "
                                         f"happened, where and when, and who said so.\n\n{text}\n"))
    assert [b.kind for b in source.blocks] == ["paragraph", "paragraph"]


def test_a_run_of_the_page_around_the_text_prints_as_one_paragraph_on_the_worksheet(tmp_path):
    """A reader poll's many short lines are one box on paper, each label written once."""
    from medialit.site import Project, generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    poll = "\n\n".join(["Take our poll: should the harbour open on Sundays?", "Yes, it should open.",
                        "Comment on this story below", "Sign up for our newsletter.", "Follow us on Instagram."])
    write(seeds, "---\ntitle: Harbour hours\n---\n\nThe council voted on Tuesday to open the harbour market on "
                 "Sundays from May, the mayor said after the meeting, which ran late into the evening.\n\n"
                 f"{poll}\n\nTraders said the change would bring more visitors to the old town in the summer, when the "
                 "ferries run twice an hour, and the fishermen's union said it would ask its members next week.\n",
          name="harbour.md")
    site = generate(Project(root=tmp_path, seeds_dir=seeds, docs_dir=tmp_path / "docs"))
    sheet = next(page for uri, page in site.pages.items() if uri.startswith("worksheets/"))
    assert sheet.count('<p class="ml-page-around">') == 1
    around = sheet.split('<p class="ml-page-around">')[1].split("</p>")[0]
    assert around.count("The page around the text") == 1 and around.count("Yes, it should open.") == 1
    assert around.count("Invitation to comment:") == 1 and around.count(" · ") == 4 and "Traders" not in around


def test_a_line_broken_after_a_title_is_one_paragraph_with_the_next(tmp_path):
    """A text pasted one sentence a line, by a splitter that broke after "Dr.": the name is not a paragraph."""
    lines = ["The harbour board met on Monday to discuss the closure of the old pier.",
             "The plan was defended by the board's engineer, Dr.",
             "Ann Lindqvist, who said the pier could no longer carry lorries.",
             "Fishermen said they had not been asked before the vote was taken.",
             "The board will meet again in May, after the inspection is finished."]
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\n" + "\n".join(lines) + "\n"))
    texts = [source.paragraph_text(p.number) for p in source.paragraphs]
    assert len(texts) == 4 and texts[1].startswith("The plan was defended") and texts[1].endswith("lorries.")


def test_a_line_ending_on_a_street_abbreviation_stays_a_paragraph(tmp_path):
    lines = ["The harbour board met on Monday at its office on Main St.",
             "The plan was defended by the board's engineer, who said the pier was unsafe.",
             "Fishermen said they had not been asked before the vote was taken.",
             "The board will meet again in May, after the inspection is finished."]
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\n" + "\n".join(lines) + "\n"))
    assert len(source.paragraphs) == 4


SENTENCE_LINES = ["The harbour board met on Monday to discuss the closure of the old pier.",
                  "Its engineer said: “The pier can no longer carry lorries.",
                  "We have known it for two years.”",
                  "Fishermen said they had not been asked before the vote was taken.",
                  "The board will meet again in May, i.e.",
                  "after the inspection is finished."]


def _paragraphs_of_lines(tmp_path, lines):
    source = load_source(write(tmp_path, "---\ntitle: T\n---\n\n" + "\n".join(lines) + "\n"))
    return [source.paragraph_text(p.number) for p in source.paragraphs]


def test_a_quotation_split_into_sentence_lines_is_one_paragraph(tmp_path):
    """A text pasted a sentence a line: the engineer's two quoted sentences stay one paragraph with the words
    that open the quotation, so the quotation is whole for the reader and for the detector."""
    texts = _paragraphs_of_lines(tmp_path, SENTENCE_LINES)
    assert texts[1].startswith("Its engineer said") and texts[1].endswith("two years.”")


def test_a_line_that_goes_on_after_an_abbreviation_is_the_same_paragraph(tmp_path):
    texts = _paragraphs_of_lines(tmp_path, SENTENCE_LINES)
    assert " ".join(texts[-1].split()) == "The board will meet again in May, i.e. after the inspection is finished."


def test_a_quotation_that_reopens_on_each_paragraph_keeps_its_paragraphs(tmp_path):
    """Typesetters reopen a long quotation on each paragraph and close it once: those are paragraphs."""
    lines = ["The harbour board met on Monday to discuss the closure of the old pier.",
             "Its engineer wrote: “The pier can no longer carry lorries, and has not for years.",
             "“We asked for money in every budget since the storm, and were refused each time.”",
             "Fishermen said they had not been asked before the vote was taken."]
    assert len(_paragraphs_of_lines(tmp_path, lines)) == 4


def test_a_lower_case_line_after_a_full_sentence_is_not_joined_to_it(tmp_path):
    """A prompt in lower case after a finished sentence is the page around the text, not the sentence's end."""
    lines = ["The harbour board met on Monday to discuss the closure of the old pier.",
             "vote in our survey, then read on",
             "Fishermen said they had not been asked before the vote was taken.",
             "The engineer said the pier had been unsafe for two years.",
             "The mayor said the town would look for money to repair it.",
             "A ferry will carry the lorries until then, the board said.",
             "The board will meet again in May, after the inspection is finished."]
    texts = _paragraphs_of_lines(tmp_path, lines)
    assert texts[0] == lines[0]
