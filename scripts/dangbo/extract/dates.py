"""The event's date and the publication date.

Vietnamese papers write the event's day without a year ("Ngày 29-6",
"chiều 2.1", "Trong hai ngày 24 và 25/7"); the year comes from the strongest
evidence available, in this order: a year written with the day, the
publication timestamp or the scraper's ` date` line, the term of a congress
("nhiệm kỳ 2025-2030" → 2025), a review of a named year ("tổng kết công tác
năm 2022" → the turn of 2022/2023), a year named in the same sentence.
Without such evidence the date is None: a wrong year is worse than none.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..read import Header
from ._text import sentences, text_paragraphs

# "sáng", "chiều nay", "Tối thứ Sáu," — the part of day that opens a dated sentence;
# "Sáng nay (29/7)", "Hôm qua (14/7)" put the day in brackets.
_PART_OF_DAY = r"(?:sáng|chiều|tối|trưa|đêm)(?:\s+nay)?(?:\s+(?:thứ\s+\w+|chủ\s+nhật))?,?"
# The words that introduce the day: "Ngày 29-6", "chiều 2.1", "Trong hai ngày 24 và 25/7",
# "Từ ngày 24 đến 25/7", "vào sáng ngày 12/8".
_LEAD = rf"(?:(?:{_PART_OF_DAY}|hôm nay|hôm qua)\s+(?:ngày\s+)?\(?|(?:trong\s+(?:hai|ba|2|3)\s+)?ngày\s+\(?|từ\s+ngày\s+)"
# "24 và 25/7", "30 và 31.7", "24-25/7": a multi-day event takes its first day.
_FIRST_DAY = r"(?:(?P<first>\d{1,2})\s*(?:và|,|–|-|đến)\s*(?=\d{1,2}\s*[/.\-]\s*\d))?"  # noqa: E501
# "12/8", "29-6", "2.1", "12/8/2025", "15-8-2025".
_DAY_MONTH = r"(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})(?:\s*[/.\-]\s*(?P<year>\d{4}))?(?!\d|[.,]\d)"
EVENT_DAY = re.compile(rf"(?<![\w/.-]){_LEAD}{_FIRST_DAY}{_DAY_MONTH}", re.IGNORECASE)
# "ngày 30 tháng 7 năm 2020", "ngày 5 tháng 1".
WORDED_DAY = re.compile(
    r"(?<!\w)ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s*(?:năm|,)\s*(?P<year>\d{4}))?",
    re.IGNORECASE,
)
# Words of a sentence that reports the event itself.
EVENT_WORDS = re.compile(
    r"hội nghị|đại hội|tổ chức|diễn ra|khai mạc|bế mạc|sơ kết|tổng kết|họp|tọa đàm|lễ", re.IGNORECASE
)
# A day named for another reason: "kỷ niệm ngày 30/4", "trước ngày 15/8", "đến ngày 31/12".
OTHER_DAY = re.compile(r"(?:kỷ niệm|trước|sau|đến|hạn|từ nay đến|chào mừng|dịp)\s*$", re.IGNORECASE)
# "nhiệm kỳ 2025-2030", "nhiệm kỳ 2020 – 2025".
TERM = re.compile(r"nhiệm kỳ\s+(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)", re.IGNORECASE)
# "tổng kết công tác năm 2022", "tổng kết năm 2022": held at the turn of 2022/2023.
YEAR_REVIEW = re.compile(r"tổng kết (?:công tác |công tác công an |thực hiện nhiệm vụ )?năm (?P<year>(?:19|20)\d\d)", re.IGNORECASE)
# "6 tháng đầu năm 2025", "9 tháng năm 2024": held in that year.
PART_YEAR_REVIEW = re.compile(r"\b(?:6|06|sáu|9|09|chín) tháng (?:đầu |cuối )?năm (?P<year>(?:19|20)\d\d)", re.IGNORECASE)
YEAR_IN_SENTENCE = re.compile(r"\bnăm (?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
CONGRESS = re.compile(r"đại hội", re.IGNORECASE)
# A paper's dateline before the first sentence: "STO - ", "(QNO) - ", "QNgTV - ", "VOV.VN - ",
# "(Chinhphu.vn) - ", "(Dân trí) – ".
DATELINE_CODE = re.compile(r"^(?:[A-ZĐ][\w.]{1,15}\s*[-–—]\s*|\([^()]{2,24}\)\s*[-–—]?\s*)")
SCAN_PARAGRAPHS = 6
LEAD_PARAGRAPHS = 2  # where the event itself is named
EARLIEST_YEAR = 1945


class DateFinding(NamedTuple):
    """An event date and the evidence its year came from."""

    value: str | None
    basis: str


def extract_date(body: str, header: Header, *, latest: dt.date | None = None) -> str | None:
    """The event's first day as YYYY-MM-DD, or None; see ``find_date``."""
    return find_date(body, header, latest=latest).value


def extract_published(body: str, header: Header) -> str | None:
    """Publication date: the timestamp, else the ` date` line at its own precision."""
    return header.timestamp or header.date_line


def find_date(body: str, header: Header, *, latest: dt.date | None = None) -> DateFinding:
    """Tries the headline, then the first paragraphs; the year by the module's rules."""
    best = _best_mention(body, header)
    if best is None:
        return DateFinding(None, "no day named")
    day, month, year, sentence = best
    basis = "written"
    if year is None:
        year, basis = _infer_year(day, month, sentence, body, header)
    if year is None:
        return DateFinding(None, "day named but no evidence of its year")
    return DateFinding(_valid_date(year, month, day, latest), basis)


def _valid_date(year: int, month: int, day: int, latest: dt.date | None) -> str | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:  # 31/2, 12/13
        return None
    if year < EARLIEST_YEAR or (latest is not None and value > latest):
        return None
    return value.isoformat()


def _best_mention(body: str, header: Header):
    texts = ([header.headline] if header.headline else []) + list(text_paragraphs(body)[:SCAN_PARAGRAPHS])
    lead_count = (1 if header.headline else 0) + 1
    best, best_score = None, None
    for position, text in enumerate(texts):
        for sentence in sentences(text):
            for match in _day_mentions(sentence):
                score = _score(sentence, match)
                score += 2 if score and position < lead_count else 0  # the lead names the event's day
                if score > 0 and (best_score is None or score > best_score):
                    day = int(match.groupdict().get("first") or match.group("day"))
                    year = int(match.group("year")) if match.group("year") else None
                    best, best_score = (day, int(match.group("month")), year, sentence), score
    return best


def _day_mentions(sentence: str):
    yield from EVENT_DAY.finditer(sentence)
    yield from WORDED_DAY.finditer(sentence)


def _score(sentence: str, match: re.Match) -> int:
    before = sentence[: match.start()]
    if OTHER_DAY.search(before):
        return 0
    score = 1
    stripped = DATELINE_CODE.sub("", before)
    if not stripped.strip(" ,(\"“"):
        score += 3  # "Ngày 29-6, …" opens the sentence
    if re.search(r"(?:diễn ra|tổ chức|vào|khai mạc)\s*(?:vào\s*)?$", before, re.IGNORECASE):
        score += 2
    if EVENT_WORDS.search(sentence):
        score += 2
    return score


def _infer_year(day: int, month: int, sentence: str, body: str, header: Header) -> tuple[int | None, str]:
    reference = header.timestamp or header.date_line
    if reference:
        return _year_before(reference, month, day), "publication date"
    lead = (header.headline or "") + "\n" + "\n".join(text_paragraphs(body)[:LEAD_PARAGRAPHS])
    if CONGRESS.search(sentence) and (term := TERM.search(sentence)):
        return int(term.group("start")), "term"
    if review := YEAR_REVIEW.search(sentence) or YEAR_REVIEW.search(lead):
        year = int(review.group("year"))
        if month <= 3:
            return year + 1, "year review"
        if month == 12:
            return year, "year review"
    if part := PART_YEAR_REVIEW.search(sentence):
        return int(part.group("year")), "named year"
    if named := YEAR_IN_SENTENCE.search(sentence):
        return int(named.group("year")), "named year"
    if CONGRESS.search(lead) and (term := TERM.search(lead)):
        return int(term.group("start")), "term"
    return None, ""


def _year_before(reference: str, month: int, day: int) -> int:
    """The year that puts day/month on or before the reference (YYYY-MM or YYYY-MM-DD)."""
    parts = [int(p) for p in reference.split("-")]
    year = parts[0]
    ref_month = parts[1] if len(parts) > 1 else 12
    ref_day = parts[2] if len(parts) > 2 else 31
    return year - 1 if (month, day) > (ref_month, ref_day) else year
