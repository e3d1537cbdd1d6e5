"""A hostile corpus: every bad file gets one message naming it, the rest builds, nothing leaks into HTML."""
from __future__ import annotations

import codecs
import html
import json
import os
import re
import shutil
import unicodedata
from html.parser import HTMLParser

import pytest
import yaml

from conftest import ARTICLES, FIXTURES, RENDERERS, build_site, cp1258, make_workspace, run_build

SEED = (ARTICLES / "002_42ca8f6e8146770c.txt").read_text(encoding="utf-8")
LEAD = ("Ngày 15/7/2024, Công an tỉnh Nghệ An tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024. "
        "Thiếu tướng Nguyễn Văn A, Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị.")
PAYLOAD = ("<script>alert('x')</script> <img src=x onerror=alert(1)> <iframe src=\"https://evil.example\"></iframe> "
           "[bấm vào đây](javascript:alert(1)) ![ảnh](http://evil.example/a.png) <!-- chú thích --> "
           "{{ config.site_name }} {% include 'x' %} <a href=\"javascript:alert(2)\">x</a> &anchor; <b>đậm</b>")
MARKDOWN_LINES = "\n\n".join(["# Tiêu đề giả", "- mục giả", "* sao giả", "1. số giả", "> trích giả", "| a | b |",
                              "```", "[x](y)", "---", "    thụt lề bốn"])
HOSTILE_HEADLINE = 'Tiêu đề: "trích" --- \'nháy\' &anchor !!python/object:os.system [x](y) <script>alert(1)</script> #1'


def _mojibake(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (as browsers do, undefined bytes as Latin-1) and saved as UTF-8."""
    chars = []
    for byte in text.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(bytes([byte]).decode("latin-1"))
    return "".join(chars).encode("utf-8")


def _article(province: str, day: str, extra: str = "") -> str:
    return (f"Ngày {day}, Công an tỉnh {province} tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024 "
            f"để đánh giá kết quả. Đại tá Trần Văn B, Giám đốc Công an tỉnh {province} phát biểu chỉ đạo. {extra}\n\n"
            + "Lực lượng công an đã triển khai đồng bộ các giải pháp bảo đảm an ninh trật tự. " * 3)


# name → (bytes, expected message fragment or None when the file must build)
HOSTILE: dict[str, tuple[bytes, str | None]] = {
    "h01 empty.txt": (b"", "is empty"),
    "h02 blank.txt": (b"   \n\n\t  \n", "contains only whitespace"),
    "h03 photo.txt": (b"\x89PNG\r\n\x1a\n" + os.urandom(300), "PNG image"),
    "h04 photo.txt": (b"\xff\xd8\xff\xe0" + os.urandom(300), "JPEG image"),
    "h05 doc.txt": (b"%PDF-1.4\n" + os.urandom(300), "PDF document"),
    "h06 archive.txt": (b"PK\x03\x04" + os.urandom(300), "ZIP"),
    "h07 nul.txt": (b"abc\x00" * 100, "binary"),
    "h08 page.txt": (b"<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>" + LEAD.encode() + b"</p></body></html>", None),
    "h36 no-text.html": (b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav><script>alert(1)</script></body></html>",
                         "HTML page with no article text"),
    "h09 garbage.txt": (bytes(range(128, 256)) * 8, "legacy Vietnamese encoding"),
    "h10 header-only.txt": ("date 2024-01\nCông an tỉnh Nghệ An tổng kết công tác năm 2023 18/01/2024 10:00\n".encode(), "no article text"),
    "h11 tiny.txt": ("Công an.".encode(), "no article text"),
    "h12 bài viết có dấu cách.txt": (_article("Hà Tĩnh", "16/7").encode(), None),
    "h13 utf8-bom.txt": (codecs.BOM_UTF8 + _article("Quảng Bình", "17/7").encode(), None),
    "h14 utf16le.txt": (codecs.BOM_UTF16_LE + _article("Quảng Trị", "18/7").encode("utf-16-le"), None),
    "h15 utf16be.txt": (codecs.BOM_UTF16_BE + _article("Thanh Hóa", "19/7").encode("utf-16-be"), None),
    "h16 cp1258.txt": (cp1258(_article("Hà Giang", "20/7")), None),
    "h17 mojibake.txt": (_mojibake(_article("Lạng Sơn", "21/7")), None),
    "h18 nfd.txt": (unicodedata.normalize("NFD", _article("Bắc Ninh", "22/7")).encode(), None),
    "h19 crlf.txt": (_article("Bắc Giang", "23/7").replace("\n", "\r\n").encode(), None),
    "h20 controls.txt": (("\x07\x1b[31m" + _article("Cao Bằng", "24/7") + "\x0c").encode(), None),
    "h21 inject.txt": ((_article("Yên Bái", "25/7") + "\n\n" + PAYLOAD + "\n\n" + MARKDOWN_LINES).encode(), None),
    "h22 headline.txt": ((HOSTILE_HEADLINE + " 20/07/2024 10:00\n\n" + _article("Lào Cai", "19/7")).encode(), None),
    "h23 duplicate.txt": (SEED.encode("utf-8"), "same text as 002_42ca8f6e8146770c.txt"),
    "h24 shares-paragraphs.txt": (("Ngày 20/7/2025, Công an TP Cần Thơ tổ chức hội nghị chuyên đề. " + SEED.split("\n\n", 3)[3]).encode(), None),
    "h25 same-title-a.txt": (("Công an tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 15/07/2024 09:00\n\n" + _article("Sơn La", "14/7")).encode(), None),
    "h26 same-title-b.txt": (("Công an tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 16/07/2024 09:00\n\n" + _article("Điện Biên", "15/7")).encode(), None),
    "h27 bad-date.txt": (_article("Lai Châu", "31/2").encode(), None),
    "h28 future.txt": (_article("Hòa Bình", "12/8/2031").encode(), None),
    "h29 no-province.txt": (("Ngày 15/7/2024, hội nghị sơ kết công tác 6 tháng đầu năm được tổ chức. "
                             "Các đại biểu thảo luận về công tác bảo đảm an ninh trật tự và phòng chống tội phạm trong tình hình mới.").encode(), None),
    "h30 long-line.txt": ((_article("Phú Thọ", "26/7").replace("\n", " ") + " Nội dung dài." * 5000).encode(), None),
    "h38 figures.txt": ((_article("Tuyên Quang", "27/7") + "\n\n=SUM(A1) Năm 2024, bắt 12 đối tượng <script>alert(1)</script> truy nã; "
                         "thu giữ 3 kg <b>ma túy</b> [x](javascript:alert(3)); tỷ lệ khám phá đạt 88,5% <img src=x onerror=alert(4)>.").encode(), None),
    # the MkDocs hook's own marks and placeholders, written in an article: text like any other
    "h39 placeholder.txt": ((_article("Lào Cai", "28/7") + "\n\nBVHTMLBLOCK1X\n\n<!-- bv:html -->\n<div>giả</div>\n"
                             "<!-- /bv:html -->\n\nBVHTMLBLOCK0X cuối bài.").encode(), None),
    "h31 jinja-title.txt": (("{{ config.extra }} {% raw %} ${x} Công an tỉnh Vĩnh Phúc sơ kết 6 tháng 20/07/2024 08:00\n\n" + _article("Vĩnh Phúc", "19/7")).encode(), None),
}


class _Collector(HTMLParser):
    """Every element, attribute and URL in a page."""

    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)


@pytest.fixture(scope="module", params=RENDERERS)
def hostile(request, tmp_path_factory):
    """The seeds plus the hostile files, built into pages and a site (by MkDocs, then by Zensical)."""
    work = make_workspace(tmp_path_factory.mktemp(f"hostile-{request.param}"))
    articles = work / "articles"
    for name, (data, _) in HOSTILE.items():
        (articles / name).write_bytes(data)
    shutil.copy(FIXTURES / "pages" / "scripts.html", articles / "h37 scripts.html")  # a page full of scripts and frames
    (articles / "h32 folder.txt").mkdir()
    os.symlink("h33 loop-b.txt", articles / "h33 loop-a.txt")
    os.symlink("h33 loop-a.txt", articles / "h33 loop-b.txt")
    os.symlink(articles / "missing-target", articles / "h34 dangling.txt")
    os.mkfifo(articles / "h35 pipe.txt")
    (articles / "h12 bài viết có dấu cách.yml").write_text("date: [not, a, date\n", encoding="utf-8")  # broken YAML
    (articles / "h13 utf8-bom.yml").write_text("colour: red\n", encoding="utf-8")  # unknown field
    (articles / "h14 utf16le.yml").write_text("province: Quảng Bình\nspeaker: Trần Văn C\n", encoding="utf-8")
    hand_written = work / "docs" / "tinh" / "ha-tinh.md"  # a person's page where the build would write
    hand_written.parent.mkdir(parents=True, exist_ok=True)
    hand_written.write_text("# Trang viết tay\n", encoding="utf-8")
    overrides_before = {p.name: p.read_bytes() for p in articles.glob("*.yml")}
    result = run_build(articles, work / "docs")
    strict = run_build(articles, work / "docs", "--strict")
    site = build_site(work, "", "--renderer", request.param)
    assert site.returncode == 0, site.stderr
    return {"work": work, "result": result, "strict": strict, "overrides_before": overrides_before}


def _warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning: ")]


def _record(hostile, source_file):
    data = json.loads((hostile["work"] / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    return next((a for a in data["articles"] if a["source_file"] == source_file), None)


def test_build_goes_on_and_exits_zero(hostile):
    assert hostile["result"].returncode == 0, hostile["result"].stderr


def test_strict_fails_on_warnings(hostile):
    assert hostile["strict"].returncode == 1


@pytest.mark.parametrize("name", sorted(n for n, (_, m) in HOSTILE.items() if m))
def test_each_bad_file_gets_one_message_naming_it(hostile, name):
    message = HOSTILE[name][1]
    lines = [w for w in _warnings(hostile["result"]) if w.startswith(f"warning: {name}:")]
    assert len(lines) == 1, lines
    assert message in lines[0]
    assert _record(hostile, name) is None


@pytest.mark.parametrize("name, message", [
    ("h32 folder.txt", "folder"), ("h33 loop-a.txt", "looping symbolic link"), ("h33 loop-b.txt", "looping symbolic link"),
    ("h34 dangling.txt", "broken or looping"), ("h35 pipe.txt", "not a regular file"),
    ("h12 bài viết có dấu cách.yml", "cannot be read as YAML"), ("h13 utf8-bom.yml", "unknown field(s) colour"),
])
def test_special_files_and_bad_overrides_are_reported(hostile, name, message):
    lines = [w for w in _warnings(hostile["result"]) if w.startswith(f"warning: {name}:")]
    assert len(lines) == 1 and message in lines[0], _warnings(hostile["result"])


@pytest.mark.parametrize("name, province", [
    ("h12 bài viết có dấu cách.txt", "Hà Tĩnh"), ("h13 utf8-bom.txt", "Quảng Bình"), ("h14 utf16le.txt", "Quảng Bình"),
    ("h15 utf16be.txt", "Thanh Hóa"), ("h16 cp1258.txt", "Hà Giang"), ("h17 mojibake.txt", "Lạng Sơn"),
    ("h18 nfd.txt", "Bắc Ninh"), ("h19 crlf.txt", "Bắc Giang"), ("h20 controls.txt", "Cao Bằng"),
])
def test_readable_files_build_with_repaired_text(hostile, name, province):
    record = _record(hostile, name)
    assert record is not None and record["province"] == province
    page = (hostile["work"] / "site" / record["url"] / "index.html").read_text(encoding="utf-8")
    assert "Công an tỉnh" in page and "Ã" not in page and "\x1b" not in page


def test_override_is_applied_and_shown(hostile):
    record = _record(hostile, "h14 utf16le.txt")
    assert record["speaker"] == "Trần Văn C"
    page = (hostile["work"] / "docs" / record["url"] / "index.md").read_text(encoding="utf-8")
    assert yaml.safe_load(page.split("---\n")[1])["curated"] == ["province", "speaker"]
    assert "Người biên tập đã sửa" in page


def test_overrides_and_hand_written_files_are_never_touched(hostile):
    articles = hostile["work"] / "articles"
    assert {p.name: p.read_bytes() for p in articles.glob("*.yml")} == hostile["overrides_before"]
    assert (hostile["work"] / "docs" / "tinh" / "ha-tinh.md").read_text(encoding="utf-8") == "# Trang viết tay\n"
    assert any("docs/tinh/ha-tinh.md: exists and was not written by the build" in w for w in _warnings(hostile["result"]))


def test_html_saved_as_text_is_read_as_a_page(hostile):
    record = _record(hostile, "h08 page.txt")
    assert record is not None and record["province"] == "Nghệ An" and record["event"] == "so-ket"
    assert record["title"] != "t"  # never the <title>


def test_duplicate_is_published_once(hostile):
    assert _record(hostile, "002_42ca8f6e8146770c.txt") is not None
    assert _record(hostile, "h23 duplicate.txt") is None


def test_shared_paragraphs_are_not_duplicates(hostile):
    assert _record(hostile, "h24 shares-paragraphs.txt") is not None


def test_same_titles_get_distinct_stable_urls(hostile):
    a, b = _record(hostile, "h25 same-title-a.txt"), _record(hostile, "h26 same-title-b.txt")
    assert a["title"] == b["title"] and a["url"] != b["url"]
    registry = (hostile["work"] / "articles" / "urls.tsv").read_text(encoding="utf-8")
    assert a["url"].split("/")[1] in registry and b["url"].split("/")[1] in registry


@pytest.mark.parametrize("name", ["h27 bad-date.txt", "h28 future.txt"])
def test_implausible_dates_are_not_published(hostile, name):
    record = _record(hostile, name)
    assert record is not None and record["date"] is None


def test_article_without_province_is_listed_as_unknown_and_for_review(hostile):
    record = _record(hostile, "h29 no-province.txt")
    assert record["province"] is None
    unknown = (hostile["work"] / "docs" / "tinh" / "chua-xac-dinh" / "index.md").read_text(encoding="utf-8")
    assert record["url"].split("/")[1] in unknown
    review = json.loads((hostile["work"] / "docs" / "data" / "review.json").read_text(encoding="utf-8"))["review"]
    assert {"source_file": "h29 no-province.txt", "field": "province"}.items() <= next(
        r for r in review if r["source_file"] == "h29 no-province.txt" and r["field"] == "province").items()


def test_hostile_headline_keeps_front_matter_valid(hostile):
    record = _record(hostile, "h22 headline.txt")
    assert record["title"] == HOSTILE_HEADLINE
    page = (hostile["work"] / "docs" / record["url"] / "index.md").read_text(encoding="utf-8")
    stored = yaml.safe_load(page.split("---\n")[1])["title"]
    # Themes print the front matter's title unescaped: it is stored escaped, so it can only be text.
    assert not set(stored) & set("<>\"'") and html.unescape(stored) == HOSTILE_HEADLINE


ALLOWED_HOSTS = ("example.org",)


@pytest.mark.parametrize("name", ["h21 inject.txt", "h22 headline.txt", "h31 jinja-title.txt", "h37 scripts.html"])
def test_no_element_attribute_or_url_comes_from_article_text(hostile, name):
    record = _record(hostile, name)
    html = (hostile["work"] / "site" / record["url"] / "index.html").read_text(encoding="utf-8")
    collector = _Collector()
    collector.feed(html)
    assert "iframe" not in collector.tags
    scripts = [v for k, v in collector.attrs if k == "src" and v and "evil" in v]
    assert not scripts
    for key, value in collector.attrs:
        assert not key.startswith("on"), key
        assert "javascript:" not in (value or ""), (key, value)
        assert "evil.example" not in (value or ""), (key, value)
    main = html[html.index("<article"):html.index("</article>")]
    assert "<script" not in main and "<img" not in main and "<b>" not in main
    assert "&lt;script&gt;" in main or name == "h31 jinja-title.txt"
    assert "{{ config" in main or name != "h31 jinja-title.txt"
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title


def test_markdown_at_line_starts_shows_as_text(hostile):
    record = _record(hostile, "h21 inject.txt")
    html = (hostile["work"] / "site" / record["url"] / "index.html").read_text(encoding="utf-8")
    main = html[html.index("<article"):html.index("</article>")]
    assert "<h1" in main and main.count("<h1") == 1  # only the page's own title
    assert "<blockquote" not in main and "<pre" not in main and "<hr" not in main and "<table" not in main
    for text in ("# Tiêu đề giả", "- mục giả", "1. số giả", "[x](y)", "| a | b |"):
        assert text in main


def test_feed_and_dataset_carry_text_not_markup(hostile):
    feed = (hostile["work"] / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<script" not in feed
    csv_text = (hostile["work"] / "site" / "data" / "articles.csv").read_text(encoding="utf-8-sig")
    assert HOSTILE_HEADLINE.replace('"', '""') in csv_text


@pytest.mark.parametrize("name", ["h21 inject.txt", "h22 headline.txt", "h31 jinja-title.txt", "h37 scripts.html"])
def test_head_metadata_carries_article_text_only_as_values(hostile, name):
    """Citation tags, Open Graph and JSON-LD hold the hostile headline as text: the JSON-LD cannot
    close its script element, and every script of the page is one the site wrote."""
    import extruct

    record = _record(hostile, name)
    html = (hostile["work"] / "site" / record["url"] / "index.html").read_text(encoding="utf-8")
    head = html[:html.index("</head>")]
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    theme = ("__md_scope=", "var palette=", "var target=")  # Material's own inline scripts
    for attributes, content in scripts:
        assert ('src="' in attributes and not content.strip()) or 'type="application/ld+json"' in attributes \
            or 'id="__config"' in attributes or (not attributes and content.startswith(theme)), (attributes, content[:80])
    (ld,) = [content for attributes, content in scripts if "ld+json" in attributes]
    assert "<" not in ld and ">" not in ld
    data = extruct.extract(html, syntaxes=["json-ld", "opengraph"], uniform=True)
    assert data["json-ld"][0]["headline"] == record["title"]
    assert data["opengraph"][0]["og:title"] == record["title"]
    assert "<script>alert" not in head and "evil.example" not in head


def test_figures_carry_article_text_only_as_text(hostile):
    """Figures whose words carry markup: the page's table and sentence marks escape it, the data holds it
    as values, and a quote that starts like a formula cannot run in a spreadsheet."""
    record = _record(hostile, "h38 figures.txt")
    html = (hostile["work"] / "site" / record["url"] / "index.html").read_text(encoding="utf-8")
    main = html[html.index("<article"):html.index("</article>")]
    assert 'id="so-lieu"' in main and "bv-fig-src" in main
    assert "<script" not in main and "<img" not in main and "<b>" not in main and "href=\"javascript:" not in main
    collector = _Collector()
    collector.feed(html)
    assert not [k for k, _ in collector.attrs if k.startswith("on")]
    figures = [f for f in json.loads((hostile["work"] / "site" / "data" / "figures.json").read_text(encoding="utf-8"))["figures"]
               if f["source_file"] == "h38 figures.txt"]
    assert [(f["value"], f["unit"]) for f in figures] == [(12, "đối tượng"), (3, "kg"), (88.5, "%")]
    assert any("<script>" in f["quote"] for f in figures)  # the text, as text
    csv_text = (hostile["work"] / "site" / "data" / "figures.csv").read_text(encoding="utf-8-sig")
    assert ",=SUM" not in csv_text and "\n=SUM" not in csv_text and "'=SUM(A1)" in csv_text


def test_the_hooks_marks_in_an_article_are_shown_as_text(hostile):
    """An article that writes the hook's placeholder or block marks builds, and shows them as its words,
    in their places (a placeholder in the text is never swapped for another block)."""
    record = _record(hostile, "h39 placeholder.txt")
    html = (hostile["work"] / "site" / record["url"] / "index.html").read_text(encoding="utf-8")
    text = html[html.index('<div class="bv-text">'):]
    text = text[:text.index("</div>")]
    assert ">BVHTMLBLOCK1X</p>" in text and "BVHTMLBLOCK0X cuối bài." in text
    assert "&lt;div&gt;giả&lt;/div&gt;" in text and "bv-meta" not in text
