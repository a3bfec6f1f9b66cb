"""The ``medialit`` command. Each command parses its arguments, makes one library call and turns a
domain error into a clean message and exit status: no traceback reaches the user."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import traceback
from contextlib import contextmanager
from pathlib import Path

from . import __version__, site
from .analysis import DEFAULT_THRESHOLD, analyze
from .errors import InputError, MedialitError, printable
from .site.progress import ProgressBar
from .datafiles import unsafe_character
from .text.source import MAX_TITLE_CHARS, PLACEHOLDER_BODY, load_source, slugify

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_BROKEN_PIPE = 141      # 128 + SIGPIPE, what a shell reports for a command whose reader closed the pipe
_SITE_COMMANDS = ("build", "serve")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    # Only the commands that write a site have a previous site to speak of.
    kept = "; the previous site was left as it was" if args.command in _SITE_COMMANDS else ""
    try:
        return args.run(args)
    except InputError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_INPUT
    except MedialitError as error:
        # Line by line: problems inside are escaped already, and each of their lines is one problem.
        for line in str(error).split("\n"):
            print(f"error: {printable(line)}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(f"interrupted{kept}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away ("medialit analyze FILE | head"): stop quietly, as other commands of a pipe do.
        # Python would report the pipe again when it flushes stdout at exit, so stdout now writes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as error:
        if not error.strerror:                  # e.g. jinja2.TemplateNotFound is an OSError too
            return _unexpected(error, kept)
        where = f"{printable(error.filename)}: " if error.filename else ""
        print(f"error: {where}{printable(error.strerror or error)}{kept}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as error:  # noqa: BLE001 - the last line of defence: a message, never a traceback
        return _unexpected(error, kept)


def _unexpected(error: BaseException, kept: str) -> int:
    if os.environ.get("MEDIALIT_DEBUG"):
        traceback.print_exception(error)
    print(f"error: medialit stopped on an unexpected problem ({type(error).__name__}: {printable(str(error)[:300])})"
          f"{kept}. This is a bug in medialit: please report it (set MEDIALIT_DEBUG=1 to see the details).",
          file=sys.stderr)
    return EXIT_INTERNAL


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medialit", description="Build media-literacy lessons from seed texts.")
    parser.add_argument("--version", action="version", version=f"medialit {__version__} (Python {sys.version.split()[0]})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build the site from seeds/ (student edition unless --teacher)")
    build.add_argument("--teacher", action="store_true", help="build the teacher edition (answer keys, notes)")
    build.add_argument("--strict", action="store_true", help="fail on any warning or any seed that cannot be read")
    build.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs configuration (default: mkdocs.yml)")
    build.add_argument("--site-dir", type=Path, help="output folder (default: site/ or site-teacher/)")
    build.add_argument("--seeds", type=Path, help="seeds folder (default: from mkdocs.yml, normally seeds/)")
    build.add_argument("-q", "--quiet", action="store_true", help="only print warnings and errors")
    build.set_defaults(run=_build)

    serve = commands.add_parser("serve", help="preview the site at http://127.0.0.1:8000, rebuilding on change")
    serve.add_argument("--teacher", action="store_true", help="preview the teacher edition")
    serve.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    serve.add_argument("--dev-addr", default="127.0.0.1:8000")
    serve.set_defaults(run=_serve)

    check = commands.add_parser("check", help="validate seeds and data files without building")
    check.add_argument("--seeds", type=Path, default=Path("seeds"))
    check.set_defaults(run=_check)

    analyze_cmd = commands.add_parser("analyze", help="analyse one text and print what was found")
    analyze_cmd.add_argument("file", type=Path)
    analyze_cmd.add_argument("--format", choices=("text", "json"), default="text")
    analyze_cmd.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                             help=f"confidence a flag needs to be shown in lessons (default {DEFAULT_THRESHOLD})")
    analyze_cmd.set_defaults(run=_analyze)

    new = commands.add_parser("new", help="create a seed file with its front matter, ready to paste a text into")
    new.add_argument("file", type=Path, nargs="?", help="where to create it (default: seeds/<slug of title>.md)")
    new.add_argument("--title", default=None, help="the headline (with --from: taken from the page if not given)")
    new.add_argument("--from", dest="source_file", type=Path, metavar="PAGE",
                     help="make the seed from a saved web page (.html) or a .txt/.md file: its article text, "
                          "with the front matter filled from the page for you to check (nothing is downloaded)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(run=_new)
    return parser


@contextmanager
def _stopped_by_signals():
    """SIGTERM or SIGHUP ends the build at once: its unfinished staging folder is removed, the previous
    site stays, and the worker processes end with this process (parallel.die_with). Nothing is raised
    from the handler: an exception raised there can land inside the process pool's own machinery (or in a
    finaliser, where Python drops it) and leave it half-stopped."""
    def stop(signum, frame):
        site.builder.remove_unfinished()
        print(f"stopped by signal {signum}; the previous site was left as it was", file=sys.stderr, flush=True)
        os._exit(128 + signum)

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, stop) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _build(args) -> int:
    import logging

    _configure_logging(logging.WARNING if args.quiet else logging.INFO)
    edition = "teacher" if args.teacher else "student"
    with _stopped_by_signals():
        report = site.build(args.config, edition=edition, strict=args.strict, site_dir=args.site_dir,
                            seeds_dir=args.seeds, progress=None if args.quiet else ProgressBar())
    stats, seconds = report.stats, report.stats.seconds
    left_out = f"; {len({p.path for p in report.problems})} seed(s) left out (see the errors above)" if report.problems else ""
    print(f"built the {edition} edition in {report.target}: {stats.lessons} lesson(s) from {stats.seeds} seed(s){left_out}\n"
          f"  analysed {stats.analysed} seed(s), {stats.from_cache} unchanged from the cache, with their pages: "
          f"{seconds.get('analyse', 0):.1f} s; index pages {seconds.get('generate', 0):.1f} s; "
          f"MkDocs {seconds.get('mkdocs', 0):.1f} s; total {seconds.get('total', 0):.1f} s\n"
          f"open {report.target / 'index.html'} in a browser")
    return 0


def _serve(args) -> int:
    import os

    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    _configure_logging(20)
    _answer_bad_paths_with_404()
    # --teacher alone decides: whatever MEDIALIT_EDITION the shell exported is overwritten here.
    edition = "teacher" if args.teacher else "student"
    os.environ["MEDIALIT_EDITION"] = edition
    print(f"serving the {edition} edition", file=sys.stderr)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    if not args.config.is_file():
        raise MedialitError(f"{args.config} does not exist; run medialit in the project folder or pass --config")
    try:
        serve(config_file=str(args.config), dev_addr=args.dev_addr, livereload=True)
    except (Abort, ConfigurationError, PluginError) as error:
        # A broken review file, a wrong setting: the message names it (exit 1), it is not a bug.
        raise MedialitError(str(getattr(error, "message", None) or error)) from None
    return 0


def _answer_bad_paths_with_404() -> None:
    """MkDocs' preview server opens the file a request names: '/%00' made open() raise ValueError, which
    it answered with a traceback. A path holding a NUL names no file: answer 404 Not Found."""
    from mkdocs import livereload

    original = livereload.LiveReloadServer._serve_request
    if getattr(original, "refuses_nul", False):
        return

    def serve_request(self, environ, start_response):
        if "\0" in environ.get("PATH_INFO", ""):
            return None                     # (None is MkDocs' own "not found")
        return original(self, environ, start_response)

    serve_request.refuses_nul = True
    livereload.LiveReloadServer._serve_request = serve_request


def _check(args) -> int:
    from .checking import check_project

    report = check_project(args.seeds)
    for line in report.warnings:
        print(f"warning: {printable(line)}", file=sys.stderr)
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    print(f"checked {report.seed_count} seed(s) and the data files: "
          f"{len(report.problems)} error(s), {len(report.warnings)} warning(s)")
    return EXIT_INPUT if report.problems else 0


def _analyze(args) -> int:
    source = load_source(args.file)
    analysis = analyze(source, args.threshold)
    if args.format == "json":
        # Made whole before anything is printed: an error half-way must never leave half a JSON document.
        text = json.dumps(analysis.to_json(source), ensure_ascii=False, indent=2, sort_keys=True)
        sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n")
        return 0
    meta = source.meta
    print(f"{_clip(meta.title, 300)}\n{_clip(meta.author or 'author not given')}, "
          f"{_clip(meta.publisher or 'outlet not given')}, "
          f"{meta.published or 'date not given'}; {source.word_count} words, {len(source.paragraphs)} paragraphs\n")
    print(f"Techniques in the headline ({len(analysis.shown_headline)} shown of {len(analysis.headline)}; "
          "offsets into the title, not reached by a review file):")
    for f in analysis.headline:
        print(f" {'*' if f.shown else ' '} headline {f.confidence:.2f}  {f.technique:<27} “{_clip(f.text)}”\n"
              f"        {_clip(f.reason, 1000)}")
    print(f"\nTechniques ({len(analysis.shown_techniques)} shown of {len(analysis.techniques)}; "
          f"threshold {args.threshold}):")
    for f in analysis.techniques:
        mark = "*" if f.shown else " "
        print(f" {mark} ¶{f.paragraph:<3} {f.confidence:.2f}  {f.technique:<27} “{_clip(f.text)}”\n"
              f"        {_clip(f.reason, 1000)}\n        id: {printable(f.id)}")
    print(f"\nVoices ({len(analysis.voices)}):")
    for v in analysis.voices:
        print(f"   ¶{v.paragraph:<3} {_clip(v.speaker or 'unnamed')} — {_clip(v.verb or '-')}{'' if v.verb_neutral else ' (not neutral)'}: “{_clip(v.text)}”")
    print(f"\nCheckable claims ({len(analysis.claims)}):")
    for c in analysis.claims:
        print(f"   ¶{c.paragraph:<3} {c.kind:<11} “{_clip(c.text)}”")
    print("\n* = shown in the lesson. To confirm, drop or add a flag, use its id in a review file next to the seed "
          f"({printable(args.file.with_suffix('.review.yaml').name)}); see the teacher guide.")
    return 0


def _new(args) -> int:
    if args.source_file is not None:
        return _new_from(args)
    title = args.title or "Headline of the article"
    path = _new_path(args, title)
    path.write_text(SEED_TEMPLATE.format(title=json.dumps(title, ensure_ascii=False), placeholder=PLACEHOLDER_BODY),
                    encoding="utf-8")
    print(f"created {printable(path)}: fill in the front matter, paste the article below the '---' line, "
          "then run 'medialit check'")
    return 0


def _new_from(args) -> int:
    from .text.webpage import import_file, seed_text

    found = import_file(args.source_file)
    text = seed_text(found, args.title)
    title = args.title or found.title or args.source_file.stem
    path = _new_path(args, title)
    path.write_text(text, encoding="utf-8")
    print(f"created {printable(path)} from {printable(args.source_file)}")
    for note in found.notes:
        print(f"  note: {printable(note)}")
    missing = [name for name in ("author", "publisher", "published", "url") if not getattr(found, name)]
    if missing:
        print(f"  fill in what the page did not give: {', '.join(missing)}")
    print("  then run 'medialit check'")
    return 0


def _new_path(args, title: str) -> Path:
    path = args.file or Path("seeds") / f"{slugify(title) or 'new-text'}.md"
    if path.exists() and not args.force:
        raise MedialitError(f"{path} already exists; choose another name or add --force to overwrite it")
    # The same rules as 'medialit check': never write a seed that the check then refuses.
    if len(title) > MAX_TITLE_CHARS:
        raise MedialitError(f"the title is {len(title)} characters long; a headline has at most {MAX_TITLE_CHARS} "
                            "(give the headline alone with --title)")
    if unsafe_character(title):
        raise MedialitError(f"the title holds the control character {unsafe_character(title)}; "
                            "type the headline as it reads with --title")
    path.parent.mkdir(parents=True, exist_ok=True)
    if any(parent.name == "seeds" for parent in path.resolve().parents[1:]):
        print(f"warning: {printable(path)} is in a subfolder of a seeds folder: medialit makes lessons only from "
              "the files directly in it, so move it there to build it", file=sys.stderr)
    return path


SEED_TEMPLATE = """---
title: {title}
author:                 # as given on the page
publisher:              # the outlet this copy comes from
published:              # date of this copy as the page gives it, YYYY-MM-DD
url:                    # address of this copy (https://...)
# republished:          # earlier or later appearances, earliest first
#   - outlet: Name of the first outlet
#     date: YYYY-MM-DD
#     url: https://...
language: en
topics: []              # e.g. [NATO, Ukraine]
level:                  # e.g. upper secondary
---

{placeholder}
"""


def _clip(text: str, limit: int = 70) -> str:
    """Seed text for the terminal: on one line, short, and escaped (no escape sequences reach it)."""
    text = " ".join(text.split())
    return printable(text if len(text) <= limit else text[: limit - 1] + "…")


def _configure_logging(level: int) -> None:
    import logging

    class StderrHandler(logging.StreamHandler):
        """Writes to whatever sys.stderr is at the time (tests and wrappers replace it)."""

        @property
        def stream(self):
            return sys.stderr

        @stream.setter
        def stream(self, value):
            pass

    handler = StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s - %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False


if __name__ == "__main__":
    sys.exit(main())
