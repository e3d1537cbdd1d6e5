"""The event's date and the publication date.

Vietnamese papers write the event's day without a year ("Ngày 29-6", "chiều 2.1", "Trong 2 ngày,
3 và 4/8"); the year comes from the strongest evidence available, in this order: a year written
with the day; the publication timestamp or the scraper's ` date` line (a day more than a week
after it belongs to the year before; a day just after it is the same year: papers date a report
of the evening before, or announce the next day); the term of a congress ("nhiệm kỳ 2025-2030"
→ 2025); the period a review covers ("tổng kết công tác năm 2022" held in January → 2023;
"Năm 2022, Công an tỉnh…" in a December review → 2022; a six-month review of 2023 → 2023, or
compared "cùng kỳ năm 2022" → 2023); a year named in the same sentence. Without a day, an event
reported as held takes the month of the date line or timestamp, or the year of its term or of the
half-year it reviews, at that precision. Otherwise the date is None: a wrong year is worse than none.
"""
from __future__ import annotations

import datetime as dt
import re

from ..read import Header
from ._text import Finding, Text, analyse, clip, sentences
from .numbers import DAY_MONTH, SMALL_COUNT

# "sáng", "chiều nay", "Tối thứ Sáu," — the part of day that opens a dated sentence;
# "Sáng nay (29/7)", "Hôm qua (14/7)" put the day in brackets.
_PART_OF_DAY = r"(?:sáng|chiều|tối|trưa|đêm)(?:\s+nay)?(?:\s+(?:thứ\s+\w+|chủ\s+nhật))?,?"
# The words that introduce the day: "Ngày 29-6", "chiều 2.1", "Trong hai ngày 24 và 25/7",
# "Trong 2 ngày, 3 và 4/8", "Trong các ngày 21, 22/7", "Từ ngày 24 đến 25/7", "Hôm qua ngày 29/6".
_COUNT = rf"(?:{SMALL_COUNT}\s+|các\s+)"
_LEAD = (rf"(?:(?:{_PART_OF_DAY}|hôm nay|hôm qua)\s+(?:ngày\s+)?\(?|(?:trong\s+{_COUNT})?ngày\s*[,(]?\s*|"
         r"từ\s+ngày\s+)")
# "24 và 25/7", "30 và 31.7", "24-25/7", "21, 22/7": a multi-day event takes its first day.
_FIRST_DAY = r"(?:(?P<first>\d{1,2})\s*(?:và|,|–|-|đến)\s*(?=\d{1,2}\s*[/.\-]\s*\d))?"
EVENT_DAY = re.compile(rf"(?<![\w/.-]){_LEAD}{_FIRST_DAY}{DAY_MONTH}", re.IGNORECASE)
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
HELD_BEFORE_DAY = re.compile(r"(?:diễn ra|tổ chức|vào|khai mạc)\s*(?:vào\s*)?$", re.IGNORECASE)
# "nhiệm kỳ 2025-2030", "nhiệm kỳ 2020 – 2025", "nhiệm kỳ (2015-2020)".
TERM = re.compile(r"nhiệm kỳ\s*\(?\s*(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)", re.IGNORECASE)
# "tổng kết công tác năm 2022", "tổng kết năm 2022": held at the turn of 2022/2023.
YEAR_REVIEW = re.compile(
    r"tổng kết (?:công tác |công tác công an |thực hiện nhiệm vụ |các mặt công tác )?năm (?P<year>(?:19|20)\d\d)",
    re.IGNORECASE)
# "6 tháng đầu năm 2025", "9 tháng năm 2024": held in that year.
PART_YEAR_REVIEW = re.compile(r"\b(?:6|06|sáu|9|09|chín) tháng (?:đầu )?năm (?P<year>(?:19|20)\d\d)", re.IGNORECASE)
# "Năm 2022, Công an tỉnh…", "Trong năm 2023, lực lượng…": the year a review covers, opening a paragraph.
REVIEWED_YEAR = re.compile(r"^(?:Trong\s+)?[Nn]ăm (?P<year>(?:19|20)\d\d)\s*,")
# "so với cùng kỳ năm 2022": a six-month review compares with the year before.
SAME_PERIOD_BEFORE = re.compile(r"cùng kỳ(?: năm)? (?P<year>(?:19|20)\d\d)", re.IGNORECASE)
YEAR_IN_SENTENCE = re.compile(r"\bnăm (?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "giao ban công tác công an tháng 10.2020": the month a meeting reviews, with its year.
MONTH_YEAR = re.compile(r"\btháng\s*(?P<month>\d{1,2})\s*[./-]\s*(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
CONGRESS = re.compile(r"đại hội", re.IGNORECASE)
REVIEW_WORDS = re.compile(r"tổng kết|hội nghị công an toàn", re.IGNORECASE)
INTERIM_WORDS = re.compile(r"sơ kết|(?:6|sáu|9|chín) tháng", re.IGNORECASE)
# The event reported as held (for a date of the month only): "Tại đại hội", "Đại hội đã bầu…",
# "Tham dự hội nghị có", "phát biểu khai mạc đại hội", "Chỉ đạo tại buổi ra quân".
HELD = re.compile(
    r"\b(?:tại|Tại|dự|Dự|tham dự|Tham dự)\s+(?:buổi\s+)?(?:đại hội|Đại hội|hội nghị|Hội nghị|lễ|ra quân|làm việc)|"
    r"\b(?:đại hội|Đại hội|hội nghị|Hội nghị)\s+(?:đã\s+)?(?:bầu|diễn ra|khai mạc|bế mạc|thông qua|thống nhất)|"
    r"\b(?:phát biểu|khai mạc|bế mạc)\s+(?:khai mạc\s+|chỉ đạo\s+)?(?:tại\s+)?(?:đại hội|Đại hội|hội nghị|Hội nghị)|"
    r"ra mắt (?:tại )?(?:đại hội|Đại hội)|\btổ chức\s+(?:Đại hội|đại hội|Hội nghị|hội nghị)"
)
# For an event of another kind: "Chỉ đạo tại buổi ra quân", "Phát biểu tại lễ kỷ niệm".
HELD_OTHER = re.compile(
    r"\b(?:tại|Tại|dự|Dự|tham dự|Tham dự)\s+(?:buổi\s+)?(?:hội nghị|Hội nghị|[Ll]ễ|ra quân|làm việc|gặp mặt)\b|"
    r"\b(?:hội nghị|Hội nghị)\s+(?:đã\s+)?(?:diễn ra|khai mạc|bế mạc|thông qua)|\btổ chức\s+(?:[Hh]ội nghị|[Ll]ễ)\b"
)
# The event still to come: no date of the month from the date line then.
FUTURE = re.compile(r"\bsẽ (?:diễn ra|tổ chức|khai mạc)|\bchuẩn bị\b|\btiến tới\b", re.IGNORECASE)
# A paper's dateline before the first sentence: "STO - ", "(QNO) - ", "QNgTV - ", "VOV.VN - ",
# "(Chinhphu.vn) - ", "(Dân trí) – ", "(Báo Quảng Ngãi)- ".
DATELINE_CODE = re.compile(r"^(?:[A-ZĐ][\w.]{1,15}\s*[-–—]\s*|\([^()]{2,24}\)\s*[-–—]?\s*)")
SCAN_PARAGRAPHS = 6
LEAD_PARAGRAPHS = 2  # where the event itself is named
EARLIEST_YEAR = 1945
SAME_YEAR_AFTER_REFERENCE = dt.timedelta(days=7)


class DateFinding(Finding):
    """A date Finding that also names the basis of its year (for tests and the review list)."""

    @property
    def basis(self) -> str:
        return BASIS_OF_RULE.get(self.rule, self.rule)


RULES = {
    "written": "ngày, tháng, năm ghi đủ trong bài",
    "publication date": "ngày trong bài; năm từ ngày đăng",
    "year before publication": "ngày trong bài; năm trước năm đăng (ngày muộn hơn ngày đăng)",
    "term": "ngày trong bài; năm từ nhiệm kỳ của đại hội",
    "year review": "ngày trong bài; năm suy từ năm được tổng kết",
    "named year": "ngày trong bài; năm ghi trong cùng câu",
    "period": "ngày trong bài; năm từ kỳ được sơ kết",
    "month": "bài không ghi ngày; tháng từ ngày đăng, sự kiện được tường thuật là đã diễn ra",
    "year of term": "bài không ghi ngày; năm từ nhiệm kỳ của đại hội",
    "year of period": "bài không ghi ngày; năm của kỳ được sơ kết",
}
BASIS_OF_RULE = {rule: basis for basis, rule in RULES.items()}
WEAK = {
    "term": "năm suy ra từ nhiệm kỳ", "year review": "năm suy ra từ năm được tổng kết",
    "named year": "năm lấy từ câu, không ghi cùng ngày", "period": "năm suy ra từ kỳ được sơ kết",
    "month": "chỉ biết tháng (theo ngày đăng)", "year of term": "chỉ biết năm (theo nhiệm kỳ)",
    "year of period": "chỉ biết năm (theo kỳ được sơ kết)",
}


def extract_date(body: str, header: Header, *, latest: dt.date | None = None) -> str | None:
    """The event's first day as YYYY-MM-DD (or YYYY-MM / YYYY), or None; see ``find_date``."""
    from .event import find_event  # the kind of event decides the rules without a day

    text = analyse(body, header)
    return find_date(text, latest=latest, event=find_event(text).value).value


def extract_published(body: str, header: Header) -> str | None:
    """Publication date: the timestamp, else the ` date` line at its own precision."""
    return header.timestamp or header.date_line


def find_date(text: Text | str, header: Header | None = None, *, latest: dt.date | None = None,
              event: str | None = None) -> DateFinding:
    """The day named in the headline or first paragraphs, its year by the module's rules; else a month or year."""
    if isinstance(text, str):
        text = analyse(text, header or Header())
    best = _best_mention(text)
    if best is None:
        return _without_day(text, event, latest)
    day, month, year, sentence, match = best
    if not (1 <= month <= 12 and 1 <= day <= 31):  # "12/13", "0/8": not a date
        return DateFinding(None, None, "ngày không hợp lệ", "ngày ghi trong bài không hợp lệ")
    quote = _quote(sentence, match)
    basis = "written"
    if year is None:
        year, basis = _infer_year(day, month, sentence, text)
    if year is None:
        return DateFinding(None, None, "có ngày nhưng không rõ năm", "có ngày nhưng không rõ năm")
    value = _valid_date(year, month, day, latest)
    if value is None:
        return DateFinding(None, None, "ngày không hợp lệ", "ngày ghi trong bài không hợp lệ")
    return DateFinding(value, quote, RULES[basis], WEAK.get(basis))


def _valid_date(year: int, month: int, day: int, latest: dt.date | None) -> str | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:  # 31/2, 12/13
        return None
    if year < EARLIEST_YEAR or (latest is not None and value > latest):
        return None
    return value.isoformat()


def _best_mention(text: Text):
    texts = text.lead(SCAN_PARAGRAPHS)
    lead_count = (1 if text.header.headline else 0) + 1
    best, best_score = None, None
    for position, paragraph in enumerate(texts):
        for sentence in sentences(paragraph):
            for match in _day_mentions(sentence):
                score = _score(sentence, match)
                score += 2 if score and position < lead_count else 0  # the lead names the event's day
                if score > 0 and (best_score is None or score > best_score):
                    day = int(match.groupdict().get("first") or match.group("day"))
                    year = int(match.group("year")) if match.group("year") else None
                    best, best_score = (day, int(match.group("month")), year, sentence, match), score
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
    if HELD_BEFORE_DAY.search(before):
        score += 2
    if EVENT_WORDS.search(sentence):
        score += 2
    return score


def _quote(sentence: str, match: re.Match) -> str:
    """The day and the event it dates ("Ngày 29-6, Đảng bộ Công an TPHCM đã tổ chức hội nghị"): as short as allows."""
    start = 0 if match.start() < 80 else match.start()
    if event := EVENT_WORDS.search(sentence, match.end()):
        return clip(sentence, start, event.end(), limit=140)
    if event := EVENT_WORDS.search(sentence, start, match.start()):  # "…Hội nghị … diễn ra chiều 2.1"
        return clip(sentence, event.start(), match.end(), limit=140)
    return clip(sentence, start, match.end() + 60, limit=140)


def _infer_year(day: int, month: int, sentence: str, text: Text) -> tuple[int | None, str]:
    header = text.header
    reference = header.timestamp or header.date_line
    if reference:
        return _year_near(reference, month, day)
    lead = "\n".join(text.lead(LEAD_PARAGRAPHS))
    if CONGRESS.search(sentence) and (term := TERM.search(sentence)):
        return int(term.group("start")), "term"
    if review := YEAR_REVIEW.search(sentence) or YEAR_REVIEW.search(lead):
        if (year := _turn_of_year(int(review.group("year")), month)) is not None:
            return year, "year review"
    if (part := PART_YEAR_REVIEW.search(sentence) or PART_YEAR_REVIEW.search(lead)) and 5 <= month <= 11:
        return int(part.group("year")), "named year" if PART_YEAR_REVIEW.search(sentence) else "period"
    if named := YEAR_IN_SENTENCE.search(sentence):
        return int(named.group("year")), "named year"
    if named := MONTH_YEAR.search(sentence):  # the month reviewed is this one or before it
        return int(named.group("year")) + (1 if int(named.group("month")) > month else 0), "named year"
    if CONGRESS.search(lead) and (term := TERM.search(lead)):
        return int(term.group("start")), "term"
    return _year_of_reviewed_period(month, text, lead)


def _year_of_reviewed_period(month: int, text: Text, lead: str) -> tuple[int | None, str]:
    """A review whose day has no year: the year it covers, written elsewhere in its first paragraphs."""
    if REVIEW_WORDS.search(lead) or (INTERIM_WORDS.search(lead) and month >= 11):  # a year-end review
        for paragraph in text.running[:SCAN_PARAGRAPHS]:
            if match := REVIEWED_YEAR.match(paragraph):
                if (year := _turn_of_year(int(match.group("year")), month)) is not None:
                    return year, "year review"
    if INTERIM_WORDS.search(lead) and 5 <= month <= 11:
        for paragraph in text.running[:SCAN_PARAGRAPHS]:
            if match := PART_YEAR_REVIEW.search(paragraph):
                return int(match.group("year")), "period"
            if match := SAME_PERIOD_BEFORE.search(paragraph):
                return int(match.group("year")) + 1, "period"
    return None, ""


def _turn_of_year(reviewed: int, month: int) -> int | None:
    """A review of a year is held in its last weeks or the first months of the next."""
    if month <= 3:
        return reviewed + 1
    if month >= 11:
        return reviewed
    return None


def _year_near(reference: str, month: int, day: int) -> tuple[int, str]:
    """The year that puts day/month on or before the reference (YYYY-MM or YYYY-MM-DD), or just after it."""
    parts = [int(p) for p in reference.split("-")]
    year = parts[0]
    ref_month = parts[1] if len(parts) > 1 else 12
    ref_day = parts[2] if len(parts) > 2 else 31
    ref = _clamped(year, ref_month, ref_day)
    same = _clamped(year, month, day)
    if same <= ref + SAME_YEAR_AFTER_REFERENCE:
        return year, "publication date"
    return year - 1, "year before publication"


def _clamped(year: int, month: int, day: int) -> dt.date:
    """A date with its day clamped to the month (the reference "2025-02" means up to 28/2)."""
    for last in (day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day, last))
        except ValueError:
            continue
    return dt.date(year, month, 1)


def _without_day(text: Text, event: str | None, latest: dt.date | None) -> DateFinding:
    """No day in the text: the month of publication for an event reported as held, or the year of its term or period."""
    header = text.header
    whole = "\n".join(text.lead(SCAN_PARAGRAPHS) + list(text.running[SCAN_PARAGRAPHS:]))
    held = (HELD if event != "khac" else HELD_OTHER).search(whole) and not FUTURE.search("\n".join(text.lead(LEAD_PARAGRAPHS)))
    reference = header.timestamp or header.date_line
    if held and reference and len(reference) >= 7:
        quote = header.date_line_text if header.date_line and not header.timestamp else header.timestamp_text
        return DateFinding(reference[:7], quote or reference, RULES["month"], WEAK["month"])
    if not held:
        return DateFinding(None, None, "không có ngày", "bài không ghi ngày diễn ra")
    if event == "dai-hoi" and (term := _congress_term(text)):
        return DateFinding(term.group("start"), clip(term.string, term.start(), term.end()), RULES["year of term"],
                           WEAK["year of term"])
    if event == "so-ket":
        for paragraph in text.lead(LEAD_PARAGRAPHS):
            if part := PART_YEAR_REVIEW.search(paragraph):
                return DateFinding(part.group("year"), clip(paragraph, part.start(), part.end()),
                                   RULES["year of period"], WEAK["year of period"])
    return DateFinding(None, None, "không có ngày", "bài không ghi ngày diễn ra")


def _congress_term(text: Text):
    """The newest term a congress article names next to its congress or committee."""
    found = [m for p in text.lead(SCAN_PARAGRAPHS) + list(text.running[SCAN_PARAGRAPHS:])
             if re.search(r"đại hội|ban chấp hành|bch", p, re.IGNORECASE) for m in TERM.finditer(p)]
    return max(found, key=lambda m: m.group("start"), default=None)
