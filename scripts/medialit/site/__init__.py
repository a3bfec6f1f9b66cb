"""The site stage: the one build function (``builder``) behind the CLI and the MkDocs hook, with
rendering, the text view, templates, assets, the cache, parallel work and progress."""

from .builder import (EDITIONS, BuildReport, GeneratedSite, Project, build, build_site, checked_settings, edition_of,
                      generate, load_sources)

__all__ = ["EDITIONS", "BuildReport", "GeneratedSite", "Project", "build", "build_site", "checked_settings",
           "edition_of", "generate", "load_sources"]
