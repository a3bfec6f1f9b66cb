"""Units (seeds/units.yaml): parsed in order with their time, and every mistake reported with the file,
the line, the unit, the field and how to fix it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from medialit.errors import InputError
from medialit.site.render import make_environment
from medialit.lesson.units import load_units, parse_units
from medialit.site.builder import render_unit_pages

PATH = Path("seeds/units.yaml")
LESSONS = [SimpleNamespace(slug="first-text", lesson_minutes=50), SimpleNamespace(slug="second-text", lesson_minutes=70)]

GOOD = """\
units:
  - id: two-texts
    title: "Two texts"
    audience: upper secondary
    time_budget: 100
    summary: A short path.
    lessons:
      - lesson: second-text
        before: Read the source card.
      - first-text
"""


def problems(text: str) -> list[str]:
    with pytest.raises(InputError) as caught:
        parse_units(PATH, text, LESSONS)
    return [str(p) for p in caught.value.problems]


def test_a_unit_keeps_its_order_and_adds_up_its_time():
    [unit] = parse_units(PATH, GOOD, LESSONS)
    assert [s.lesson.slug for s in unit.steps] == ["second-text", "first-text"]
    assert unit.steps[0].before == "Read the source card." and unit.steps[1].before is None
    assert (unit.total_minutes, unit.time_budget, unit.spare_minutes) == (120, 100, -20)


def test_no_file_means_no_units(tmp_path):
    assert load_units(tmp_path, LESSONS) == []


def test_an_unknown_lesson_names_the_line_and_lists_the_known_ones():
    [message] = problems(GOOD.replace("- first-text", "- frist-text"))
    assert message.startswith("seeds/units.yaml:10: unit 'two-texts': field 'lessons' entry 2: there is no lesson 'frist-text'")
    assert "first-text, second-text" in message


@pytest.mark.parametrize("change, expected", [
    (("    time_budget: 100\n", "    time_budget: 90 min\n"),
     "seeds/units.yaml:5: unit 'two-texts': field 'time_budget' must be a whole number of minutes (got '90 min') "
     "(write a number such as 90 or 180, without 'min')"),
    (("    audience: upper secondary\n", ""),
     "seeds/units.yaml:2: unit 'two-texts': field 'audience' is missing (add 'audience:' (who the unit is for"),
    (("id: two-texts", "id: Two Texts"),
     "seeds/units.yaml:2: unit 'Two Texts': field 'id' must be lower-case letters, digits and hyphens "
     "(got 'Two Texts') (for example 'two-texts')"),
    (("    summary:", "    sumary:"),
     "seeds/units.yaml:6: unit 'two-texts': field 'sumary' is not a unit field (use one of id, title, audience, "
     "time_budget, summary, lessons)"),
    (("      - first-text\n", "      - second-text\n"),
     "seeds/units.yaml:10: unit 'two-texts': field 'lessons' entry 2: lesson 'second-text' is listed twice"),
])
def test_mistakes_are_reported_with_line_unit_field_and_fix(change, expected):
    found = problems(GOOD.replace(*change))
    assert any(p.startswith(expected) for p in found), found


def test_every_problem_is_reported_at_once():
    text = GOOD.replace("time_budget: 100", "time_budget: soon").replace("- first-text", "- nowhere")
    assert len(problems(text)) == 2


def test_duplicate_ids_and_bad_yaml_are_reported():
    assert any("id is also used by the unit on line 2" in p for p in problems(GOOD + GOOD[len("units:\n"):]))
    assert problems("units:\n  - id: [broken\n")[0].startswith("seeds/units.yaml:")
    assert "must have a 'units:' list" in problems("- id: x\n")[0]


def test_unit_pages_render_order_time_and_before_steps():
    [unit] = parse_units(PATH, GOOD, [
        SimpleNamespace(slug=s.slug, lesson_minutes=s.lesson_minutes, reading_minutes=5, techniques_used=(),
                        source=SimpleNamespace(meta=SimpleNamespace(title=f"Title of {s.slug}", publisher="Outlet",
                                                                    published=None)))
        for s in LESSONS])
    pages = render_unit_pages(make_environment(), [unit], [], dict(taxonomy=None, edition="student", lessons=[]))
    assert set(pages) == {"units/index.md", "units/two-texts.md"}
    page = pages["units/two-texts.md"]
    assert page.index("Title of second\\-text") < page.index("Title of first\\-text")
    assert "about 120 min" in page and "20 minutes more than the budget" in page
    assert "Read the source card\\." in page
    assert "[Two texts](two-texts.md)" in pages["units/index.md"]


def test_the_project_units_file_is_valid():
    root = Path(__file__).resolve().parents[1]
    from medialit.text.source import find_seeds, load_source
    lessons = [SimpleNamespace(slug=load_source(p).slug, lesson_minutes=60) for p in find_seeds(root / "seeds")]
    assert load_units(root / "seeds", lessons)


def test_a_broken_units_file_is_reported_and_the_lessons_still_build(tmp_path):
    from medialit.site import Project, generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "only.md").write_text("---\ntitle: The only text\n---\nOfficials said the plan would go ahead.\n",
                                   encoding="utf-8")
    (seeds / "units.yaml").write_text("units:\n  - id: u\n    title: U\n    lessons: [missing-text]\n", encoding="utf-8")
    site = generate(Project(root=tmp_path, seeds_dir=seeds, docs_dir=tmp_path / "docs"))
    assert "lessons/the-only-text.md" in site.pages and "units/index.md" in site.pages
    assert site.problems and all(p.path.name == "units.yaml" for p in site.problems)
    assert any("missing-text" in p.message for p in site.problems)
