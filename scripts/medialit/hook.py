"""MkDocs hook (``hooks:`` in mkdocs.yml): hands the generated lessons to MkDocs.

Thin on purpose: all the work is ``site.generate``. Generation runs in ``on_config``, before MkDocs
cleans the site folder, so a seed or data error stops the build before anything is touched.
"""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from medialit import site
from medialit.errors import MedialitError

log = logging.getLogger("mkdocs.medialit")
_generated: dict[int, site.GeneratedSite] = {}


def on_config(config):
    edition = site.edition_of(config)
    settings = config.extra.setdefault("medialit", {})
    settings["edition"] = edition
    if edition == "teacher":
        config.site_name = f"{config.site_name} (teacher edition)"
    try:
        generated = site.generate(site.Project.from_mkdocs_config(config), edition, settings.get("progress"))
    except MedialitError as error:
        raise PluginError(f"medialit: {error}") from None
    for problem in generated.problems:
        # An error, not a warning: the lesson is missing. `--strict` turns it into a failed build.
        log.error(f"left out: {problem}")
    for warning in generated.warnings:
        log.warning(warning)
    if generated.problems and (settings.get("strict") or config.strict):
        raise PluginError(f"medialit: {len(generated.problems)} seed(s) could not be read (see above)")
    _generated[id(config)] = generated
    return config


def on_files(files: Files, config) -> Files:
    generated = _generated.pop(id(config))
    for uri, content in sorted(generated.pages.items()):
        if files.get_file_from_path(uri) is not None:
            log.warning(f"docs/{uri} is hand-written, so the generated page at that address was not used")
            continue
        files.append(File.generated(config, uri, content=content))
    for uri, content in sorted(generated.assets.items()):
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=content))
    return files


def on_serve(server, config, builder):
    server.watch(str(site.Project.from_mkdocs_config(config).seeds_dir))
    return server
