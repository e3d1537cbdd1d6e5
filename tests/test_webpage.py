"""Pages saved from a browser: the article's text without the page around it, and the page's own metadata.

The fixtures in tests/fixtures/pages/ are pages of our own wording, shaped like Vietnamese news sites:
a full page (menus, breadcrumb, JSON-LD in @graph, Open Graph, related links, comments, footer, tracking),
a minimal page, a page with no article text, and one full of scripts and iframes.
"""
from __future__ import annotations

import json
import shutil

import lxml.html
import pytest

from conftest import FIXTURES, build_site, make_workspace, run_build
from dangbo.build import load_article
from dangbo.errors import ArticleError
from dangbo.webpage import _day, is_page, page_meta

PAGES = FIXTURES / "pages"
PAGE_CHROME = ["Thời sự", "Thể thao", "Trang chủ", "Tin liên quan", "sơ kết công tác 6 tháng đầu năm 2025",
               "Bình luận", "Bạn đọc Hùng", "Gửi bình luận", "Cơ quan chủ quản", "Giấy phép", "Bản quyền",
               "Chia sẻ Facebook", "Từ khóa", "dataLayer", "gtag", "Quảng cáo", "document.write", "Tìm kiếm"]


@pytest.mark.parametrize("name, expected", [
    ("full.html", {"title": "Đại hội Đảng bộ Công an tỉnh Gia Lai lần thứ XXI, nhiệm kỳ 2025-2030",
                   "published": "2025-08-14", "date": "2025-08-14", "province": "Gia Lai", "speaker": "Lê Minh Khôi",
                   "event": "dai-hoi", "term": "2025-2030", "source": "Báo Gia Lai điện tử",
                   "source_url": "https://baogialai.example.vn/dai-hoi-dang-bo-cong-an-tinh-post1.html"}),
    ("minimal.html", {"title": "Công an tỉnh Điện Biên tổng kết công tác năm 2024", "published": None,
                      "date": "2025-01-06", "province": "Điện Biên", "speaker": "Lò Văn Pha", "event": "tong-ket",
                      "source": None, "source_url": None}),
    ("jsonld.html", {"title": "Công an TP Huế sơ kết công tác 6 tháng đầu năm 2025", "published": "2025-07-03",
                     "date": "2025-07-02", "province": "Huế", "speaker": "Nguyễn Văn Phương", "event": "so-ket",
                     "period": "2025-H1", "source": "Báo Mẫu Huế",
                     "source_url": "https://baomauhue.example.vn/an-ninh/cong-an-tp-hue-so-ket-6-thang-a123.html"}),
    ("saved-as-text.txt", {"title": "Công an tỉnh Lai Châu tổng kết công tác năm 2024", "province": "Lai Châu",
                           "speaker": "Lê Văn Sinh", "event": "tong-ket"}),
])
def test_saved_page_becomes_an_article(name, expected):
    article = load_article(PAGES / name, None)
    values = article.metadata()
    assert {k: values[k] for k in expected} == expected
    assert article.source_file == name and not article.title_composed


def test_only_the_article_text_is_kept():
    body = load_article(PAGES / "full.html", None).body
    assert body.startswith("(GLO) Sáng 14/8, Đảng bộ Công an tỉnh Gia Lai")  # the lead, in a <div class="sapo">
    assert "kết nạp 412 đảng viên mới" in body
    for chrome in PAGE_CHROME + ["Kon Tum"]:  # the related box inside the article's container too
        assert chrome not in body, chrome


def test_a_link_inside_the_text_does_not_end_it():
    body = load_article(PAGES / "jsonld.html", None).body
    assert "Xem thêm" not in body and "ra quân cao điểm" not in body
    assert body.rstrip().endswith("Minh Anh") and "đạt 88,6%" in body  # the text after the link stays
    for chrome in ("Trang chủ", "Đăng nhập", "An ninh - Trật tự", "Tin cùng chuyên mục", "Quảng Trị", "Đọc nhiều",
                   "Tòa soạn", "googletagmanager", "Thứ Năm, 03/07/2025"):
        assert chrome not in body, chrome


def test_scripts_styles_and_frames_never_reach_the_text():
    article = load_article(PAGES / "scripts.html", None)
    for leftover in ("alert('head')", "document.cookie", "evil.example", "@import", "alert(5)", "onerror", "onclick"):
        assert leftover not in article.body, leftover
    assert "<b>không để xảy ra</b>" in article.body  # written as text on the page: kept as text, escaped later
    assert article.source_url is None  # a javascript: canonical is not an address


def test_page_without_article_text_is_refused_by_name():
    with pytest.raises(ArticleError) as error:
        load_article(PAGES / "empty.html", None)
    assert str(error.value).startswith("empty.html: ") and "no article text" in str(error.value)


def _meta(head: str, body: str = "<p>x</p>"):
    return page_meta(lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


@pytest.mark.parametrize("head, body, field, value", [
    # the headline: og:title without the paper's name, else the article's <h1>, never <title>
    ('<meta property="og:title" content="Tiêu đề bài | Báo Mẫu"><meta property="og:site_name" content="Báo Mẫu">', "",
     "headline", "Tiêu đề bài"),
    ('<meta property="og:title" content="Hội nghị - tổng kết năm 2024">', "", "headline", "Hội nghị - tổng kết năm 2024"),
    ('<meta property="og:title" content="Tiêu đề - Báo Mẫu | 19.01.2020"><meta property="og:site_name" content="Báo Mẫu điện tử">',
     "", "headline", "Tiêu đề"),
    ('<meta property="og:title" content="Tiêu đề | BM"><meta property="og:site_name" content="BM.VN">', "", "headline", "Tiêu đề"),
    ('<meta property="og:title" content="Tiêu đề - Báo"><meta property="og:site_name" content="Báo Mẫu">', "", "headline",
     "Tiêu đề - Báo"),
    ("<title>Tin tức - Báo Mẫu</title>", "<nav><h1>Logo</h1></nav><article><h1>Tiêu đề thật</h1></article>",
     "headline", "Tiêu đề thật"),
    ("<title>Tin tức - Báo Mẫu</title>", "<p>không có tiêu đề</p>", "headline", None),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Từ JSON-LD"}</script>', "",
     "headline", "Từ JSON-LD"),
    # the publication date, as the day in Việt Nam
    ('<meta property="article:published_time" content="2025-08-13T20:00:00Z">', "", "published", "2025-08-14"),
    ('<meta property="article:published_time" content="2025-08-13T20:00:00+07:00">', "", "published", "2025-08-13"),
    ('<meta property="article:published_time" content="2025-08-13">', "", "published", "2025-08-13"),
    ('<meta property="article:published_time" content="2025-02-30T10:00:00">', "", "published", None),
    ('<script type="application/ld+json">[{"@type": "WebSite"}, {"@type": "NewsArticle", '
     '"datePublished": "14/08/2025 15:20"}]</script>', "", "published", "2025-08-14"),
    ('<script type="application/ld+json">{not json</script>', "", "published", None),
    ('<meta itemprop="datePublished" content="2024-01-03T09:00:00+07:00">', "", "published", "2024-01-03"),
    # the address: canonical, else og:url; only web addresses
    ('<link rel="canonical" href="https://bao.example.vn/a.html"><meta property="og:url" content="https://x.example/b">', "",
     "source_url", "https://bao.example.vn/a.html"),
    ('<meta property="og:url" content="https://bao.example.vn/b.html">', "", "source_url", "https://bao.example.vn/b.html"),
    ('<link rel="canonical" href="/a.html">', "", "source_url", None),
    # the paper: og:site_name, else the JSON-LD publisher
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": '
     '{"@type": "Organization", "name": "Báo Nhân Dân"}}]}</script>', "", "source", "Báo Nhân Dân"),
    ('<meta property="og:site_name" content="  Báo   Mẫu ">', "", "source", "Báo Mẫu"),
])
def test_page_metadata(head, body, field, value):
    assert getattr(_meta(head, body), field) == value


def test_metadata_lines_are_what_evidence_quotes():
    meta = _meta('<meta property="og:site_name" content="Báo Mẫu"><meta property="article:published_time" '
                 'content="2025-08-13T20:00:00Z">')
    assert meta.lines == ("article:published_time: 2025-08-13T20:00:00Z", "og:site_name: Báo Mẫu")


@pytest.mark.parametrize("name, text, expected", [
    ("a.html", "Ngày 12/8", True), ("a.HTM", "", True), ("a.txt", "<!DOCTYPE html>\n<html>", True),
    ("a.txt", "Công an tỉnh <b>không</b> phải trang", False),
])
def test_what_counts_as_a_page(name, text, expected):
    assert is_page(name, text) is expected


def test_day_of_timestamps():
    assert _day("2025-12-31T18:30:00Z") == "2026-01-01"
    assert _day("2025-12-31T18:30:00-05:00") == "2026-01-01"
    assert _day("1899-01-01") is None and _day("ngày 12") is None


@pytest.fixture(scope="module")
def page_site(tmp_path_factory):
    """The seeds plus the saved pages, built into a site."""
    work = make_workspace(tmp_path_factory.mktemp("pages"))
    for path in PAGES.iterdir():
        shutil.copy(path, work / "articles" / path.name)
    result = run_build(work / "articles", work / "docs", "--site-url", "https://example.org/repo/")
    site = build_site(work, "https://example.org/repo/")
    assert site.returncode == 0, site.stderr
    return work, result


def test_pages_build_beside_the_seeds_with_one_warning_for_the_empty_one(page_site):
    work, result = page_site
    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and warnings[0].startswith("warning: empty.html: is an HTML page with no article text"), warnings
    records = json.loads((work / "site" / "data" / "articles.json").read_text(encoding="utf-8"))["articles"]
    assert {"full.html", "jsonld.html", "minimal.html", "scripts.html", "saved-as-text.txt"} <= {r["source_file"] for r in records}
    full = next(r for r in records if r["source_file"] == "full.html")
    page = (work / "site" / full["url"] / "index.html").read_text(encoding="utf-8")
    main = page[page.index("<article"):page.index("</article>")]
    main = main[:main.index('<nav class="bv-crumbs"')] + main[main.index("</nav>", main.index('<nav class="bv-crumbs"')):]  # ours
    for chrome in PAGE_CHROME:
        assert chrome not in main, chrome
    assert "tracker.example.com" not in page and "ads.example.com" not in page and "cdn.example.vn" not in page
    assert f'<link rel="canonical" href="https://example.org/repo/{full["url"]}">' in page
    assert '"isBasedOn": "https://baogialai.example.vn/dai-hoi-dang-bo-cong-an-tinh-post1.html"' in page
    # every quote of the evidence is in the page's text as read
    for field, item in full["evidence"].items():
        assert item["quote"], field
