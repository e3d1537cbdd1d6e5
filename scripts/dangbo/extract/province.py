"""The province whose police force or police Party organisation the article is about.

Not the first place named but the subject: every mention is weighed by what it names (the police
of a province counts most, then its Party committee or government, then "tỉnh X", then a bare
name), the headline counts double, a provincial paper's dateline code ("STO -", "(QNO)", "(Báo
Quảng Ngãi)-") counts as a strong mention, and the province with the most weight wins; ties go to
the first named. When no province's police is named and the event belongs to the Ministry ("Đảng bộ
Công an Trung ương"), no province is the subject: the city where it meets is only a venue.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..normalize import normalize_tone
from ..papers import PAPER_CODES
from ..read import Header
from ..vocab import ALL_PROVINCES, CURRENT_PROVINCES, HUE_CITY_FROM, MERGER_FROM, PROVINCE_ALIASES, PROVINCE_NOW
from ._text import Finding, Text, analyse

# Every written form → canonical name; longest first so "Thừa Thiên Huế" beats "Huế".
_FORMS = {name: name for name in ALL_PROVINCES}
_FORMS.update({alias: name for name, aliases in PROVINCE_ALIASES.items() for alias in aliases})
_FORMS = {normalize_tone(form): name for form, name in _FORMS.items()}
# A province's name as a whole phrase, not after a letter: not "Thái Bình Dương" (the Pacific), not
# "Điện Biên Phủ" (the battle), not "Bình Dương" inside "Thái Bình Dương". The forms are grouped by
# their first letter, the words before looked at once that letter is found: a pattern opening with
# the look-behinds was tried at every position of the text (8× slower, measured; the same matches).
_BY_FIRST: dict[str, list[str]] = {}
for _form in sorted(_FORMS, key=len, reverse=True):  # longest first: "Thừa Thiên Huế" beats "Huế"
    _BY_FIRST.setdefault(_form[0], []).append(re.escape(_form[1:]))
PROVINCE_NAME = re.compile("(?P<name>" + "|".join(
    rf"{re.escape(first)}(?<![^\W_].)(?<!Thái .)(?:{'|'.join(rests)})" for first, rests in _BY_FIRST.items())
    + r")(?![\w])(?! Dương)(?! Phủ)")
_UNIT = r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|TP\.\s)?\s*"
# "Công an tỉnh Sóc Trăng", "Đảng bộ Công an TP Cần Thơ", "CATP Hải Phòng", "CA tỉnh Bình Định".
POLICE_PREFIX = re.compile(rf"(?:Công an|CÔNG AN|công an|CA|CAT|CATP)\s*{_UNIT}$")
# "Tỉnh ủy Sóc Trăng", "Thành ủy TPHCM", "UBND tỉnh Long An", "Đảng bộ tỉnh Nghệ An".
AUTHORITY_PREFIX = re.compile(
    rf"(?:Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Ủy ban Nhân dân|Đảng bộ|Hội đồng nhân dân)\s*{_UNIT}$"
)
# "tỉnh Hậu Giang", "TP.Cần Thơ", "thành phố Cần Thơ".
UNIT_PREFIX = re.compile(r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?)\s*$")
# A dateline code opening the body: "STO - Ngày 7/9", "(QNO) - Sáng 12.8", "(PLO)- …", "(THTG) Ngày…",
# "(Baonghean.vn) - …", "(Báo Quảng Ngãi)- Ngày 18.8", "VOV.VN - …".
DATELINE = re.compile(
    r"^(?:\((?P<bracketed>[^()\n]{2,30})\)\s*[-–—:]?|(?P<code>[A-ZĐ][A-Za-zĐđ.]{1,14}(?: News)?)\s*[-–—:])(?=\s|\S)"
)
PAPER_NAME = re.compile(r"^Báo [A-ZĐÀ-Ỹ]")
# The Ministry's own Party organisation holds the event: a venue in Hà Nội is not the subject.
CENTRAL = re.compile(
    r"(?:Đại hội|Hội nghị)[^.;]{0,40}(?:Đảng bộ|Đảng ủy) Công an (?:Trung ương|T\.Ư)|"
    r"(?:Bộ Công an|(?:Đảng bộ|Đảng ủy) Công an (?:Trung ương|T\.Ư)) (?:đã )?tổ chức", re.IGNORECASE)
WEIGHT_POLICE, WEIGHT_AUTHORITY, WEIGHT_UNIT, WEIGHT_BARE = 5, 3, 2, 1
WEIGHT_DATELINE = 6
HEADLINE_FACTOR = 2
CLOSE_CALL = 0.8
RULES = {
    WEIGHT_POLICE: "tỉnh/thành có lực lượng Công an được nêu tên, nặng ký nhất trong bài",
    WEIGHT_AUTHORITY: "tỉnh/thành có Tỉnh ủy, Thành ủy hoặc UBND được nêu tên nhiều nhất",
    WEIGHT_UNIT: "tỉnh/thành được nêu tên nhiều nhất",
    WEIGHT_BARE: "tỉnh/thành được nêu tên nhiều nhất",
    WEIGHT_DATELINE: "mã của báo địa phương ở đầu bài",
}


class ProvinceFinding(NamedTuple):
    """The winning province, its weight, the runner-up, whether the police were named, and the evidence."""

    value: str | None
    score: int
    runner_up: str | None
    runner_up_score: int
    police_named: bool
    quote: str | None = None
    rule: str = ""

    @property
    def weak(self) -> str | None:
        """Why a person should check the province, or None."""
        if self.value is None:
            return "bài không nêu tỉnh/thành"
        if self.runner_up and self.runner_up_score >= self.score * CLOSE_CALL:
            return f"gần ngang với {self.runner_up}"
        if not self.police_named:
            return "bài không nhắc tới Công an của tỉnh/thành này"
        return None


def extract_province(body: str, header: Header) -> str | None:
    """The article's subject province as written in its time; see ``find_province``."""
    return find_province(analyse(body, header)).value


def find_province(text: Text | str, header: Header | None = None) -> ProvinceFinding:
    """Weighs headline, dateline code and body mentions; the strongest mention of the winner is the quote."""
    if isinstance(text, str):
        text = analyse(text, header or Header())
    scores: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    best_quote: dict[str, tuple[int, str]] = {}
    police: set[str] = set()
    order = 0
    for source, factor in ((text.header.headline or "", HEADLINE_FACTOR), (text.body, 1)):
        for name, weight, quote in _mentions(source):
            scores[name] = scores.get(name, 0) + weight * factor
            first_seen.setdefault(name, order)
            if weight > best_quote.get(name, (0, ""))[0]:
                best_quote[name] = (weight, quote)
            order += 1
            if weight == WEIGHT_POLICE:
                police.add(name)
    if (paper := dateline_paper(text.body)) and paper[0]:
        name = paper[0]
        scores[name] = scores.get(name, 0) + WEIGHT_DATELINE
        first_seen.setdefault(name, -1)
        best_quote[name] = (WEIGHT_DATELINE, paper[2])
        police.add(name)
    if not scores or (not police and CENTRAL.search(" ".join(text.lead(1)))):
        return ProvinceFinding(None, 0, None, 0, False)
    ranked = sorted(scores, key=lambda n: (-scores[n], first_seen[n]))
    winner, runner = ranked[0], (ranked[1] if len(ranked) > 1 else None)
    weight, quote = best_quote[winner]
    return ProvinceFinding(winner, scores[winner], runner, scores.get(runner, 0), winner in police, quote, RULES[weight])


def dateline_paper(body: str) -> tuple[str | None, str, str] | None:
    """(province or None, paper, the code as written) of a paper's dateline code opening the body."""
    match = DATELINE.match(body)
    if not match:
        return None
    code = (match.group("bracketed") or match.group("code")).strip()
    if code in PAPER_CODES:
        province, paper = PAPER_CODES[code]
        return province, paper, match.group(0).strip()
    if PAPER_NAME.match(code):  # "(Báo Quảng Ngãi)-": a provincial paper named in full
        names = [m.group("name") for m in PROVINCE_NAME.finditer(normalize_tone(code))]
        return (_FORMS[names[0]] if names else None), code, match.group(0).strip()
    return None


def _mentions(text: str):
    """(province, weight, the mention as written with its prefix) for each province named in ``text``."""
    toned = normalize_tone(text)
    aligned = len(toned) == len(text)  # NFC text keeps its length under the tone convention
    for match in PROVINCE_NAME.finditer(toned):
        window_start = max(0, match.start() - 40)
        before = toned[window_start: match.start()]
        prefix = None
        for weight, pattern in ((WEIGHT_POLICE, POLICE_PREFIX), (WEIGHT_AUTHORITY, AUTHORITY_PREFIX), (WEIGHT_UNIT, UNIT_PREFIX)):
            if prefix := pattern.search(before):
                break
        else:
            weight = WEIGHT_BARE
        start = window_start + prefix.start() if prefix else match.start()
        quote = text[start: match.end()] if aligned else toned[start: match.end()]
        yield _FORMS[match.group("name")], weight, quote.strip()


def name_at(province: str | None, date: str | None) -> str | None:
    """The province's official name on the event's date (Huế from 2025, merged from 1 July 2025)."""
    if province is None or date is None:
        return province
    date = (date + "-01-01")[:10]  # "2025-07" is in July, so after 1 July; a year alone is taken at its start
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


def finding_of(place: ProvinceFinding) -> Finding:
    """The province as a plain Finding (value, quote, rule, doubt)."""
    return Finding(place.value, place.quote, place.rule, place.weak)
