"""The published data: articles.json, articles.csv, review.json, the citation files and the Atom feed."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from xml.sax.saxutils import escape

from .cite import SITE_NAME, bibtex_file, csl, lead, reference, ris_file
from .indexes import Corpus
from .model import EVIDENCE_FIELDS, METADATA_FIELDS, Article
from .paths import DATA_DIR
from .extract.resolve import published_evidence

FEED_SIZE = 50
DATA_FILES = ("articles.json", "articles.csv", "review.json", "articles.bib", "articles.ris", "articles.csl.json",
              "figures.json", "figures.csv")
# figures.json / figures.csv (issue 11): one object per figure, these fields in this order.
FIGURE_FIELDS = ("source_file", "url", "anchor", "value", "value_text", "qualifier", "value_max", "denominator", "unit",
                 "value_vnd", "indicator", "indicator_key", "direction", "compared_to", "period", "period_text", "kind",
                 "quote", "province", "province_now", "date", "event")


def build_citations(articles, site_url: str, accessed: dt.date) -> dict[str, str]:
    """data/articles.bib, .ris and .csl.json: one entry per article, in the dataset's order."""
    refs = [reference(a, site_url, accessed) for a in articles]
    return {f"{DATA_DIR}/articles.bib": bibtex_file(refs), f"{DATA_DIR}/articles.ris": ris_file(refs),
            f"{DATA_DIR}/articles.csl.json": json_lines(None, [csl(ref) for ref in refs])}  # a bare array of CSL items


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
    """``{"articles": [...]}``, fixed field order, readable UTF-8, no timestamps, one article a line."""
    return json_lines("articles", [article_record(a) | {"evidence": evidence_record(a), "excerpt": a.excerpt} for a in articles])


_RECORD = json.JSONEncoder(ensure_ascii=False)  # one encoder for every record's line


def json_lines(key: str | None, records: list) -> str:
    """``{"<key>": [...]}`` (a bare array when ``key`` is None), one record a line: readable, diffable,
    and written by the C encoder (an indented dump goes through the pure-Python one: 6 s at 10,000 articles)."""
    lines = ",\n".join(map(_RECORD.encode, records))
    array = "[\n" + lines + ("\n" if records else "") + "]"
    return (array if key is None else f'{{"{key}": {array}}}') + "\n"


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




def _number(value: float | None):
    """1346.0 → 1346, 12.37 → 12.37: integral values as integers in JSON and CSV."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def figure_records(articles) -> list[dict]:
    """Every figure of every article, in the dataset's order of articles and the text's order of figures."""
    records = []
    for article in articles:
        for figure in article.figures:
            records.append({
                "source_file": article.source_file, "url": article.url, "anchor": figure.anchor,
                "value": _number(figure.value), "value_text": figure.value_text, "qualifier": figure.qualifier,
                "value_max": _number(figure.value_max), "denominator": _number(figure.denominator), "unit": figure.unit,
                "value_vnd": _number(figure.value_vnd), "indicator": figure.indicator, "indicator_key": figure.indicator_key,
                "direction": figure.direction, "compared_to": figure.compared_to, "period": figure.period,
                "period_text": figure.period_text, "kind": figure.kind, "quote": figure.quote,
                "province": article.province, "province_now": article.province_now, "date": article.date,
                "event": article.event,
            })
    return records


def build_figures_json(records: list[dict]) -> str:
    """``{"figures": [...]}`` in FIGURE_FIELDS order, one figure a line (readable, diffable, and written by
    the C encoder: an indented dump of 30,000 figures went through the pure-Python one)."""
    return json_lines("figures", records)


def build_figures_csv(records: list[dict]) -> bytes:
    """The same columns as figures.json, UTF-8 with BOM, empty cell for null (a record's keys are FIGURE_FIELDS)."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(FIGURE_FIELDS)
    writer.writerows([["" if value is None else _cell(value) if isinstance(value, str) else value for value in record.values()]
                      for record in records])
    return "\ufeff".encode("utf-8") + stream.getvalue().encode("utf-8")


def build_review(articles) -> list[dict]:
    """Every uncertain or missing field, with the article's title, page and file; the reason in Vietnamese."""
    return [{"title": a.title, "url": a.url, "field": field, "reason": reason, "source_file": a.source_file}
            for a in sorted(articles, key=lambda a: a.source_file) for field, reason in a.review]


def build_review_json(review: list[dict], warnings: list[str]) -> str:
    """review.json: the fields to check, and the input files the build could not use."""
    return json.dumps({"review": review, "rejected_files": warnings}, ensure_ascii=False, indent=1) + "\n"


def build_feed(corpus: Corpus, site_url: str, updated: str) -> str:
    """An Atom feed (RFC 4287) of the newest dated articles; absolute links when ``site_url`` is known.

    An entry's date is the article's publication date, else its event date, never the build's: an
    article with neither is left out. The feed's own date is its newest entry's (``updated``, the
    build's, only when there is none). Each entry names the paper as its author and sums up the lead.
    """
    base = site_url.rstrip("/") + "/" if site_url else ""
    attr = {'"': "&quot;"}
    entries, newest = [], None
    for article in [a for a in corpus.articles if a.published or a.date][:FEED_SIZE]:
        link = escape(base + article.url, attr)
        date = _atom_date(article.published or article.date)
        newest = max(newest or date, date)
        published = f"<published>{_atom_date(article.published)}</published>" if article.published else ""
        summary = lead(article) or " · ".join(x for x in (article.province, article.speaker) if x) or article.title
        entries.append(
            f"<entry><title>{escape(article.title)}</title><link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>"
            f"<id>{escape(base or 'urn:bai-viet:')}{escape(article.url)}</id><updated>{date}</updated>{published}"
            f"<author><name>{escape(article.source or SITE_NAME)}</name></author>"
            f"<category term=\"{article.event}\"/><summary type=\"text\">{escape(summary)}</summary></entry>"
        )
    self_link = escape(base + "feed.xml", attr)
    alternate = f'<link rel="alternate" type="text/html" href="{escape(base, attr)}"/>' if base else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
        f"<title>{escape(SITE_NAME)}</title><subtitle>Bài mới về đại hội, hội nghị của Công an các tỉnh</subtitle>"
        f"<link rel=\"self\" type=\"application/atom+xml\" href=\"{self_link}\"/>{alternate}"
        f"<id>{escape(base or 'urn:cong-an-dai-hoi')}</id><updated>{newest or updated}</updated>"
        f"<author><name>{escape(SITE_NAME)}</name></author>"
        + "".join(entries) + "</feed>\n"
    )


def _atom_date(value: str | None) -> str | None:
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00+07:00"  # a day in Việt Nam
