"""`medialit new --from`: a seed from a saved page (article text only, front matter from the page's
metadata), from a .txt or .md file; nothing is fetched from the network; bad input gets a clear error.
Also the front matter rules: unknown keys warn, `new` leaves `published` empty, future dates err."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from medialit.checking import check_project
from medialit.cli import main
from medialit.errors import InputError
from medialit.text.source import load_source

TEXTS = Path(__file__).parent / "fixtures" / "texts"

NO_ARTICLE = """<!DOCTYPE html><html><head><title>Home | The Valley Times</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">Advertisement</div><footer><a href="/privacy">Privacy</a></footer></body></html>"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test: importing a page must not fetch anything."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access during import")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def new_from(tmp_path: Path, page: Path, capsys) -> tuple[int, Path, str]:
    seed = tmp_path / "seeds" / "imported.md"
    code = main(["new", str(seed), "--from", str(page)])
    out = capsys.readouterr()
    return code, seed, out.out + out.err


def test_a_saved_page_becomes_a_seed_with_its_article_and_metadata(tmp_path, capsys):
    code, seed, output = new_from(tmp_path, TEXTS / "saved-page.html", capsys)
    assert code == 0, output
    source = load_source(seed)
    meta = source.meta
    assert meta.title == "City buys electric buses, drivers want more training"
    assert (meta.author, meta.publisher, meta.published, meta.url) == (
        "Rosa Lindqvist", "The Valley Times", dt.date(2023, 3, 21), "https://example.org/news/2023/electric-buses")
    text = source.body
    assert "forty electric buses" in text and "Mill Street" in text
    for left_out in ("Sport", "Advertisement", "Share on Facebook", "Finally! About time", "Related stories",
                     "All rights reserved", "mortgage"):
        assert left_out not in text, left_out
    assert [b.kind for b in source.blocks].count("heading") == 1 and any(b.kind == "quote" for b in source.blocks)
    assert "check them against the page" in output


def test_a_page_without_an_article_is_refused_clearly(tmp_path, capsys):
    page = tmp_path / "home.html"
    page.write_text(NO_ARTICLE, encoding="utf-8")
    code, seed, output = new_from(tmp_path, page, capsys)
    assert code == 1 and not seed.exists()
    assert "home.html: no article found in the page" in output


def test_a_file_that_is_not_html_is_refused_clearly(tmp_path, capsys):
    page = tmp_path / "notes.html"
    page.write_text("Just some words, no tags at all.", encoding="utf-8")
    code, _, output = new_from(tmp_path, page, capsys)
    assert code == 1 and "notes.html: is not an HTML page" in output


def test_a_nearly_empty_article_is_refused_clearly(tmp_path, capsys):
    page = tmp_path / "short.html"
    page.write_text("<html><body><article><p>Too short to be an article.</p></article></body></html>", encoding="utf-8")
    code, _, output = new_from(tmp_path, page, capsys)
    assert code == 1 and "nearly empty" in output


def test_a_txt_file_imports_with_its_first_line_as_title(tmp_path, capsys):
    code, seed, output = new_from(tmp_path, TEXTS / "plain-note.txt", capsys)
    assert code == 0, output
    source = load_source(seed)
    assert source.meta.title == "Library opening hours change in summer" and source.meta.published is None
    assert "fill in what the page did not give: author, publisher, published, url" in output


def test_a_plain_text_reads_the_same_as_a_seed_whatever_its_lines_start_with(tmp_path, capsys):
    """A plain text pasted a paragraph a line: "- Subheading -" and "1. ..." are its words, not Markdown."""
    lines = ["Harbour reopens after the storm", "",
             "The harbour reopened on Monday after a week of repairs, the port authority said in a statement.",
             "- Boats return -",
             "Fishing boats returned to their moorings on Tuesday morning, and the market opened at six o'clock.",
             "1. The first boat in was the Mary Ann, which had waited in the next town for the whole week.",
             "# not a heading: the club's tag on its own boards, painted there by its members last summer.",
             "Traders said that the week without boats had cost them more than any storm they remembered.",
             "* * *",
             "The ferry will start again next week, the authority said, once the pier has been checked."]
    page = tmp_path / "harbour.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, seed, output = new_from(tmp_path, page, capsys)
    assert code == 0, output
    source = load_source(seed)
    shown = [(b.kind, source.plain(b.start, b.end)) for b in source.blocks if b.kind != "headline"]
    assert shown == [("paragraph", lines[2]), ("paragraph", lines[3]), ("paragraph", lines[4]), ("paragraph", lines[5]),
                     ("paragraph", lines[6]), ("paragraph", lines[7]), ("separator", "* * *"), ("paragraph", lines[9])]


@pytest.mark.parametrize("suffix", [".md", ".markdown"])
def test_a_markdown_file_keeps_its_marks(tmp_path, capsys, suffix):
    page = tmp_path / f"notes{suffix}"
    page.write_text("Harbour notes\n\nThe harbour reopened on Monday after a week of repairs.\n\n- boats back\n"
                    "- market open\n", encoding="utf-8")
    code, seed, output = new_from(tmp_path, page, capsys)
    assert code == 0, output
    assert [b.kind for b in load_source(seed).blocks if b.kind != "headline"] == ["paragraph", "list"]


def test_a_flush_left_capitalised_line_after_a_list_item_starts_a_paragraph(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\n\nThe text begins.\n\n- one item that wraps\nonto this line\n"
                    "- two\nThe next paragraph starts flush left with a capital.\n", encoding="utf-8")
    source = load_source(path)
    assert [(b.kind, source.plain(b.start, b.end)) for b in source.blocks] == [
        ("paragraph", "The text begins."), ("list", "one item that wraps\nonto this line\ntwo"),
        ("paragraph", "The next paragraph starts flush left with a capital.")]


def test_a_blog_export_keeps_known_fields_and_names_the_others(tmp_path, capsys):
    code, seed, output = new_from(tmp_path, TEXTS / "blog-export.md", capsys)
    assert code == 0, output
    source = load_source(seed)
    assert source.meta.title.startswith("Ten reasons") and source.meta.published == dt.date(2022, 9, 30)
    assert "categories, description, layout, tags" in output


# ------------------------------------------------------------------------------------------ front matter


def test_unknown_front_matter_keys_are_a_warning_naming_the_key():
    source = load_source(TEXTS / "blog-export.md")
    for key in ("layout", "categories", "description", "tags"):
        assert any(f"field '{key}' is not one medialit uses and is ignored" in w for w in source.warnings), key


def test_new_leaves_published_empty(tmp_path, capsys):
    seed = tmp_path / "s.md"
    assert main(["new", str(seed), "--title", "A headline"]) == 0
    line = next(l for l in seed.read_text(encoding="utf-8").splitlines() if l.startswith("published:"))
    assert line.split("#")[0].strip() == "published:"


def test_a_date_in_the_future_is_an_error(tmp_path):
    future = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    path = tmp_path / "s.md"
    path.write_text(f"---\ntitle: T\npublished: {future}\n---\n\nText.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_source(path)
    assert f"field 'published' is {future}, a date in the future" in str(caught.value.problems[0])


def test_check_warns_about_empty_author_publisher_and_url(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ntitle: T\nauthor: A. Writer\n---\n\nText of the article.\n", encoding="utf-8")
    warnings = "\n".join(check_project(seeds).warnings)
    assert "a.md: front matter field 'publisher' is empty" in warnings
    assert "a.md: front matter field 'url' is empty" in warnings and "'author' is empty" not in warnings


# A web headline of 25 words: longer than a short title, but no sentence ends in it.
LONG_HEADLINE = ("The Harbour Board's Plan To Sell The Old Pier Is Another Step Towards A Town That Will Have "
                 "Nothing Left For The People Who Built It")


def test_a_long_headline_on_the_first_line_is_the_whole_title_and_not_a_paragraph(tmp_path, capsys):
    page = tmp_path / "pier.txt"
    page.write_text(f"{LONG_HEADLINE}\n\nThe board voted on Monday to sell the old pier to a developer, "
                    "its chair said in a statement after the meeting.\n", encoding="utf-8")
    for seed in (page, new_from(tmp_path, page, capsys)[1]):
        source = load_source(seed)
        assert source.meta.title == LONG_HEADLINE
        first = source.paragraphs[0]
        assert first.number == 1 and source.plain(first.start, first.end).startswith("The board voted")


def test_a_long_first_line_with_a_sentence_in_it_is_no_headline(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("The board voted on Monday to sell the old pier. Its chair said the town could not pay for "
                    "the repairs, which the engineers put at two million pounds over ten years.\n", encoding="utf-8")
    assert load_source(path).meta.title == "The board voted on Monday to sell the old pier…"


def test_a_txt_whose_first_line_is_long_gets_its_first_words_as_title(tmp_path):
    path = tmp_path / "speech.txt"
    words = "Friends and neighbours thank you all for coming tonight to hear about the railway " * 6
    path.write_text(words + "\n", encoding="utf-8")
    source = load_source(path)
    assert source.meta.title == "Friends and neighbours thank you all for coming tonight to…"
    assert any("first line is too long for a headline" in w for w in source.warnings)
    assert source.slug == "friends-and-neighbours-thank-you-all-for-coming-tonight-to"


def test_a_new_seed_drops_invisible_characters_a_pasted_text_carries(tmp_path, capsys):
    page = tmp_path / "buses.txt"
    page.write_text("\ufeffBus line to close\n\nThe council met on Monday about the line.\n\n"
                    "\ufeff As the line closes, riders wait for a new time\u200btable from the council.\n",
                    encoding="utf-8")
    code, seed, output = new_from(tmp_path, page, capsys)
    assert code == 0, output
    written = seed.read_text(encoding="utf-8")
    assert "\ufeff" not in written and "\u200b" not in written and "new timetable" in written
