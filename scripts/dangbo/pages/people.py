"""Person pages, each opening with a career timeline, and the people index (sortable)."""
from __future__ import annotations

import html

from ..indexes import Corpus, person_slug
from ..paths import page
from ..vocab import RANKS
from .markup import ARTICLE_DIR, EVENT_LABELS, PERSON_DIR, _a, _date, _page, _raw, _table, md_escape

_RANKS_LOWER = tuple((rank.lower(), rank) for rank in sorted(RANKS, key=len, reverse=True))


def rank_of(role: str) -> str | None:
    """The rank a role starts with ("Thiếu tướng, Giám đốc…" → "Thiếu tướng"), in its usual capitals; None without."""
    lowered = role.lower().lstrip()
    return next((rank for low, rank in _RANKS_LOWER if lowered.startswith(low)), None)


def career(slug: str, corpus: Corpus) -> list[dict]:
    """A person's events, oldest first (undated last), consecutive ones in the same role and province as one step:
    ``{role, province, first, last, count}`` where ``first`` and ``last`` are articles."""
    roles = {}
    for role in corpus.roles.get(slug, ()):
        roles.setdefault(role.slug, role.role)
    articles = sorted(corpus.by_person.get(slug, ()), key=lambda a: (a.date is None, a.date or "", a.slug))
    steps: list[dict] = []
    for article in articles:
        role = roles.get(article.slug, "")
        last = steps[-1] if steps else None
        if last and last["role"] == role and last["province"] == article.province and (article.date is None) == (last["last"].date is None):
            last["last"], last["count"] = article, last["count"] + 1
        else:
            steps.append({"role": role, "province": article.province, "first": article, "last": article, "count": 1})
    return steps


def ranks_seen(steps: list[dict]) -> list[str]:
    """The ranks in the order they were seen, each change once: ["Đại tá", "Thiếu tướng", "Trung tướng"]."""
    ranks: list[str] = []
    for step in steps:
        rank = rank_of(step["role"])
        if rank and (not ranks or ranks[-1] != rank):
            ranks.append(rank)
    return ranks


def _timeline(here: str, steps: list[dict]) -> str:
    items = []
    for step in steps:
        first, last = step["first"], step["last"]
        when = f'<time datetime="{first.date}">{_date(first.date)}</time>' if first.date else "Chưa rõ ngày"
        if last is not first and last.date and last.date != first.date:
            when += f' – <time datetime="{last.date}">{_date(last.date)}</time>'
        role = html.escape(step["role"], quote=False) if step["role"] else "<em>bài không ghi chức vụ</em>"
        where = html.escape(step["province"] or "chưa xác định tỉnh/thành", quote=False)
        link = _a(here, page(ARTICLE_DIR, first.slug), first.title)
        more = f" và {step['count'] - 1} bài khác" if step["count"] > 1 else ""
        items.append(f'<li><p class="bv-when">{when} · {where}</p><p class="bv-role">{role}</p>'
                     f"<p>{EVENT_LABELS[first.event]}: {link}{more}</p></li>")
    return f'<ol class="timeline">{"".join(items)}</ol>'


def render_person(slug: str, corpus: Corpus) -> str:
    """A person's career as a timeline (ranks and titles as written, with the date and province of each event), then their articles."""
    here = page(PERSON_DIR, slug)
    name = corpus.person_names[slug]
    articles = corpus.by_person.get(slug, [])
    provinces = sorted({a.province for a in articles if a.province})
    steps = career(slug, corpus)
    lines = [f"{len(articles)} bài viết; tỉnh/thành: {', '.join(md_escape(p) for p in provinces) or '—'}.", ""]
    ranks = ranks_seen(steps)
    if len(ranks) > 1:
        lines += [f"Cấp bậc qua các bài: {' → '.join(ranks)}.", ""]
    lines += ["## Quá trình {#qua-trinh}", "", "Chức vụ như mỗi bài viết ghi, theo thời gian; các bài liền nhau cùng chức vụ, "
              "cùng tỉnh/thành gộp làm một mốc.", "", *_raw(_timeline(here, steps))]
    lines += ["## Bài viết {#bai-viet}", "", *_table(articles, here)]
    return _page(name, lines, here)


def render_person_index(corpus: Corpus) -> str:
    """Everyone reported speaking, most articles first; each with the latest role, the events and the years seen."""
    here = f"{PERSON_DIR}/index.md"
    rows = []
    ranked = sorted(corpus.by_person, key=lambda s: (-len(corpus.by_person[s]), corpus.person_names[s], s))
    for slug in ranked:
        articles = corpus.by_person[slug]
        name = corpus.person_names[slug]
        principal = sum(1 for a in articles if a.speaker and person_slug(a.speaker) == slug)
        provinces = ", ".join(sorted({a.province for a in articles if a.province}))
        dated = sorted(corpus.roles.get(slug, ()), key=lambda r: (r.date is not None, r.date or ""))
        latest = dated[-1].role if dated else ""
        years = sorted({a.date[:4] for a in articles if a.date})
        span = (years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}") if years else "—"
        rows.append(f"<tr><td>{_a(here, page(PERSON_DIR, slug), name)}</td>"
                    f'<td data-label="Chức vụ gần nhất">{html.escape(latest, quote=False) or "—"}</td>'
                    f'<td data-label="Số sự kiện">{len(articles)}</td><td data-label="Chỉ đạo chính">{principal}</td>'
                    f'<td data-label="Năm" data-sort="{years[0] if years else ""}">{span}</td>'
                    f'<td data-label="Tỉnh/thành">{html.escape(provinces, quote=False) or "—"}</td></tr>')
    head = ('<thead><tr><th data-sort-type="text">Họ tên</th><th data-sort-type="text">Chức vụ gần nhất</th>'
            '<th data-sort-type="number" aria-sort="descending">Số sự kiện</th><th data-sort-type="number">Chỉ đạo chính</th>'
            '<th data-sort-type="text">Năm</th><th data-sort-type="text">Tỉnh/thành</th></tr></thead>')
    lines = ["Những người được ghi nhận phát biểu, chỉ đạo hoặc báo cáo, nhiều bài trước; bấm tiêu đề cột để sắp xếp lại.", "",
             *_raw(f'<table class="bv-sortable bv-cards">{head}<tbody>{"".join(rows)}</tbody></table>')]
    return _page("Nhân vật", lines, here)
