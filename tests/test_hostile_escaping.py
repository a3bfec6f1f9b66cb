"""Issue 17, item 8: every value from a data file is escaped on the page as seed values are. A script in a
technique's name or short tag (in a temporary copy of taxonomy.yaml) must not become an element."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from fixtures.small import small_project

from medialit.analysis import taxonomy
from medialit.cli import main
from medialit.datafiles import DATA_DIR

NAME_ATTACK = '<script>window.__pwned="name"</script><img src=x onerror="window.__pwned=1">'
SHORT_ATTACK = '<svg onload="window.__pwned=2">'


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("escaping")
    data = (DATA_DIR / "taxonomy.yaml").read_text(encoding="utf-8")
    data = data.replace("    name: Loaded language\n    short: LL\n",
                        f"    name: {NAME_ATTACK!r}\n    short: {SHORT_ATTACK!r}\n", 1)
    assert NAME_ATTACK in data
    copy = folder / "taxonomy.yaml"
    copy.write_text(data, encoding="utf-8")
    config = small_project(folder, seeds=2)
    # The taxonomy's loader reads its default path: point it at the copy for this build only.
    loader = taxonomy.load_taxonomy
    defaults = loader.__wrapped__.__defaults__
    loader.cache_clear()
    loader.__wrapped__.__defaults__ = (copy,)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
            code = main(["build", "--config", str(config), "--site-dir", str(folder / "site")])
    finally:
        loader.__wrapped__.__defaults__ = defaults
        loader.cache_clear()
    assert code == 0, err.getvalue()
    return folder / "site"


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


def test_the_technique_name_reached_the_pages_as_text(built):
    found = [name for name, page in pages(built).items() if "window.__pwned" in page]
    assert "lessons/a-test-text-number-1.html" in found, "the test seed no longer uses loaded language"


def test_no_element_is_injected_by_a_technique_name_or_short_tag(built):
    for name, page in pages(built).items():
        assert "<script>window.__pwned" not in page, name
        assert not re.search(r"<(img|svg)\b[^>]*\bon(error|load)=", page), name


def test_technique_tags_pass_the_tag_filter_as_seed_tags_do(built):
    tags = (built / "tags.html").read_text(encoding="utf-8")
    assert "&lt;script" not in tags and "<script>window" not in tags
