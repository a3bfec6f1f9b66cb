"""The seed loader: validation messages name the file, line and field; nothing is quadratic."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.errors import InputError
from medialit.text.source import MAX_SEED_BYTES, load_source

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path, text: str, name: str = "seed.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_source(path)
    return [str(p) for p in caught.value.problems]


def test_paragraph_at_agrees_with_a_linear_scan(tmp_path):
    body = "\n\n".join(f"Paragraph {n} says something." for n in range(1, 300))
    source = load_source(write(tmp_path, f"---\ntitle: Many\n---\n\n{body}\n"))
    for offset in range(0, len(source.content), 7):
        expected = next((p.number for p in source.paragraphs if p.start <= offset < p.end), None)
        assert source.paragraph_at(offset) == expected


@pytest.mark.parametrize("front, words", [
    ("published: 2022-02-30", "seed.md:3: front matter field 'published' must be a date like 2022-03-04"),
    ("published: March", "field 'published' must be a date like 2022-03-04 (got 'March')"),
    ("topics: " + "[" * 1000 + "]" * 1000, "nested too deeply"),
    ("url: javascript:alert(1)", "field 'url' must be a web address"),
])
def test_front_matter_problems_name_the_file_and_field(tmp_path, front, words):
    path = write(tmp_path, f"---\ntitle: A title\n{front}\n---\n\nText.\n")
    assert any(words in message and str(path) in message for message in problems(path)), problems(path)


def test_a_numeric_title_is_a_title(tmp_path):
    assert load_source(write(tmp_path, "---\ntitle: 1984\n---\n\nText.\n")).meta.title == "1984"


def test_an_endless_title_is_refused(tmp_path):
    assert "characters long" in problems(write(tmp_path, f"---\ntitle: {'x' * 5000}\n---\n\nText.\n"))[0]


def test_an_alias_bomb_is_reported_without_expanding_it(tmp_path):
    levels = "\n".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 9))
    path = write(tmp_path, f"---\ntitle: Bomb\nl0: &l0 [lol, lol]\n{levels}\ntopics: *l8\n---\n\nText.\n")
    message = next(m for m in problems(path) if "'topics'" in m)
    assert len(message) < 300


def test_a_text_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.md"
    with open(path, "wb") as handle:
        handle.truncate(MAX_SEED_BYTES + 1)        # sparse: NUL bytes, never read
    assert "too large for one lesson" in problems(path)[0]


def test_crlf_and_lone_cr_become_newlines(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: T\r\n---\r\n\r\nOne.\r\n\r\nTwo.\rThree.\r\n")
    source = load_source(path)
    assert "\r" not in source.content and len(source.paragraphs) == 2


def _front_matters() -> list[str]:
    from medialit.text.source import _FRONT_MATTER

    files = sorted((ROOT / "seeds").glob("*.md")) + sorted((ROOT / "tests" / "fixtures" / "hostile").glob("*"))
    found = [_FRONT_MATTER.match(f.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")) for f in files]
    return [m.group(2) or "" for m in found if m]


def test_the_fast_yaml_parser_reads_front_matter_as_the_pure_python_one_does():
    import yaml

    from medialit.text import source as sources

    texts = _front_matters()
    assert len(texts) >= 10
    for text in texts:
        try:
            expected = yaml.load(text, Loader=sources._PY_LOADER)  # noqa: S506 - a safe loader
        except Exception as error:       # noqa: BLE001 - then the fast path must raise the same error
            with pytest.raises(type(error)):
                sources._load_yaml(text)
        else:
            assert sources._load_yaml(text) == expected


def test_deeply_nested_front_matter_never_reaches_the_c_parser(tmp_path, monkeypatch):
    """libyaml crashes the interpreter (segmentation fault) on front matter nested ~50,000 deep."""
    import yaml

    from medialit.text import source as sources

    read: list[str] = []

    class Recording(yaml.CSafeLoader):
        def __init__(self, stream):
            read.append(stream)
            super().__init__(stream)

    monkeypatch.setattr(sources, "_C_LOADER", Recording)
    shallow, deep = "topics: " + "[" * 10 + "]" * 10, "topics: " + "[" * 5000 + "]" * 5000
    for front in (shallow, deep):
        with pytest.raises(InputError):
            load_source(write(tmp_path, f"---\ntitle: A title\n{front}\n---\n\nText.\n"))
    assert [text for text in read if "[[[" in text] == [f"title: A title\n{shallow}\n"]


def test_a_byte_order_mark_inside_a_text_reads_as_a_space_and_keeps_offsets(tmp_path):
    """Files pasted together leave a byte-order mark mid-text; left in, "\ufeffAs the bus ..." opens the
    paragraph with an invisible character and reads "As" as a name inside a sentence."""
    raw = ("---\ntitle: Buses\n---\n\nThe council met on Monday.\n\n"
           "\ufeff As the bus line closes, riders\u200bwait for a new timetable.\n")
    path = tmp_path / "buses.md"
    path.write_text(raw, encoding="utf-8")
    source = load_source(path)
    assert len(source.content) == len(raw) and "\ufeff" not in source.content and "\u200b" not in source.content
    second = source.paragraphs[1]
    assert source.content[second.start:second.end].startswith("As the bus line closes")
    assert "riders wait" in source.content


def test_a_byte_order_mark_at_the_start_still_opens_the_front_matter(tmp_path):
    path = tmp_path / "bom.md"
    path.write_text("\ufeff---\ntitle: Buses\n---\n\nThe council met on Monday about the buses.\n", encoding="utf-8")
    source = load_source(path)
    assert source.meta.title == "Buses" and source.content.startswith("\ufeff")
