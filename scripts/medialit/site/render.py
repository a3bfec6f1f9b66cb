"""Render lessons and index pages to Markdown with Jinja templates.

Templates live in ``templates/``; a teacher can override any of them by putting a file of the same name
in the folder named by ``templates_dir`` in ``mkdocs.yml`` (``extra.medialit.templates_dir``).

Escaping is the renderer's job, not the templates' author's: every string that comes from a seed or a
data file goes through ``md`` (inline Markdown, with pymdownx.escapeall) or ``e`` (raw HTML); ``text``
and ``plaintext`` are ``md`` and ``plain`` for parts written in HTML (a large table is, because Markdown
spent more time on one table than on the rest of a lesson page).

``plain`` is ``md`` for the seed's own words shown outside the text (table cells, quotations): it drops
their Markdown marks first. Besides Jinja's own filters, templates can pick the findings that have or lack a field with ``having``
and ``lacking`` (``analysis.claims | having("check")``), count with the right plural (``n | count("flag")``
gives "1 flag", "3 flags"), put the seed's words in quotation marks that nest (``quoted``: its own double
marks become single ones), and name the outlet and the author as a prompt can (``meta.publisher | outlet``:
never a long description pasted into the publisher field; ``meta.author | author``: "the author" for
"Staff writer"). ``listed`` gives a label of the voices data as it reads inside a running list ("the Russian
government and its advisers", "NATO and Western governments"), and ``midsentence`` a name ("the source").
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import traceback
from pathlib import Path
from urllib.parse import quote

import jinja2

from ..errors import InputError, Problem
from ..text.markup import strip_markup
from ..lesson.bias import listed_label
from ..lesson.questions import LEVELS, SECTION_TITLES, SECTIONS
from ..lesson.wording import author_name, clean, count, mid_sentence, outlet_name, plural, quoted

TEMPLATES_DIR = Path(__file__).parent / "templates"

# Every ASCII punctuation character; pymdownx.escapeall makes a backslash escape any of them, so
# nothing in a seed can become Markdown syntax, an HTML tag, an emoji code or a link.
_MD_SPECIAL = re.compile(r"[!-/:-@\[-`{-~]")


def md(value: object) -> str:
    """Text made safe for inline Markdown: punctuation escaped, line breaks folded."""
    if value is None:
        return ""
    # Seed text quoted in a table or a heading shows its words, never its Markdown ("**", "[Europe](#)").
    text = " ".join(strip_markup(str(value)).split())
    # A function, not the template r"\\\1": Python 3.11 parses a template on every call and expands it
    # in Python for every match, which made this filter ~3x slower (~0.2 ms per lesson page).
    return _MD_SPECIAL.sub(_backslashed, text)


def plain(value: object) -> str:
    """The seed's words without their Markdown marks (emphasis, link targets, heading and quotation marks:
    a table cell shows "Guardian", not "*Guardian*"), then made literal as ``md`` does."""
    return md(clean("" if value is None else str(value)))


def text(value: object) -> str:
    """``md`` for a template part written in HTML: the same words, escaped as Python-Markdown's output
    escapes text (``&``, ``<``, ``>``; quotes stay), so the page is the same either way."""
    if value is None:
        return ""
    return html.escape(" ".join(strip_markup(str(value)).split()), quote=False)


def plaintext(value: object) -> str:
    """``plain`` for a template part written in HTML."""
    return text(clean("" if value is None else str(value)))


def _backslashed(match: re.Match) -> str:
    return "\\" + match.group()


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
    return html.escape(" ".join(strip_markup(str(value or "")).split()))


def tagname(value: object) -> str:
    """Tags become URLs and labels: keep letters, digits, spaces and hyphens."""
    return re.sub(r"[^\w\s-]", "", str(value), flags=re.UNICODE).strip()[:40]


def having(items, attribute: str) -> list:
    """The items whose ``attribute`` is set: ``selectattr(attribute) | list`` for findings. Jinja's
    selectattr tries ``item[attribute]`` first, and on our value objects that raises and is caught:
    ~1.5 µs an item, ~0.08 ms per lesson page for the claims alone."""
    return [item for item in items if getattr(item, attribute)]


def lacking(items, attribute: str) -> list:
    """The items whose ``attribute`` is not set: ``rejectattr(attribute) | list`` for findings."""
    return [item for item in items if not getattr(item, attribute)]


def digest(value) -> str:
    """A short stable name for ``value`` that does not spell it out. The self-checks key a student's saved
    answers by exercise; the exercise id holds the flag id (technique, rule or model, offset), which the
    student edition must not show in its page source: the technique is the answer to "Which technique?"."""
    return hashlib.sha256(str(value).encode("utf-8")).hexdigest()[:12]


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
        # Templates do not change during a build (each build makes its own environment): without this,
        # every include of every page asked the file system whether its template had changed.
        auto_reload=False,
    )
    env.filters.update(md=md, plain=plain, text=text, plaintext=plaintext, urlmd=urlmd, yamlstr=yamlstr, htmltitle=htmltitle, tagname=tagname,
                       having=having, lacking=lacking, plural=plural, count=count, outlet=outlet_name,
                       author=author_name, digest=digest, quoted=quoted, listed=listed_label,
                       midsentence=mid_sentence)
    env.filters["e"] = lambda v: html.escape("" if v is None else str(v))
    env.globals.update(SECTIONS=SECTIONS, SECTION_TITLES=SECTION_TITLES, LEVELS=LEVELS)
    return env


def render(env: jinja2.Environment, template: str, **context) -> str:
    """``template`` rendered with ``context``. A mistake in a teacher's own template (``templates_dir``)
    stops the build with an error naming its file and line; one in medialit's templates is a bug and
    raises as it is."""
    try:
        return env.get_template(template).render(**context)
    except Exception as error:
        where = _own_template_at_fault(error)
        if where is None:
            raise
        path, line = where
        message = getattr(error, "message", None) or str(error) or type(error).__name__
        raise InputError([Problem(path, f"this template cannot be used: {message}", line=line,
                                  fix="correct it, or remove it to use medialit's own template of that name "
                                      f"(in {TEMPLATES_DIR})")]) from None


def _own_template_at_fault(error: Exception) -> tuple[Path, int | None] | None:
    """The file and line of a teacher's template where ``error`` arose, if it did not arise in medialit's."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        candidates = [(error.filename, error.lineno)]
    else:       # Jinja rewrites tracebacks so that template code shows as the template's file and line.
        candidates = [(frame.filename, frame.lineno) for frame in traceback.extract_tb(error.__traceback__)]
    for filename, line in reversed(candidates):
        path = Path(filename)
        if path.suffix == ".j2" and not path.resolve().is_relative_to(TEMPLATES_DIR.resolve()):
            return path, line
    return None
