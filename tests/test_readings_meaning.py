"""Readings tied by meaning, framing on both sides, honest wording, a task for what is missing, teacher
data next to the seeds, and outlet notes kept to their text (issue 16, parts 2-4). Every text here is a
small one of our own."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.checking import check_project
from medialit.lesson import local_data
from medialit.lesson.outlets import load_outlets, validate_outlets
from medialit.lesson.readings import (CATALOG_FILE, detect_frame, load_catalog, select_readings,
                                      validate_catalog)
from medialit.lesson.verification import verification_questions
from medialit.site import Project, generate
from medialit.site.render import make_environment, render
from medialit.text.source import load_source


def seed(folder: Path, name: str, title: str, published: str, body: str, publisher: str = "Harbor Opinion") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: \"{title}\"\nauthor: Kim Lowe\npublisher: {publisher}\npublished: {published}\n---\n"
                    + textwrap.dedent(body), encoding="utf-8")
    return path


def readings_of(path: Path):
    source = load_source(path)
    return source, select_readings(source, analyze(source), load_catalog())


def ids(reading_list) -> set[str]:
    return {item.reading.id for item in reading_list.items}


@pytest.fixture(autouse=True)
def package_data_only():
    before = local_data.use_seeds_folder(None)
    yield
    local_data.use_seeds_folder(before)


# ------------------------------------------------------------------------------------ ties by meaning


def test_a_city_in_a_list_of_battles_does_not_tie_the_agreements_named_after_it(tmp_path):
    battles = seed(tmp_path, "battles.md", "Forgotten battles", "2020-05-08", """\
        Our textbook lists the battles of Kursk, Minsk and Berlin in one line.

        At Minsk in 1944 the Red Army encircled a whole army group, a museum guide told us.
        """)
    assert "R05" not in ids(readings_of(battles)[1])
    talks = seed(tmp_path, "talks.md", "Ceasefire talks", "2015-06-01", """\
        Both sides say the other broke the Minsk agreements within days of the ceasefire.

        Monitors counted shelling near Donetsk every night this week.
        """)
    assert "R05" in ids(readings_of(talks)[1])


def test_a_speech_s_own_heading_is_not_a_document_it_cites(tmp_path):
    speech = seed(tmp_path, "speech.md", "A speech", "2022-09-30", """\
        Address by the President of the Russian Federation

        Citizens of Russia, friends, my address concerns the events in Donbas.

        We have decided to recognise the two republics without delay.
        """, publisher="Kremlin")
    assert "R10" not in ids(readings_of(speech)[1])


def test_a_text_cannot_cite_a_document_published_after_it(tmp_path):
    early = seed(tmp_path, "early.md", "Early", "2021-06-01", """\
        A columnist quotes an "Address by the President of the Russian Federation" on the border.

        He says the words were clear enough.
        """)
    late = seed(tmp_path, "late.md", "Late", "2022-03-10", early.read_text(encoding="utf-8").split("---\n", 2)[2])
    assert "R10" not in ids(readings_of(early)[1])
    assert "R10" in ids(readings_of(late)[1])


@pytest.mark.parametrize("published, word", [("2024-06-01", "earlier"), ("2022-03-05", "later")])
def test_later_and_earlier_come_from_the_two_dates(tmp_path, published, word):
    path = seed(tmp_path, "troops.md", "Rumours", published, """\
        Posts shared 20,000 times claim that NATO troops are already fighting in Ukraine.

        None of the posts names a unit or a place.
        """)
    fact_check = next(i for i in readings_of(path)[1].items if i.reading.id == "R42")
    assert f"This {word} fact-check" in fact_check.why
    assert ("later" if word == "earlier" else "earlier") not in fact_check.why


def test_a_report_of_the_same_events_does_not_tie_a_text_written_years_later(tmp_path):
    path = seed(tmp_path, "troops.md", "Rumours", "2024-06-01", """\
        Posts shared 20,000 times claim that NATO troops are already fighting in Ukraine.
        """)
    assert "R20" not in ids(readings_of(path)[1])     # a wire report of 24 February 2022 on the same words


# ------------------------------------------------------------------------------------ framing, both sides

BLAMES_RUSSIA = """\
    It is time to call it what it is: Putin's war, an unprovoked war of aggression against a neighbour.

    Since the annexation of Crimea, Moscow has redrawn borders by force, in violation of international law.

    The Kremlin's imperial ambitions will not stop at one country.
    """
BLAMES_NATO = """\
    It is time to call it what it is: a war provoked by Washington after decades of NATO expansion.

    The alliance's aggressive drills have brought weapons to Russia's borders, at the expense of everyone.

    American hegemony left Moscow no other answer, whatever its legitimate security concerns.
    """


def test_a_text_that_blames_either_side_gets_readings_that_differ_from_it(tmp_path):
    lists = {}
    for name, body in (("russia", BLAMES_RUSSIA), ("nato", BLAMES_NATO)):
        source, reading_list = readings_of(seed(tmp_path, f"{name}.md", name, "2023-03-10", body))
        assert reading_list.framing is not None, name
        lists[name] = reading_list
    assert lists["russia"].framing.frame.id == "russia-responsible"
    assert lists["nato"].framing.frame.id == "west-responsible"
    for reading_list in lists.values():
        relations = {i.relation for i in reading_list.items}
        assert {"shares", "differs"} <= relations
    differing = {name: sum(i.relation == "differs" for i in rl.items) for name, rl in lists.items()}
    assert differing["russia"] == differing["nato"]


def test_a_blame_word_counts_for_the_side_it_is_said_of(tmp_path):
    path = seed(tmp_path, "imperialism.md", "Empire", "2023-03-10", """\
        Russian imperialism is back, and Moscow's aggressive generals are its face.

        The Kremlin's hegemony over its neighbours is the goal of the whole war.

        Putin's war is the work of one man.
        """)
    frame = detect_frame(load_source(path), load_catalog())
    assert frame is not None and frame.frame.id == "russia-responsible"


@pytest.mark.parametrize("body, frame_id", [
    ("The war would never have started without Western interference and an ever-expanding NATO.\n\n"
     "Washington keeps fuelling the conflict with every new shipment.\n", "west-responsible"),
    ("The war would never have ended without Putin's invasion and the Russian occupation of the south.\n\n"
     "Moscow keeps fuelling the conflict with every new offensive.\n", "russia-responsible"),
])
def test_the_same_kinds_of_words_frame_a_text_for_either_side(tmp_path, body, frame_id):
    frame = detect_frame(load_source(seed(tmp_path, "t.md", "War", "2023-03-10", body)), load_catalog())
    assert frame is not None and frame.frame.id == frame_id and len(frame.hits) == 3


def test_a_blame_word_inside_a_framing_phrase_is_not_counted_twice(tmp_path):
    body = ("The war began with the interference of the West.\n\nWashington is fuelling the conflict.\n")
    assert detect_frame(load_source(seed(tmp_path, "t.md", "War", "2023-03-10", body)), load_catalog()) is None


def test_election_meddling_is_no_framing_of_the_war(tmp_path):
    body = ("Russian interference in the 2016 election and Moscow's meddling in European votes worried the "
            "committee.\n\nRussian aggression was on the agenda, and so were Moscow's aggressive hackers.\n")
    assert detect_frame(load_source(seed(tmp_path, "t.md", "Votes", "2018-03-10", body)), load_catalog()) is None


def test_a_text_blaming_both_sides_as_much_gets_no_framing(tmp_path):
    path = seed(tmp_path, "both.md", "Both", "2023-03-10", """\
        Putin's war followed the annexation of Crimea and Russian aggression in Donbas.

        It also followed NATO expansion, weapons on Russia's borders and talk of legitimate security.
        """)
    assert detect_frame(load_source(path), load_catalog()) is None


def test_the_student_page_says_different_perspectives_only_when_the_list_has_them(tmp_path):
    env = make_environment(None)
    _, one_sided = readings_of(seed(tmp_path, "russia.md", "R", "2023-03-10", BLAMES_RUSSIA))
    assert not one_sided.varied
    page = render(env, "partials/readings.md.j2", readings=one_sided, edition="student")
    assert "different perspectives" not in page and "Find balancing readings" in page
    whitney = load_source(Path(__file__).resolve().parents[1] / "seeds" / "whitney-did-nato-just-declare-war-on-russia.md")
    varied = select_readings(whitney, analyze(whitney), load_catalog())
    assert varied.varied
    assert "different perspectives" in render(env, "partials/readings.md.j2", readings=varied, edition="student")


def test_the_learning_objective_asks_to_compare_readings_only_when_the_list_has_them(tmp_path):
    """Without differing readings the objective is to find them (the balancing task), not to compare them."""
    from types import SimpleNamespace

    env = make_environment(None)
    lesson = SimpleNamespace(slug="t", lesson_minutes=45, reading_minutes=3)
    path = seed(tmp_path, "russia.md", "R", "2023-03-10", BLAMES_RUSSIA)
    source, one_sided = readings_of(path)
    card = render(env, "partials/source_card.md.j2", source=source, lesson=lesson, readings=one_sided, edition="student")
    assert "find readings from other perspectives" in card and "compare the text with readings" not in card
    whitney = load_source(Path(__file__).resolve().parents[1] / "seeds" / "whitney-did-nato-just-declare-war-on-russia.md")
    varied = select_readings(whitney, analyze(whitney), load_catalog())
    card = render(env, "partials/source_card.md.j2", source=whitney, lesson=lesson, readings=varied, edition="student")
    assert "compare the text with readings from other perspectives" in card


# ----------------------------------------------------------------------- a topic the catalog lacks

HEALTH = """\
    The water in our taps is making our children sick

    Since the county added fluoride to the water in March, 37 children have been taken to the clinic.

    Dr. Alan Greer, a retired dentist, told a town hall that fluoride is "a poison."

    A study published in 2019 found lower scores in children exposed to high fluoride levels, according to
    a post by the group Clean Water Moms.
    """


def test_an_uncovered_topic_keeps_its_note_and_gets_search_terms_from_the_text(tmp_path):
    source, reading_list = readings_of(seed(tmp_path, "health.md", "Water", "2024-09-14", HEALTH))
    assert reading_list.empty_message
    task = reading_list.balancing_task
    assert task is not None
    searches = " ".join(task.searches)
    assert "fluoride" in searches and "2019" in searches and "Alan Greer" in searches
    env = make_environment(None)
    student = render(env, "partials/readings.md.j2", readings=reading_list, edition="student")
    teacher = render(env, "partials/readings.md.j2", readings=reading_list, edition="teacher")
    assert "fluoride" in student and "A good answer" not in student and "A good answer" in teacher


def test_a_claim_without_a_known_check_gets_a_key_that_says_what_settles_it(tmp_path):
    source = load_source(seed(tmp_path, "health.md", "Water", "2024-09-14", HEALTH))
    keys = [q.answer for q in verification_questions(source, analyze(source)) if q.answer]
    assert keys and not any("No known check for it is recorded yet" in (k.why or "") for k in keys)
    study = next(k for k in keys if "2019" in (k.why or ""))
    assert "the document itself" in study.why and "Search for" in study.why and "fluoride" in study.why


@pytest.mark.parametrize("published, counted_from", [
    ("2024-09-14", "counts from the text's date, 2024-09-14"),
    ("", "counts from the text's own date, which this copy does not give"),
])
def test_a_date_claims_key_says_from_which_day_to_count(tmp_path, published, counted_from):
    body = ("Town news\n\nLast week the harbour board closed the north pier after a crane fell into the water "
            "on Tuesday, the board's chair said.\n")
    path = tmp_path / "pier.md"
    front = f"published: {published}\n" if published else ""
    path.write_text(f"---\ntitle: Pier\n{front}---\n\n{body}", encoding="utf-8")
    source = load_source(path)
    keys = [q.answer.why for q in verification_questions(source, analyze(source))
            if q.answer and "a report from that date" in (q.answer.why or "")]
    assert keys and all(counted_from in why and "the text's date, the text's date" not in why for why in keys)
    assert all(_bracket_depth(why) <= 1 for why in keys)       # no "(... (this copy ...))"


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        deepest = max(deepest, depth)
    return deepest


# ------------------------------------------------------------------------------- catalog validation


def _catalog_with(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "catalog.yaml"
    text = CATALOG_FILE.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_one_word_cue_group_is_refused_with_line_and_fix(tmp_path):
    path = _catalog_with(tmp_path, "- cues: [[Minsk, agreement*", "- cues: [[Minsk], [Minsk, agreement*")
    problems = validate_catalog(path)
    assert any("[Minsk]" in p.message and p.line and p.fix and "context" in p.fix for p in problems)


def test_a_why_that_hard_codes_later_is_refused(tmp_path):
    path = _catalog_with(tmp_path, "This {when} fact-check", "This later fact-check")
    problems = validate_catalog(path)
    assert any("'later'" in p.message and p.fix and "{when}" in p.fix for p in problems)


# ------------------------------------------------------------------------- teacher data next to seeds

TEACHER_READINGS = """\
perspectives:
  school-nurse: {label: school nurse}
readings:
  - id: T01
    title: What our school nurse says about tap water
    authors: A. Nurse
    publisher: Our School
    date: 2024-01
    url: https://school.example/nurse
    kind: primary
    perspective: school-nurse
    status: verified
    about: A talk given at our school.
    ties:
      - cues: [[fluorid*, water]]
        why: "¶{p} is about fluoride in the water ({quote}); the nurse spoke {when}."
"""


def test_a_teacher_s_readings_next_to_the_seeds_join_the_lesson(tmp_path):
    seeds = tmp_path / "seeds"
    path = seed(seeds, "health.md", "Water", "2024-09-14", HEALTH)
    (seeds / "readings.yaml").write_text(TEACHER_READINGS, encoding="utf-8")
    assert check_project(seeds).problems == []
    local_data.use_seeds_folder(seeds)
    source, reading_list = readings_of(path)
    item = next(i for i in reading_list.items if i.reading.id == "T01")
    assert "the nurse spoke earlier" in item.why and item.reading.perspective_label == "school nurse"
    local_data.use_seeds_folder(None)
    assert "T01" not in ids(readings_of(path)[1])


@pytest.mark.parametrize("change, expected", [
    (("id: T01", "id: R01"), "the id of a reading in the package"),
    (("perspective: school-nurse", "perspective: nurse"), "not a known perspectives"),
    (("[[fluorid*, water]]", "[[fluorid*]]"), "one word ties every text"),
])
def test_mistakes_in_a_teacher_s_readings_name_file_line_and_fix(tmp_path, change, expected):
    seeds = tmp_path / "seeds"
    seed(seeds, "health.md", "Water", "2024-09-14", HEALTH)
    (seeds / "readings.yaml").write_text(TEACHER_READINGS.replace(*change), encoding="utf-8")
    problems = check_project(seeds).problems
    found = [p for p in problems if expected in p.message]
    assert found and found[0].path.name == "readings.yaml" and found[0].line and found[0].fix


def test_a_broken_teacher_file_is_reported_and_the_lessons_still_build(tmp_path):
    seeds = tmp_path / "seeds"
    seed(seeds, "health.md", "Water", "2024-09-14", HEALTH)
    (seeds / "readings.yaml").write_text(TEACHER_READINGS.replace("id: T01", "id: R01"), encoding="utf-8")
    site = generate(Project(root=tmp_path, seeds_dir=seeds, docs_dir=tmp_path / "docs"))
    assert any(p.path.name == "readings.yaml" for p in site.problems)
    assert [lesson.slug for lesson in site.lessons] == ["water"]
    assert local_data.seeds_folder() is None          # the build leaves no teacher data behind


def test_a_teacher_s_outlet_profile_is_used_and_may_not_shadow_the_package_s(tmp_path):
    seeds = tmp_path / "seeds"
    seed(seeds, "health.md", "Water", "2024-09-14", HEALTH, publisher="Maple County Voice")
    outlets = seeds / "outlets.yaml"
    outlets.write_text("""\
outlets:
  - id: maple-voice
    name: Maple County Voice
    facts:
      - about: founded
        text: Founded by parents in 2019, says the county's register of newspapers.
        sources: [{title: County register, url: "https://county.example/register"}]
""", encoding="utf-8")
    assert check_project(seeds).problems == []
    site = generate(Project(root=tmp_path, seeds_dir=seeds, docs_dir=tmp_path / "docs"), edition="teacher")
    assert "Founded by parents in 2019" in site.pages["lessons/water.md"]
    outlets.write_text(outlets.read_text(encoding="utf-8").replace("Maple County Voice", "Reuters"), encoding="utf-8")
    problems = check_project(seeds).problems
    assert any(p.path == outlets.resolve() or p.path.name == "outlets.yaml" for p in problems)
    assert any("already" in p.message and p.line for p in problems)


# ---------------------------------------------------------------------------------- outlet notes


def test_a_note_meant_for_one_text_stays_with_it(tmp_path):
    reuters = load_outlets().profile_for("Reuters")
    note = next(f for f in reuters.facts if f.texts)
    wire = load_source(seed(tmp_path, "wire.md", "Wire", "2023-01-05", "Ministers met on Monday, officials said.\n",
                            publisher="Reuters"))
    assert note not in reuters.for_text(wire).facts
    env = make_environment(None)
    page = render(env, "partials/outlet_profile.md.j2", profiles=[("Reuters", reuters.for_text(wire))], edition="teacher")
    assert "this text quotes" not in page and "Whitney" not in page
    site = generate(Project(root=tmp_path, seeds_dir=tmp_path, docs_dir=tmp_path / "docs"), edition="teacher")
    assert "this text quotes" not in site.pages["lessons/wire.md"]
    assert "Trust Principles" in site.pages["lessons/wire.md"]      # the rest of the profile stays


def test_a_fact_worded_for_one_text_must_say_which(tmp_path):
    path = tmp_path / "outlets.yaml"
    text = (Path(CATALOG_FILE).parent / "outlets.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("        texts: [whitney-did-nato-just-declare-war-on-russia]\n", "", 1), encoding="utf-8")
    problems = validate_outlets(path)
    assert any("fits one text only" in p.message and p.line and "texts:" in (p.fix or "") for p in problems)


def test_the_outlet_questions_never_key_a_note_meant_for_another_text(tmp_path):
    from medialit.lesson.bias import outlet_questions

    wire = load_source(seed(tmp_path, "wire.md", "Wire", "2023-01-05", "Ministers met on Monday, officials said.\n",
                            publisher="Reuters"))
    keys = [q.answer.why or "" for q in outlet_questions(wire, [("Reuters", load_outlets().profile_for("Reuters"))])]
    assert keys and not any("this text quotes" in key for key in keys)


def test_check_warns_about_a_fact_that_names_a_seed_s_author(tmp_path):
    seeds = tmp_path / "seeds"
    seed(seeds, "health.md", "Water", "2024-09-14", HEALTH, publisher="Maple County Voice")
    (seeds / "outlets.yaml").write_text("""\
outlets:
  - id: maple-voice
    name: Maple County Voice
    facts:
      - about: note
        text: Kim Lowe's columns are its most shared pages, says the county's register.
        sources: [{title: County register, url: "https://county.example/register"}]
""", encoding="utf-8")
    report = check_project(seeds)
    assert not report.problems
    assert any("'Lowe'" in w and "texts: [health]" in w for w in report.warnings)


def test_a_quotation_without_a_found_speaker_is_not_given_a_place_for_one(tmp_path):
    body = ("Fever in the north\n\nThe ministry reported new cases on Tuesday.\n\n"
            "\"Twenty-one cases of fever and 17 deaths\" have been recorded in Equateur province, it said, citing "
            "a notification of May 3.\n")
    path = tmp_path / "fever.md"
    path.write_text(f"---\ntitle: Fever\npublished: 2024-05-09\n---\n\n{body}", encoding="utf-8")
    source = load_source(path)
    keys = [q.answer.why for q in verification_questions(source, analyze(source))
            if q.answer and "the speaker's own record" in (q.answer.why or "")]
    assert keys and all("(whoever the text quotes)" in why and "record (Equateur" not in why for why in keys)
    assert any("Equateur" in why for why in keys)          # the place still helps the search


def test_tie_words_in_another_story_do_not_tie_a_reading_on_other_topics(tmp_path):
    korea = seed(tmp_path, "korea.md", "The summit", "2022-01-10", """\
        The summit ended with a short statement and a handshake on the island.

        In exchange, the president agreed to provide security guarantees to the northern republic.
        """)
    assert not {"R07", "R21"} & ids(readings_of(korea)[1])
    demands = seed(tmp_path, "demands.md", "The demands", "2022-01-10", """\
        Moscow published its demands last month.

        Russia wants security guarantees from NATO before any talks on the border, its ministers say.
        """)
    assert {"R07", "R21"} & ids(readings_of(demands)[1])


def test_a_reading_names_its_publisher_once_when_its_authors_name_it_already(tmp_path):
    env = make_environment(None)
    _, readings = readings_of(seed(tmp_path, "russia.md", "R", "2023-03-10", BLAMES_RUSSIA))
    page = render(env, "partials/readings.md.j2", readings=readings, edition="student")
    lines = [line for line in page.splitlines() if line.startswith("- **")]
    assert lines and not any(re.search(r"([A-Z][^;]{6,}); \1;", line) for line in lines)


def test_a_method_reading_carries_no_published_after_note_on_an_old_text(tmp_path):
    """SIFT and lateral reading are used on a text of any age: their date says nothing about a 1912 speech."""
    path = seed(tmp_path, "speech.md", "Address to the harbour workers", "1912-05-01", """
        Friends, the company's report to its shareholders, printed in March, shows a profit of forty thousand
        pounds, and not a penny of it went to the men who loaded the ships.

        Mr. Harold Vane, the chairman of the company, said last week that "the men are content." Let him come
        down to the quay on Monday morning and count us.
        """)
    _, reading_list = readings_of(path)
    methods = [item for item in reading_list.items if item.reading.kind == "method"]
    assert methods and all("Published after this text" not in item.why for item in methods)
