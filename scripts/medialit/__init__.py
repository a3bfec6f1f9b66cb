"""medialit: a static teaching-module site generator for media literacy.

The flow is text -> analysis -> lesson -> site, one package per stage, each importing only from the
stages before it:

- ``text``: a source text and its loader;
- ``analysis``: what is in a text (techniques, voices, claims, framing; the taxonomy and rules);
- ``lesson``: a lesson composed from a text and its analysis (questions, source and bias, verification,
  readings, outlet profiles, exercises, units);
- ``site``: building the site (the one build function, rendering, the text view, templates, assets,
  cache, parallel work, progress, the MkDocs hook).

``cli`` is the thin command-line entry point and ``site/hook.py`` the thin MkDocs one; ``checking``
owns the ``check`` command's list of data files; ``datafiles`` and ``errors`` are shared by every stage.
"""

__version__ = "0.1.0"
