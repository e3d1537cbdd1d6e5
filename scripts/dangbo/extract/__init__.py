"""Combine the per-field extractors into one frozen ``Article``, with the evidence for each answer."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from ..evidence import locate
from ..model import Article, Evidence
from ..normalize import fold, normalize_name
from ..read import Header
from .resolve import resolve
from ._text import analyse, is_excerpt
from .dates import extract_published, find_date
from .figures import find_figures
from .leadership import find_committee_size, find_delegates, find_elected_secretary
from .event import find_event, find_ordinal, find_period, find_term
from .province import finding_of, find_province
from .source import extract_source_url, find_source
from .speakers import find_speaker, find_speakers
from .title import extract_title


def extract_article(source_file: str, body: str, header: Header, *, latest: dt.date | None = None) -> Article:
    """Every METADATA.md field of one article, the words that decided each, and what a curator should check."""
    text = analyse(body, header)
    event = find_event(text)
    published = extract_published(body, header)
    term = find_term(text, event.value, int(published[:4]) if published else None)
    date = find_date(text, latest=latest, event=event.value)
    place = find_province(text)
    speaker = find_speaker(text)
    source = find_source(text)
    reference = published or date.value
    period = find_period(text, event.value, term.value, int(reference[:4]) if reference else None,
                         int(date.value[5:7]) if date.value and len(date.value) >= 7 else None)
    secretary = find_elected_secretary(text, event.value)
    committee, delegates = find_committee_size(text, event.value), find_delegates(text, event.value)
    findings = {"date": date, "province": finding_of(place), "speaker": speaker, "event": event,
                "term": term, "period": period, "source": source,
                "elected_secretary": secretary, "committee_size": committee, "delegates": delegates}
    evidence = tuple(Evidence(name, locate(found.quote, header.raw), found.rule, found.weak)
                     for name, found in findings.items() if found.rule or found.weak)
    partial = bool(period.value) and not period.value[:4].isdigit()  # "H1", "Y": the year comes from the date
    headline = extract_title(body, header)
    article = Article(
        title=headline or "", date=date.value, published=published,
        province=place.value, province_now=None,
        speaker=normalize_name(speaker.value) if speaker.value else None, speakers=find_speakers(text),
        event=event.value, term=term.value, period=None if partial else period.value,
        source_url=extract_source_url(body, header), source=source.value, source_file=source_file,
        body=body, text_key=hashlib.sha1(fold(body).encode("utf-8")).hexdigest(), evidence=evidence,
        excerpt=is_excerpt(body), place=place.value, title_composed=not headline, ordinal=find_ordinal(text),
        period_hint=period.value if partial else None,
        elected_secretary=normalize_name(secretary.value) if secretary.value else None,
        committee_size=committee.value, delegates=delegates.value,
    )
    article = resolve(article)
    # the year a year-less "6 tháng đầu năm" belongs to: the period reviewed, unless it is a whole term
    reviewed = article.period if article.period and not article.period[5:].isdigit() else None
    reference = reviewed or article.date or article.published
    figures = find_figures(text, year=int(reference[:4]) if reference else None, event=article.event,
                           period=article.period, term=article.term, quoted=lambda q: locate(q, header.raw) or q)
    return replace(article, figures=figures)
