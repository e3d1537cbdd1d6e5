"""The built seed site, read as files: every internal link resolves, nothing is fetched from elsewhere."""
from __future__ import annotations

import json
import posixpath
import re
from html import escape
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from conftest import ROOT
from dangbo.pages.article import DOWNLOADS

LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("form", "action")}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (tag, name) in LINK_ATTRS and value:
                self.links.append((tag, value))


def _links(path):
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.links


def _resolve(site, page, url):
    parts = urlsplit(url)
    if parts.path.startswith("/repo/"):  # 404.html links by site_url's path: it is served at any address
        return _resolve(site, site / "index.html", parts.path[len("/repo/"):] or ".")
    page_dir = posixpath.dirname("/" + str(page.relative_to(site)))
    target = posixpath.normpath(posixpath.join(page_dir, unquote(parts.path))) if parts.path else "/" + str(page.relative_to(site))
    candidate = site / target.lstrip("/")
    return candidate / "index.html" if candidate.is_dir() else candidate


CITATION_DOWNLOADS = tuple(f"data:{mime};charset=utf-8;base64," for _, _, mime, _ in DOWNLOADS)


def test_every_internal_link_and_asset_resolves(seed_site):
    site = seed_site / "site"
    broken, foreign = [], []
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        for tag, url in _links(page):
            parts = urlsplit(url)
            if tag == "a" and url.startswith(CITATION_DOWNLOADS) and page.parent.parent.name == "bai-viet":
                continue  # an article's own citation, built into its page (issue 12)
            if parts.scheme in ("mailto", "data", "javascript"):
                broken.append((str(page.relative_to(site)), url))  # no javascript: anywhere
                continue
            if parts.scheme or parts.netloc:
                if not url.startswith("https://example.org/repo/"):  # canonical/feed links use site_url
                    foreign.append((str(page.relative_to(site)), tag, url))
                continue
            if not _resolve(site, page, url).exists():
                broken.append((str(page.relative_to(site)), url))
    assert not broken, broken[:20]
    assert not [f for f in foreign if f[1] in ("script", "link", "img", "source")], foreign[:20]


def test_links_are_relative_so_any_subpath_works(seed_site):
    site = seed_site / "site"
    for page in [site / "index.html", *sorted((site / "bai-viet").rglob("index.html"))[:2]]:
        for tag, url in _links(page):
            if tag == "a" and not urlsplit(url).scheme:
                assert not url.startswith("/"), (page, url)


def test_sitemap_feed_and_canonical_use_site_url(seed_site):
    site = seed_site / "site"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/repo/bai-viet/" in sitemap
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert 'href="https://example.org/repo/bai-viet/' in feed
    article = next((site / "bai-viet").glob("*/index.html")).read_text(encoding="utf-8")
    assert re.search(r'<link rel="canonical" href="https://example.org/repo/bai-viet/', article)


def test_no_request_to_another_host_in_assets(seed_site):
    site = seed_site / "site"
    for asset in list(site.rglob("*.css")) + [site / "assets" / "search.js"]:
        text = asset.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_navigation_holds_index_pages_only(seed_site):
    html = (seed_site / "site" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[: nav.index("</nav>")]
    assert "bai-viet/" not in nav


def test_data_page_links_the_dataset_and_lists_review(seed_site):
    html = (seed_site / "site" / "du-lieu" / "index.html").read_text(encoding="utf-8")
    assert 'href="../data/articles.json"' in html and 'href="../data/articles.csv"' in html
    review = json.loads((seed_site / "site" / "data" / "review.json").read_text(encoding="utf-8"))["review"]
    item = next(r for r in review if r["source_file"] == "004_792f893ec42a8fd3.txt" and r["field"] == "speaker")
    assert item["reason"] == "không ai được ghi nhận phát biểu"  # in Vietnamese
    # the page lists it by title, linked to the article, with the field's Vietnamese name; never by file name
    assert f'href="../{item["url"]}">{escape(item["title"], quote=False)}</a></td><td>người chỉ đạo</td>' in html
    assert "004_792f893ec42a8fd3.txt" not in html


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", readme, re.S)
    assert blocks and blocks[0].split() == ["make", "site", "make", "test"]


def test_readme_documents_every_command_and_exit_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z]+):", makefile, re.M)
    for target in ("site", "test", "serve", "bench"):
        assert target in targets and f"make {target}" in readme
    for command in ("python -m dangbo build", "python -m dangbo swap"):
        assert command in readme
    assert "Exit codes" in readme


def test_pages_say_which_renderer_built_them(seed_site):
    """The generator tag stays: MkDocs + Material, or Zensical, by the fixture's renderer."""
    renderer = seed_site.parent.name.split("-")[1].rstrip("0123456789")
    for page in ("index.html", "tinh/index.html"):
        head = (seed_site / "site" / page).read_text(encoding="utf-8").split("</head>")[0]
        expected = 'content="zensical-0.0.73"' if renderer == "zensical" else 'content="mkdocs-1.6.1, mkdocs-material-9.8.1"'
        assert f'<meta name="generator" {expected}>' in head, page


def test_no_theme_search_and_our_index_in_the_site(seed_site):
    site = seed_site / "site"
    assert (site / "data" / "search" / "meta.json").is_file() and (site / "data" / "paths.js").is_file()
    assert not (site / "search" / "search_index.json").exists()  # MkDocs' Material: none
    if (site / "search.json").exists():  # Zensical writes its index even when off: empty
        assert json.loads((site / "search.json").read_text(encoding="utf-8"))["items"] == []
    assert 'data-md-component="search"' not in (site / "index.html").read_text(encoding="utf-8")
    assert not list(site.rglob("*.py"))  # nothing of the hook or of overrides/ as content


def test_the_frame_draws_its_icons_from_the_stylesheet_and_stays_small(seed_site):
    """Issue 14: what every page repeats is kept small. The logo, colour toggle and back-to-top icons
    are drawn by site.css (one rule per icon a page names), the theme's configuration carries only
    the words its script uses, and an article page's frame (all but <article>) stays under 12 KB."""
    site = seed_site / "site"
    css = (site / "assets" / "site.css").read_text(encoding="utf-8")
    pages = [site / "index.html", *sorted(site.glob("bai-viet/*/index.html")), *sorted(site.glob("nhan-vat/*/index.html"))[:5]]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        icons = set(re.findall(r'class="bv-icon bv-icon--([\w-]+)"', html))
        assert {"material-library", "material-weather-night", "material-weather-sunny", "material-arrow-up"} <= icons, page
        for icon in icons:
            assert f".bv-icon--{icon} {{ --bv-icon: url(\"data:image/svg+xml," in css, icon
        header = html[html.index("<header"):html.index("</header>")]
        assert header.count("<svg") == 1, page  # the menu button's only
        config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
        assert set(config["translations"]) <= {"clipboard.copy", "clipboard.copied", "clipboard.error"}
        assert config["base"] and config["features"]
        if page.parent.parent.name == "bai-viet":
            frame = html[:html.index("<article")] + html[html.index("</article>"):]
            head = html[:html.index("</head>")]
            assert len(frame.encode()) - len(head.encode()) < 9000, page  # the head holds the article's own metadata
    assert 'var palette=' not in (site / "index.html").read_text(encoding="utf-8")
    assert "__md_get(\"__palette\")" in (site / "assets" / "palette.js").read_text(encoding="utf-8")
