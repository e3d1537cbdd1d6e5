"""The site step's own work on rendered pages: compaction, and the checks that refuse a bad site."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from dangbo.site import compact_html


@pytest.mark.parametrize("page, expected", [
    ("<div>\n    <p>Một\n      hai</p>\n\n\n  </div>\n", "<div>\n<p>Một\nhai</p>\n</div>\n"),
    ("  <!doctype html>\n  <html>", "<!doctype html>\n<html>"),
    ("a   b\tc", "a   b\tc"),  # no line break in the run: left alone
    ("<p>x</p>   \n   <p>y</p>", "<p>x</p>\n<p>y</p>"),
])
def test_runs_of_white_space_with_a_line_break_become_one(page, expected):
    assert compact_html(page) == expected


@pytest.mark.parametrize("element", [
    "<pre>  a\n\n    b\n</pre>",
    "<PRE class=\"x\">\n  k\n</PRE>",
    "<textarea>\n  dòng\n\n  hai</textarea>",
    "<script>\n  var a = 1;\n\n  var b = `x\n   y`;\n</script>",
    "<style>\n  p { color: red }\n</style>",
    "<code>\n  mã\n</code>",
])
def test_verbatim_elements_keep_their_white_space(element):
    page = f"<div>\n    <p>trước</p>\n    {element}\n    <p>sau</p>\n</div>"
    compact = compact_html(page)
    assert element in compact
    assert "\n    <p>" not in compact


@given(st.lists(st.sampled_from(["<p>", "</p>", "<pre>", "</pre>", " ", "\n", "\t", "chữ", "<code>", "</code>"]), max_size=40))
def test_compaction_is_idempotent_and_keeps_every_non_space_character(parts):
    page = "".join(parts)
    once = compact_html(page)
    assert compact_html(once) == once
    assert [c for c in once if not c.isspace()] == [c for c in page if not c.isspace()]


@given(st.lists(st.sampled_from([" ", "\t", "\n", "\r", "\u00a0", "\u2028", "\x1c", "a", "b c", "  \n "]), max_size=14))
def test_compaction_outside_verbatim_elements_is_its_definition(parts):
    """One line break for each run of white space holding one: spaces and tabs before the break, all
    white space after it (the site step does it without this pattern, which is slower)."""
    text = "".join(parts)
    assert compact_html("x" + text) == "x" + re.sub(r"[ \t]*\n\s*", "\n", text)


@pytest.mark.parametrize("compact", [False, True])
def test_the_site_step_compacts_pages_unless_the_hook_did(tmp_path, compact):
    from dangbo.site import _check_site
    site, config = tmp_path / "site", tmp_path / "mkdocs.yml"
    (tmp_path / "overrides").mkdir()
    (site / "a" / "b").mkdir(parents=True)
    (site / "a" / "index.html").write_text("<p>\n   được</p>", encoding="utf-8")
    (site / "a" / "b" / "index.html").write_text("<pre>\n   giữ</pre>\n   <p>x</p>", encoding="utf-8")
    _check_site(site, config, compact)
    assert (site / "a" / "index.html").read_text(encoding="utf-8") == ("<p>\nđược</p>" if compact else "<p>\n   được</p>")
    assert (site / "a" / "b" / "index.html").read_text(encoding="utf-8") == (
        "<pre>\n   giữ</pre>\n<p>x</p>" if compact else "<pre>\n   giữ</pre>\n   <p>x</p>")
