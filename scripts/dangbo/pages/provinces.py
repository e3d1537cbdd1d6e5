"""Province pages and the province index: one history per province, the provinces merged into it included.

A province's page lists, for each province it holds (itself first, then those merged into it in 2025,
named as they were: "Sóc Trăng (nay thuộc Cần Thơ)"), its articles year by year. Every such list has an
anchor of its own (``#bai-<slug>`` for a province, ``#<slug>-<year>`` for one year of it), which the
coverage table and the maps link to: each link leads to a list of exactly the articles it counts.
"""
from __future__ import annotations

from ..indexes import UNKNOWN_PROVINCE, UNKNOWN_YEAR, Corpus, count_now, members_of, province_slug, successor_of
from ..vocab import MERGERS_2025
from .figures import province_figures
from .markup import PROVINCE_DIR, _link, _page, _raw, _table, province_path
from .tilemap import render_tile_map


def member_label(member: str, province: str) -> str:
    """How a page names a province it holds: "Sóc Trăng (nay thuộc Cần Thơ)", "Thừa Thiên Huế (nay là Huế)"."""
    if member == province:
        return member
    return f"{member} (nay là {province})" if province == "Huế" else f"{member} (nay thuộc {province})"


def section_id(member: str) -> str:
    """The anchor of a province's articles on its page: ``bai-soc-trang``."""
    return f"bai-{province_slug(member)}"


def year_id(member: str, year: str) -> str:
    """The anchor of one year of a province's articles: ``soc-trang-2020``, ``soc-trang-chua-ro``."""
    return f"{province_slug(member)}-{year}"


def articles_by_year(articles) -> dict[str, list]:
    """Year (or UNKNOWN_YEAR) → articles, newest year first, undated last; the lists keep their order."""
    years: dict[str, list] = {}
    for article in articles:
        years.setdefault(article.date[:4] if article.date else UNKNOWN_YEAR, []).append(article)
    return dict(sorted(years.items(), key=lambda item: (item[0] == UNKNOWN_YEAR, [-ord(c) for c in item[0]])))


def render_province(province: str, corpus: Corpus) -> str:
    """A province's page: the 2025 reorganisation both ways, then the articles of every province it holds."""
    here = province_path(province)
    lines = _reorganisation(province, here)
    members = members_of(province)
    counts = {m: len(corpus.by_province.get(m, ())) for m in members}
    total = sum(counts.values())
    if len(members) > 1:
        parts = "; ".join(f"[{member_label(m, province)}](#{section_id(m)}) {counts[m]}" for m in members)
        lines += [f"{total} bài viết: {parts}.", ""]
    else:
        lines += [f"{total} bài viết, mới nhất trước.", ""]
    for member in members:
        articles = corpus.by_province.get(member, [])
        lines += [f"## {member_label(member, province)} · {len(articles)} bài {{#{section_id(member)}}}", ""]
        if member != province:
            lines += [f"Trang riêng: [{member}]({_link(here, province_path(member))}).", ""]
        if not articles:
            lines += ["Chưa có bài viết.", ""]
        for year, items in articles_by_year(articles).items():
            label = "Chưa rõ năm" if year == UNKNOWN_YEAR else f"Năm {year}"
            lines += [f"### {label} · {len(items)} bài {{#{year_id(member, year)}}}", "", *_table(items, here)]
    lines += province_figures(province, corpus, here, lambda member: member_label(member, province))
    return _page(f"Công an {province}" if province != UNKNOWN_PROVINCE else "Tỉnh/thành chưa xác định", lines, here)


def _reorganisation(province: str, here: str) -> list[str]:
    lines = []
    formers = [p for p in members_of(province) if p != province]
    if formers and province != "Huế":
        links = ", ".join(f"[{p}]({_link(here, province_path(p))})" for p in formers)
        lines += [f"Từ 1/7/2025, {province} gồm cả địa bàn các tỉnh cũ: {links}; trang này liệt kê cả bài của các tỉnh đó.", ""]
    if successor := successor_of(province):
        verb = "trở thành thành phố" if province == "Thừa Thiên Huế" else "được hợp nhất vào"
        when = "1/1/2025" if province == "Thừa Thiên Huế" else "1/7/2025"
        lines += [f"Từ {when}, {province} {verb} [{successor}]({_link(here, province_path(successor))}); "
                  f"bài của {province} có cả trên trang {successor}.", ""]
    if province == "Huế":
        lines += [f"Trước 1/1/2025 là tỉnh [Thừa Thiên Huế]({_link(here, province_path('Thừa Thiên Huế'))}); "
                  "trang này liệt kê cả bài của tỉnh đó.", ""]
    return lines


def render_province_index(corpus: Corpus) -> str:
    """Provinces by their 2025 name, most articles first (counting the former provinces they hold), and the maps."""
    here = f"{PROVINCE_DIR}/index.md"
    lines = ["Ba mươi tư tỉnh, thành phố từ 1/7/2025, nhiều bài trước; số bài gồm cả bài của các tỉnh cũ hợp nhất vào đó. "
             f"[Bảng bao phủ theo năm]({_link(here, 'bao-phu/index.md')}) cho biết mỗi tỉnh có bài nào, năm nào.", "",
             "| Tỉnh/thành (từ 1/7/2025) | Tổng số bài ▾ | Các tỉnh cũ (số bài) |", "|---|---|---|"]
    for province in sorted(MERGERS_2025, key=lambda p: (-count_now(corpus, p), p)):
        members = members_of(province)
        parts = [f"[{p}]({_link(here, province_path(p))}) ({len(corpus.by_province.get(p, ()))})" for p in members]
        lines.append(f"| [{province}]({_link(here, province_path(province))}) | {count_now(corpus, province)} | "
                     f"{', '.join(parts) if len(members) > 1 else '—'} |")
    unknown = len(corpus.by_province.get(UNKNOWN_PROVINCE, ()))
    lines += ["", f"[Chưa xác định tỉnh/thành]({_link(here, province_path(UNKNOWN_PROVINCE))}): {unknown} bài.", "",
              "## Bản đồ 34 tỉnh, thành phố {#ban-do-34}", "", *_raw(render_tile_map(corpus, here, current=True)),
              "## Bản đồ 63 tỉnh, thành phố trước 1/7/2025 {#ban-do-63}", "", *_raw(render_tile_map(corpus, here, current=False))]
    return _page("Tỉnh/thành", lines, here)
