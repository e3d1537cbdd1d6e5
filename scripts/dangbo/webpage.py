"""A news page saved from a browser (``.html``, ``.htm``, or a ``.txt`` that is an HTML page).

The article's text comes from trafilatura, which leaves out menus, related links, comments,
footers, scripts and styles. The page's own metadata counts as part of the article's text
(METADATA.md) and wins over guesses from the body:

- the headline: ``og:title``, else the article's ``<h1>`` (never ``<title>``, which carries
  the paper's name), else the JSON-LD ``headline``; a trailing " - <paper>" is cut;
- the publication date: ``article:published_time``, else JSON-LD ``datePublished`` (else a
  microdata ``datePublished``), as the day in Việt Nam (UTC+7) when the time has a zone;
- the address: the canonical link, else ``og:url``;
- the paper: ``og:site_name``, else the JSON-LD publisher's name.

What the site quotes as evidence is this text: the metadata used, one line each as
``name: value``, then the article's text as trafilatura gives it (``Header.raw``).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from .errors import ArticleError
from .urls import is_web_address

PAGE_SUFFIXES = (".html", ".htm")
# An HTML page saved as .txt: "<!DOCTYPE html>", "<html lang=vi>", "<body>".
HTML_PAGE = re.compile(r"<\s*(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
VIETNAM = dt.timezone(dt.timedelta(hours=7))
DMY_TIME = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})")  # "14/08/2025 15:20", as some papers write it
ISO_TIME = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
ARTICLE_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage")
VALUE_MAX = 300
TRAILING_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}")
# A link to another article inside the text, label and title on one line: "Xem thêm: Huế ra quân …".
# Dropped as a line, so that it does not read as the start of the page's trailing boilerplate.
INLINE_LINK = re.compile(r"^(?:>>\s*)?(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|mời xem|video)\s*[:>»-]+\s*\S.{0,200}$",
                         re.IGNORECASE)


@dataclass(frozen=True)
class PageMeta:
    """The page's own metadata, and the lines of it that the site may quote."""

    headline: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_text: str | None = None  # as the page writes it
    source_url: str | None = None
    source: str | None = None
    lines: tuple[str, ...] = ()


def is_page(name: str, text: str) -> bool:
    """True for a saved web page: by its name, or a text file whose start is HTML."""
    return name.lower().endswith(PAGE_SUFFIXES) or bool(HTML_PAGE.search(text[:4000]))


def read_page(name: str, document: str) -> tuple[PageMeta, str]:
    """The page's metadata and its article text (paragraphs on lines); ``ArticleError`` when it has none."""
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(document)
    except (ValueError, lxml.etree.ParserError) as error:
        raise ArticleError(name, f"is an HTML page that cannot be parsed ({error})") from None
    meta = page_meta(tree)
    # trafilatura's balanced mode: favor_precision drops a lead kept in a <div class="sapo">
    # outside the text's container, and the lead is where papers write the event's day.
    text = trafilatura.extract(document, include_comments=False, include_tables=True, include_images=False,
                               include_links=False, deduplicate=True, output_format="txt")
    if not text or not text.strip():
        raise ArticleError(name, "is an HTML page with no article text (only menus, links or scripts)")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not INLINE_LINK.match(line.strip())]
    if lines and meta.headline and _same(lines[0], meta.headline):
        lines = lines[1:]  # the headline repeated as the text's first line
    return meta, "\n\n".join(lines)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:VALUE_MAX] if value else None


def page_meta(tree) -> PageMeta:
    """Headline, publication date, address and paper from the page's head and JSON-LD."""
    def meta(*keys: str) -> tuple[str, str] | None:
        for key in keys:
            for attribute in ("property", "name", "itemprop"):
                for element in tree.xpath(f"//meta[@{attribute}=$key]", key=key):
                    value = _clean(element.get("content"))
                    if value:
                        return key, value
        return None

    data = list(_json_ld(tree))
    lines: list[str] = []
    site = meta("og:site_name") or _first(data, "publisher")
    source = site[1] if site else None
    found = meta("og:title") or _h1(tree) or _first(data, "headline")
    headline = _without_site(found[1], source) if found else None
    published = meta("article:published_time") or _first(data, "datePublished") or meta("datePublished")
    day = _day(published[1]) if published else None
    address = _canonical(tree) or meta("og:url")
    url = address[1] if address and is_web_address(address[1]) else None
    for item, used in ((found, headline), (published, day), (address, url), (site, source)):
        if item and used:
            lines.append(f"{item[0]}: {item[1]}")
    return PageMeta(headline=headline, published=day, published_text=published[1] if day else None,
                    source_url=url, source=source, lines=tuple(lines))


def _h1(tree) -> tuple[str, str] | None:
    for path in ("//article//h1", "//main//h1", "//h1"):
        for element in tree.xpath(path):
            value = _clean(element.text_content())
            if value:
                return "h1", value
    return None


def _canonical(tree) -> tuple[str, str] | None:
    for element in tree.xpath("//link[@href]"):
        if "canonical" in (element.get("rel") or "").lower().split():
            value = _clean(element.get("href"))
            if value:
                return "canonical", value
    return None


def _json_ld(tree):
    """Every object of the page's JSON-LD, the article's first (``@graph`` and lists flattened)."""
    objects = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack[:0] = item["@graph"]
    kinds = [o.get("@type") if isinstance(o.get("@type"), list) else [o.get("@type")] for o in objects]
    rank = [min((ARTICLE_TYPES.index(k) for k in ks if k in ARTICLE_TYPES), default=len(ARTICLE_TYPES)) for ks in kinds]
    return [o for _, o in sorted(zip(rank, objects), key=lambda pair: pair[0])]


def _first(objects, key: str) -> tuple[str, str] | None:
    for item in objects:
        value = item.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("name")
        value = _clean(value)
        if value:
            return f"JSON-LD {key}", value
    return None


def _without_site(headline: str, site: str | None) -> str:
    """"Tiêu đề - Báo Sóc Trăng" → "Tiêu đề": trailing parts that name the paper ("Báo Gia Lai" of
    "Báo Gia Lai điện tử", "DW" of "DW.COM") or give a date ("| 19.01.2020") are cut."""
    while True:
        for separator in (" - ", " | ", " – ", " — "):
            head, found, tail = headline.rpartition(separator)
            if found and head.strip() and (_names_site(tail, site) or TRAILING_DATE.fullmatch(tail.strip())):
                headline = head.strip()
                break
        else:
            return headline


def _names_site(part: str, site: str | None) -> bool:
    if not site:
        return False
    part, site = " ".join(part.split()).casefold(), " ".join(site.split()).casefold()
    return bool(part) and (part == site or site.startswith(part + ".")
                           or (site.startswith(part + " ") and len(part.split()) >= 2))


def _day(value: str) -> str | None:
    """The day of an ISO timestamp, in Việt Nam when it has a zone; None when it is not a real date."""
    match = ISO_TIME.match(value)
    if not match:
        dmy = DMY_TIME.match(value)
        if not dmy:
            return None
        day, month, year = dmy.groups()
        hour = minute = second = zone = None
    else:
        year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
        if zone and hour:
            offset = dt.timezone.utc if zone == "Z" else dt.timezone(
                (1 if zone[0] == "+" else -1) * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])))
            moment = moment.replace(tzinfo=offset).astimezone(VIETNAM)
    except ValueError:
        return None
    return moment.date().isoformat() if 1990 <= moment.year <= 2100 else None
