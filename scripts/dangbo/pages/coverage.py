"""The coverage page (``bao-phu/``): what the archive holds, province by province and year by year.

One row per province, one column per year; a cell counts the articles of that province and year by kind of
event and links to the list it counts (the year's section of the province's page). The columns of the
congress years are marked, and a row that should have a congress that year and has none is flagged. Two
views: the 63 provinces before July 2025 (with Huế, named so from 1 January 2025), and the 34 after, each
former province's row under its successor's.
"""
from __future__ import annotations

import html

from ..indexes import UNKNOWN_PROVINCE, UNKNOWN_YEAR, Corpus, count_now, members_of
from ..model import EVENTS
from ..vocab import CURRENT_PROVINCES, LEGACY_PROVINCES, MERGERS_2025
from .markup import EVENT_LABELS, _href, _page, _raw, province_path
from ..normalize import fold
from ..paths import COVERAGE_PAGE
from .provinces import articles_by_year, section_id, year_id

KIND_LETTERS = {"dai-hoi": "Đ", "so-ket": "S", "tong-ket": "T", "khac": "K"}
CONGRESS_CYCLE = 5  # police Party congresses: 2010, 2015, 2020, 2025…
REORGANISED = 2025  # from this year congresses are held under the 34 names


def congress_years(corpus: Corpus, years: list[int]) -> set[int]:
    """Years of a congress: every fifth (2015, 2020, 2025) and the first year of every term an article states."""
    starts = {int(a.term[:4]) for a in corpus.by_event.get("dai-hoi", ()) if a.term}
    return {y for y in years if y % CONGRESS_CYCLE == 0 or y in starts}


def expects_congress(province: str, year: int) -> bool:
    """Whether a province of that name held a congress in a congress year: the 63 before 2025, the 34 from it."""
    return province in (LEGACY_PROVINCES if year < REORGANISED else CURRENT_PROVINCES)


def _years(corpus: Corpus) -> list[int]:
    known = [int(y) for y in corpus.by_year if y != UNKNOWN_YEAR]
    return list(range(min(known), max(known) + 1)) if known else []


def _cell(grouped: dict, province: str, year: int | None, congress: bool) -> str:
    key = str(year) if year is not None else UNKNOWN_YEAR
    articles = grouped.get(province, {}).get(key, [])
    missing = congress and year is not None and expects_congress(province, year) \
        and not any(a.event == "dai-hoi" for a in articles)
    css = ["bp-dh-col"] if congress else []
    if missing:
        css.append("bp-missing")
    attrs = f' class="{" ".join(css)}"' if css else ""
    flag = '<span class="bp-flag" title="Năm đại hội, chưa có bài đại hội">thiếu ĐH</span>' if missing else ""
    if not articles:
        return f'<td{attrs} data-count="0"><span class="bp-empty" aria-label="không có bài">·</span>{flag}</td>'
    kinds = {e: sum(1 for a in articles if a.event == e) for e in EVENTS}
    detail = " ".join(f'<abbr title="{EVENT_LABELS[e]}">{KIND_LETTERS[e]}</abbr>{n}' for e, n in kinds.items() if n)
    spoken = ", ".join(f"{n} {EVENT_LABELS[e].lower()}" for e, n in kinds.items() if n)
    when = f"năm {year}" if year is not None else "chưa rõ năm"
    label = html.escape(f"{province}, {when}: {len(articles)} bài ({spoken})", quote=True)
    target = _href(COVERAGE_PAGE, province_path(province)) + "#" + year_id(province, key)
    return (f'<td{attrs} data-count="{len(articles)}"><a href="{target}" aria-label="{label}" title="{label}">'
            f'<span class="bp-n">{len(articles)}</span><span class="bp-k">{detail}</span></a>{flag}</td>')


def _row(grouped: dict, province: str, years: list[int], congress: set[int], undated: bool, css: str = "") -> str:
    total = sum(len(items) for items in grouped.get(province, {}).values())
    head = (f'<th scope="row"><a href="{_href(COVERAGE_PAGE, province_path(province))}#{section_id(province)}">'
            f"{html.escape(province)}</a> <small>{total}</small></th>")
    cells = "".join(_cell(grouped, province, y, y in congress) for y in years)
    if undated:
        cells += _cell(grouped, province, None, False)
    return f'<tr class="{css}">{head}{cells}</tr>' if css else f"<tr>{head}{cells}</tr>"


def _table(years: list[int], congress: set[int], undated: bool, rows: list[str], caption: str) -> str:
    heads = "".join(f'<th scope="col" class="bp-dh-col">{y}<br><small>ĐH</small></th>' if y in congress
                    else f'<th scope="col">{y}</th>' for y in years)
    if undated:
        heads += '<th scope="col">Chưa rõ năm</th>'
    return (f'<div class="bp-scroll" tabindex="0" role="region" aria-label="{html.escape(caption, quote=True)}">'
            f'<table class="bv-coverage"><caption>{html.escape(caption)}</caption>'
            f'<thead><tr><th scope="col">Tỉnh/thành <small>(số bài)</small></th>{heads}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def render_coverage(corpus: Corpus) -> str:
    """Both views of the coverage table, with how to read them."""
    years = _years(corpus)
    congress = congress_years(corpus, years)
    undated = UNKNOWN_YEAR in corpus.by_year
    letters = ", ".join(f"**{KIND_LETTERS[e]}** {EVENT_LABELS[e].lower()}" for e in EVENTS)
    lines = [
        "Mỗi ô là số bài của một tỉnh/thành trong một năm (năm diễn ra sự kiện), theo loại sự kiện: "
        f"{letters}; bấm vào ô để xem đúng các bài đó. Cột có chữ **ĐH** là năm đại hội Đảng bộ Công an "
        f"(mỗi {CONGRESS_CYCLE} năm, và năm đầu các nhiệm kỳ bài viết ghi); ô **thiếu ĐH** là tỉnh/thành chưa có bài "
        "đại hội năm đó. Từ năm 2025, đại hội diễn ra theo tên 34 tỉnh, thành phố mới, nên các tỉnh cũ đã hợp nhất "
        "không bị đánh dấu thiếu năm 2025.", "",
    ]
    if not years and not undated:
        return _page("Bao phủ", lines + ["Chưa có bài viết.", ""], COVERAGE_PAGE)
    grouped = {province: articles_by_year(items) for province, items in corpus.by_province.items()}
    new_rows = []
    for province in sorted(MERGERS_2025, key=_sort_key):
        members = members_of(province)
        if len(members) > 1:
            span = len(years) + 1 + (1 if undated else 0)
            new_rows.append(f'<tr class="bp-group"><th scope="rowgroup" colspan="{span}">'
                            f'<a href="{_href(COVERAGE_PAGE, province_path(province))}">{html.escape(province)}</a> '
                            f"<small>{count_now(corpus, province)} bài, gồm {len(members)} tỉnh cũ</small></th></tr>")
        new_rows += [_row(grouped, m, years, congress, undated, "bp-member" if len(members) > 1 else "") for m in members]
    old = sorted(set(LEGACY_PROVINCES) | {"Huế"}, key=_sort_key)
    old_rows = [_row(grouped, p, years, congress, undated) for p in old]
    unknown = [_row(grouped, UNKNOWN_PROVINCE, years, set(), undated)] if UNKNOWN_PROVINCE in corpus.by_province else []
    lines += ["## 34 tỉnh, thành phố từ 1/7/2025 {#34-tinh}", "",
              "Dưới mỗi tỉnh/thành là các tỉnh cũ hợp nhất vào đó, mỗi tỉnh một dòng.", "",
              *_raw(_table(years, congress, undated, new_rows + unknown, "Số bài theo tỉnh/thành (34) và năm")),
              "## 63 tỉnh, thành phố trước 1/7/2025 {#63-tinh}", "",
              "Thêm dòng Huế: tên thành phố từ 1/1/2025 (trước đó là Thừa Thiên Huế).", "",
              *_raw(_table(years, congress, undated, old_rows + unknown, "Số bài theo tỉnh/thành (63) và năm"))]
    return _page("Bao phủ", lines, COVERAGE_PAGE)


def _sort_key(province: str):
    return fold(province)
