"""Issue 17, item 10: names and addresses. A seed name at the file system's limit still gives its lesson;
a unit cannot take the address of the list of units; a new seed never takes an existing lesson's address;
a seed titled "Index" is told the truth about its address."""

from __future__ import annotations

import pytest
from fixtures.small import write_seed

from medialit.analysis import analyze
from medialit.errors import InputError
from medialit.lesson.units import parse_units
from medialit.site import load_sources
from medialit.site.addresses import ADDRESSES_FILE
from medialit.site.parallel import compose_one
from medialit.text.source import load_source


def test_a_seed_name_at_the_limit_keeps_its_lesson(tmp_path):
    name = "a" * 250 + ".md"                # 253 bytes: valid, but 'a…a.review.yaml' would be 262
    seed = write_seed(tmp_path, name)
    assert len(seed.name.encode()) == 253
    source = load_source(seed)
    assert analyze(source, 0.5).techniques
    outcome = compose_one(source, 0.5)
    assert outcome.lesson is not None and outcome.error is None, outcome.error


def test_a_unit_cannot_take_the_address_of_the_units_index(tmp_path):
    class Lesson:
        slug = "a-lesson"
        lesson_minutes = 45

    text = "units:\n  - id: index\n    title: All\n    audience: all\n    time_budget: 90\n    lessons: [a-lesson]\n"
    with pytest.raises(InputError) as caught:
        parse_units(tmp_path / "units.yaml", text, [Lesson()])
    assert "units.yaml:2" in str(caught.value) and "'index' is the address of the list of units" in str(caught.value)


def test_a_new_seed_never_takes_an_existing_lessons_address(tmp_path):
    seeds = tmp_path / "seeds"
    write_seed(seeds, "old.md", "Same title")
    sources, _, _ = load_sources(seeds, record=True)
    assert [s.slug for s in sources] == ["same-title"]
    assert (seeds / ADDRESSES_FILE).is_file()
    write_seed(seeds, "a-newcomer.md", "Same title")     # sorts before the old one
    sources, _, warnings = load_sources(seeds, record=True)
    assert {s.path.name: s.slug for s in sources} == {"old.md": "same-title", "a-newcomer.md": "same-title-2"}
    assert any("a-newcomer.md" in w and "this lesson is at 'same-title-2'" in w for w in warnings), warnings
    # And it stays so on the next build, and when the old seed is renamed nothing else moves.
    sources, _, _ = load_sources(seeds, record=True)
    assert {s.path.name: s.slug for s in sources} == {"old.md": "same-title", "a-newcomer.md": "same-title-2"}


def test_an_address_is_kept_while_its_seed_cannot_be_read(tmp_path):
    seeds = tmp_path / "seeds"
    old = write_seed(seeds, "old.md", "Same title")
    load_sources(seeds, record=True)
    old.write_text("---\ntitle: [broken\n---\n\nText.\n", encoding="utf-8")
    write_seed(seeds, "new.md", "Same title")
    sources, problems, _ = load_sources(seeds, record=True)
    assert problems and [s.slug for s in sources] == ["same-title-2"]


def test_without_a_record_addresses_follow_file_names(tmp_path):
    seeds = tmp_path / "seeds"
    write_seed(seeds, "b.md", "Same title")
    write_seed(seeds, "a.md", "Same title")
    sources, _, _ = load_sources(seeds)
    assert {s.path.name: s.slug for s in sources} == {"a.md": "same-title", "b.md": "same-title-2"}
    assert not (seeds / ADDRESSES_FILE).exists()     # a check records nothing


def test_a_seed_titled_index_is_told_why_it_moved(tmp_path):
    seeds = tmp_path / "seeds"
    write_seed(seeds, "index.md", "Index")
    sources, _, warnings = load_sources(seeds)
    assert [s.slug for s in sources] == ["index-2"]
    assert any("'index' is the address of the list of lessons" in w for w in warnings), warnings
    assert not any("another seed" in w for w in warnings), warnings
