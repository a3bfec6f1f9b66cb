"""Render lessons and index pages to Markdown with Jinja templates.

Templates live in ``templates/``; a teacher can override any of them by putting a file of the same name
in the folder named by ``templates_dir`` in ``mkdocs.yml`` (``extra.medialit.templates_dir``).

Escaping is the renderer's job, not the templates' author's: every string that comes from a seed or a
data file goes through ``md`` (inline Markdown, with pymdownx.escapeall) or ``e`` (raw HTML).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import quote

import jinja2

from .questions import LEVELS, SECTION_TITLES, SECTIONS

TEMPLATES_DIR = Path(__file__).parent / "templates"

# Every ASCII punctuation character; pymdownx.escapeall makes a backslash escape any of them, so
# nothing in a seed can become Markdown syntax, an HTML tag, an emoji code or a link.
_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


def md(value: object) -> str:
    """Text made safe for inline Markdown: punctuation escaped, line breaks folded."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def urlmd(value: object) -> str:
    """A web address safe inside a Markdown link; anything but http(s) becomes an inert '#'."""
    url = str(value or "").strip()
    if not re.match(r"https?://", url, re.I):
        return "#"
    return quote(url, safe=":/?#@!$&'*+,;=%~.-_")


# Characters YAML refuses or folds even inside quotes (DEL, C1 controls, U+FFFE/U+FFFF, line separators): escaped.
_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\ufffe\uffff\u2028\u2029]")


def yamlstr(value: object) -> str:
    """A double-quoted YAML scalar: JSON strings are valid YAML once YAML's unprintable characters are
    escaped too (JSON escapes C0 controls, quotes and backslashes itself)."""
    text = json.dumps("" if value is None else str(value), ensure_ascii=False)
    return _YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def htmltitle(value: object) -> str:
    """Page titles go into Material's templates unescaped, so escape them before they get there."""
    return html.escape(" ".join(str(value or "").split()))


def tagname(value: object) -> str:
    """Tags become URLs and labels: keep letters, digits, spaces and hyphens."""
    return re.sub(r"[^\w\s-]", "", str(value), flags=re.UNICODE).strip()[:40]


def make_environment(override_dir: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None and override_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(override_dir)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES_DIR)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,           # output is Markdown; escaping is explicit through the filters below
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md, urlmd=urlmd, yamlstr=yamlstr, htmltitle=htmltitle, tagname=tagname)
    env.filters["e"] = lambda v: html.escape("" if v is None else str(v))
    env.globals.update(SECTIONS=SECTIONS, SECTION_TITLES=SECTION_TITLES, LEVELS=LEVELS)
    return env


def render(env: jinja2.Environment, template: str, **context) -> str:
    return env.get_template(template).render(**context)
