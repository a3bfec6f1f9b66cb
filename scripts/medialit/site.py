"""Build the site: the one library function behind both the CLI and the MkDocs hook.

``generate`` reads like the table of contents of a build: load and validate everything, analyse,
compose, render. It returns pages in memory; the MkDocs hook hands them to MkDocs as generated files,
so nothing is ever written into ``docs/`` and a hand-written page always wins over a generated one.
``build_site`` runs MkDocs into a fresh folder and swaps it into place only when the build succeeded.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .analysis import DEFAULT_THRESHOLD, Analysis, analyze
from .errors import BuildFailed, InputError, MedialitError, Problem
from .exercises import build_exercises
from .lessons import Lesson, compose_lesson
from .outlets import load_outlets
from .readings import load_catalog
from .render import make_environment, render
from .sources import Source, find_seeds, load_source
from .taxonomy import load_taxonomy
from .textview import render_text
from .units import load_units, render_unit_pages

log = logging.getLogger("mkdocs.medialit")

EDITIONS = ("student", "teacher")
ASSETS_DIR = Path(__file__).parent / "assets"
ASSET_URIS = {
    "assets/medialit/medialit.css": "medialit.css",
    "assets/medialit/medialit.js": "medialit.js",
    "assets/medialit/iframe-worker-shim.js": "iframe-worker-shim.js",
}

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Project:
    """Where a medialit project keeps its inputs, and how to build it."""

    root: Path
    seeds_dir: Path
    docs_dir: Path
    threshold: float = DEFAULT_THRESHOLD
    templates_dir: Path | None = None

    @classmethod
    def from_mkdocs_config(cls, config) -> Project:
        root = Path(config.config_file_path).resolve().parent
        settings = (config.extra or {}).get("medialit") or {}
        templates = settings.get("templates_dir")
        return cls(
            root=root,
            seeds_dir=(root / settings.get("seeds_dir", "seeds")).resolve(),
            docs_dir=Path(config.docs_dir).resolve(),
            threshold=float(settings.get("threshold", DEFAULT_THRESHOLD)),
            templates_dir=(root / templates).resolve() if templates else None,
        )


@dataclass
class GeneratedSite:
    pages: dict[str, str]                       # docs-relative URI -> Markdown
    assets: dict[str, bytes]                    # docs-relative URI -> file content
    lessons: list[Lesson]
    problems: list[Problem] = field(default_factory=list)   # seeds left out, each with its reason
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- build


def generate(project: Project, edition: str = "student", progress: Progress | None = None) -> GeneratedSite:
    """Everything the site needs from the seeds, in memory. Bad seeds are left out and reported."""
    if edition not in EDITIONS:
        raise MedialitError(f"unknown edition {edition!r}; use one of {', '.join(EDITIONS)}")
    # 1. Load and validate everything: data files first, since every lesson depends on them.
    taxonomy, outlets, catalog = load_taxonomy(), load_outlets(), load_catalog()
    sources, problems, warnings = load_sources(project.seeds_dir)
    # 2. Analyse.
    analyses = analyze_all(sources, project.threshold, progress)
    # 3. Compose.
    lessons = [compose_lesson(s, analyses[s.slug], taxonomy, outlets, catalog) for s in sources]
    lessons.sort(key=lesson_sort_key)
    # 4. Render.
    env = make_environment(project.templates_dir)
    pages = render_pages(env, lessons, taxonomy, edition, progress)
    pages.update(render_unit_pages(env, load_units(project.seeds_dir, lessons), lessons,
                                   dict(taxonomy=taxonomy, edition=edition, lessons=lessons)))
    assets = {uri: (ASSETS_DIR / name).read_bytes() for uri, name in ASSET_URIS.items()}
    return GeneratedSite(pages=pages, assets=assets, lessons=lessons, problems=problems, warnings=warnings)


def load_sources(seeds_dir: Path) -> tuple[list[Source], list[Problem], list[str]]:
    """Every valid seed, with a unique slug; the problems of every invalid one."""
    if not seeds_dir.is_dir():
        raise InputError([Problem(seeds_dir, "the seeds folder does not exist",
                                  fix="create it and put one article per .md or .txt file in it")])
    sources: list[Source] = []
    problems: list[Problem] = []
    warnings: list[str] = []
    taken: set[str] = set()
    for path in find_seeds(seeds_dir):
        try:
            source = load_source(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        slug = unique_slug(source.slug, taken)
        if slug != source.slug:
            warnings.append(f"{path}: another seed already has the address '{source.slug}'; this lesson is at '{slug}'")
        taken.add(slug)
        sources.append(replace(source, slug=slug))
        warnings.extend(source.warnings)
    return sources, problems, warnings


def unique_slug(slug: str, taken: set[str]) -> str:
    """Duplicate titles never drop a lesson: the second gets '-2', the third '-3'."""
    candidate, number = slug, 2
    while candidate in taken or candidate in RESERVED_SLUGS:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


RESERVED_SLUGS = {"index"}


def analyze_all(sources: list[Source], threshold: float, progress: Progress | None = None) -> dict[str, Analysis]:
    analyses = {}
    for done, source in enumerate(sources, 1):
        analyses[source.slug] = analyze(source, threshold)
        if progress:
            progress("analysing", done, len(sources))
    return analyses


def lesson_sort_key(lesson: Lesson) -> tuple:
    published = lesson.source.meta.published
    return (-(published.toordinal() if published else 0), lesson.source.meta.title.casefold(), lesson.slug)


def render_pages(env, lessons: list[Lesson], taxonomy, edition: str, progress: Progress | None = None) -> dict[str, str]:
    pages: dict[str, str] = {}
    examples: dict[str, list[tuple[Lesson, object]]] = {t.id: [] for t in taxonomy.techniques}
    for done, lesson in enumerate(lessons, 1):
        paragraphs = render_text(lesson.source, lesson.analysis.shown_techniques, taxonomy)
        pages[f"lessons/{lesson.slug}.md"] = render(
            env, "lesson.md.j2", lesson=lesson, paragraphs=paragraphs, taxonomy=taxonomy, edition=edition,
            source=lesson.source, analysis=lesson.analysis, profiles=list(lesson.profiles), readings=lesson.readings,
            exercises=build_exercises(lesson, taxonomy))
        for paragraph in paragraphs:
            for note in paragraph.notes:
                examples[note.finding.technique].append((lesson, note))
        if progress:
            progress("rendering", done, len(lessons))
    common = dict(taxonomy=taxonomy, edition=edition, lessons=lessons)
    pages["index.md"] = render(env, "home.md.j2", **common)
    pages["lessons/index.md"] = render(env, "lessons_index.md.j2", **common)
    pages["techniques/index.md"] = render(env, "techniques_index.md.j2", examples=examples, **common)
    for technique in taxonomy.techniques:
        pages[f"techniques/{technique.id}.md"] = render(
            env, "technique.md.j2", technique=technique, examples=examples[technique.id], **common)
    pages["tags.md"] = render(env, "tags.md.j2", **common)
    return pages


# ------------------------------------------------------------------------------------- MkDocs glue


def edition_of(config) -> str:
    settings = (config.extra or {}).get("medialit") or {}
    return os.environ.get("MEDIALIT_EDITION") or settings.get("edition") or "student"


def build_site(config_file: Path, *, edition: str = "student", strict: bool = False, site_dir: Path | None = None,
               seeds_dir: Path | None = None, progress: Progress | None = None) -> Path:
    """Build one edition with MkDocs into a fresh folder, then swap it into place.

    A failed build leaves the previous site exactly as it was."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    config_file = config_file.resolve()
    root = config_file.parent
    target = (site_dir or root / ("site" if edition == "student" else "site-teacher")).resolve()
    _refuse_dangerous_target(target, root)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    _remove(staging)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"   # the MkDocs 2 notice is not actionable for a teacher
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=strict)
        settings = config.extra.setdefault("medialit", {})
        settings["edition"] = edition
        settings["strict"] = strict
        settings["progress"] = progress
        if seeds_dir is not None:
            settings["seeds_dir"] = str(seeds_dir.resolve())
        build(config)
    except (Abort, ConfigurationError, PluginError) as error:
        _remove(staging)
        raise BuildFailed(f"{error}; the previous site in {target} was left untouched") from None
    except BaseException:
        _remove(staging)
        raise
    _swap(staging, target)
    return target


def _refuse_dangerous_target(target: Path, root: Path) -> None:
    """The site folder is deleted and replaced on every build: never let that be a folder of the project."""
    protected = {root, root / "docs", root / "seeds", root / "scripts", root / "tests", Path.home(), Path("/")}
    if target in protected or any(p.is_relative_to(target) for p in protected if p != Path("/")):
        raise BuildFailed(f"refusing to build into {target}: it is (or holds) a project folder; choose another --site-dir")
    if target.exists() and any(target.iterdir()) and not (target / "index.html").exists():
        raise BuildFailed(f"{target} exists and does not look like a built site (no index.html); "
                          "move it away or choose another --site-dir")


def _swap(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staging.rename(target)
    _remove(old)


def _remove(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)


def print_progress(stage: str, done: int, total: int) -> None:
    """A one-line progress report on stderr for long builds (only when it is a terminal, or every 10%)."""
    if total < 20:
        return
    step = max(1, total // 10)
    if sys.stderr.isatty():
        end = "\n" if done == total else "\r"
        print(f"  {stage} {done}/{total}", end=end, file=sys.stderr, flush=True)
    elif done % step == 0 or done == total:
        print(f"  {stage} {done}/{total}", file=sys.stderr, flush=True)
