"""The province whose police force or police Party organisation the article is about.

Not the first place named but the subject: every mention is weighed by what
it names (the police of a province counts most, then its Party committee or
government, then "tỉnh X", then a bare name), the headline counts double, a
provincial paper's dateline code ("STO -", "(QNO)") counts as a strong
mention, and the province with the most weight wins; ties go to the first named.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..normalize import normalize_tone
from ..read import Header
from ..vocab import (ALL_PROVINCES, CURRENT_PROVINCES, HUE_CITY_FROM, MERGER_FROM, PAPER_CODES,
                     PROVINCE_ALIASES, PROVINCE_NOW)

# Every written form → canonical name; longest first so "Thừa Thiên Huế" beats "Huế".
_FORMS = {name: name for name in ALL_PROVINCES}
_FORMS.update({alias: name for name, aliases in PROVINCE_ALIASES.items() for alias in aliases})
_FORMS = {normalize_tone(form): name for form, name in _FORMS.items()}
_NAME_ALTERNATION = "|".join(re.escape(form) for form in sorted(_FORMS, key=len, reverse=True))
# A province's name as a whole phrase: not "Thái Bình Dương" (the Pacific), not
# "Điện Biên Phủ" (the battle), not "Bình Dương" inside "Thái Bình Dương".
PROVINCE_NAME = re.compile(
    rf"(?<![^\W_])(?<!Thái )(?P<name>{_NAME_ALTERNATION})(?![\w])(?! Dương)(?! Phủ)"
)
_UNIT = r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|TP\.\s)?\s*"
# "Công an tỉnh Sóc Trăng", "Đảng bộ Công an TP Cần Thơ", "CATP Hải Phòng", "Giám đốc Công an TPHCM".
POLICE_PREFIX = re.compile(rf"(?:Công an|CÔNG AN|công an|CA|CAT|CATP)\s*{_UNIT}$")
# "Tỉnh ủy Sóc Trăng", "Thành ủy TPHCM", "UBND tỉnh Long An", "Đảng bộ tỉnh Nghệ An".
AUTHORITY_PREFIX = re.compile(
    rf"(?:Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Ủy ban Nhân dân|Đảng bộ|Hội đồng nhân dân)\s*{_UNIT}$"
)
# "tỉnh Hậu Giang", "TP.Cần Thơ", "thành phố Cần Thơ".
UNIT_PREFIX = re.compile(r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?)\s*$")
# A dateline code opening the body: "STO - Ngày 7/9", "(QNO) - Sáng 12.8", "QNO - …".
DATELINE = re.compile(r"^(?:\((?P<bracketed>[A-ZĐ][A-Za-zĐ.]{1,7})\)\s*[-–—:]?|(?P<code>[A-ZĐ][A-Za-zĐ.]{1,7})\s*[-–—:])\s")
WEIGHT_POLICE, WEIGHT_AUTHORITY, WEIGHT_UNIT, WEIGHT_BARE = 5, 3, 2, 1
WEIGHT_DATELINE = 6
HEADLINE_FACTOR = 2
CLOSE_CALL = 0.8


class ProvinceFinding(NamedTuple):
    """The winning province, its weight, the runner-up, and whether the police were named."""

    value: str | None
    score: int
    runner_up: str | None
    runner_up_score: int
    police_named: bool


def extract_province(body: str, header: Header) -> str | None:
    """The article's subject province as written in its time; see ``find_province``."""
    return find_province(body, header).value


def find_province(body: str, header: Header) -> ProvinceFinding:
    """Weighs headline, dateline code, body mentions and the source line."""
    scores: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    police: set[str] = set()
    order = 0
    for text, factor in ((header.headline or "", HEADLINE_FACTOR), (body, 1)):
        for name, weight in _mentions(normalize_tone(text)):
            scores[name] = scores.get(name, 0) + weight * factor
            first_seen.setdefault(name, order)
            order += 1
            if weight == WEIGHT_POLICE:
                police.add(name)
    if code := dateline_paper(body):
        name = code[0]
        scores[name] = scores.get(name, 0) + WEIGHT_DATELINE
        first_seen.setdefault(name, -1)
        police.add(name)
    if not scores:
        return ProvinceFinding(None, 0, None, 0, False)
    ranked = sorted(scores, key=lambda n: (-scores[n], first_seen[n]))
    runner = ranked[1] if len(ranked) > 1 else None
    return ProvinceFinding(ranked[0], scores[ranked[0]], runner, scores.get(runner, 0), ranked[0] in police)


def dateline_paper(body: str) -> tuple[str, str] | None:
    """(province, paper) of a provincial paper's dateline code opening the body."""
    match = DATELINE.match(body)
    return PAPER_CODES.get(match.group("bracketed") or match.group("code")) if match else None


def _mentions(text: str):
    for match in PROVINCE_NAME.finditer(text):
        before = text[max(0, match.start() - 40): match.start()]
        if POLICE_PREFIX.search(before):
            weight = WEIGHT_POLICE
        elif AUTHORITY_PREFIX.search(before):
            weight = WEIGHT_AUTHORITY
        elif UNIT_PREFIX.search(before):
            weight = WEIGHT_UNIT
        else:
            weight = WEIGHT_BARE
        yield _FORMS[match.group("name")], weight


def name_at(province: str | None, date: str | None) -> str | None:
    """The province's official name on the event's date (Huế from 2025, merged from 1 July 2025)."""
    if province is None or date is None:
        return province
    if province == "Thừa Thiên Huế" and date >= HUE_CITY_FROM:
        return "Huế"
    if province == "Huế" and date < HUE_CITY_FROM:
        return "Thừa Thiên Huế"
    if date >= MERGER_FROM and province not in CURRENT_PROVINCES:
        return PROVINCE_NOW[province]
    return province


def province_now(province: str | None) -> str | None:
    """The province that holds the territory after the 2025 reorganisation."""
    if province is None:
        return None
    return PROVINCE_NOW.get(province, province)
