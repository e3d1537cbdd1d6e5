"""Combine the per-field extractors into one frozen ``Article``."""
from __future__ import annotations

import datetime as dt
import hashlib

from ..model import Article
from ..normalize import fold, normalize_name
from ..read import Header
from .dates import extract_published, find_date
from .event import extract_event, extract_ordinal, extract_term
from .province import find_province, name_at, province_now
from .source import extract_source, extract_source_url
from .speakers import extract_speaker, extract_speakers
from .title import compose_title, extract_title


def extract_article(source_file: str, body: str, header: Header, *, latest: dt.date | None = None) -> Article:
    """Every METADATA.md field of one article, and what a curator should check."""
    date = find_date(body, header, latest=latest)
    place = find_province(body, header)
    province = name_at(place.value, date.value)
    event = extract_event(body, header)
    term = extract_term(body, header)
    speakers = extract_speakers(body, header)
    speaker = extract_speaker(body, header)
    headline = extract_title(body, header)
    title = headline or compose_title(event, province, date.value, term, extract_ordinal(body, header))
    review = _review(date, place, speaker)
    return Article(
        title=title, date=date.value, published=extract_published(body, header),
        province=province, province_now=province_now(province),
        speaker=normalize_name(speaker) if speaker else None, speakers=speakers,
        event=event, term=term, source_url=extract_source_url(body, header),
        source=extract_source(body, header), source_file=source_file,
        body=body, review=review, text_key=hashlib.sha1(fold(body).encode("utf-8")).hexdigest(),
    )


def _review(date, place, speaker) -> tuple[tuple[str, str], ...]:
    notes = []
    if date.value is None:
        notes.append(("date", date.basis if date.basis else "no date found"))
    elif date.basis in ("term", "year review", "named year"):
        notes.append(("date", f"year inferred from the {date.basis}"))
    if place.value is None:
        notes.append(("province", "no province named"))
    elif place.runner_up and place.runner_up_score >= place.score * 0.8:
        notes.append(("province", f"close call with {place.runner_up}"))
    elif not place.police_named:
        notes.append(("province", "the province's police are never named"))
    if speaker is None:
        notes.append(("speaker", "no named person reported speaking"))
    return tuple(notes)
