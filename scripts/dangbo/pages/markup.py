"""Markup shared by the page writer: escaping, relative links, paths of docs/ pages, front matter, HTML blocks.

Every piece of article text goes through ``md_escape`` (or ``html.escape`` in attributes), so that
what a scraped page contains shows as text: Markdown and HTML in it never become links, images,
scripts or headings. Links between generated pages are relative, so the site works under any subpath.
"""
from __future__ import annotations

import functools
import html
import json
import posixpath
import re

import yaml

from ..extract.title import format_date_vi
from ..indexes import UNKNOWN_PROVINCE, person_slug, province_slug
from ..model import EVENT_LABELS, Article  # noqa: F401 (EVENT_LABELS: the pages import it from here)
from ..paths import (ARTICLE_DIR, DATA_PAGE, EVENT_DIR, FIGURE_DIR, HOME_PAGE, PERSON_DIR, PROVINCE_DIR,  # noqa: F401
                     RAW_END, RAW_START, YEAR_DIR, page, page_address)

FIELD_LABELS = {"title": "tiêu đề", "date": "ngày", "published": "ngày đăng", "province": "tỉnh/thành",
                "province_now": "tỉnh/thành hiện nay", "speaker": "người chỉ đạo", "speakers": "người phát biểu",
                "event": "loại sự kiện", "term": "nhiệm kỳ", "period": "kỳ được tổng kết",
                "source_url": "địa chỉ bài gốc", "source": "nguồn", "elected_secretary": "bí thư Đảng ủy được bầu",
                "committee_size": "số ủy viên Ban Chấp hành", "delegates": "số đại biểu"}
# Characters Python-Markdown gives a meaning to anywhere in a line: emphasis, code, links,
# tables, attribute lists, escapes. ("<", ">" and "&" become entities.)
MD_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# What means something only at the start of a line: headings, lists, quotes, rules
# ("# ", "- ", "+ ", "1. "; "> " is already an entity).
MD_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+(?=[.)]))")
# libyaml's emitter when the wheel has it (it does on Linux): the same safe output, 20 times faster.
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


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


# Generated pages whose address a person's file holds (tinh/x/index.md → tinh/x.md): links go there.
_HAND_WRITTEN: dict[str, str] = {}


def use_hand_written(twins: dict[str, str]) -> None:
    """Link to a person's page instead of the generated one it stands for (see Writer.hand_written_twins)."""
    _HAND_WRITTEN.clear()
    _HAND_WRITTEN.update(twins)


def _link(source: str, target: str) -> str:
    """Relative link from one docs/ file to another, for MkDocs to check and rewrite."""
    target = _HAND_WRITTEN.get(target, target)
    return posixpath.relpath(target, posixpath.dirname(source) or ".")



@functools.lru_cache(maxsize=4096)
def _up(source: str) -> str:
    """From a page back to the site root: "" for the home page, "../../" for bai-viet/x/."""
    url = page_address(source)
    return "../" * (url.count("/") + 1) if url else ""


def _href(source: str, target: str) -> str:
    """A relative URL from one page to another, for links written as HTML (escaped for attributes)."""
    return _href_from(_up(source), _HAND_WRITTEN.get(target, target))


@functools.lru_cache(maxsize=1 << 17)  # index pages link to the same articles from the same depth
def _href_from(up: str, target: str) -> str:
    url = page_address(target)
    return html.escape(up + (url + "/" if url else "") or "./", quote=True)


@functools.lru_cache(maxsize=1 << 17)
def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _a(source: str, target: str, text: str) -> str:
    return f'<a href="{_href(source, target)}">{_text(text)}</a>'


PERIOD_LABELS = {"H1": "6 tháng đầu năm {year}", "H2": "6 tháng cuối năm {year}", "9M": "9 tháng đầu năm {year}",
                 "Q1": "quý I năm {year}", "Q2": "quý II năm {year}", "Q3": "quý III năm {year}", "Q4": "quý IV năm {year}"}


def period_label(period: str) -> str:
    """``2023-H1`` → "6 tháng đầu năm 2023"; ``2023`` → "năm 2023"; ``2020-2025`` → "nhiệm kỳ 2020–2025"."""
    year, _, part = period.partition("-")
    if not part:
        return f"năm {year}"
    if part.isdigit():
        return f"nhiệm kỳ {year}–{part}"
    return PERIOD_LABELS.get(part, "{year} " + part).format(year=year)


def _date(value: str | None) -> str:
    return format_date_vi(value) if value else "—"


def article_path(article: Article) -> str:
    """docs/-relative path of an article's page."""
    return page(ARTICLE_DIR, article.slug)


def province_path(province: str) -> str:
    """docs/-relative path of a province's page."""
    return page(PROVINCE_DIR, province_slug(province) if province != UNKNOWN_PROVINCE else "chua-xac-dinh")


def person_path(name: str) -> str:
    """docs/-relative path of a person's page."""
    return page(PERSON_DIR, person_slug(name))


def year_path(year: str) -> str:
    """docs/-relative path of a year's page."""
    return page(YEAR_DIR, year)


def event_path(event: str) -> str:
    """docs/-relative path of an event kind's page."""
    return page(EVENT_DIR, event)


# Front matter keys that themes print into the page as they are (Material's and Zensical's base.html:
# ``<title>{{ page.meta.title }}</title>``, ``content="{{ page.meta.description }}"``): written
# HTML-escaped, so that a template that does not escape them shows the text and nothing else.
PRINTED_RAW = ("title", "description")


def front_matter(article: Article, description: str = "", head: str = "") -> str:
    """YAML front matter: METADATA.md fields in contract order (``title`` HTML-escaped, see PRINTED_RAW),
    then the curated fields, the page's description (its lead, escaped) and ``bv_head``, the head
    metadata that overrides/main.html prints (built and escaped by head.py)."""
    values = article.metadata()
    values["title"] = html.escape(values["title"], quote=True)
    if article.curated:
        values["curated"] = list(article.curated)
    if description:
        values["description"] = html.escape(description, quote=True)
    if head:
        values["bv_head"] = head
    values["bv_section"] = f"{PROVINCE_DIR}/"  # its tab: an article is reached from its province
    return f"---\n{_fast_yaml(values) or _yaml(values)}---\n"


def _yaml(values: dict) -> str:
    return yaml.dump(values, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)

# Scalars that PyYAML writes as they are (checked against yaml.dump in tests/test_pages.py): a letter
# first, then letters, digits, spaces and punctuation other than ":" "#" and quotes, not ending in a space.
_PLAIN = re.compile(r"[^\W\d_](?:[\w .,;()/\-–—“”‘’…!?%&+=]{0,500}(?:[^\W_]|[.,;()!?…”’%/]))?")

# Otherwise simple scalars with ": " or " #" in them, which PyYAML writes in single quotes.
_QUOTED = re.compile(r"[^\W\d_](?:[\w .,;:#()/\-–—“”‘’…!?%&+=]{0,500}(?:[^\W_]|[.,;()!?…”’%/]))?")


_TERM = re.compile(r"\d{4}[-–]\d{4}|\d{4}-\d{2}|\d{4}-(?:H[12]|9M|Q[1-4])")  # a term; a year and month; a period


_INDICATOR = re.compile(r":(?! )|(?<! )#")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|(?:19|20)\d\d")  # a date; a year (a period, "2021"): quoted


_YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})

# A digit first ("000_7455b896.txt", the seeds' file names): plain when YAML reads it as a string.
_DIGIT_FIRST = re.compile(r"\d[\w.\-]{0,200}[^\W_]")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _fast_scalar(value) -> str | None:
    if value is None:
        return "null"
    if value == "":
        return "''"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or len(value) > 500:
        return None
    if _ISO_DATE.fullmatch(value):
        return f"'{value}'"
    if (_PLAIN.fullmatch(value) and value.lower() not in _YAML_WORDS) or _TERM.fullmatch(value):
        return value
    if _DIGIT_FIRST.fullmatch(value) and value.isascii() and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG:
        return value
    if _QUOTED.fullmatch(value) and not _INDICATOR.search(value):
        return f"'{value}'"
    return None


# What YAML does not take as it is inside a double-quoted scalar: what its reader refuses (the
# non-printable), the line breaks it would fold (NEL, LS, PS) and the byte-order mark.
_YAML_UNSAFE = re.compile("[^\x09\x0A\x0D\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFF]")


def _yaml_escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"


def _double_quoted(text: str) -> str:
    """Any string as a YAML double-quoted scalar, in one line: JSON's escapes are YAML's too
    (bv_head, a page's head tags, is many lines of HTML: PyYAML took 1.5 ms to write it)."""
    return _YAML_UNSAFE.sub(_yaml_escape, json.dumps(text, ensure_ascii=False))


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
            if not isinstance(value, str):
                return None
            text = _double_quoted(value)
        lines.append(f"{key}: {text}")
    return "\n".join(lines) + "\n"


def _raw(fragment: str) -> list[str]:
    """A block of HTML built here (every text in it escaped), marked so the site build can pass it through.

    Any Markdown renderer shows it as it is; MkDocs' hook (scripts/mkdocs_hooks.py) skips
    parsing it, which was most of the site build's time at 10,000 pages (profiled).
    """
    return [RAW_START, fragment, RAW_END, ""]


def _list(articles, here: str, css: str = "") -> list[str]:
    # Lists and tables of articles are written as HTML: an index page holds thousands of
    # links, and Markdown's inline parsing of them was most of the site build (profiled).
    items = []
    for a in articles:
        where = f" — {html.escape(a.province, quote=False)}" if a.province else ""
        items.append(f"<li>{_date(a.date)} · {_a(here, article_path(a), a.title)}{where}</li>")
    return _raw((f'<ul class="{css}">' if css else "<ul>") + "".join(items) + "</ul>")


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


# The sections of the site by their folder: the tab each page belongs to and its breadcrumb.
SECTIONS = {PROVINCE_DIR: "Tỉnh/thành", YEAR_DIR: "Năm", PERSON_DIR: "Nhân vật", EVENT_DIR: "Loại sự kiện",
            FIGURE_DIR: "Số liệu", "bao-phu": "Bao phủ", "lanh-dao": "Lãnh đạo", "du-lieu": "Dữ liệu"}


def section_of(here: str) -> str | None:
    """The folder of the tab a page belongs to (``tinh``); an article's is its province's."""
    folder = here.split("/", 1)[0]
    return PROVINCE_DIR if folder == ARTICLE_DIR else (folder if folder in SECTIONS else None)


def crumbs(here: str, title: str, parent: tuple[str, str] | None = None) -> list[str]:
    """Where a page is: Trang chủ › section › (parent) › the page, as a navigation landmark."""
    section = section_of(here)
    if section is None:
        return []
    steps = [_a(here, HOME_PAGE, "Trang chủ")]
    index = f"{section}/index.md"
    if here != index:
        steps.append(_a(here, index, SECTIONS[section]))
    if parent:
        steps.append(_a(here, parent[0], parent[1]))
    items = "".join(f"<li>{step}</li>" for step in steps) + f'<li aria-current="page">{_text(title)}</li>'
    return _raw(f'<nav class="bv-crumbs" aria-label="Vị trí trang"><ol>{items}</ol></nav>')


def page_values(title: str, here: str | None) -> dict:
    """The front matter of an index page: its title (escaped, see PRINTED_RAW) and the tab it belongs to."""
    values = {"title": html.escape(title, quote=True)}
    section = section_of(here) if here else None
    if section:
        values["bv_section"] = f"{section}/"
    return values


def _page(title: str, lines: list[str], here: str | None = None, parent: tuple[str, str] | None = None) -> str:
    values = page_values(title, here)
    top = crumbs(here, title, parent) if here else []
    return "\n".join([f"---\n{_fast_yaml(values) or _yaml(values)}---\n", *top, f"# {md_escape(title)}", "", *lines, ""])
