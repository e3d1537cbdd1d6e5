"""Vietnamese numbers as the papers write them; shared by the date and the figures extractors.

- A decimal comma and a thousands dot: "12,37" is 12.37, "1.346" and "24.500" are 1346 and 24500,
  "1.234,5" is 1234.5. A dot followed by one or two digits is a day and month ("chiều 12.8"), never a
  number, except before "%" ("5.2%", a decimal some papers write the English way); "1.250" is never a day.
- Number words: "hai", "mười ba", "hai mươi lăm", "hàng chục" (qualifier "hàng", 10). "một" and "năm" are
  left alone: as words they are far more often "a" and "year" than one and five.
- A qualifier written before the number is kept: "hơn 2.000", "gần 300", "trên 96%", "khoảng 1,2 triệu".
- A range "80 - 90%", "từ 80 đến 90%" has a ``value_max``; a ratio "87/92" has a ``denominator``.
- The scale words "nghìn", "ngàn", "triệu", "tỷ" belong to the unit as written ("1,2 triệu người" is 1.2
  with unit "triệu người"); ``scale`` gives their factor for a normalised value.

``DAY_MONTH`` is the shape of a day and month ("12/8", "29-6", "2.1", "12/8/2025"): the date extractor
reads dates with it, and the figures extractor refuses a number of that shape.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# "12/8", "29-6", "2.1", "12/8/2025", "15-8-2025", "30- 7": a day and month (and year).
DAY_MONTH = r"(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})(?:\s*[/.\-]\s*(?P<year>\d{4}))?(?!\d|[.,]\d)"
# "1.346", "24.500", "1.234.567,5" (thousands dots), "12,37", "589", "5.2" (before % only).
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)|\d+(?:,\d+)?(?![.,]?\d)|\d{1,3}\.\d{1,2}(?=\s?%)"
# A small count as a word or a digit: "Trong hai ngày 24 và 25/7", "Trong 2 ngày".
SMALL_COUNT = r"(?:hai|ba|bốn|[2-4])"
UNITS = {"hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
# "hai", "mười", "mười ba", "hai mươi", "hai mươi lăm", "ba trăm"; "một"/"năm" only after "mươi"/"mười".
WORDS = (r"(?:(?:hai|ba|bốn|sáu|bảy|tám|chín)\s+trăm(?:\s+(?:linh|lẻ)\s+\w+)?|"
         r"(?:hai|ba|bốn|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:mốt|tư|lăm|hai|ba|sáu|bảy|tám|chín))?|"
         r"mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|hai|ba|bốn|sáu|bảy|tám|chín)")
# "hàng chục", "hàng trăm", "hàng nghìn", "hàng vạn": an order of magnitude.
MAGNITUDE = {"chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "vạn": 10000}
QUALIFIERS = ("hơn", "gần", "trên", "dưới", "khoảng", "xấp xỉ", "ước", "chừng", "tới", "hàng", "ít nhất", "tối thiểu",
              "tối đa", "gần như", "từ")  # "từ 150 đảng viên trở lên": at least
# "trên 75%", and "trên75%" as some papers type it
_QUALIFIER_WORDS = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
_QUALIFIER = rf"(?P<qualifier>{_QUALIFIER_WORDS})(?:\s+|(?=\d))"
SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
QUANTITY = re.compile(
    rf"(?<![\w.,\-])(?<!\d/)(?<!\d\s/)(?:{_QUALIFIER})?"
    rf"(?:(?P<hang>hàng\s+(?:chục|trăm|nghìn|ngàn|vạn))|(?P<num>{_DIGITS})|(?P<word>{WORDS}))"
    rf"(?:\s*(?:-|–|đến|tới)\s*(?P<max>{_DIGITS})(?=\s*(?:%|[^\W\d_])))?"
    rf"(?:\s*/\s*(?P<den>{_DIGITS}))?"
    r"(?!(?!(?-i:kg|km|ha|tấn|g)\b)[\w/]|[.,\-]\w)",  # "200kg" is 200 and a unit; "8h30", "5G" are not numbers
    re.IGNORECASE,
)


class Quantity(NamedTuple):
    """A number found in a text: where it is, as written, and its value."""

    start: int
    end: int
    text: str  # as written, qualifier included: "hơn 2.000", "80 - 90", "87/92"
    value: float
    qualifier: str | None = None
    value_max: float | None = None
    denominator: float | None = None


_GROUPED, _PLAIN, _DOTTED = (re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"), re.compile(r"\d+(?:,\d+)?"),
                             re.compile(r"\d{1,3}\.\d{1,2}"))
_CODE = re.compile(r"0\d{2,}")


def read_numeral(token: str) -> float | None:
    """ "12,37" → 12.37, "1.346" → 1346, "1.234,5" → 1234.5, "5.2" → 5.2; None for anything else."""
    token = token.strip()
    if _GROUPED.fullmatch(token):
        return float(token.replace(".", "").replace(",", "."))
    if _PLAIN.fullmatch(token):
        return float(token.replace(",", "."))
    if _DOTTED.fullmatch(token):
        return float(token)
    return None


def read_words(words: str) -> float | None:
    """ "mười ba" → 13, "hai mươi lăm" → 25, "ba trăm" → 300, "hàng chục" → 10; None otherwise."""
    parts = words.lower().split()
    if not parts:
        return None
    if parts[0] == "hàng" and len(parts) == 2:
        return MAGNITUDE.get(parts[1])
    ones = {**UNITS, "một": 1, "mốt": 1, "năm": 5}
    if len(parts) >= 2 and parts[1] == "trăm":
        rest = read_words(" ".join(parts[3:])) if len(parts) > 3 else 0
        return None if parts[0] not in ones or rest is None else ones[parts[0]] * 100 + rest
    if parts[0] == "mười":
        return 10 + (ones.get(parts[1], 0) if len(parts) > 1 else 0)
    if len(parts) >= 2 and parts[1] == "mươi":
        return ones[parts[0]] * 10 + (ones.get(parts[2], 0) if len(parts) > 2 else 0)
    return float(ones[parts[0]]) if len(parts) == 1 and parts[0] in ones else None


# Where a number can start: a digit that does not continue one, or a number word ("hai", "mười", "hàng").
# QUANTITY is tried only there (and at a qualifier just before): scanning every position of every
# sentence with it was most of the figures extractor's time (profiled).
DIGIT_RUN = re.compile(r"\d+")
NUMBER_WORDS = frozenset({"hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "hàng"})
QUALIFIER_ENDS = tuple({q.split()[-1] for q in QUALIFIERS})
QUALIFIER_BEFORE = re.compile(rf"(?:{_QUALIFIER_WORDS})\s*$", re.IGNORECASE)


def number_starts(text: str) -> list[int]:
    """Where a number may start, in order: a run of digits not continuing a number ("346" of "1.346" does),
    a number word ("hai", "mười", "hàng"). Plain scans, once per paragraph: a pattern with look-behinds
    tried at every position of every sentence cost more than all the rest of the figures extractor."""
    starts = [m.start() for m in DIGIT_RUN.finditer(text) if m.start() == 0 or text[m.start() - 1] not in ".,"]
    lowered = text.lower()
    words = [word for word in NUMBER_WORDS if word in lowered]  # substring tests; word edges checked below
    for word in words:  # str.find: a case-insensitive alternation scanned every position far slower
        at = lowered.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not lowered[at - 1].isalnum()) and (after == len(lowered) or not lowered[after].isalnum()):
                starts.append(at)
            at = lowered.find(word, after)
    return sorted(set(starts)) if words else starts


def _matches(text: str, starts):
    """QUANTITY's matches, in order, tried only where a number starts (or its qualifier does)."""
    end = 0
    for position in starts:
        if position < end:
            continue
        before = text[max(0, position - 14):position].split()
        # the regex only when the word before ends like a qualifier ("hơn", "ít nhất", "trên75")
        qualifier = (QUALIFIER_BEFORE.search(text, max(0, position - 14), position)
                     if before and before[-1].lower().endswith(QUALIFIER_ENDS) else None)
        match = (QUANTITY.match(text, qualifier.start()) if qualifier else None) or QUANTITY.match(text, position)
        if match and match.end() > position:
            end = match.end()
            yield match


def find_quantities(text: str, starts: list[int] | None = None):
    """Every number of ``text`` (digits or words), as ``Quantity``s in order; day-and-month shapes left out.
    ``starts``: where numbers may start (``number_starts``), when the caller has them already."""
    for match in _matches(text, number_starts(text) if starts is None else starts):
        qualifier = match["qualifier"].lower() if match["qualifier"] else None
        if match["hang"]:
            value, qualifier = read_words(match["hang"]), "hàng"
        elif match["num"]:
            value = read_numeral(match["num"])
        else:
            value = read_words(match["word"])
        if value is None:
            continue
        if match["num"] and _CODE.fullmatch(match["num"]):  # "069", "0912": a code or a phone number
            continue
        high = read_numeral(match["max"]) if match["max"] else None
        denominator = read_numeral(match["den"]) if match["den"] else None
        if high is not None and qualifier == "từ":
            qualifier = None  # "từ 80 đến 90%": a range, not a floor
        if high is not None and high <= value:  # "24-25" is two days, "2020-2025" two years: only a rising range
            high = None if denominator is None else high
        yield Quantity(match.start(), match.end(), match[0], value, qualifier, high, denominator)


def scale(unit: str) -> float:
    """The factor of a unit's scale words: "tỷ đồng" → 1e9, "nghìn tỷ đồng" → 1e12, "vụ" → 1."""
    factor = 1
    for word in unit.lower().split():
        if word not in SCALES:
            break
        factor *= SCALES[word]
    return factor

