"""The metadata an article page embeds in its head, for Zotero, Google Scholar, link previews and search engines.

Highwire Press ``citation_*`` tags, Dublin Core, Open Graph and a schema.org ``NewsArticle`` about
an ``Event``, all from the one ``Reference`` that the citation uses. Every value is escaped here;
the JSON-LD cannot close its script element (``<``, ``>`` and ``&`` are written as ``\\u`` escapes).
The tags travel in the page's front matter (``bv_head``), which overrides/main.html prints in the
head: the same with MkDocs and Zensical, no hook needed.
"""
from __future__ import annotations

import html
import json

from ..cite import SITE_NAME, Reference
from ..model import Article


def _highwire_date(value: str) -> str:
    return value.replace("-", "/")


def _meta(attribute: str, name: str, value: str | None) -> str:
    if not value:
        return ""
    return f'<meta {attribute}="{name}" content="{html.escape(value, quote=True)}">'


def json_ld(article: Article, ref: Reference, description: str, absolute: bool) -> dict:
    """The schema.org NewsArticle of the page: the headline is the page's title."""
    event = {"@type": "Event", "name": ref.event or article.title}
    if article.date:
        event["startDate"] = article.date
    if article.province:
        event["location"] = {"@type": "Place", "name": article.province,
                             "address": {"@type": "PostalAddress", "addressRegion": article.province,
                                         "addressCountry": "VN"}}
    if article.speaker:
        event["contributor"] = {"@type": "Person", "name": article.speaker}
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title, "inLanguage": "vi"}
    if article.published:
        data["datePublished"] = article.published
    if article.source:
        data["publisher"] = {"@type": "Organization", "name": article.source}
    if ref.source_url:
        data["isBasedOn"] = ref.source_url
    if absolute:
        data["url"] = ref.page_url
        data["mainEntityOfPage"] = ref.page_url
    if description:
        data["description"] = description
    data["about"] = event
    return data


def head_block(article: Article, ref: Reference, description: str) -> str:
    """The head's tags, one per line (the front matter's ``bv_head``)."""
    absolute = ref.page_url.startswith(("http://", "https://"))
    name, prop = "name", "property"
    tags = [
        _meta(name, "citation_title", ref.title),
        _meta(name, "citation_publication_date", _highwire_date(ref.issued) if ref.issued else None),
        _meta(name, "citation_journal_title", ref.paper),
        _meta(name, "citation_publisher", ref.paper),
        _meta(name, "citation_public_url", ref.page_url if absolute else None),
        _meta(name, "citation_language", "vi"),
        _meta(name, "DC.title", ref.title),
        _meta(name, "DC.date", ref.issued),
        _meta(name, "DC.source", ref.source_url or ref.paper),
        _meta(name, "DC.publisher", ref.paper),
        _meta(name, "DC.language", "vi"),
        _meta(name, "DC.type", "Text"),
        _meta(prop, "og:title", article.title),
        _meta(prop, "og:type", "article"),
        _meta(prop, "og:url", ref.page_url if absolute else None),
        _meta(prop, "og:description", description),
        _meta(prop, "og:site_name", SITE_NAME),
        _meta(prop, "og:locale", "vi_VN"),
        _meta(prop, "article:published_time", article.published),
        _meta(prop, "article:tag", article.province),
    ]
    payload = json.dumps(json_ld(article, ref, description, absolute), ensure_ascii=False, sort_keys=False)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    tags.append(f'<script type="application/ld+json">{payload}</script>')
    return "\n".join(t for t in tags if t)
