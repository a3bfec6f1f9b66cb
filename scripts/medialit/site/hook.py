"""MkDocs hook (``hooks:`` in mkdocs.yml): hands the generated lessons to MkDocs.

Thin on purpose: all the work is ``site.generate``. Generation runs in ``on_config``, before MkDocs
cleans the site folder, so a seed or data error stops the build before anything is touched.
"""

from __future__ import annotations

import gc
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from medialit import site
from medialit.errors import MedialitError, printable
from medialit.site import rawblocks, whitespace
from medialit.site.edition_guard import teacher_only_marker

log = logging.getLogger("mkdocs.medialit")
_generated: dict[int, site.GeneratedSite] = {}
_set_aside: dict[str, tuple[str, list[str]]] = {}     # page -> (its Markdown, its raw HTML blocks)


def on_config(config):
    try:    # (a list where the settings belong would otherwise fail below as a bug)
        site.checked_settings(Path(config.config_file_path), config.extra.get("medialit"))
    except MedialitError as error:
        raise PluginError(f"medialit: {error}") from None
    edition = site.edition_of(config)
    if config.extra.get("medialit") is None:
        config.extra["medialit"] = {}
    settings = config.extra["medialit"]
    settings["edition"] = edition
    if edition == "teacher":
        config.site_name = f"{config.site_name} (teacher edition)"
    try:
        generated = site.generate(site.Project.from_mkdocs_config(config), edition, settings.get("progress"))
    except MedialitError as error:
        raise PluginError(f"medialit: {error}") from None
    report = settings.get("report")
    if report is not None:                  # set by site.build: the CLI prints it
        report.stats, report.problems, report.edition = generated.stats, generated.problems, edition
        if os.environ.get("MEDIALIT_GC_FREEZE", "1") == "1":
            # The lessons stay alive for the whole MkDocs run; without this, every garbage collection
            # MkDocs triggers walks them all again. site.build unfreezes when MkDocs is done.
            gc.freeze()
    for problem in generated.problems:
        # An error, not a warning: the lesson is missing. `--strict` turns it into a failed build.
        log.error(f"left out: {problem}")
    for warning in generated.warnings:
        log.warning(printable(warning))     # (a seed path or title may hold escape sequences)
    if generated.problems and (settings.get("strict") or config.strict):
        seeds = len({problem.path for problem in generated.problems})
        raise PluginError(f"medialit: {seeds} seed(s) could not be turned into lessons (see above); "
                          "--strict builds only when every seed can")
    _generated[id(config)] = generated
    return config


def on_files(files: Files, config) -> Files:
    generated = _generated.pop(id(config))
    in_nav = nav_uris(config.nav)
    for uri, content in sorted(generated.pages.items()):
        if files.get_file_from_path(uri) is not None:
            log.warning(f"docs/{uri} is hand-written, so the generated page at that address was not used")
            continue
        # Lessons and example lists are reached from index pages, not the sidebar: a sidebar listing
        # every lesson would be copied into every page and make the site grow with the square of its size.
        inclusion = InclusionLevel.UNDEFINED if uri in in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, uri, content=content, inclusion=inclusion))
    for uri, content in sorted(generated.assets.items()):
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    """A generated page's raw HTML blocks wait outside the Markdown conversion (site/rawblocks.py)."""
    if page.file.generated_by is not None:
        converted, blocks = rawblocks.set_aside(markdown)
        if blocks:
            _set_aside[page.file.src_uri] = (markdown, blocks)
            return converted
    return markdown


def on_page_content(html, page, config, files):
    """The raw HTML blocks go back in. A generated page's Markdown is not needed once converted: free it,
    so a large corpus does not hold its Markdown and its HTML in memory at once (MkDocs converts every
    page before writing any)."""
    if page.file.src_uri in _set_aside:
        markdown, blocks = _set_aside.pop(page.file.src_uri)
        restored = rawblocks.put_back(html, blocks)
        if restored is None:        # a placeholder did not survive: convert the whole page after all
            page.markdown = markdown
            page.render(config, files)
            restored = page.content
        else:
            page.present_anchor_ids = (page.present_anchor_ids or set()) | rawblocks.anchor_ids(blocks)
        html = restored
    if page.file.generated_by is not None and page.file.is_documentation_page():
        page.file.content_string = ""
        page.markdown = ""
    return html


def on_post_page(output, page, config):
    """A student page never carries a teacher-only block (checked on the page's final HTML, before it is
    written: the build then fails and the previous site stays). Once written, a page's HTML is not needed
    again (anchors are checked from their ids). Every page loses the indentation between its tags
    (site/whitespace.py)."""
    if page.file.generated_by is not None:
        if config.extra["medialit"].get("edition") != "teacher":
            marker = teacher_only_marker(output)
            if marker is not None:
                raise PluginError(f"medialit: the student edition's page {page.file.src_uri} holds a teacher-only "
                                  f"block ({marker}); the build was stopped so that no answer key reaches "
                                  "students. This is a bug in medialit or in your templates_dir: report it")
        page.content = ""
    return whitespace.squeeze(output)


def nav_uris(nav) -> set[str]:
    """Every page named in mkdocs.yml's ``nav``."""
    found: set[str] = set()
    items = [nav] if nav is not None else []
    while items:
        item = items.pop()
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            items.extend(item.values())
        elif isinstance(item, list):
            items.extend(item)
    return found


def on_serve(server, config, builder):
    server.watch(str(site.Project.from_mkdocs_config(config).seeds_dir))
    return server
