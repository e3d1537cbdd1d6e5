"""Figures on the built seed site and in the data (issue 11): table, sentence anchors, so-lieu/ pages, files."""
from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from conftest import ARTICLES
from dangbo.chart import render_panels
from dangbo.dataset import FIGURE_FIELDS
from dangbo.evidence import quote_in_file
from dangbo.extract.indicators import INDICATORS, LABELS
from dangbo.indexes import build_corpus
from dangbo.model import Article, Figure
from dangbo.pages.figures import _panels, render_indicator


def _figures(site):
    return json.loads((site / "data" / "figures.json").read_text(encoding="utf-8"))["figures"]


class _Ids(HTMLParser):
    """The ids of a page, and the text inside each figure's sentence mark."""

    def __init__(self):
        super().__init__()
        self.ids, self.marks, self._open = set(), {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "span" and "bv-fig-src" in (attrs.get("class") or ""):
            self._open.append(attrs["id"])
            self.marks[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if tag == "span" and self._open:
            self._open.pop()

    def handle_data(self, data):
        for anchor in self._open:
            self.marks[anchor] += data


def test_figures_json_has_the_documented_fields_and_quotes_from_the_files(seed_site):
    site = seed_site / "site"
    figures = _figures(site)
    assert len(figures) >= 20
    for figure in figures:
        assert tuple(figure) == FIGURE_FIELDS
        assert isinstance(figure["value"], (int, float)) and figure["value_text"] and figure["unit"]
        assert figure["kind"] in ("ket-qua", "chi-tieu")
        assert figure["indicator_key"] is None or figure["indicator_key"] in LABELS
        assert quote_in_file(figure["quote"], (ARTICLES / figure["source_file"]).read_bytes()), figure
        assert not figure["url"].startswith("/")
    assert {(f["value"], f["unit"]) for f in figures} >= {(589, "đảng viên"), (13.66, "%"), (47400, "trường hợp")}


def test_figures_csv_matches_the_json(seed_site):
    site = seed_site / "site"
    raw = (site / "data" / "figures.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    figures = _figures(site)
    assert len(rows) == len(figures) and list(rows[0]) == list(FIGURE_FIELDS)
    for row, figure in zip(rows, figures):
        for name in FIGURE_FIELDS:
            want = "" if figure[name] is None else str(figure[name])
            assert row[name] == want, (name, row[name], want)


def test_every_figure_links_to_its_sentence_which_holds_it(seed_site):
    site = seed_site / "site"
    by_page: dict[str, list] = {}
    for figure in _figures(site):
        by_page.setdefault(figure["url"], []).append(figure)
    for url, figures in by_page.items():
        html = (site / url / "index.html").read_text(encoding="utf-8")
        parser = _Ids()
        parser.feed(html)
        table = html[html.index('id="so-lieu"'):html.index('id="bai-viet"')]
        for figure in figures:
            assert figure["anchor"] in parser.ids, (url, figure["anchor"])
            assert figure["value_text"] in parser.marks[figure["anchor"]], figure
            assert f'href="#{figure["anchor"]}"' in table
        assert table.count("<tr data-figure-kind=") == len(figures)


def test_an_article_without_figures_has_no_figures_table(seed_site):
    site = seed_site / "site"
    with_figures = {f["url"] for f in _figures(site)}
    data = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))["articles"]
    for article in data:
        html = (site / article["url"] / "index.html").read_text(encoding="utf-8")
        assert ('id="so-lieu"' in html) == (article["url"] in with_figures)


def test_figures_pages_list_every_indicator_with_its_count(seed_site):
    site = seed_site / "site"
    figures = _figures(site)
    index = (site / "so-lieu" / "index.html").read_text(encoding="utf-8")
    keys = {f["indicator_key"] for f in figures if f["indicator_key"]}
    for key in keys:
        count = sum(1 for f in figures if f["indicator_key"] == key)
        assert re.search(rf'href="(?:\.\./so-lieu/)?{key}/">[^<]+</a></td><td>{count}</td>', index), key
        page = (site / "so-lieu" / key / "index.html").read_text(encoding="utf-8")
        assert page.count("<tr data-figure-kind=") == count
    assert not (site / "so-lieu" / "khong-co").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="so-lieu/"' in home
    data_page = (site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    for name in FIGURE_FIELDS:
        assert f"<code>{name}</code>" in data_page, name
    for indicator in INDICATORS:
        assert f"<code>{indicator.key}</code>" in data_page


def test_a_province_page_shows_its_figures(seed_site):
    """A province's page shows its figures and those of the provinces merged into it (issue 15)."""
    from dangbo.indexes import members_of, province_slug
    site = seed_site / "site"
    provinces = {f["province"] for f in _figures(site) if f["indicator_key"] and f["province"]}
    for province in sorted(provinces | {f["province_now"] for f in _figures(site) if f["indicator_key"] and f["province_now"]}):
        count = sum(1 for f in _figures(site) if f["province"] in members_of(province) and f["indicator_key"])
        page = (site / "tinh" / province_slug(province) / "index.html").read_text(encoding="utf-8")
        assert page.count("<tr data-figure-kind=") == count, province
        assert ('id="so-lieu"' in page) == bool(count), province


def _figure(value, period, kind="ket-qua", unit="%", direction="đạt", key="ty-le-kham-pha"):
    return Figure(value=value, value_text=f"{value}{unit}", unit=unit, indicator="tỷ lệ điều tra", indicator_key=key,
                  direction=direction, kind=kind, quote="q", period=period)


def _article(name, province, figures):
    return Article(title=name, date="2024-01-05", published=None, province=province, province_now=province,
                   speaker=None, speakers=(), event="tong-ket", term=None, source_url=None, source=None,
                   source_file=f"{name}.txt", slug=name, figures=tuple(figures))


def test_small_multiples_one_panel_per_province_unit_and_kind_of_change():
    corpus = build_corpus([
        _article("a", "Nghệ An", [_figure(85, "2022"), _figure(90, "2025", kind="chi-tieu")]),
        _article("b", "Nghệ An", [_figure(88, "2023"), _figure(12, "2023", unit=" vụ")]),
        _article("c", "Hà Tĩnh", [_figure(80, "2023")]),  # one point: no panel
        _article("d", "Hà Tĩnh", [_figure(5, "2022", direction="giảm"), _figure(3, "2023", direction="tăng")]),
    ])
    panels = _panels(corpus.by_indicator["ty-le-kham-pha"], lambda article, _: article.province)
    titles = sorted(title for title, _, _ in panels)
    assert titles == ["Hà Tĩnh · mức tăng (+) / giảm (−) · theo năm", "Nghệ An · mức · theo năm"]
    change = next(points for title, _, points in panels if title.startswith("Hà Tĩnh"))
    assert sorted(value for _, value, *_ in change) == [-5, 3]  # a decrease is drawn below zero
    svg = render_panels(panels, "chú thích")
    assert svg.count("<svg class=\"bv-panel\"") == 2
    assert svg.count("<rect") == 1 + 1  # the legend's square and the one target
    assert "<title>Nghệ An · mức · theo năm (%)" in svg and "năm 2025: 90 % (chỉ tiêu)" in svg
    page = render_indicator("ty-le-kham-pha", corpus)
    assert page.count("<tr data-figure-kind=") == 7 and page.count('data-figure-kind="chi-tieu"') == 1


@pytest.mark.parametrize("query", ["88,5%", "1.250"])
def test_search_finds_numbers_as_written(query):
    """The index keys a number's parts as a phrase ("88 5", "1 250"), as the browser tokenises the query."""
    from dangbo.search import tokens
    text = "Tỷ lệ điều tra, khám phá đạt 88,5%; cấp 1.250 thẻ căn cước, không phải 88 hay 1250."
    words = [w for w, _, _ in tokens(text)]
    query_words = [w for w, _, _ in tokens(query)]
    assert len(query_words) == 2
    pairs = list(zip(words, words[1:]))
    assert tuple(query_words) in pairs
