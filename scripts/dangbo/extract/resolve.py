"""One resolution step: every field that depends on others, derived the same way after extraction and after a curator's override.

A curator who moves a Sóc Trăng article to 2025-08-12 gets Cần Thơ, as extraction would give; one who
empties `speakers` empties `speaker`; a composed title follows the corrected metadata; a year-less
"6 tháng đầu năm" review takes the year of its date; the review list and the evidence follow too.
Fields a curator set are never derived: the override wins.
"""
from __future__ import annotations

import dataclasses

from ..model import Article, Evidence
from .province import name_at, province_now
from .title import compose_title

REVIEWED_FIELDS = ("date", "province", "speaker", "event")
CURATED_RULE = "người biên tập đặt giá trị này (tệp sửa lỗi bên cạnh bài)"
MISSING = {"date": "không xác định được ngày diễn ra", "province": "bài không nêu tỉnh/thành",
           "speaker": "không ai được ghi nhận phát biểu", "event": "không xác định được loại sự kiện"}


def resolve(article: Article) -> Article:
    """The article with its dependent fields, evidence and review list derived from the fields they depend on."""
    curated = set(article.curated)
    province = article.province if "province" in curated else name_at(article.place, article.date)
    changes = {"province": province}
    if "province_now" not in curated:
        changes["province_now"] = province_now(province)
    if "speakers" in curated and "speaker" not in curated:
        names = [s.name for s in article.speakers]
        changes["speaker"] = article.speaker if article.speaker in names else (names[0] if names else None)
    if "period" not in curated and article.period_hint:
        changes["period"] = complete_period(article.period_hint, article.date)
    if "period" not in curated and "event" in curated and article.event == "khac":
        changes["period"] = None  # a ceremony or a visit reviews nothing
    resolved = dataclasses.replace(article, **changes)
    if "title" not in curated and article.title_composed:
        resolved = dataclasses.replace(resolved, title=compose_title(
            resolved.event, resolved.province, resolved.date, resolved.term, resolved.ordinal))
    evidence = _evidence(resolved, curated)
    return dataclasses.replace(resolved, evidence=evidence, review=_review(resolved, evidence, curated))


def complete_period(hint: str, date: str | None) -> str | None:
    """A period written without its year, completed from the event's date ("H1" held 2024-07-11 → "2024-H1")."""
    if not date:
        return None
    year = int(date[:4])
    if hint == "Y":  # a year's review is held in its last weeks or the first months of the next
        if len(date) < 7:
            return None
        return str(year - 1) if int(date[5:7]) <= 3 else str(year)
    return f"{year}-{hint}"


def _evidence(article: Article, curated: set[str]) -> tuple[Evidence, ...]:
    """Evidence for the fields that have a value (not for `khac`); a curator's value says so."""
    result = []
    for item in article.evidence:
        value = getattr(article, item.field)
        if item.field in curated:
            continue
        if item.field == "province" and value and value != article.place:
            item = dataclasses.replace(item, rule=f"{item.rule}; tên gọi tại ngày diễn ra: {value} (bài ghi {article.place})")
        if item.field == "period" and article.period_hint and value:
            item = dataclasses.replace(item, rule=f"{item.rule}; năm theo ngày diễn ra")
        result.append(item)
    for name in sorted(curated):
        if name in ("date", "province", "speaker", "event", "term", "period", "source"):
            result.append(Evidence(name, None, CURATED_RULE))
    if "speakers" in curated and "speaker" not in curated and article.speaker:
        result = [e for e in result if e.field != "speaker"]
        result.append(Evidence("speaker", None, "người đầu tiên trong danh sách người phát biểu do người biên tập sửa"))
    return tuple(sorted(result, key=lambda e: e.field))


def published_evidence(article: Article) -> list[Evidence]:
    """The evidence a reader sees: fields with a value, `khac` and empty rules left out."""
    return [e for e in article.evidence
            if getattr(article, e.field) is not None and e.rule and not (e.field == "event" and article.event == "khac")]


def _review(article: Article, evidence: tuple[Evidence, ...], curated: set[str]) -> tuple[tuple[str, str], ...]:
    """What a person should check: missing values and weak evidence, in Vietnamese; a curator's fields are done."""
    notes = []
    by_field = {e.field: e for e in evidence}
    for name in REVIEWED_FIELDS:
        if name in curated:
            continue
        value, item = getattr(article, name), by_field.get(name)
        if name == "event" and value == "khac":
            continue
        if value is None:
            notes.append((name, (item.weak if item and item.weak else None) or MISSING[name]))
        elif item and item.weak:
            notes.append((name, item.weak))
    return tuple(notes)
