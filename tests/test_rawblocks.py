"""Raw HTML blocks set aside during the Markdown conversion come back exactly as Markdown would have
left them, and only blocks Markdown passes through untouched are set aside."""

from pathlib import Path

import markdown
import yaml

from medialit.site import rawblocks

ROOT = Path(__file__).resolve().parents[1]

PAGE = """# A lesson

Some *Markdown* first.

<div class="ml-text" role="region" aria-label="The text">
<div class="ml-para" id="p1"><p>One &amp; <mark class="ml-flag" title="x">two</mark></p></div>
<div class="ml-para" id="p2"><p>Three</p></div>
</div>

<section class="ml-unindexed" markdown>

Inside a section with **Markdown**: [¶1](#p1).

<div class="ml-question" id="q1">
<p class="ml-q-head" aria-hidden="true">Q1</p>
</div>

</section>

<div class="ml-open">
never closed

<fieldset class="ml-ex" id="ex1"><legend>Pick one</legend></fieldset>
"""


def _converter() -> markdown.Markdown:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions, configs = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        extensions.append(name)
        configs[name] = options or {}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


def test_blocks_come_back_as_markdown_would_have_left_them():
    converted, blocks = rawblocks.set_aside(PAGE)
    assert len(blocks) == 2            # the text and the self-check; not the section's inside, not the open div
    assert blocks[0].startswith('<div class="ml-text"') and blocks[0].endswith("</div>")
    assert blocks[1].startswith('<fieldset class="ml-ex"')
    assert '<div class="ml-question"' in converted and "never closed" in converted
    assert rawblocks.put_back(_converter().convert(converted), blocks) == _converter().convert(PAGE)


def test_ids_of_set_aside_blocks_count_as_anchors():
    _, blocks = rawblocks.set_aside(PAGE)
    assert rawblocks.anchor_ids(blocks) == {"p1", "p2", "ex1"}


def test_a_lost_placeholder_is_reported_not_dropped():
    converted, blocks = rawblocks.set_aside(PAGE)
    html = _converter().convert(converted)
    assert rawblocks.put_back(html.replace(rawblocks.PLACEHOLDER.format(1), ""), blocks) is None
    assert rawblocks.put_back(html + rawblocks.PLACEHOLDER.format(1), blocks) is None


def test_a_block_with_markdown_inside_is_left_alone():
    page = '<div class="ml-worksheet" markdown>\n\n**bold**\n\n</div>\n\n<div class="a">\n<div markdown="1">x</div>\n</div>\n'
    assert rawblocks.set_aside(page) == (page, [])
    unclosed = '<section markdown>\n\n<div class="b">\n</div>\n\ntext\n'
    assert rawblocks.set_aside(unclosed) == (unclosed, [])
    after_text = 'text\n<div class="c">\n\n<div class="d">\n</div>\n\n</div>\n'
    assert rawblocks.set_aside(after_text) == (after_text, [])
