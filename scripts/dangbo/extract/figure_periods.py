"""The period a figure covers, as written in its sentence: "năm 2022", "6 tháng đầu năm 2023", "quý I năm 2025",
"nhiệm kỳ 2015-2020", "giai đoạn 2020-2025", and for a congress "nhiệm kỳ qua" (the term it reviews) and
"nhiệm kỳ tới" (its new term). The codes are the article's ``period`` codes. A period in brackets belongs
to the figures in the same brackets; a year-less "6 tháng đầu năm" takes the year it is given.
"""
from __future__ import annotations

import re

PERIODS = (  # (pattern, code); each needs one of PERIOD_WORDS in the sentence
    (re.compile(r"\b(?:6|06|sáu) tháng cuối năm(?: (?P<y>(?:19|20)\d\d))?", re.IGNORECASE), "H2"),
    (re.compile(r"\b(?:6|06|sáu) tháng(?: đầu)? năm(?: (?P<y>(?:19|20)\d\d))?", re.IGNORECASE), "H1"),
    (re.compile(r"\b(?:9|09|chín) tháng(?: đầu)?(?: năm)?(?: (?P<y>(?:19|20)\d\d))?", re.IGNORECASE), "9M"),
    (re.compile(r"\bquý (?P<q>I{1,3}|IV|[1-4])(?:\s*(?:năm|/)\s*(?P<y>(?:19|20)\d\d))?", re.IGNORECASE), "Q"),
    (re.compile(r"\b(?:nhiệm kỳ|giai đoạn)\s*\(?\s*(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)", re.IGNORECASE), "T"),
    (re.compile(r"\bnhiệm kỳ (?:qua|vừa qua)\b", re.IGNORECASE), "TERM"),
    (re.compile(r"\bnhiệm kỳ (?:tới|mới)\b", re.IGNORECASE), "NEXT"),
    (re.compile(r"\b(?:năm|trong năm) (?P<y>(?:19|20)\d\d)\b", re.IGNORECASE), "Y"),
)
QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
PERIOD_WORDS = ("năm", "tháng", "quý", "kỳ", "giai đoạn")
BRACKETS = re.compile(r"\([^()]*\)")


def periods_in(sentence: str, year, period, event, term):
    """(where, code, words) of every period written in the sentence; an overlapping later pattern is skipped."""
    found, taken = [], []
    lowered = sentence.lower()
    if not any(word in lowered for word in PERIOD_WORDS):
        return found
    for pattern, part in PERIODS:
        for match in pattern.finditer(sentence):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            code = _code(match, part, year, period, event, term)
            if code:
                found.append((match.start(), code, match[0]))
    return sorted(found)


def _code(match, part, year, period, event, term) -> str | None:
    given = match.groupdict()
    if part == "T":
        return f"{given['a']}-{given['b']}"
    if part == "TERM":
        return period if event == "dai-hoi" and period and len(period) == 9 else None
    if part == "NEXT":
        return term if event == "dai-hoi" else None
    found_year = given.get("y") or (str(year) if year else None)
    if not found_year:
        return None
    if part == "Y":
        return found_year
    if part == "Q":
        return f"{found_year}-Q{QUARTERS.get(given['q'].upper(), given['q'])}"
    return f"{found_year}-{part}"


def head_period(head: str, year, period, event, term):
    """The first period written in a paragraph's head ("Năm 2022", "Trong 6 tháng đầu năm"), as (code, words)."""
    found = periods_in(head, year, period, event, term) if head else []
    return (found[0][1], found[0][2]) if found else None


def brackets(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence's brackets."""
    return [m.span() for m in BRACKETS.finditer(sentence)] if "(" in sentence else []


def nearest_period(periods, position: int, spans=()):
    """The last period written before the figure (else the first after it); one in brackets (``spans``)
    only for a figure in the same brackets."""
    inside = next(((a, b) for a, b in spans if a < position < b), None)
    periods = [p for p in periods if not any(a < p[0] < b for a, b in spans) or (inside and inside[0] < p[0] < inside[1])]
    before = [p for p in periods if p[0] < position]
    chosen = before[-1] if before else (periods[0] if periods else None)
    return (chosen[1], chosen[2]) if chosen else None
