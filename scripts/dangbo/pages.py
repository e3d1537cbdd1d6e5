"""The page writer: the only module that knows docs/ paths, front matter and Markdown.

Every piece of article text goes through ``md_escape`` (or ``html.escape`` in
attributes), so that what a scraped page contains shows as text: Markdown and
HTML in it never become links, images, scripts or headings. Links between
generated pages are relative ``.md`` links that MkDocs checks and rewrites.
"""
from __future__ import annotations

import functools
import hashlib
import html
import posixpath
import re
from pathlib import Path

import yaml

from .chart import render_year_chart
from .extract._text import is_caption, paragraphs
from .extract.title import format_date_vi
from .indexes import (UNKNOWN_PROVINCE, UNKNOWN_YEAR, Corpus, former_of, person_slug, province_slug,
                      provinces_for_pages, related, successor_of)
from .model import EVENTS, Article
from .writer import Writer

EVENT_LABELS = {"dai-hoi": "Đại hội Đảng bộ", "so-ket": "Hội nghị sơ kết",
                "tong-ket": "Hội nghị tổng kết", "khac": "Khác"}
FIELD_LABELS = {"title": "tiêu đề", "date": "ngày", "published": "ngày đăng", "province": "tỉnh/thành",
                "province_now": "tỉnh/thành hiện nay", "speaker": "người chỉ đạo", "speakers": "người phát biểu",
                "event": "loại sự kiện", "term": "nhiệm kỳ", "source_url": "địa chỉ bài gốc", "source": "nguồn"}
ARTICLE_DIR, PROVINCE_DIR, YEAR_DIR, PERSON_DIR, EVENT_DIR = "bai-viet", "tinh", "nam", "nhan-vat", "su-kien"
DATA_PAGE, HOME_PAGE = "du-lieu/index.md", "index.md"
# Characters Python-Markdown gives a meaning to anywhere in a line: emphasis, code, links,
# tables, attribute lists, escapes. ("<", ">" and "&" become entities.)
MD_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# What means something only at the start of a line: headings, lists, quotes, rules
# ("# ", "- ", "+ ", "1. "; "> " is already an entity).
MD_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+(?=[.)]))")
HOME_NEWEST = 10
# libyaml's emitter when the wheel has it (it does on Linux): the same safe output, 20 times faster.
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Marks around HTML that pages.py built and escaped itself (see _raw).
RAW_START, RAW_END = "<!-- bv:html -->", "<!-- /bv:html -->"


def md_escape(text: str) -> str:
    """Article text as inert Markdown: HTML entities for & < >, backslashes for the rest."""
    text = MD_INLINE.sub(r"\\\1", html.escape(text, quote=False))
    lines = []
    for line in text.split("\n"):
        match = MD_LINE_START.match(line)
        if match and match.group(2).isdigit():
            end = match.end()
            line = line[:end] + "\\" + line[end:]  # "1. " → "1\. "
        elif match:
            line = line[: match.start(2)] + "\\" + line[match.start(2):]
        lines.append(line)
    return "\n".join(lines)


def _link(source: str, target: str) -> str:
    """Relative link from one docs/ file to another, for MkDocs to check and rewrite."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


@functools.lru_cache(maxsize=None)
def _page_url(path: str) -> str:
    """The address MkDocs gives a docs/ file (use_directory_urls): tinh/can-tho.md → tinh/can-tho/."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem.rstrip("/")


@functools.lru_cache(maxsize=4096)
def _up(source: str) -> str:
    """From a page back to the site root: "" for the home page, "../../" for bai-viet/x/."""
    url = _page_url(source)
    return "../" * (url.count("/") + 1) if url else ""


def _href(source: str, target: str) -> str:
    """A relative URL from one page to another, for links written as HTML (escaped for attributes)."""
    return _href_from(_up(source), target)


@functools.lru_cache(maxsize=1 << 17)  # index pages link to the same articles from the same depth
def _href_from(up: str, target: str) -> str:
    url = _page_url(target)
    return html.escape(up + (url + "/" if url else "") or "./", quote=True)


@functools.lru_cache(maxsize=1 << 17)
def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _a(source: str, target: str, text: str) -> str:
    return f'<a href="{_href(source, target)}">{_text(text)}</a>'


def _date(value: str | None) -> str:
    return format_date_vi(value) if value else "—"


def article_path(article: Article) -> str:
    """docs/-relative path of an article's page."""
    return f"{ARTICLE_DIR}/{article.slug}.md"


def province_path(province: str) -> str:
    """docs/-relative path of a province's page."""
    return f"{PROVINCE_DIR}/{province_slug(province) if province != UNKNOWN_PROVINCE else 'chua-xac-dinh'}.md"


def person_path(name: str) -> str:
    """docs/-relative path of a person's page."""
    return f"{PERSON_DIR}/{person_slug(name)}.md"


def year_path(year: str) -> str:
    """docs/-relative path of a year's page."""
    return f"{YEAR_DIR}/{year}.md"


def event_path(event: str) -> str:
    """docs/-relative path of an event kind's page."""
    return f"{EVENT_DIR}/{event}.md"


def front_matter(article: Article) -> str:
    """YAML front matter: METADATA.md fields in contract order, then the curated fields."""
    values = article.metadata()
    if article.curated:
        values["curated"] = list(article.curated)
    return f"---\n{_fast_yaml(values) or _yaml(values)}---\n"


def _yaml(values: dict) -> str:
    return yaml.dump(values, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)


# Scalars that PyYAML writes as they are (checked against yaml.dump in tests/test_pages.py): a letter
# first, then letters, digits, spaces and punctuation other than ":" "#" and quotes, not ending in a space.
_PLAIN = re.compile(r"[^\W\d_](?:[\w .,;()/\-–—“”‘’…!?%&+=]{0,500}(?:[^\W_]|[.,;()!?…”’%]))?")
# Otherwise simple scalars with ": " or " #" in them, which PyYAML writes in single quotes.
_QUOTED = re.compile(r"[^\W\d_](?:[\w .,;:#()/\-–—“”‘’…!?%&+=]{0,500}(?:[^\W_]|[.,;()!?…”’%]))?")
_TERM = re.compile(r"\d{4}[-–]\d{4}|\d{4}-\d{2}")  # a congress's term; a year and month
_INDICATOR = re.compile(r":(?! )|(?<! )#")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})


def _fast_scalar(value) -> str | None:
    if value is None:
        return "null"
    if value == "":
        return "''"
    if not isinstance(value, str) or len(value) > 500:
        return None
    if _ISO_DATE.fullmatch(value):
        return f"'{value}'"
    if (_PLAIN.fullmatch(value) and value.lower() not in _YAML_WORDS) or _TERM.fullmatch(value):
        return value
    if _QUOTED.fullmatch(value) and not _INDICATOR.search(value):
        return f"'{value}'"
    return None


def _fast_yaml(values: dict) -> str | None:
    """What ``_yaml`` writes for front matter of simple strings (20 times faster); None for anything else."""
    lines = []
    for key, value in values.items():
        if isinstance(value, list):
            if not value:
                lines.append(f"{key}: []")
                continue
            lines.append(f"{key}:")
            for item in value:
                fields = list(item.items()) if isinstance(item, dict) else [(None, item)]
                if not fields:
                    return None
                for position, (name, scalar) in enumerate(fields):
                    text = _fast_scalar(scalar)
                    if text is None:
                        return None
                    lead = "- " if position == 0 else "  "
                    lines.append(f"{lead}{name}: {text}" if name is not None else f"{lead}{text}")
            continue
        text = _fast_scalar(value)
        if text is None:
            return None
        lines.append(f"{key}: {text}")
    return "\n".join(lines) + "\n"


def render_article(article: Article, corpus: Corpus, site_url: str) -> str:
    """The article's page: metadata panel, text, citation, related articles."""
    here = article_path(article)
    lines = [front_matter(article), f"# {md_escape(article.title)}", "", *_meta_panel(article, here), ""]
    lines += _raw(_text_block(article.body))
    lines += _citation(article, site_url)
    same_province, same_speaker = related(corpus, article)
    if same_province:
        lines += [f"## Bài khác về {md_escape(article.province or 'tỉnh chưa xác định')}", ""]
        lines += _list(same_province, here)
    if same_speaker:
        lines += [f"## Bài khác có {md_escape(article.speaker)}", ""]
        lines += _list(same_speaker, here)
    return "\n".join(lines)


def _text_block(body: str) -> str:
    """The article's text as one block of escaped HTML paragraphs.

    A raw HTML block is passed through by Markdown untouched: the text is inert
    (everything is escaped), reads the same in any Markdown renderer, and costs
    MkDocs no inline parsing (measured: the inline patterns were a third of the
    site build). Captions and subheadings get a class of their own.
    """
    parts = ['<div class="bv-text">']
    for paragraph in paragraphs(body):
        css = ' class="bv-note"' if is_caption(paragraph) else ""
        parts.append(f"<p{css}>{html.escape(paragraph, quote=False)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _meta_panel(article: Article, here: str) -> list[str]:
    esc = functools.partial(html.escape, quote=False)
    rows = [("Ngày diễn ra", _date(article.date))]
    province = article.province or UNKNOWN_PROVINCE
    place = _a(here, province_path(province), province)
    if article.province_now and article.province_now != article.province:
        place += f" (nay thuộc {_a(here, province_path(article.province_now), article.province_now)})"
    rows.append(("Tỉnh/thành", place))
    event = _a(here, event_path(article.event), EVENT_LABELS[article.event])
    if article.term:
        event += f", nhiệm kỳ {esc(article.term)}"
    rows.append(("Sự kiện", event))
    if article.speaker:
        rows.append(("Người chỉ đạo", _a(here, person_path(article.speaker), article.speaker)))
    if article.speakers:
        people = [_a(here, person_path(s.name), s.name) + (f" — {esc(s.role)}" if s.role else "") for s in article.speakers]
        rows.append(("Phát biểu", "; ".join(people)))
    source = esc(article.source) if article.source else "không ghi"
    if _safe_url(article.source_url):
        source += f' · <a href="{html.escape(article.source_url, quote=True)}" rel="nofollow noopener">bài gốc</a>'
    rows.append(("Nguồn", source))
    if article.published:
        rows.append(("Ngày đăng", _date(article.published)))
    rows.append(("Tệp nguồn", esc(article.source_file)))
    if article.curated:
        rows.append(("Người biên tập đã sửa", ", ".join(FIELD_LABELS.get(f, f) for f in article.curated)))
    items = "".join(f"<li><strong>{label}:</strong> {value}</li>" for label, value in rows)
    return _raw(f'<div class="bv-meta"><ul>{items}</ul></div>')


def _raw(fragment: str) -> list[str]:
    """A block of HTML built here (every text in it escaped), marked so the site build can pass it through.

    Any Markdown renderer shows it as it is; MkDocs' hook (overrides/hooks.py) skips
    parsing it, which was most of the site build's time at 10,000 pages (profiled).
    """
    return [RAW_START, fragment, RAW_END, ""]


def _safe_url(url: str | None) -> bool:
    return bool(url) and re.match(r"^https?://[^\s<>\"']+$", url) is not None


def _citation(article: Article, site_url: str) -> list[str]:
    parts = [article.source or "Không rõ nguồn", f"({_date(article.published or article.date)})", f"“{article.title}”."]
    if _safe_url(article.source_url):
        parts.append(f"{article.source_url}.")
    if site_url:
        parts.append(f"Bản lưu: {site_url.rstrip('/')}/{article.url}")
    return ["## Trích dẫn", "", *_raw(f'<div class="bv-cite">\n<p>{html.escape(" ".join(parts), quote=False)}</p>\n</div>')]


def _list(articles, here: str) -> list[str]:
    # Lists and tables of articles are written as HTML: an index page holds thousands of
    # links, and Markdown's inline parsing of them was most of the site build (profiled).
    items = []
    for a in articles:
        where = f" — {html.escape(a.province, quote=False)}" if a.province else ""
        items.append(f"<li>{_date(a.date)} · {_a(here, article_path(a), a.title)}{where}</li>")
    return _raw("<ul>" + "".join(items) + "</ul>")


def _table(articles, here: str) -> list[str]:
    if not articles:
        return ["Chưa có bài viết.", ""]
    rows = ["<table>", "<thead><tr><th>Ngày</th><th>Tiêu đề</th><th>Tỉnh/thành</th><th>Người chỉ đạo</th><th>Sự kiện</th></tr></thead>",
            "<tbody>"]
    for a in articles:
        province = _a(here, province_path(a.province), a.province) if a.province else "—"
        speaker = _a(here, person_path(a.speaker), a.speaker) if a.speaker else "—"
        rows.append(f"<tr><td>{_date(a.date)}</td><td>{_a(here, article_path(a), a.title)}</td><td>{province}</td>"
                    f"<td>{speaker}</td><td>{EVENT_LABELS[a.event]}</td></tr>")
    return _raw("".join(rows + ["</tbody>", "</table>"]))


def _page(title: str, lines: list[str]) -> str:
    return "\n".join([f"---\n{_fast_yaml({'title': title}) or _yaml({'title': title})}---\n", f"# {md_escape(title)}", "", *lines, ""])


def render_province(province: str, corpus: Corpus) -> str:
    """A province's page: the 2025 reorganisation both ways, then its articles."""
    here = province_path(province)
    lines = []
    formers = former_of(province)
    if formers:
        links = ", ".join(f"[{p}]({_link(here, province_path(p))}) ({len(corpus.by_province.get(p, ()))} bài)" for p in formers)
        lines += [f"Từ 1/7/2025, {province} gồm cả địa bàn các tỉnh cũ: {links}.", ""]
    if successor := successor_of(province):
        lines += [f"Từ 1/7/2025, {province} được hợp nhất vào [{successor}]({_link(here, province_path(successor))}).", ""]
    if province == "Thừa Thiên Huế":
        lines += [f"Từ 1/1/2025, tỉnh trở thành thành phố [Huế]({_link(here, province_path('Huế'))}).", ""]
    if province == "Huế":
        lines += [f"Trước 1/1/2025 là tỉnh [Thừa Thiên Huế]({_link(here, province_path('Thừa Thiên Huế'))}).", ""]
    articles = corpus.by_province.get(province, [])
    lines += [f"{len(articles)} bài viết, mới nhất trước.", "", *_table(articles, here)]
    title = f"Công an {province}" if province != UNKNOWN_PROVINCE else "Tỉnh/thành chưa xác định"
    return _page(title, lines)


def render_province_index(corpus: Corpus) -> str:
    """Provinces by their 2025 name, each with the former provinces it now holds."""
    from .vocab import MERGERS_2025
    here = f"{PROVINCE_DIR}/index.md"
    lines = ["Ba mươi tư tỉnh, thành phố từ 1/7/2025; dưới mỗi tỉnh là các tỉnh cũ hợp nhất vào đó.", "",
             "| Tỉnh/thành (từ 1/7/2025) | Số bài | Gồm các tỉnh cũ |", "|---|---|---|"]
    for province in sorted(MERGERS_2025, key=lambda p: (-_count_now(corpus, p), p)):
        formers = former_of(province) + (("Thừa Thiên Huế",) if province == "Huế" else ())
        former_links = ", ".join(f"[{p}]({_link(here, province_path(p))}) ({len(corpus.by_province.get(p, ()))})" for p in formers) or "—"
        lines.append(f"| [{province}]({_link(here, province_path(province))}) | {len(corpus.by_province.get(province, ()))} | {former_links} |")
    unknown = len(corpus.by_province.get(UNKNOWN_PROVINCE, ()))
    lines += ["", f"[Chưa xác định tỉnh/thành]({_link(here, province_path(UNKNOWN_PROVINCE))}): {unknown} bài."]
    return _page("Tỉnh/thành", lines)


def _count_now(corpus: Corpus, province: str) -> int:
    return sum(len(v) for k, v in corpus.by_province.items() if k != UNKNOWN_PROVINCE and (k == province or successor_of(k) == province))


def render_year(year: str, corpus: Corpus) -> str:
    """A year's articles in month sections, newest first."""
    here = year_path(year)
    articles = corpus.by_year.get(year, [])
    if year == UNKNOWN_YEAR:
        return _page("Chưa rõ ngày", ["Những bài chưa xác định được ngày diễn ra.", "", *_table(articles, here)])
    lines = [f"{len(articles)} bài viết.", ""]
    months: dict[str, list] = {}
    for a in articles:
        months.setdefault(a.date[5:7] or "00", []).append(a)
    for month, items in months.items():
        heading = f"Tháng {int(month)}" if month != "00" else "Không rõ tháng"
        lines += [f"## {heading}", "", *_table(items, here)]
    return _page(f"Năm {year}", lines)


def render_year_index(corpus: Corpus) -> str:
    """Years, newest first, with counts by kind of event."""
    here = f"{YEAR_DIR}/index.md"
    lines = ["| Năm | Số bài | " + " | ".join(EVENT_LABELS[e] for e in EVENTS) + " |", "|---|---|" + "---|" * len(EVENTS)]
    for year in sorted(corpus.by_year, reverse=True):
        articles = corpus.by_year[year]
        label = year if year != UNKNOWN_YEAR else "Chưa rõ"
        counts = " | ".join(str(sum(1 for a in articles if a.event == e)) for e in EVENTS)
        lines.append(f"| [{label}]({_link(here, year_path(year))}) | {len(articles)} | {counts} |")
    return _page("Năm", lines)


def render_person(slug: str, corpus: Corpus) -> str:
    """A person's roles as written, with dates, and their articles across provinces."""
    here = f"{PERSON_DIR}/{slug}.md"
    name = corpus.person_names[slug]
    articles = corpus.by_person.get(slug, [])
    provinces = sorted({a.province for a in articles if a.province})
    lines = [f"{len(articles)} bài viết; tỉnh/thành: {', '.join(md_escape(p) for p in provinces) or '—'}.", ""]
    roles = corpus.roles.get(slug, [])
    if roles:
        rows, seen = [], set()
        for role in roles:
            key = (role.role, role.date, role.province)
            if key not in seen:
                seen.add(key)
                rows.append(f"<tr><td>{html.escape(role.role, quote=False)}</td>"
                            f"<td>{_a(here, f'{ARTICLE_DIR}/{role.slug}.md', _date(role.date))}</td>"
                            f"<td>{html.escape(role.province or '—', quote=False)}</td></tr>")
        head = "<thead><tr><th>Chức vụ</th><th>Ngày</th><th>Tỉnh/thành</th></tr></thead>"
        lines += ["## Chức vụ được ghi", "", *_raw(f"<table>{head}<tbody>{''.join(rows)}</tbody></table>")]
    lines += ["## Bài viết", "", *_table(articles, here)]
    return _page(name, lines)


def render_person_index(corpus: Corpus) -> str:
    """Everyone reported speaking, most articles first."""
    here = f"{PERSON_DIR}/index.md"
    lines = ["Những người được ghi nhận phát biểu, chỉ đạo hoặc báo cáo, nhiều bài trước.", "", "<table>",
             "<thead><tr><th>Họ tên</th><th>Số bài</th><th>Chỉ đạo chính</th><th>Tỉnh/thành</th></tr></thead>", "<tbody>"]
    ranked = sorted(corpus.by_person, key=lambda s: (-len(corpus.by_person[s]), corpus.person_names[s], s))
    for slug in ranked:
        articles = corpus.by_person[slug]
        name = corpus.person_names[slug]
        principal = sum(1 for a in articles if a.speaker and person_slug(a.speaker) == slug)
        provinces = ", ".join(sorted({a.province for a in articles if a.province}))
        lines.append(f"<tr><td>{_a(here, f'{PERSON_DIR}/{slug}.md', name)}</td><td>{len(articles)}</td><td>{principal}</td>"
                     f"<td>{html.escape(provinces, quote=False) or '—'}</td></tr>")
    table_at = lines.index("<table>")
    return _page("Nhân vật", lines[:table_at] + _raw("".join(lines[table_at:] + ["</tbody>", "</table>"])))


def render_event(event: str, corpus: Corpus) -> str:
    """All articles of one kind of event."""
    articles = corpus.by_event.get(event, [])
    return _page(EVENT_LABELS[event], [f"{len(articles)} bài viết.", "", *_table(articles, event_path(event))])


def render_event_index(corpus: Corpus) -> str:
    """The kinds of event with counts."""
    here = f"{EVENT_DIR}/index.md"
    lines = ["| Loại sự kiện | Số bài |", "|---|---|"]
    lines += [f"| [{EVENT_LABELS[e]}]({_link(here, event_path(e))}) | {len(corpus.by_event.get(e, ()))} |" for e in EVENTS]
    return _page("Loại sự kiện", lines)


def render_home(corpus: Corpus) -> str:
    """What the archive holds, a chart per year, the newest articles."""
    articles = corpus.articles
    dates = sorted(a.date for a in articles if a.date)
    provinces = {a.province for a in articles if a.province}
    counts = {e: len(corpus.by_event.get(e, ())) for e in EVENTS}
    per_year: dict[str, dict[str, int]] = {}
    for a in articles:
        if a.date:
            per_year.setdefault(a.date[:4], {}).setdefault(a.event, 0)
            per_year[a.date[:4]][a.event] += 1
    lines = [
        "Kho tư liệu các bài báo về đại hội Đảng bộ Công an và các hội nghị sơ kết, tổng kết của Công an "
        "các tỉnh, thành phố: ai chỉ đạo, phát biểu gì, ở đâu, khi nào.", "",
        '<div class="bv-stats" markdown>', "",
        f"- **{len(articles)}** bài viết: " + ", ".join(f"[{EVENT_LABELS[e]}]({event_path(e)}) {counts[e]}" for e in EVENTS),
        f"- **{len(provinces)}** tỉnh/thành ([xem theo tỉnh]({PROVINCE_DIR}/index.md))",
        f"- Từ **{_date(dates[0]) if dates else '—'}** đến **{_date(dates[-1]) if dates else '—'}** ([xem theo năm]({YEAR_DIR}/index.md))",
        f"- **{len(corpus.by_person)}** người phát biểu ([nhân vật]({PERSON_DIR}/index.md))", "", "</div>", "",
        "## Số bài theo năm", "", render_year_chart(per_year, EVENT_LABELS), "",
        "## Bài mới nhất", "", *_table(articles[:HOME_NEWEST], HOME_PAGE),
        "[Tải dữ liệu (JSON, CSV)](du-lieu/index.md) · [Tìm kiếm](tim-kiem/index.md)", "",
    ]
    return _page("Công an các tỉnh: đại hội và hội nghị", lines)


def render_data_page(corpus: Corpus, review: list[dict]) -> str:
    """Downloads, what each field means, and the review list."""
    here = DATA_PAGE
    lines = [
        "Toàn bộ siêu dữ liệu, cập nhật mỗi lần dựng trang:", "",
        "- [articles.json](../data/articles.json) — `{\"articles\": [...]}`, mỗi bài một đối tượng",
        "- [articles.csv](../data/articles.csv) — UTF-8 có BOM, mở được bằng Excel; ô trống là không có giá trị; "
        "tên người phát biểu nối bằng `; `",
        "- [review.json](../data/review.json) — danh sách cần kiểm tra",
        "- [feed.xml](../feed.xml) — bài mới (Atom)", "",
        "## Các trường {#cac-truong}", "", "| Trường | Ý nghĩa |", "|---|---|",
        "| `title` | Tiêu đề bài báo (hoặc tiêu đề soạn từ siêu dữ liệu khi bài không có) |",
        "| `date` | Ngày diễn ra sự kiện (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), không phải ngày đăng; `null` khi không rõ |",
        "| `published` | Ngày đăng, khi văn bản có |",
        "| `province` | Tỉnh/thành của lực lượng Công an được nói tới, theo tên tại thời điểm sự kiện |",
        "| `province_now` | Tỉnh/thành hiện nay (sau sắp xếp 2025, 34 tỉnh/thành) |",
        "| `speaker` | Người chỉ đạo chính (họ tên, không kèm cấp bậc, chức vụ) |",
        "| `speakers` | Mọi người được ghi nhận phát biểu, chỉ đạo, báo cáo: `{name, role}` theo thứ tự xuất hiện |",
        "| `event` | `dai-hoi` đại hội, `so-ket` sơ kết, `tong-ket` tổng kết, `khac` khác |",
        "| `term` | Nhiệm kỳ như văn bản ghi (`2020-2025`) |",
        "| `source_url`, `source` | Địa chỉ và tên báo gốc, khi biết |",
        "| `source_file` | Tệp văn bản nguồn |",
        "| `url` | Trang của bài trên trang này (tương đối so với gốc trang) |", "",
        "## Cần kiểm tra {#can-kiem-tra}", "",
        f"{len(review)} mục: những bài thiếu hoặc chưa chắc chắn về ngày, tỉnh/thành, người chỉ đạo. "
        "Người biên tập sửa bằng tệp `articles/<tên>.yml` (xem README).", "",
    ]
    by_file = {a.source_file: a for a in corpus.articles}
    rows = []
    for item in review:
        article = by_file.get(item["source_file"])
        target = _a(here, article_path(article), item["source_file"]) if article else html.escape(item["source_file"], quote=False)
        rows.append(f"<tr><td>{target}</td><td>{item['field']}</td><td>{html.escape(item['reason'], quote=False)}</td></tr>")
    head = "<thead><tr><th>Tệp</th><th>Trường</th><th>Lý do</th></tr></thead>"
    return _page("Dữ liệu", lines + _raw(f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"))


# What an article page is made from besides its article: the code that renders it.
_RENDER_CODE = hashlib.sha1(b"".join(
    (Path(__file__).parent / name).read_bytes() for name in ("pages.py", "indexes.py", "extract/_text.py", "extract/title.py")
)).hexdigest()


def _fingerprint(article: Article, corpus: Corpus, site_url: str) -> str:
    """A digest of everything an article's page shows: the article, its related lists, the code."""
    same_province, same_speaker = related(corpus, article)
    neighbours = [(a.slug, a.title, a.date, a.province) for a in same_province + same_speaker]
    digest = hashlib.sha1(repr((article, neighbours, site_url, _RENDER_CODE)).encode("utf-8"))
    digest.update(article.body.encode("utf-8"))
    return digest.hexdigest()


def write_pages(corpus: Corpus, writer: Writer, review: list[dict], site_url: str, progress=None) -> None:
    """Write every generated Markdown page through ``writer``; an article page whose inputs did not change is kept."""
    for article in corpus.articles:
        path, fingerprint = article_path(article), _fingerprint(article, corpus, site_url)
        if not writer.unchanged(path, fingerprint):
            writer.write(path, render_article(article, corpus, site_url), fingerprint)
        if progress:
            progress()
    for province in provinces_for_pages():
        writer.write(province_path(province), render_province(province, corpus))
    writer.write(f"{PROVINCE_DIR}/index.md", render_province_index(corpus))
    for year in corpus.by_year:
        writer.write(year_path(year), render_year(year, corpus))
    writer.write(f"{YEAR_DIR}/index.md", render_year_index(corpus))
    for slug in corpus.by_person:
        writer.write(f"{PERSON_DIR}/{slug}.md", render_person(slug, corpus))
    writer.write(f"{PERSON_DIR}/index.md", render_person_index(corpus))
    for event in EVENTS:
        writer.write(event_path(event), render_event(event, corpus))
    writer.write(f"{EVENT_DIR}/index.md", render_event_index(corpus))
    writer.write(HOME_PAGE, render_home(corpus))
    writer.write(DATA_PAGE, render_data_page(corpus, review))
