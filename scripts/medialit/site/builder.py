"""Build the site: the one library function behind both the CLI and the MkDocs hook.

``generate`` reads like the table of contents of a build: load and validate everything, analyse,
compose, render (each lesson's pages as soon as it is composed, while other lessons are analysed). It
returns pages in memory; the MkDocs hook hands them to MkDocs as generated files, so nothing is ever
written into ``docs/`` and a hand-written page always wins over a generated one.
``build_site`` runs MkDocs into a fresh folder and swaps it into place only when the build succeeded.

One bad seed never costs the other lessons: a seed that cannot be read, or that makes the analysis,
composition or rendering fail, is left out and reported as a problem naming the file (``--strict``
turns problems into a failed build). Analysed and composed lessons are cached by content (``cache``),
and made on every core for large corpora (``parallel``).
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..analysis import DEFAULT_THRESHOLD
from .cache import LessonCache
from ..datafiles import show
from ..errors import BuildFailed, InputError, MedialitError, Problem
from ..lesson.exercises import build_exercises
from ..lesson.compose import Lesson
from ..lesson import local_data
from ..lesson.outlets import load_outlets
from .parallel import compose_many
from .progress import Progress
from ..lesson.readings import load_catalog, teacher_data_problems
from .render import make_environment, render
from ..text.links import refuse_link_out
from ..text.source import SEED_SUFFIXES, Source, find_seeds, load_source
from .addresses import RESERVED_SLUGS, fits, read_addresses, unique_slug, write_addresses
from ..analysis.taxonomy import load_taxonomy
from .textview import render_headline, render_text
from ..lesson.units import Unit, load_units

log = logging.getLogger("mkdocs.medialit")

EDITIONS = ("student", "teacher")
ASSETS_DIR = Path(__file__).parent / "assets"
ASSET_URIS = {
    "assets/medialit/medialit.css": "medialit.css",
    "assets/medialit/medialit.js": "medialit.js",
    "assets/medialit/iframe-worker-shim.js": "iframe-worker-shim.js",
}

# Technique pages list flagged examples from every lesson: capped, so a page does not grow with the
# corpus, with the full list on pages of EXAMPLES_PER_PAGE (linked as "all N examples").
EXAMPLES_ON_TECHNIQUE_PAGE = 20
EXAMPLES_PER_PAGE = 200


@dataclass(frozen=True)
class Project:
    """Where a medialit project keeps its inputs, and how to build it."""

    root: Path
    seeds_dir: Path
    docs_dir: Path
    threshold: float = DEFAULT_THRESHOLD
    templates_dir: Path | None = None
    cache_dir: Path | None = None          # None: no analysis cache

    @classmethod
    def from_mkdocs_config(cls, config) -> Project:
        root = Path(config.config_file_path).resolve().parent
        settings = checked_settings(Path(config.config_file_path), (config.extra or {}).get("medialit"))
        templates = settings.get("templates_dir")
        return cls(
            root=root,
            seeds_dir=(root / settings.get("seeds_dir", "seeds")).resolve(),
            docs_dir=Path(config.docs_dir).resolve(),
            threshold=float(settings.get("threshold", DEFAULT_THRESHOLD)),
            templates_dir=(root / templates).resolve() if templates else None,
            cache_dir=cache_dir_for(root, settings.get("cache_dir")),
        )


# The settings under 'extra: medialit:' in mkdocs.yml that name a folder, and those that are numbers.
_FOLDER_SETTINGS = ("seeds_dir", "templates_dir", "cache_dir")


def checked_settings(config_file: Path, settings) -> dict:
    """medialit's settings in mkdocs.yml, each of the right kind; every mistake is reported at once,
    naming the setting (never as a bug in medialit)."""
    if settings is None:
        return {}
    if not isinstance(settings, dict):
        raise InputError([Problem(config_file, "'extra: medialit:' must hold settings such as 'seeds_dir: seeds'",
                                  fix="indent the settings under 'medialit:'")])
    problems = []
    for key in _FOLDER_SETTINGS:
        value = settings.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip() or "\0" in value):
            problems.append(Problem(config_file, f"setting 'extra: medialit: {key}' must be a folder name "
                                                 f"(got {show(value)})", fix=f"write e.g. '{key}: seeds'"
                                    if key == "seeds_dir" else f"write one folder name, or remove '{key}:'"))
    threshold = settings.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        problems.append(Problem(config_file, f"setting 'extra: medialit: threshold' must be a number from 0 to 1 "
                                             f"(got {show(threshold)})", fix=f"write e.g. 'threshold: {DEFAULT_THRESHOLD}'"))
    if problems:
        raise InputError(problems)
    return settings


def cache_dir_for(root: Path, setting: str | None = None) -> Path | None:
    """``.cache/medialit`` under the project root; ``MEDIALIT_CACHE_DIR`` overrides it ("off" disables)."""
    value = os.environ.get("MEDIALIT_CACHE_DIR") or setting or ".cache/medialit"
    return None if value.lower() in ("off", "none", "0") else (root / value).resolve()


@dataclass
class BuildStats:
    """What a build did and how long each stage took, for the report and the benchmarks."""

    seeds: int = 0
    lessons: int = 0
    analysed: int = 0          # analysed and composed in this build
    from_cache: int = 0        # lessons reused from the cache
    # Stage -> seconds: "load"; "analyse" (analysis and composition, and rendering each lesson's pages as it
    # arrives: "render" says how much of "analyse" that took); "generate" (the pages listing the lessons);
    # "mkdocs"; "total".
    seconds: dict[str, float] = field(default_factory=dict)

    def timed(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


@dataclass
class GeneratedSite:
    pages: dict[str, str]                       # docs-relative URI -> Markdown
    assets: dict[str, bytes]                    # docs-relative URI -> file content
    lessons: list[Lesson]
    problems: list[Problem] = field(default_factory=list)   # seeds left out, each with its reason
    warnings: list[str] = field(default_factory=list)
    stats: BuildStats = field(default_factory=BuildStats)


# ---------------------------------------------------------------------------------------------- build


def generate(project: Project, edition: str = "student", progress: Progress | None = None) -> GeneratedSite:
    """Everything the site needs from the seeds, in memory. Bad seeds are left out and reported."""
    if edition not in EDITIONS:
        raise MedialitError(f"unknown edition {edition!r}; use one of {', '.join(EDITIONS)}")
    stats = BuildStats()
    # 1. Load and validate everything: data files first, since every lesson depends on them.
    started = time.perf_counter()
    # (Loaded here, before any worker process starts, so that workers inherit them already parsed.)
    # The teacher's readings and outlet profiles next to the seeds join the package's; a mistake in them
    # is reported like a bad seed and leaves them out (lesson/local_data.py).
    before = local_data.use_seeds_folder(project.seeds_dir)
    try:
        return _generate(project, edition, progress, stats, started)
    finally:
        local_data.use_seeds_folder(before)


def _generate(project: Project, edition: str, progress: Progress | None, stats: BuildStats,
              started: float) -> GeneratedSite:
    taxonomy, _, _ = load_taxonomy(), load_outlets(), load_catalog()
    sources, problems, warnings = load_sources(project.seeds_dir, record=True)
    problems.extend(teacher_data_problems())
    stats.seeds = len(sources) + len({p.path for p in problems})
    stats.timed("load", started)
    # 2-3. Analyse and compose, from the cache where neither the seed nor the code and data changed; and
    # 4. render each lesson's pages as soon as its lesson is ready, here, while workers analyse the others.
    # (Not in the workers: the pages would travel back pickled, and at a thousand lessons that raised the
    # build's peak memory by ~70 MB for no gain once rendering overlaps the analysis.)
    started = time.perf_counter()
    env = make_environment(project.templates_dir)
    rendered: dict[str, RenderedLesson] = {}
    lessons = []
    arriving = compose_each(sources, project.threshold, progress, LessonCache(project.cache_dir), problems, stats)
    with closing(arriving):     # on a fatal error, stop the workers now, not when the error has been reported
        try:
            for lesson in arriving:
                rendering = time.perf_counter()
                rendered[lesson.slug] = render_lesson(lesson, env, taxonomy, edition)
                lessons.append(lesson)
                # The lessons and their pages live as long as the build: moved out of the garbage
                # collector's sight as they arrive, its full collections stop walking every lesson received
                # so far (1.1 s of the build process's 5 s at 1,000 lessons). Freezing costs nothing.
                gc.freeze()
                stats.timed("render", rendering)
        finally:
            gc.unfreeze()
    lessons.sort(key=lesson_sort_key)
    stats.timed("analyse", started)
    # 5. The pages that list the lessons.
    started = time.perf_counter()
    pages = render_pages(env, lessons, rendered, taxonomy, edition, problems)
    lessons = [lesson for lesson in lessons if f"lessons/{lesson.slug}.md" in pages]
    pages.update(render_unit_pages(env, load_units_or_report(project.seeds_dir, lessons, problems), lessons,
                                   dict(taxonomy=taxonomy, edition=edition, lessons=lessons)))
    assets = {uri: (ASSETS_DIR / name).read_bytes() for uri, name in ASSET_URIS.items()}
    stats.lessons = len(lessons)
    stats.timed("generate", started)
    return GeneratedSite(pages=pages, assets=assets, lessons=lessons, problems=sorted(problems, key=_problem_key),
                         warnings=warnings, stats=stats)


def render_unit_pages(env, units: list[Unit], lessons, common: dict) -> dict[str, str]:
    """A page per unit and the list of units (always present: the navigation links to it)."""
    pages = {"units/index.md": render(env, "units_index.md.j2", units=units, **common)}
    for unit in units:
        pages[f"units/{unit.id}.md"] = render(env, "unit.md.j2", unit=unit, **common)
    return pages


def internal_problem(path: Path, doing: str, error: str) -> Problem:
    detail = f" ({error[:300]})" if error else ""
    return Problem(path, f"medialit failed while {doing[:400]}{detail}",
                   fix="this is a bug in medialit, not in your file; please report it with the file attached")


def _problem_key(problem: Problem) -> tuple:
    return (str(problem.path), problem.line or 0, problem.message)


def load_units_or_report(seeds_dir: Path, lessons: list[Lesson], problems: list[Problem]) -> list:
    """Units from ``seeds/units.yaml``; a mistake there leaves the units out (and is reported like a bad
    seed), it never stops the lessons from building. ``--strict`` still fails on it."""
    try:
        return load_units(seeds_dir, lessons)
    except InputError as error:
        problems.extend(error.problems)
        return []


def load_sources(seeds_dir: Path, record: bool = False) -> tuple[list[Source], list[Problem], list[str]]:
    """Every valid seed, with a unique slug; the problems of every invalid one.

    Seeds keep the addresses recorded in ``seeds/addresses.tsv`` (``addresses``), so a new seed never
    takes an existing lesson's address; ``record`` writes the addresses given (a build does, a check not)."""
    if not seeds_dir.is_dir():
        raise InputError([Problem(seeds_dir, "the seeds folder does not exist",
                                  fix="create it and put one article per .md or .txt file in it")])
    loaded: list[Source] = []
    problems: list[Problem] = []
    warnings: list[str] = nested_seed_warnings(seeds_dir)
    for path in find_seeds(seeds_dir):
        try:
            refuse_link_out(path)
            loaded.append(load_source(path))
        except InputError as error:
            problems.extend(error.problems)
    recorded = read_addresses(seeds_dir)
    # Addresses of seeds that still exist stay theirs, even while a seed cannot be read.
    readable = {source.path.name for source in loaded}
    kept = {name: slug for name, slug in recorded.items() if name not in readable and _exists(seeds_dir / name)}
    taken: set[str] = set(kept.values())
    slugs: dict[Path, str] = {}
    for source in loaded:           # 1. each seed that had an address gets it back
        old = recorded.get(source.path.name)
        if old and old not in taken and old not in RESERVED_SLUGS and fits(old, source.slug):
            slugs[source.path] = old
            taken.add(old)
    for source in loaded:           # 2. the newcomers, in file-name order
        if source.path not in slugs:
            slugs[source.path] = slug = unique_slug(source.slug, taken)
            taken.add(slug)
            if slug != source.slug:
                why = (f"'{source.slug}' is the address of the list of lessons" if source.slug in RESERVED_SLUGS
                       else f"another seed already has the address '{source.slug}'")
                warnings.append(f"{source.path}: {why}; this lesson is at '{slug}'")
    sources = [replace(source, slug=slugs[source.path]) for source in loaded]
    for source in sources:
        warnings.extend(source.warnings)
    if record:
        write_addresses(seeds_dir, {**kept, **{s.path.name: s.slug for s in sources}})
    return sources, problems, warnings


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def nested_seed_warnings(seeds_dir: Path, limit: int = 20) -> list[str]:
    """Seed files in subfolders of the seeds folder: never built (a lesson comes from each file directly
    in it), so say so instead of leaving the teacher to wonder where the lesson went."""
    found: list[str] = []
    for folder, subfolders, files in os.walk(seeds_dir):
        # (Two levels down at most: a seeds folder is flat, and a mistaken copy may hold a whole tree.)
        depth = len(Path(folder).relative_to(seeds_dir).parts)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".")) if depth < 2 else []
        if depth == 0:
            continue
        for name in sorted(files):
            if Path(name).suffix.lower() in SEED_SUFFIXES and not name.startswith(".") and len(found) < limit:
                found.append(f"{Path(folder) / name}: is in a subfolder of {seeds_dir}, so no lesson is made from "
                             f"it; move it into {seeds_dir} itself to build it")
    return found


def compose_each(sources: list[Source], threshold: float, progress: Progress | None = None,
                 cache: LessonCache | None = None, problems: list[Problem] | None = None,
                 stats: BuildStats | None = None) -> Iterator[Lesson]:
    """The lesson of every source, each as soon as it is ready: first those from the cache, then the
    others, made on every core, in the order of ``sources``. A seed that fails is left out and
    reported in ``problems``. ``progress`` counts the seeds done, cached or not, as one stage."""
    cache = cache or LessonCache(None)
    report = progress or (lambda stage, done, total: None)
    todo = []
    for examined, source in enumerate(sources, 1):
        cached = cache.get(source, threshold)
        if cached is None:
            todo.append(source)
        else:
            report("lessons", examined - len(todo), len(sources))
            yield cached
    if stats is not None:
        stats.analysed, stats.from_cache = len(todo), len(sources) - len(todo)
    for done, (source, outcome) in enumerate(zip(todo, compose_many(todo, threshold)), len(sources) - len(todo) + 1):
        report("lessons", done, len(sources))
        outcome.raise_if_fatal()
        if outcome.lesson is None:
            if problems is not None:
                problems.append(outcome.problem or internal_problem(source.path, outcome.error or "unknown error", ""))
            continue
        cache.put(source, threshold, outcome.lesson, outcome.pickled)
        yield outcome.lesson


def lesson_sort_key(lesson: Lesson) -> tuple:
    published = lesson.source.meta.published
    return (-(published.toordinal() if published else 0), lesson.source.meta.title.casefold(), lesson.slug)


def render_pages(env, lessons: list[Lesson], rendered: dict[str, RenderedLesson], taxonomy, edition: str,
                 problems: list[Problem] | None = None) -> dict[str, str]:
    """The pages of every lesson that rendered (``rendered``: by slug), and the pages that list them."""
    pages: dict[str, str] = {}
    examples: dict[str, list[tuple[Lesson, object]]] = {t.id: [] for t in taxonomy.techniques}
    listed = []
    for lesson in lessons:
        outcome = rendered[lesson.slug]
        if outcome.error is not None:
            if problems is not None:
                problems.append(internal_problem(lesson.source.path, "rendering its lesson page", outcome.error))
            continue
        pages.update(outcome.pages)
        for note in outcome.notes:
            examples[note.finding.technique].append((lesson, note))
        listed.append(lesson)
    common = dict(taxonomy=taxonomy, edition=edition, lessons=listed)
    pages["index.md"] = render(env, "home.md.j2", **common)
    pages["lessons/index.md"] = render(env, "lessons_index.md.j2", **common)
    pages["techniques/index.md"] = render(env, "techniques_index.md.j2", examples=examples, **common)
    for technique in taxonomy.techniques:
        pages.update(render_technique_pages(env, technique, examples[technique.id], common))
    pages["tags.md"] = render(env, "tags.md.j2", **common)
    pages["readings/index.md"] = render(env, "catalog.md.j2", catalog=load_catalog(), **common)
    return pages


@dataclass(frozen=True)
class RenderedLesson:
    pages: dict[str, str]            # the lesson page and its printable worksheet
    notes: tuple = ()                # the flag notes under its paragraphs: examples for the technique pages
    error: str | None = None         # rendering failed (a bug): the lesson is left out and reported


def render_lesson(lesson: Lesson, env, taxonomy, edition: str) -> RenderedLesson:
    """A lesson's page and worksheet. An unexpected error comes back as a value, so that a rendering
    bug met by one lesson leaves that lesson out (reported) instead of the whole site."""
    try:       # (a MedialitError is raised: it stops the build)
        paragraphs = render_text(lesson.source, lesson.analysis.shown_techniques, taxonomy)
        headline = render_headline(lesson.source, lesson.analysis.shown_headline, taxonomy)
        lesson_page = render(
            env, "lesson.md.j2", lesson=lesson, paragraphs=paragraphs, headline=headline, taxonomy=taxonomy, edition=edition,
            source=lesson.source, analysis=lesson.analysis, profiles=list(lesson.profiles), readings=lesson.readings,
            exercises=build_exercises(lesson, taxonomy))
        # The printable worksheet: the student's text is plain (finding the techniques is the task).
        worksheet = render(
            env, "worksheet.md.j2", lesson=lesson, taxonomy=taxonomy, edition=edition, source=lesson.source,
            paragraphs=paragraphs if edition == "teacher" else render_text(lesson.source, (), taxonomy),
            headline=headline if edition == "teacher" else render_headline(lesson.source, (), taxonomy))
    except MedialitError:
        raise
    except Exception as error:  # noqa: BLE001 - a rendering bug met by one lesson must not cost the others
        return RenderedLesson({}, error=f"{type(error).__name__}: {error}")
    notes = tuple(note for paragraph in paragraphs for note in paragraph.notes)
    return RenderedLesson({f"lessons/{lesson.slug}.md": lesson_page, f"worksheets/{lesson.slug}.md": worksheet}, notes)


def render_technique_pages(env, technique, examples: list, common: dict) -> dict[str, str]:
    """The technique page with its first examples, and the full list on pages of its own when longer."""
    chunks = [examples[i : i + EXAMPLES_PER_PAGE] for i in range(0, len(examples), EXAMPLES_PER_PAGE)]
    if len(examples) <= EXAMPLES_ON_TECHNIQUE_PAGE:
        chunks = []
    uris = [f"{technique.id}/examples.md"] + [f"{technique.id}/examples-{n}.md" for n in range(2, len(chunks) + 1)]
    pages = {f"techniques/{technique.id}.md": render(
        env, "technique.md.j2", technique=technique, examples=examples[:EXAMPLES_ON_TECHNIQUE_PAGE],
        example_count=len(examples), all_examples=uris[0] if chunks else None, **common)}
    for number, chunk in enumerate(chunks, 1):
        pages[f"techniques/{uris[number - 1]}"] = render(
            env, "technique_examples.md.j2", technique=technique, examples=chunk, example_count=len(examples),
            page=number, pages=[uri.split("/")[-1] for uri in uris[: len(chunks)]],
            first=(number - 1) * EXAMPLES_PER_PAGE + 1, **common)
    return pages


# ------------------------------------------------------------------------------------- MkDocs glue


def edition_of(config) -> str:
    """The edition to build. ``medialit build`` and ``serve`` decide it by ``--teacher`` alone (``build``
    marks its choice as final); ``MEDIALIT_EDITION`` only serves a plain ``mkdocs serve``/``mkdocs build``,
    so a variable exported for a preview can never turn the next ``make site`` into the teacher edition."""
    settings = (config.extra or {}).get("medialit")
    settings = settings if isinstance(settings, dict) else {}
    if settings.get("edition_from_cli"):
        return settings["edition"]
    return os.environ.get("MEDIALIT_EDITION") or settings.get("edition") or "student"


@dataclass
class BuildReport:
    target: Path
    edition: str
    stats: BuildStats
    problems: list[Problem] = field(default_factory=list)


def build_site(config_file: Path, *, edition: str = "student", strict: bool = False, site_dir: Path | None = None,
               seeds_dir: Path | None = None, progress: Progress | None = None) -> Path:
    """Build one edition and return the folder it is in (see ``build``)."""
    return build(config_file, edition=edition, strict=strict, site_dir=site_dir, seeds_dir=seeds_dir,
                 progress=progress).target


def build(config_file: Path, *, edition: str = "student", strict: bool = False, site_dir: Path | None = None,
          seeds_dir: Path | None = None, progress: Progress | None = None) -> BuildReport:
    """Build one edition with MkDocs into a fresh folder, then swap it into place.

    A failed build leaves the previous site exactly as it was, and no staging folder behind."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    config_file = Path(config_file).resolve()
    if not config_file.is_file():
        raise BuildFailed(f"{config_file} does not exist; run medialit in the project folder or pass --config")
    root = config_file.parent
    target = (site_dir or root / ("site" if edition == "student" else "site-teacher")).resolve()
    _refuse_dangerous_target(target, root)
    recover_leftovers(target)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    _remove(staging)
    _unfinished.add(staging)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"   # the MkDocs 2 notice is not actionable for a teacher
    report = BuildReport(target=target, edition=edition, stats=BuildStats())
    started = time.perf_counter()
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=strict)
        checked_settings(config_file, config.extra.get("medialit"))
        if config.extra.get("medialit") is None:
            config.extra["medialit"] = {}
        settings = config.extra["medialit"]
        settings.update(edition=edition, edition_from_cli=True, strict=strict, progress=progress, report=report)
        if seeds_dir is not None:
            settings["seeds_dir"] = str(seeds_dir.resolve())
        try:
            mkdocs_build(config)
        finally:
            gc.unfreeze()                     # frozen by the hook for the length of the MkDocs run
        _swap(staging, target)
    except (Abort, ConfigurationError, PluginError) as error:
        _remove(staging)
        raise BuildFailed(f"{_why_it_failed(error, report, strict)}; the previous site in {target} was left "
                          "untouched") from None
    except BaseException:
        _remove(staging)
        raise
    finally:
        _unfinished.discard(staging)
    total = time.perf_counter() - started
    seconds = report.stats.seconds
    seconds["mkdocs"] = total - sum(seconds.get(k, 0.0) for k in ("load", "analyse", "generate"))
    seconds["total"] = total
    return report


def _why_it_failed(error: Exception, report: BuildReport, strict: bool) -> str:
    """Our own last word on a failed build: what failed, and how to see the problems. (MkDocs' own
    "Aborted with a BuildError!" says neither.)"""
    from mkdocs.exceptions import Abort

    if strict and report.problems:
        seeds = len({problem.path for problem in report.problems})
        return (f"the --strict build stopped: {seeds} seed(s) could not be turned into lessons (each is listed "
                "above as 'left out', with its file, line and fix). Run 'medialit check' to list the problems "
                "again; fix them, or build without --strict to build the other lessons")
    if strict and isinstance(error, Abort):
        return (f"the --strict build stopped on MkDocs' warnings ({error}): each is listed above as a WARNING "
                "line. Fix them, or build without --strict to build the site with them")
    # (A plugin's error, such as a teacher-only block in a student page, is logged above by MkDocs.)
    return "the build stopped (see the errors above)" if str(error).startswith("Aborted with") else str(error)


# The staging folders of the builds running in this process, for remove_unfinished.
_unfinished: set[Path] = set()


def remove_unfinished() -> None:
    """Remove the staging folders of the builds in progress (the CLI's SIGTERM handler calls this just
    before the process exits). Whatever is left is removed by the next build (recover_leftovers)."""
    for staging in list(_unfinished):
        try:
            _remove(staging)
        except OSError:
            pass


def _refuse_dangerous_target(target: Path, root: Path) -> None:
    """The site folder is deleted and replaced on every build: never let that be a folder of the project."""
    protected = {root, root / "docs", root / "seeds", root / "scripts", root / "tests", root / ".cache",
                 Path.home(), Path("/")}
    if target in protected or any(p.is_relative_to(target) for p in protected if p != Path("/")):
        raise BuildFailed(f"refusing to build into {target}: it is (or holds) a project folder; choose another --site-dir")
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / "index.html").exists())):
        raise BuildFailed(f"{target} exists and does not look like a built site (no index.html); "
                          "move it away or choose another --site-dir")


def _swap(staging: Path, target: Path) -> None:
    """Put the new site in place: two renames, so readers see the old site or the new one, never a mix.

    When the target cannot be renamed (it is a mount point, or renaming crosses devices), the new site is
    copied into it beside the old contents and the names are swapped inside it (``_swap_inside``)."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    _remove(old)
    try:
        if target.exists():
            target.rename(old)
        staging.rename(target)
    except OSError as error:
        if old.exists() and not target.exists():
            old.rename(target)                    # undo the first rename: the old site stays as it was
        if error.errno not in (errno.EXDEV, errno.EBUSY, errno.EPERM, errno.EACCES):
            raise
        _swap_inside(staging, target)
        _remove(staging)
    _discard_old(old, target)


def _discard_old(old: Path, target: Path) -> None:
    """Remove the previous site once the new one is in place. Failing that is no failed build: the new
    site is there, so say exactly that (a later build removes the leftover, see recover_leftovers)."""
    try:
        _remove(old)
    except OSError as error:
        log.warning(f"the new site is in {target}, but the previous one could not be removed from {old} "
                    f"({error.strerror or error}); delete that folder by hand, or let the next build remove it")


def recover_leftovers(target: Path) -> None:
    """Undo what killed builds left beside ``target``: a build killed between the two renames of the swap
    left no ``target``, only ``.<name>.old-<pid>``: put it back; and remove the staging copies
    (``.<name>.building-<pid>``) and old sites of builds that are no longer running. Another build still
    running keeps its folders."""
    leftovers = []
    for path in target.parent.glob(f".{glob_escape(target.name)}.*-*"):
        kind, _, pid = path.name[len(target.name) + 2:].rpartition("-")
        if kind in ("old", "building") and pid.isdigit() and not _running(int(pid)):
            leftovers.append((kind, path))
    olds = sorted((p for kind, p in leftovers if kind == "old"), key=_mtime, reverse=True)
    if olds and not target.exists() and not target.is_symlink():
        olds[0].rename(target)               # the newest previous site: the one the killed build moved away
        log.warning(f"{target} was missing after a build was stopped half-way; the previous site was put back")
        leftovers = [(kind, p) for kind, p in leftovers if p != olds[0]]
    for _, path in leftovers:
        try:
            _remove(path)
        except OSError as error:
            log.warning(f"could not remove {path}, left by a build that was stopped ({error.strerror or error})")


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def _running(pid: int) -> bool:
    """Whether a process with this id exists (the build that made a folder may still be running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True                # someone else's process, or no answer: assume it runs, keep its folder
    return True


# Room left beyond the new site's size when copying into a mount point: file systems round every file up
# to their block size (FAT on a USB stick: up to 32 KB), so each file is counted as at least one block.
BLOCK = 32 * 1024
SPARE_BYTES = 1024 * 1024


def _swap_inside(staging: Path, target: Path) -> None:
    """Replace the contents of ``target`` (a folder that cannot itself be renamed, like a USB stick's
    mount point) without ever deleting before the new copy is complete.

    1. Check that the new site fits beside the old one; 2. copy it into a hidden folder inside
    ``target`` (same device, so what follows are renames); 3. move the old entries into another hidden
    folder and the new ones up into ``target``; 4. delete the old entries. A failure in 1-2 removes the
    partial copy and leaves the old site as it was; one in 3 moves everything back."""
    target.mkdir(parents=True, exist_ok=True)
    _remove_stale_swaps(target)
    fresh, retired = target / f".medialit-new-{os.getpid()}", target / f".medialit-old-{os.getpid()}"
    needed = _size_on_disk(staging) + SPARE_BYTES
    free = shutil.disk_usage(target).free
    if free < needed:
        raise BuildFailed(f"{target} has {free / 1e6:.1f} MB free, and the new site needs {needed / 1e6:.1f} MB "
                          "beside the previous one (which stays until the new one is complete); the previous site "
                          "was left as it was. Free some space there, or delete the previous site yourself first")
    try:
        _copy_tree(staging, fresh)
    except OSError as error:
        _remove_quietly(fresh)
        partial = f"the partial copy is left in {fresh}" if fresh.exists() else "the partial copy was removed"
        raise BuildFailed(f"could not copy the new site into {target} ({_io_error(error)}); {partial} "
                          "and the previous site was left as it was") from None
    # (Hidden folders of another build swapping into the same target right now are not ours to move.)
    entries = sorted(p.name for p in target.iterdir() if not p.name.startswith((".medialit-new-", ".medialit-old-")))
    moved_old: list[str] = []
    moved_new: list[str] = []
    try:
        retired.mkdir()
        for name in entries:
            (target / name).rename(retired / name)
            moved_old.append(name)
        for name in sorted(p.name for p in fresh.iterdir()):
            (fresh / name).rename(target / name)
            moved_new.append(name)
    except OSError as error:
        _swap_back(target, fresh, retired, moved_old, moved_new, error)
    _remove_quietly(fresh)
    try:
        shutil.rmtree(retired)
    except OSError as error:
        log.warning(f"the new site is in place in {target}, but the previous one could not be deleted from "
                    f"{retired} ({_io_error(error)}); delete that folder yourself")


def _swap_back(target: Path, fresh: Path, retired: Path, moved_old: list[str], moved_new: list[str],
               error: OSError) -> None:
    """Undo a swap that failed half way, then report it truthfully."""
    try:
        for name in reversed(moved_new):
            (target / name).rename(fresh / name)
        for name in reversed(moved_old):
            (retired / name).rename(target / name)
    except OSError as second:
        raise BuildFailed(f"could not put the new site in place in {target} ({_io_error(error)}), nor move the "
                          f"previous site back ({_io_error(second)}): the previous site's files are in {retired}, "
                          f"the new site's in {fresh}; move them back by hand") from None
    _remove_quietly(fresh)
    _remove_quietly(retired)
    raise BuildFailed(f"could not put the new site in place in {target} ({_io_error(error)}); "
                      "the previous site was left as it was") from None


def _remove_stale_swaps(target: Path) -> None:
    """Hidden folders of swaps into ``target`` whose build was killed (its process is gone)."""
    for child in target.glob(".medialit-*-*"):
        pid = child.name.rsplit("-", 1)[-1]
        # (Our own process's folders are from an earlier swap of this process: done with too.)
        if child.name.startswith((".medialit-new-", ".medialit-old-")) and pid.isdigit() and \
                (int(pid) == os.getpid() or not _running(int(pid))):
            _remove_quietly(child)


def _size_on_disk(folder: Path) -> int:
    return sum(max(BLOCK, -(-p.stat().st_size // BLOCK) * BLOCK) for p in folder.rglob("*") if p.is_file())


def _copy_tree(source: Path, target: Path) -> None:
    """Copy a built site, stopping at the first error (shutil.copytree would go on and collect them)."""
    target.mkdir()
    for child in source.iterdir():
        if child.is_dir() and not child.is_symlink():
            _copy_tree(child, target / child.name)
        else:
            _copy_file(child, target / child.name)


def _copy_file(source: Path, target: Path) -> None:
    # Contents only: a site needs no permissions or times, and FAT sticks refuse to take them.
    shutil.copyfile(source, target)


def _io_error(error: OSError) -> str:
    """``error`` as a person reads it: "No space left on device", with the file when known."""
    where = f"{error.filename}: " if getattr(error, "filename", None) else ""
    return f"{where}{error.strerror or error}"


def _remove_quietly(path: Path) -> None:
    try:
        _remove(path)
    except OSError as error:
        log.warning(f"could not delete {path} ({_io_error(error)}); delete it yourself")


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


