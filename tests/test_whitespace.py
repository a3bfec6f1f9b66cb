"""A finished page loses the indentation between its tags, never the whitespace a reader sees."""

from medialit.site.whitespace import squeeze


def test_indentation_between_tags_goes():
    page = "<nav>\n      <ul>\n\n        <li>A</li>\n      </ul>\n    </nav>\n<p>one\n   two</p>"
    assert squeeze(page) == "<nav>\n<ul>\n<li>A</li>\n</ul>\n</nav>\n<p>one\ntwo</p>"


def test_whitespace_shown_as_written_stays():
    page = ("<div>\n  <pre><code>def f():\n    return 1\n</code></pre>\n  <textarea>\n  x</textarea>\n"
            "  <script>\n  var a = `\n    b`;\n</script>\n  <code>a\n   b</code>\n</div>")
    assert squeeze(page) == ("<div>\n<pre><code>def f():\n    return 1\n</code></pre>\n<textarea>\n  x</textarea>\n"
                             "<script>\n  var a = `\n    b`;\n</script>\n<code>a\n   b</code>\n</div>")
