"""How an article is cited: the citation line, BibTeX, RIS and CSL-JSON, and the lead that describes it.

One ``Reference`` per article holds what every format says, so the citation on the page, the
per-article downloads and the corpus files (data/articles.bib, .ris, .csl.json) never disagree.
A title the site composed (the text has no headline) is cited in square brackets, the
convention for a title supplied by the cataloguer, never as if it were the paper's headline.
Values stay plain UTF-8: no LaTeX escapes for Vietnamese.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .extract._text import clip, is_note, paragraphs
from .extract.title import format_date_vi
from .model import Article
from .urls import is_web_address

SITE_NAME = "Công an các tỉnh — Đại hội và hội nghị"
EVENT_NAMES = {"dai-hoi": "Đại hội Đảng bộ Công an", "so-ket": "Hội nghị sơ kết của Công an",
               "tong-ket": "Hội nghị tổng kết của Công an"}
LEAD_MAX = 220


@dataclass(frozen=True)
class Reference:
    """What a citation of one article says, in every format."""

    key: str  # BibTeX key and CSL id: the page's slug, unique and kept across builds (articles/urls.tsv)
    title: str  # as cited: in [square brackets] when the site composed it
    paper: str | None
    issued: str | None  # the paper's publication date, else the event's date (YYYY[-MM[-DD]])
    source_url: str | None
    page_url: str  # this page: absolute when the site's address is known, else relative to the site root
    accessed: str  # YYYY-MM-DD: the build date
    province: str | None
    event: str | None  # the event as a name ("Đại hội Đảng bộ Công an Cần Thơ"), None for "khac"
    composed: bool


def reference(article: Article, site_url: str, accessed: dt.date) -> Reference:
    """The reference of ``article`` as published at ``site_url`` (may be empty), accessed on ``accessed``."""
    title = f"[{article.title}]" if article.title_composed else article.title
    base = site_url.rstrip("/") + "/" if site_url else ""
    event = EVENT_NAMES.get(article.event)
    return Reference(
        key=article.slug, title=title, paper=article.source, issued=article.published or article.date,
        source_url=article.source_url if is_web_address(article.source_url) else None,
        page_url=base + article.url, accessed=accessed.isoformat(), province=article.province,
        event=f"{event} {article.province}" if event and article.province else event, composed=article.title_composed,
    )


def lead(article: Article, limit: int = LEAD_MAX) -> str:
    """The article's first paragraph of text (not a caption or note), cut at a word: its description."""
    for paragraph in paragraphs(article.body):
        if not is_note(paragraph) and len(paragraph) > 40:
            text = clip(paragraph, limit=limit)
            return text if text == paragraph else text + "…"
    return ""


def citation_parts(ref: Reference) -> tuple[str, str, str]:
    """The citation in Vietnamese as (before, this page's address, after): paper (date). Title.
    Original address. This page, accessed on. The page writer marks the address in the middle."""
    issued = f"({format_date_vi(ref.issued)})" if ref.issued else "(không rõ ngày)"
    parts = [f"{ref.paper or 'Không rõ nguồn'} {issued}.", _sentence(ref.title)]
    if ref.source_url:
        parts.append(f"Bài gốc: {ref.source_url}.")
    return " ".join(parts) + " Bản lưu: ", ref.page_url, f", truy cập ngày {format_date_vi(ref.accessed)}."


def citation_text(ref: Reference) -> str:
    """The citation in Vietnamese, as one line."""
    return "".join(citation_parts(ref))


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!", "…")) else text + "."


def _date_parts(value: str | None) -> list[int]:
    return [int(part) for part in value.split("-")] if value else []


def _note(ref: Reference) -> str:
    note = f"Bản lưu: {ref.page_url}"
    return note + "; tiêu đề do trang biên soạn, bài không có tiêu đề" if ref.composed else note


# ---- BibTeX (biblatex's @article with entrysubtype newspaper; plain BibTeX reads it as @article)

def _bib_value(text: str) -> str:
    """A brace-delimited value: braces and backslashes of the text cannot open or close groups."""
    return " ".join(text.replace("\\", "/").replace("{", "(").replace("}", ")").split())


def bibtex(ref: Reference) -> str:
    """One BibTeX entry."""
    fields = [("title", ref.title), ("journaltitle", ref.paper), ("journal", ref.paper),
              ("entrysubtype", "newspaper")]
    parts = _date_parts(ref.issued)
    if parts:
        fields.append(("date", ref.issued))
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", str(parts[1])))
    fields += [("url", ref.source_url or ref.page_url), ("urldate", ref.accessed), ("language", "vietnamese"),
               ("keywords", ", ".join(x for x in (ref.province, ref.event) if x) or None), ("note", _note(ref))]
    body = ",\n".join(f"  {name} = {{{_bib_value(value)}}}" for name, value in fields if value)
    return f"@article{{{ref.key},\n{body}\n}}\n"


# ---- RIS (type NEWS: T2 is the newspaper)

def ris(ref: Reference) -> str:
    """One RIS record, ending with ``ER  -``."""
    def line(tag: str, value: str | None) -> str:
        return f"{tag}  - {' '.join(value.split())}\n" if value else ""

    parts = _date_parts(ref.issued)
    date = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)) + "/" if parts else None
    return "".join([
        line("TY", "NEWS"), line("ID", ref.key), line("TI", ref.title), line("T2", ref.paper),
        line("PY", str(parts[0]) if parts else None), line("DA", date), line("UR", ref.source_url or ref.page_url),
        line("Y2", ref.accessed.replace("-", "/")), line("LA", "vi"), line("KW", ref.province), line("KW", ref.event),
        line("N1", _note(ref)), line("DB", SITE_NAME), "ER  - \n",
    ])


# ---- CSL-JSON (as Zotero, Pandoc and citeproc read it)

def csl(ref: Reference) -> dict:
    """One CSL item of type article-newspaper."""
    item = {"id": ref.key, "type": "article-newspaper", "title": ref.title}
    if ref.paper:
        item["container-title"] = ref.paper
    if ref.issued:
        item["issued"] = {"date-parts": [_date_parts(ref.issued)]}
    item["URL"] = ref.source_url or ref.page_url
    item["accessed"] = {"date-parts": [_date_parts(ref.accessed)]}
    item["language"] = "vi"
    keywords = [x for x in (ref.province, ref.event) if x]
    if keywords:
        item["keyword"] = ", ".join(keywords)
    item["archive"] = SITE_NAME
    item["archive_location"] = ref.page_url
    item["note"] = _note(ref)
    return item


def bibtex_file(refs) -> str:
    """data/articles.bib: one entry per article."""
    return "\n".join(bibtex(ref) for ref in refs)


def ris_file(refs) -> str:
    """data/articles.ris: one record per article."""
    return "\n".join(ris(ref) for ref in refs)

