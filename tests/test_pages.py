"""pages.py: escaping, front matter that always reads back, relative links."""
import html

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from dangbo.build import load_article
from dangbo.errors import ArticleError
from conftest import ARTICLES
from dangbo.pages import markup
from dangbo.pages import _fast_scalar, _href, _yaml, front_matter, md_escape

# Vietnamese-looking text with the characters that break YAML and Markdown.
ALPHABET = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠƯàáảãạềếểễệ Hoà Uỷ:#-*>|`'\"&!%@{}[]()<>\n\t.,;/\\\u00a0\u200b") + ["---", "!!python/object", "{{ x }}", "ngày 12/8"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, min_size=0, max_size=300).map("".join))
def test_front_matter_of_arbitrary_text_reads_back(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fm") / "x.txt"
    path.write_text(text + "\n\nCông an tỉnh Nghệ An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024 tại Vinh.", encoding="utf-8")
    try:
        article = load_article(path, None)
    except ArticleError:
        return
    dumped = front_matter(article)
    assert dumped.startswith("---\n") and dumped.endswith("---\n")
    expected = article.metadata()
    expected["title"] = html.escape(expected["title"], quote=True)  # PRINTED_RAW: escaped for templates
    expected["bv_section"] = "tinh/"  # the tab an article belongs to
    assert yaml.safe_load(dumped[4:-4]) == expected


def test_md_escape_leaves_no_markup():
    for text in ["# h", "- l", "1. n", "> q", "[a](b)", "![i](x)", "<b>x</b>", "`c`", "*e*", "_e_", "a | b", "{: .c }"]:
        escaped = md_escape(text)
        assert "<b>" not in escaped and "](" not in escaped.replace("\\](", "")
        assert not escaped.startswith(("#", "-", ">", "1.", "*"))


def test_relative_links_between_pages():
    assert _href("bai-viet/x.md", "tinh/can-tho.md") == "../../tinh/can-tho/"
    assert _href("tinh/index.md", "tinh/can-tho.md") == "../tinh/can-tho/"
    assert _href("index.md", "bai-viet/x.md") == "bai-viet/x/"
    assert _href("nhan-vat/a.md", "index.md") == "../../"


# Pieces of front matter values: letters, digits, YAML indicators, words YAML reads as booleans.
SCALAR_PIECES = st.sampled_from(list("aAđĐếb1 0.,;:#()/-–—“”‘’…!?%&+='\"_~*@`|>[]{}\t\\") +
                                ["yes", "No", "null", "ON", "2020", "-07", "-2025", "2015-01-01", "Cần Thơ", ": ", " #",
                                 "-H1", "-9M", "-Q3", "H", "M", "Q", "9", "000_", "e", "E", "x", "b", "o", ".txt", "_7"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(SCALAR_PIECES, max_size=10).map("".join))
def test_fast_front_matter_writes_what_yaml_writes(value):
    fast = _fast_scalar(value)
    if fast is not None:  # None: the page writer asks PyYAML
        assert fast == _yaml({"k": value})[len("k: "):-1]
        assert yaml.safe_load(f"k: {fast}")["k"] == value


def test_fast_front_matter_covers_typical_values():
    for value in ["Đại hội Đảng bộ Công an tỉnh Cà Mau lần thứ X, nhiệm kỳ 2025-2030", "2025-08-12", "2020-2025",
                  "2020-07", "", None, "Thượng tướng Lương Tam Quang: phải giữ vững an ninh", "syn_00001.txt",
                  "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh (nguyên)", "2023-H1", "2023-9M", "2024-Q4", "2021", "tinh/", 198, "000_7455b896e90c3382.txt"]:
        assert _fast_scalar(value) is not None, value




def test_seed_front_matter_takes_the_fast_path(monkeypatch):
    # PyYAML's emitter costs 20 times as much: a new field the fast writer cannot write (as
    # ``bv_section: tinh/`` once was) doubles the page-writing stage without failing anything else.
    def slow(values):
        raise AssertionError(f"PyYAML asked for {values!r}")
    monkeypatch.setattr(markup, "_yaml", slow)
    for path in sorted(ARTICLES.glob("*.txt")):
        assert markup.front_matter(load_article(path, None)).startswith("---\n"), path.name


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=("Cs",))))
def test_double_quoted_front_matter_reads_back(text):
    # Strings the exact fast path leaves out (bv_head: many lines of HTML) are written double-quoted.
    written = markup._double_quoted(text)
    assert "\n" not in written
    assert yaml.safe_load(f"k: {written}")["k"] == text
    assert yaml.load(f"k: {written}", Loader=yaml.CSafeLoader)["k"] == text
