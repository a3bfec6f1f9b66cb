"""medialit: a static teaching-module site generator for media literacy.

The flow is load -> analyse -> compose -> render -> build: ``sources``, ``analysis``, ``lessons``,
``render``/``textview`` and ``site`` (with ``hook`` as the thin MkDocs entry point and ``cli`` as the thin
command-line one).
"""

__version__ = "0.1.0"
