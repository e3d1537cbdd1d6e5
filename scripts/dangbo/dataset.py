"""The published data: articles.json, articles.csv, review.json and the Atom feed."""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape

from .indexes import Corpus
from .model import EVIDENCE_FIELDS, METADATA_FIELDS, Article
from .extract.resolve import published_evidence

FEED_SIZE = 50
DATA_FILES = ("articles.json", "articles.csv", "review.json")


def article_record(article: Article) -> dict:
    """One dataset object: the METADATA.md fields in contract order, then ``url``."""
    record = article.metadata()
    record["url"] = article.url
    return record


def evidence_record(article: Article) -> dict:
    """``{field: {quote, rule}}`` for the fields with a value, in EVIDENCE_FIELDS order."""
    found = {e.field: e.as_dict() for e in published_evidence(article)}
    return {field: found[field] for field in EVIDENCE_FIELDS if field in found}


def build_json(articles) -> str:
    """``{"articles": [...]}``, fixed field order, readable UTF-8, no timestamps."""
    payload = {"articles": [article_record(a) | {"evidence": evidence_record(a), "excerpt": a.excerpt} for a in articles]}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def build_csv(articles) -> bytes:
    """UTF-8 with BOM; empty cell for null; speakers' names joined by ``; ``."""
    stream = io.StringIO()
    columns = list(METADATA_FIELDS) + ["speaker_roles", "url"]
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    for article in articles:
        record = article_record(article)
        record["speaker_roles"] = "; ".join(s.role for s in article.speakers)
        record["speakers"] = "; ".join(s.name for s in article.speakers)
        writer.writerow(["" if record[c] is None else _cell(record[c]) for c in columns])
    return "\ufeff".encode("utf-8") + stream.getvalue().encode("utf-8")


def _cell(value) -> str:
    text = str(value)
    # A cell starting with = + - @ is a formula to a spreadsheet: article text must not run.
    return "'" + text if text[:1] in ("=", "+", "@") else text


def build_review(articles) -> list[dict]:
    """Every uncertain or missing field, with the article's title, page and file; the reason in Vietnamese."""
    return [{"title": a.title, "url": a.url, "field": field, "reason": reason, "source_file": a.source_file}
            for a in sorted(articles, key=lambda a: a.source_file) for field, reason in a.review]


def build_review_json(review: list[dict], warnings: list[str]) -> str:
    """review.json: the fields to check, and the input files the build could not use."""
    return json.dumps({"review": review, "rejected_files": warnings}, ensure_ascii=False, indent=1) + "\n"


def build_feed(corpus: Corpus, site_url: str, updated: str) -> str:
    """An Atom feed of the newest articles; absolute links when ``site_url`` is known."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    entries = []
    for article in corpus.articles[:FEED_SIZE]:
        link = escape(base + article.url, {'"': "&quot;"})
        date = _atom_date(article.published or article.date) or updated
        summary = " · ".join(x for x in (article.province, article.speaker, article.date) if x)
        entries.append(
            f"<entry><title>{escape(article.title)}</title><link href=\"{link}\"/>"
            f"<id>{escape(base or 'urn:bai-viet:')}{escape(article.url)}</id><updated>{date}</updated>"
            f"<summary>{escape(summary)}</summary></entry>"
        )
    self_link = escape(base + "feed.xml", {'"': "&quot;"})
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
        f"<title>Công an các tỉnh: đại hội và hội nghị</title><link rel=\"self\" href=\"{self_link}\"/>"
        f"<id>{escape(base or 'urn:cong-an-dai-hoi')}</id><updated>{updated}</updated>"
        + "".join(entries) + "</feed>\n"
    )


def _atom_date(value: str | None) -> str | None:
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
