"""Who leads where (``lanh-dao/``): per term, each province's congress, its secretary, committee and delegates.

One row per province and term, from its congress articles; a value comes from the article that states it
(linked), and two articles that disagree are both shown.
"""
from __future__ import annotations

import html

from ..indexes import UNKNOWN_PROVINCE, Corpus, person_slug
from ..normalize import fold
from ..paths import LEADERS_PAGE
from .markup import _a, _href, _page, _raw, article_path, person_path, province_path

NO_TERM = "chua-ro"


def congresses_by_term(corpus: Corpus) -> dict[str, dict[str, list]]:
    """term (or NO_TERM) → province → its congress articles, newest term first, provinces in alphabetical order."""
    terms: dict[str, dict[str, list]] = {}
    for article in corpus.by_event.get("dai-hoi", ()):
        term = article.term or NO_TERM
        terms.setdefault(term, {}).setdefault(article.province or UNKNOWN_PROVINCE, []).append(article)
    ordered = sorted(terms, key=lambda t: (t == NO_TERM, [-ord(c) for c in t]))
    return {t: dict(sorted(terms[t].items(), key=lambda item: fold(item[0]))) for t in ordered}


def _values(here: str, articles, field: str, corpus: Corpus) -> str:
    seen: dict = {}
    for article in articles:
        value = getattr(article, field)
        if value is not None and value not in seen:
            seen[value] = article
    if not seen:
        return "—"
    parts = []
    for value, article in seen.items():
        if field == "elected_secretary" and person_slug(value) in corpus.by_person:
            shown = _a(here, person_path(value), value)
        else:
            shown = html.escape(str(value), quote=False)
        parts.append(f'{shown} <a class="bv-src" href="{_href(here, article_path(article))}" '
                     f'title="{html.escape(article.title, quote=True)}" aria-label="Bài nêu: {html.escape(article.title, quote=True)}">[bài]</a>')
    return " / ".join(parts)


def render_leaders(corpus: Corpus) -> str:
    """A table per term: province, secretary, committee size, delegates, articles."""
    here = LEADERS_PAGE
    lines = ["Từ các bài về đại hội Đảng bộ Công an: ai được bầu (hoặc chỉ định) giữ chức Bí thư Đảng ủy Công an "
             "tỉnh/thành, Ban Chấp hành gồm bao nhiêu đồng chí, bao nhiêu đại biểu dự đại hội — chỉ khi bài viết ghi rõ "
             "(“—” là bài không ghi). Mỗi giá trị dẫn tới bài đã nêu nó; trang bài cho biết câu chữ (“Vì sao?”).", ""]
    terms = congresses_by_term(corpus)
    if not terms:
        return _page("Lãnh đạo", lines + ["Chưa có bài về đại hội.", ""], here)
    for term, provinces in terms.items():
        label = f"Nhiệm kỳ {term.replace('-', '–')}" if term != NO_TERM else "Bài không ghi nhiệm kỳ"
        rows = []
        for province, articles in provinces.items():
            place = _a(here, province_path(province), province)
            links = ", ".join(_a(here, article_path(a), a.date or "bài") for a in articles)
            rows.append(f"<tr><td>{place}</td>"
                        f'<td data-label="Bí thư Đảng ủy">{_values(here, articles, "elected_secretary", corpus)}</td>'
                        f'<td data-label="Ban Chấp hành">{_values(here, articles, "committee_size", corpus)}</td>'
                        f'<td data-label="Đại biểu">{_values(here, articles, "delegates", corpus)}</td>'
                        f'<td data-label="Bài viết">{links}</td></tr>')
        known = sum(1 for articles in provinces.values() if any(a.elected_secretary for a in articles))
        anchor = f"nhiem-ky-{term}" if term != NO_TERM else NO_TERM
        lines += [f"## {label} {{#{anchor}}}", "",
                  f"{len(provinces)} tỉnh/thành có bài đại hội; {known} có tên Bí thư.", "",
                  *_raw("<table class=\"bv-cards\"><thead><tr><th>Tỉnh/thành</th><th>Bí thư Đảng ủy</th><th>Ban Chấp hành "
                        "(đồng chí)</th><th>Đại biểu</th><th>Bài viết</th></tr></thead>"
                        f"<tbody>{''.join(rows)}</tbody></table>")]
    return _page("Lãnh đạo", lines, here)
