"""The foot of the page around the text (text/blocks, data/furniture.yaml): a reporter's sign-off above the
outlet's name, a rule and a copyright line; a copyright notice with what stands below it (a bio, book
notices); a line that points to another article. The same lines inside the text stay the author's."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.text.furniture import furniture_paragraphs
from medialit.text.source import load_source

LONG = ["The harbour board voted on Monday to close the old pier to lorries from June, after an inspection found "
        "that several of its timber piles had rotted through below the waterline and could not be repaired.",
        "Fishermen who land their catch at the pier said they had not been asked before the vote, and that the "
        "nearest other quay is an hour away by road, which would add to the cost of every landing.",
        "The board's engineer said a new pier would take three years to build and that the money for it had not "
        "yet been found, although the town council has promised to look at its budget again in the autumn."]
QUOTE = "“We will find a way to keep the boats coming in,” the mayor said."


def load(tmp_path: Path, lines: list[str], front: str = "title: Harbour pier closes") -> object:
    """A seed of these blocks (a blank line between each)."""
    path = tmp_path / "seed.md"
    path.write_text(f"---\n{front}\n---\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return load_source(path)


def shown(source) -> list[tuple[str, str, str]]:
    return [(b.kind, b.label, source.plain(b.start, b.end)) for b in source.blocks]


def test_a_sign_off_above_the_outlet_a_rule_and_a_copyright_line_is_the_page(tmp_path):
    source = load(tmp_path, [*LONG, QUOTE, "— Ann Lindqvist and Piet de Vries", "Harbour Gazette", "———",
                             "©2024 Harbour Gazette, distributed by Coast Wire Service."])
    assert shown(source)[-4:] == [
        ("furniture", "Byline", "— Ann Lindqvist and Piet de Vries"),
        ("furniture", "Other text of the page", "Harbour Gazette"),
        ("separator", "", "———"),
        ("furniture", "Copyright notice", "©2024 Harbour Gazette, distributed by Coast Wire Service.")]
    assert [source.paragraph_text(p.number) for p in source.paragraphs] == [*LONG, QUOTE]


@pytest.mark.parametrize("lines", [
    # under a quotation inside the text: the line names the quotation's speaker
    [LONG[0], QUOTE, "— Ann Lindqvist", *LONG[1:]],
    # the last line, with nothing of the page after it: a quotation's speaker as much as a sign-off
    [*LONG, QUOTE, "— Ann Lindqvist"],
])
def test_a_dash_and_a_name_elsewhere_stays_the_text(tmp_path, lines):
    source = load(tmp_path, lines)
    assert "— Ann Lindqvist" in [source.paragraph_text(p.number) for p in source.paragraphs]
    assert not furniture_paragraphs(source)


def test_a_dash_and_the_authors_name_at_the_foot_is_the_byline(tmp_path):
    source = load(tmp_path, [*LONG, "— Ann Lindqvist"], front="title: Harbour pier closes\nauthor: Ann Lindqvist")
    assert shown(source)[-1] == ("furniture", "Byline", "— Ann Lindqvist")


def test_what_stands_below_a_copyright_notice_at_the_foot_is_the_page(tmp_path):
    below = ["Ann Lindqvist writes on the coast and its trades; her books Tides and Who Owns the Shore?\n"
             "are sold in the museum shop.", "Her new book on harbours is out in May.",
             "See the review of it in our books section"]
    source = load(tmp_path, [*LONG, "COPYRIGHT 2024 HARBOUR GAZETTE", *below])
    page = shown(source)[len(LONG):]
    assert page[0] == ("furniture", "Copyright notice", "COPYRIGHT 2024 HARBOUR GAZETTE")
    assert [kind for kind, _, _ in page[1:]] == ["furniture"] * 3
    assert page[1][2].endswith("Who Owns the Shore?\nare sold in the museum shop.")   # one sentence over two lines
    assert [source.paragraph_text(p.number) for p in source.paragraphs] == LONG


@pytest.mark.parametrize("notice", ["Copyright © 2024 Harbour Gazette", "© 2024 Harbour Gazette. Picture: the old pier"])
def test_a_copyright_notice_at_the_head_leaves_the_text_below_it(tmp_path, notice):
    source = load(tmp_path, [notice, *LONG, QUOTE])
    assert shown(source)[0][:2] == ("furniture", "Copyright notice")
    assert [source.paragraph_text(p.number) for p in source.paragraphs] == [*LONG, QUOTE]


def test_a_copyright_notice_above_more_words_than_a_foot_leaves_them(tmp_path):
    """A dated picture credit near the end, above the text's last paragraphs: they stay the author's."""
    source = load(tmp_path, [LONG[0], "© 2024 Harbour Gazette", *LONG[1:], LONG[0], LONG[1]])
    assert len(source.paragraphs) == 5


@pytest.mark.parametrize("line, page", [
    ("See, earlier: Harbour board to vote on the old pier by Ann Lindqvist, March 3, 2024", True),
    ("See also: Who pays for a new pier?", True),
    ("Previously: the pier's last repair, in 1998", True),
    ("Earlier, the board had said the pier could be repaired for a tenth of the cost.", False),
])
def test_a_line_that_points_to_another_article_is_the_page(tmp_path, line, page):
    source = load(tmp_path, [line, *LONG])
    assert (shown(source)[0][:2] == ("furniture", "Links to other articles")) is page
    assert len(source.paragraphs) == len(LONG) + (not page)
