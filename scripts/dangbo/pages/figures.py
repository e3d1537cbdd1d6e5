"""The figures on the site (issue 11): the table of an article, the indicator pages under so-lieu/, a province's figures.

Every value shown is the figure as the article writes it, linked to its sentence on the article's page
(an anchor that the page highlights); the charts are static SVG small multiples (``chart.render_panels``).
"""
from __future__ import annotations

import functools
import html
from collections import defaultdict

from ..chart import render_panels
from ..extract.indicators import INDICATORS, LABELS
from ..indexes import Corpus, members_of, period_grain, period_position
from ..model import Article, Figure
from ..paths import FIGURE_DIR, page
from .markup import _a, _href, _link, _page, _raw, article_path, period_label, province_path

KIND_LABELS = {"ket-qua": "Kết quả", "chi-tieu": "Chỉ tiêu"}
GRAIN_LABELS = {"nam": "theo năm", "nhiem-ky": "theo nhiệm kỳ", "6-thang": "6 tháng", "9-thang": "9 tháng", "quy": "theo quý"}
CHANGES = ("tăng", "giảm", "vượt")  # a change or an excess, not a level: charted apart, signed


def indicator_path(key: str) -> str:
    """docs/-relative path of an indicator's page."""
    return page(FIGURE_DIR, key)


def sentence_marks(article: Article) -> dict[int, list[tuple[int, int, str]]]:
    """paragraph index → [(start, end, id)] of the sentences that figures come from, in order."""
    marks: dict[int, dict] = defaultdict(dict)
    for figure in article.figures:
        marks[figure.paragraph][figure.span] = figure.anchor
    return {index: sorted((start, end, anchor) for (start, end), anchor in spans.items()) for index, spans in marks.items()}


def marked(paragraph: str, spans) -> str:
    """The paragraph escaped, each figure's sentence wrapped in a span with its id."""
    esc, out, at = html.escape, [], 0
    for start, end, anchor in spans:
        if start < at:
            continue
        out += [esc(paragraph[at:start], quote=False), f'<span class="bv-fig-src" id="{anchor}">',
                esc(paragraph[start:end], quote=False), "</span>"]
        at = end
    out.append(esc(paragraph[at:], quote=False))
    return "".join(out)


def period_text(period: str | None) -> str:
    """``2023-H1`` → "6 tháng đầu năm 2023" (the article page's labels); "—" when unknown."""
    return period_label(period) if period else "—"


def period_short(period: str) -> str:
    """An axis label: 2022, 6T 2023, 9T 2023, Q1 2023, 2015–20."""
    year, _, part = period.partition("-")
    if not part:
        return year
    if part.isdigit():
        return f"{year}–{part[2:]}"
    return {"H1": f"6T {year}", "H2": f"6T cuối {year}", "9M": f"9T {year}"}.get(part, f"{part} {year}")


def change_text(figure: Figure) -> str:
    """ "giảm, so với năm 2015", "đạt", or "—"."""
    parts = [p for p in (figure.direction, figure.compared_to) if p]
    return ", ".join(parts) or "—"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def figure_table(article: Article, here: str) -> list[str]:
    """The article's "Số liệu": what, value (linked to its sentence), change, period, result or target."""
    if not article.figures:
        return []
    rows = []
    for figure in article.figures:
        what = _esc(figure.indicator or figure.unit)
        if figure.indicator_key:
            what += f' <span class="bv-fig-key">({_a(here, indicator_path(figure.indicator_key), LABELS[figure.indicator_key])})</span>'
        rows.append(f'<tr data-figure-kind="{figure.kind}"><td>{what}</td>'
                    f'<td><a href="#{figure.anchor}" title="Xem câu gốc">{_esc(figure.value_text)}</a></td>'
                    f"<td>{_esc(change_text(figure))}</td><td>{_esc(period_text(figure.period))}</td>"
                    f"<td>{KIND_LABELS[figure.kind]}</td></tr>")
    head = "<thead><tr><th>Chỉ số</th><th>Giá trị</th><th>Thay đổi</th><th>Kỳ</th><th>Loại</th></tr></thead>"
    note = ('<p class="bv-fig-note">Số liệu như bài viết ghi; bấm vào giá trị để xem câu gốc. '
            f'<a href="{_href(here, FIGURE_DIR + "/index.md")}">Số liệu mọi bài theo chỉ số</a>.</p>')
    return ["## Số liệu {#so-lieu}", "", *_raw(f'<div class="bv-figures">{note}<table>{head}<tbody>{"".join(rows)}</tbody></table></div>')]


def _signed(figure: Figure) -> float:
    return -figure.value if figure.direction == "giảm" else figure.value


def _panels(items, title_of) -> list:
    """Small multiples: one panel per (title, unit, level or change, kind of period) with two points or more."""
    groups: dict[tuple, list] = defaultdict(list)
    for article, figure in items:
        if not figure.period:
            continue
        change = figure.direction in CHANGES
        groups[(title_of(article, figure), figure.unit, change, period_grain(figure.period))].append(figure)
    panels = []
    for (title, unit, change, grain), figures in groups.items():
        if len({f.period for f in figures}) < 2:  # a panel shows a change over time: two periods at least
            continue
        label = f"{title} · {'mức tăng (+) / giảm (−)' if change else 'mức'} · {GRAIN_LABELS[grain]}"
        points = [(period_position(f.period), _signed(f) if change else f.value, f.kind, period_text(f.period),
                   period_short(f.period)) for f in figures]
        panels.append((label, unit, points))
    return panels


@functools.lru_cache(maxsize=1 << 16)
def _common_cells(href: str, figure: Figure) -> str:
    """The cells an indicator page and a province page both show for a figure (both pages sit at the same
    depth, so the link is the same): period, value linked to its sentence, change, kind, words."""
    return (f"<td>{_esc(period_text(figure.period))}</td>"
            f'<td><a href="{href}#{figure.anchor}">{_esc(figure.value_text)}</a></td>'
            f"<td>{_esc(change_text(figure))}</td><td>{KIND_LABELS[figure.kind]}</td><td>{_esc(figure.indicator)}</td></tr>")


def _rows(items, here: str, with_province: bool, with_indicator: bool) -> str:
    rows = []
    for article, figure in items:
        cells = f'<tr data-figure-kind="{figure.kind}">'
        if with_province:
            cells += f"<td>{_a(here, province_path(article.province), article.province) if article.province else '—'}</td>"
        if with_indicator:
            cells += f"<td>{_a(here, indicator_path(figure.indicator_key), LABELS[figure.indicator_key])}</td>"
        rows.append(cells + _common_cells(_href(here, article_path(article)), figure))
    heads = (["Tỉnh/thành"] if with_province else []) + (["Chỉ số"] if with_indicator else []) + [
        "Kỳ", "Giá trị", "Thay đổi", "Loại", "Như bài viết ghi"]
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>"
    return f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"


def render_figures_index(corpus: Corpus) -> str:
    """so-lieu/: the indicators with their counts, and what the figures are."""
    here = f"{FIGURE_DIR}/index.md"
    total = sum(len(a.figures) for a in corpus.articles)
    keyed = sum(len(items) for items in corpus.by_indicator.values())
    lines = [
        f"Những con số các bài viết nêu: **{total}** số liệu từ **{sum(1 for a in corpus.articles if a.figures)}** bài; "
        f"**{keyed}** thuộc một chỉ số dưới đây, số còn lại có trong [dữ liệu](../du-lieu/index.md#so-lieu) "
        "với nguyên văn điều được đo.", "",
        "Mỗi số liệu là một con số có đơn vị hoặc danh từ đếm (%, vụ, đối tượng, kg, tỷ đồng, đảng viên…), "
        "được ghi như bài viết ghi, kèm chiều thay đổi (tăng, giảm, đạt, vượt), mốc so sánh, kỳ và loại "
        "(kết quả hay chỉ tiêu), và liên kết đến câu gốc. Ngày tháng, số thứ tự, số hiệu văn bản, khẩu hiệu "
        "(“6 rõ”) không phải số liệu.", "",
    ]
    rows = []
    for indicator in INDICATORS:
        items = corpus.by_indicator.get(indicator.key, [])
        if not items:
            continue
        provinces = len({a.province for a, _ in items if a.province})
        articles = len({a.source_file for a, _ in items})
        rows.append(f"<tr><td>{_a(here, indicator_path(indicator.key), indicator.label)}</td><td>{len(items)}</td>"
                    f"<td>{articles}</td><td>{provinces}</td></tr>")
    head = "<thead><tr><th>Chỉ số</th><th>Số liệu</th><th>Bài</th><th>Tỉnh/thành</th></tr></thead>"
    lines += _raw(f"<table>{head}<tbody>{''.join(rows)}</tbody></table>") if rows else ["Chưa có số liệu.", ""]
    return _page("Số liệu", lines, here)


def render_indicator(key: str, corpus: Corpus) -> str:
    """One indicator: small multiples per province, then every value by province, newest period first."""
    here = indicator_path(key)
    items = corpus.by_indicator.get(key, [])
    provinces = len({a.province for a, _ in items if a.province})
    lines = [f"{len(items)} số liệu từ {len({a.source_file for a, _ in items})} bài, {provinces} tỉnh/thành. "
             "Mỗi giá trị dẫn đến câu gốc trong bài.", ""]
    panels = _panels(items, lambda article, _: article.province or "Chưa xác định tỉnh")
    if panels:
        lines += ["## Theo thời gian", "",
                  *_raw(render_panels(panels, "Mỗi ô là một tỉnh/thành (một đơn vị, một loại kỳ), các kỳ có từ hai số liệu:"))]
    lines += ["## Mọi giá trị", "", *_raw(_rows(items, here, with_province=True, with_indicator=False))]
    return _page(LABELS[key], lines, here)


def province_figures(province: str, corpus: Corpus, here: str, label) -> list[str]:
    """A province's figures over time, with those of the provinces merged into it (``members_of``, each
    named by ``label``: "Sóc Trăng (nay thuộc Cần Thơ)"): small multiples per indicator and province
    (a former province's series is its own), then the table, which then says whose each figure is."""
    order = {indicator.key: index for index, indicator in enumerate(INDICATORS)}
    ranked = [((order[f.indicator_key], rank, -period_position(f.period)), a, f)
              for rank, member in enumerate(members_of(province))
              for a in corpus.by_province.get(member, []) for f in a.figures if f.indicator_key]
    items = [(a, f) for _, a, f in sorted(ranked, key=lambda item: item[0])]  # stable: ties keep the articles' order
    if not items:
        return []
    several = len({a.province for a, _ in items}) > 1
    lines = ["## Số liệu qua các năm {#so-lieu}", "",
             f"{len(items)} số liệu theo chỉ số, kỳ mới nhất trước"
             + (", mỗi tỉnh/thành theo tên khi đó" if several else "")
             + f"; [mọi tỉnh/thành theo chỉ số]({_link(here, FIGURE_DIR + '/index.md')}).", ""]
    panels = _panels(items, lambda article, figure: LABELS[figure.indicator_key]
                     + (f" · {label(article.province)}" if several else ""))
    if panels:
        lines += _raw(render_panels(panels, "Mỗi ô là một chỉ số (một đơn vị, một loại kỳ) có từ hai số liệu:"))
    lines += _raw(_rows(items, here, with_province=several, with_indicator=True))
    return lines
