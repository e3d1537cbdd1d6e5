"""Groupings of the corpus for index pages: by province, year, person and event."""
from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from slugify import slugify

from .model import Article
from .normalize import fold
from .vocab import ALL_PROVINCES, MERGERS_2025, PROVINCE_NOW

UNKNOWN_PROVINCE = "Chưa xác định"
UNKNOWN_YEAR = "chua-ro"


@dataclass(frozen=True)
class Role:
    """A role a person was seen in: as written, when and where."""

    role: str
    date: str | None
    province: str | None
    slug: str


@dataclass(frozen=True)
class Corpus:
    """All articles, newest first, and the groupings the index pages show."""

    articles: tuple[Article, ...]
    by_province: dict
    by_year: dict
    by_person: dict
    by_event: dict
    person_names: dict
    roles: dict
    # year → the reviews of that year held in another one ("tổng kết công tác năm 2023" on 2/1/2024)
    reviews_of_year: dict = field(default_factory=dict)
    # indicator key → [(article, figure)], by province, newest period first (issue 11)
    by_indicator: dict = field(default_factory=dict)


def newest_first_key(article: Article):
    """Date descending (undated last), then file name: a total, stable order."""
    date = article.date or ""
    return ("0" if date else "1", _invert(date), article.source_file)


def _invert(date: str) -> str:
    return "".join(chr(0x10FFFF - ord(ch)) for ch in date)


def build_corpus(articles: list[Article]) -> Corpus:
    """Group the articles; every list inside is newest first."""
    ordered = tuple(sorted(articles, key=newest_first_key))
    by_province, by_year, by_person, by_event = (defaultdict(list) for _ in range(4))
    names, roles, reviews_of_year = {}, defaultdict(list), defaultdict(list)
    for article in ordered:
        if (reviewed := _reviewed_year(article)) and reviewed != (article.date or "")[:4]:
            reviews_of_year[reviewed].append(article)
        seen = set()
        by_province[article.province or UNKNOWN_PROVINCE].append(article)
        by_year[article.date[:4] if article.date else UNKNOWN_YEAR].append(article)
        by_event[article.event].append(article)
        for speaker in article.speakers:
            key = person_slug(speaker.name)
            names.setdefault(key, speaker.name)
            if key not in seen:
                seen.add(key)
                by_person[key].append(article)
            if speaker.role:
                roles[key].append(Role(speaker.role, article.date, article.province, article.slug))
    return Corpus(ordered, dict(by_province), dict(by_year), dict(by_person), dict(by_event), names, dict(roles),
                  dict(reviews_of_year), _by_indicator(ordered))


def period_position(period: str | None) -> float:
    """Where a period ends on a time line, in years: 2022 → 2023.0, 2023-H1 → 2023.5, 2015-2020 → 2021.0."""
    if not period:
        return 0.0
    year, _, part = period.partition("-")
    if part.isdigit():
        return int(part) + 1.0
    return int(year) + {"H1": .5, "H2": 1.0, "9M": .75, "Q1": .25, "Q2": .5, "Q3": .75, "Q4": 1.0}.get(part, 1.0)


def period_grain(period: str | None) -> str:
    """What a period is: "nam", "nhiem-ky", "6-thang", "9-thang", "quy" (figures of one grain compare)."""
    part = (period or "").partition("-")[2]
    if not part:
        return "nam"
    if part.isdigit():
        return "nhiem-ky"
    return {"H1": "6-thang", "H2": "6-thang", "9M": "9-thang"}.get(part, "quy")


def _by_indicator(articles) -> dict:
    grouped = defaultdict(list)
    for article in articles:
        for figure in article.figures:
            if figure.indicator_key:
                grouped[figure.indicator_key].append((article, figure))
    order = {p: fold(p) for p in {a.province for a in articles if a.province}}  # once per province, not per figure
    for items in grouped.values():  # articles arrive newest first; the sort is stable
        items.sort(key=lambda item: (order.get(item[0].province, "~"), -period_position(item[1].period)))
    return dict(sorted(grouped.items()))


def _reviewed_year(article: Article) -> str | None:
    """The year a review covers (``2023``, ``2023-H1`` → 2023); None for a term or no period."""
    period = article.period or ""
    if article.event in ("so-ket", "tong-ket") and len(period) >= 4 and not period[5:].isdigit():
        return period[:4]
    return None


@functools.lru_cache(maxsize=None)
def person_slug(name: str) -> str:
    """``Huỳnh Việt Hòa`` → ``huynh-viet-hoa``."""
    return slugify(name) or "nguoi"


@functools.lru_cache(maxsize=None)
def province_slug(province: str) -> str:
    """``Bà Rịa - Vũng Tàu`` → ``ba-ria-vung-tau``."""
    return slugify(province)


def provinces_for_pages() -> tuple[str, ...]:
    """Every province that gets a page, current and former, plus "Chưa xác định"."""
    return tuple(sorted(ALL_PROVINCES)) + (UNKNOWN_PROVINCE,)


def former_of(province: str) -> tuple[str, ...]:
    """The former provinces merged into ``province`` in 2025, itself excluded."""
    return tuple(p for p in MERGERS_2025.get(province, ()) if p != province)


def members_of(province: str) -> tuple[str, ...]:
    """The provinces whose articles a province's page lists: itself, then those merged into it in 2025
    (Huế: itself, then Thừa Thiên Huế); a former province only itself."""
    return (province,) + tuple(p for p in MERGERS_2025.get(province, ()) if p != province)


def count_now(corpus: Corpus, province: str) -> int:
    """How many articles a province's page lists (its own and those of the provinces merged into it)."""
    return sum(len(corpus.by_province.get(p, ())) for p in members_of(province))


def successor_of(province: str) -> str | None:
    """The province that took ``province`` over in 2025, when it is another one."""
    now = PROVINCE_NOW.get(province)
    return now if now and now != province else None


def related(corpus: Corpus, article: Article, limit: int = 5) -> tuple[list[Article], list[Article]]:
    """Other articles of the same province and of the same principal speaker, newest first."""
    same_province = _others(corpus.by_province.get(article.province or UNKNOWN_PROVINCE, ()), article, limit)
    same_speaker = _others(corpus.by_person.get(person_slug(article.speaker), ()), article, limit) if article.speaker else []
    return same_province, same_speaker


def _others(articles, article: Article, limit: int) -> list[Article]:
    # only the first limit + 1 can matter: the lists are long (a province has hundreds)
    return [a for a in itertools.islice(articles, limit + 1) if a.source_file != article.source_file][:limit]
