"""The kind of event, the Party term it belongs to, and the period it reviews.

The kind is read from the first event named in the headline, then in the first paragraphs: a
Party congress ("Đại hội đại biểu Đảng bộ Công an…"), an interim review ("sơ kết", "giữa nhiệm
kỳ", "6 tháng"), an annual or end-of-term review ("tổng kết công tác năm", "hội nghị công an toàn
tỉnh"). A congress named as the object of another meeting ("họp báo thông tin về Đại hội…", "hội
nghị duyệt nội dung Đại hội…") is not the event, nor are congresses of the branches below ("đại hội
chi bộ trực thuộc"), nor a review of a campaign ("tổng kết đợt cao điểm"). When the opening names
no event, a report of a congress in the text ("Tại Đại hội…", "Đại hội đã bầu Ban Chấp hành…")
makes it one. The term is the "nhiệm kỳ YYYY-YYYY" written with the event (for a congress, the
newest term it names: the other is the term it reviews). The period is what a review covers:
"2023", "2023-H1", "2023-9M", "2023-Q1", or a term "2020-2025".
"""
from __future__ import annotations

import re

from ..read import Header
from ._text import Finding, Text, analyse, clip, sentences

# "Đại hội đại biểu Đảng bộ Công an thành phố lần thứ 1", "Đại hội Đảng bộ Công an tỉnh",
# but not "Nghị quyết Đại hội…", "chào mừng Đại hội…", "tiến tới Đại hội…", "Đại hội Đảng bộ các cấp".
CONGRESS = re.compile(
    r"(?<!Nghị quyết )(?<!nghị quyết )(?<!mừng )(?<!tới )(?<!bị cho )(?<!an toàn )(?<!phục vụ )(?<!bị )"
    r"\bđại hội (?:đại biểu |điểm )?(?:lần thứ [\wIVX]+ )?(?:của )?(?:đảng bộ(?! tỉnh| thành phố| TP| các cấp)|chi bộ)",
    re.IGNORECASE,
)
# A congress of the province's Party organisation in the police ("Đại hội Đảng bộ Công an").
POLICE_CONGRESS = re.compile(r"\bđại hội (?:đại biểu )?(?:lần thứ [\wIVX]+ )?đảng bộ (?:công an|CA)\b", re.IGNORECASE)
# "Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ XX": the police Party body holds it.
HELD_CONGRESS = re.compile(
    r"(?:tổ chức|khai mạc|bế mạc|diễn ra|tiến hành)\s+(?:trọng thể\s+|long trọng\s+|thành công\s+)?"
    r"đại hội (?:đại biểu|điểm|lần thứ|đảng bộ công an|nhiệm kỳ)",
    re.IGNORECASE,
)
# "sơ kết", "giữa nhiệm kỳ", "6 tháng đầu năm": an interim review.
INTERIM = re.compile(
    r"\bsơ kết\b|hội nghị giữa nhiệm kỳ|(?:hội nghị|kiểm điểm|đánh giá) giữa nhiệm kỳ|"
    r"hội nghị (?:đánh giá|triển khai)?\s*(?:công tác )?(?:6|sáu|9|chín) tháng",
    re.IGNORECASE,
)
# "tổng kết công tác năm 2022", "tổng kết nhiệm kỳ", "hội nghị công an toàn tỉnh … năm"; not the
# review of a campaign or a programme ("tổng kết đợt cao điểm", "tổng kết 10 năm thực hiện Chỉ thị").
FINAL = re.compile(
    r"\btổng kết\b(?!\s+(?:đợt|chuyên đề|cao điểm|\d+\s+năm|mười năm|\d+\s+tháng|việc|chương trình|"
    r"đề án|dự án|chỉ thị|nghị quyết|kế hoạch|thí điểm|hội thi|cuộc thi|giải|mô hình))|"
    r"hội nghị công an toàn (?:tỉnh|thành phố|TP)|"
    r"hội nghị (?:triển khai )?(?:chương trình|nhiệm vụ|kế hoạch) công tác(?: công an)? năm (?:19|20)\d\d",
    re.IGNORECASE,
)
# Another kind of event named as what is held: a briefing, a ceremony, a working visit, a press conference.
OTHER_EVENT = re.compile(
    r"\b(?:hội nghị giao ban|giao ban (?:công tác|trực tuyến)|lễ (?:kỷ niệm|công bố|ra quân|trao|đón nhận|khởi công|phát động)|"
    r"buổi làm việc|làm việc với|họp báo|tọa đàm|hội thảo|hội nghị quán triệt|hội nghị triển khai (?!chương trình|nhiệm vụ|kế hoạch))",
    re.IGNORECASE,
)
# The words before a congress that make it the object of another meeting or activity.
OTHER_THAN_CONGRESS = re.compile(
    r"(?:họp báo|duyệt|chuẩn bị|phục vụ|tiến tới|chào mừng|cho ý kiến|góp ý|thông tin về|văn kiện|kế hoạch|nghị quyết|"
    r"tiến độ|hướng tới|bảo vệ|an ninh|an toàn|việc tổ chức|đồng ý|chi bộ|cơ sở|trực thuộc|các cấp)[^.;:]{0,60}$",
    re.IGNORECASE,
)
# A congress still to come: "Đại hội … hoàn thành trước ngày 31-8-2020", "Đại hội … sẽ diễn ra".
PLANNED_AFTER = re.compile(r"[^.;]{0,80}?(?:hoàn thành trước|sẽ (?:diễn ra|tổ chức|khai mạc)|dự kiến)", re.IGNORECASE)
# A congress reported in the text although the opening does not name it.
CONGRESS_REPORTED = re.compile(
    r"\b(?:tại|Tại|dự|Dự|tham dự|Tham dự)\s+(?:đại hội|Đại hội)\b|(?:Toàn cảnh|Quang cảnh)\s+(?:đại hội|Đại hội)|"
    r"bầu (?:ra )?Ban [Cc]hấp hành|\b(?:đại hội|Đại hội)\s+(?:đã\s+)?(?:bầu|thông qua|thống nhất|được tổ chức|đi sâu|thảo luận|biểu quyết)|"
    r"ra mắt (?:tại )?(?:đại hội|Đại hội)|(?:[Cc]hỉ đạo|phát biểu (?:khai mạc |bế mạc |chỉ đạo )?)(?:tại\s+)?(?:đại hội|Đại hội)\b"
)
# The congress of an association, a union, the Youth Union or an emulation movement: not a Party congress.
OTHER_CONGRESS = re.compile(
    r"\b[Đđ]ại hội\s+(?:đại biểu\s+)?(?:Hội|Đoàn|Công đoàn|[Tt]hi đua|Chi đoàn|Phụ nữ|Thể dục|Cựu|Liên đoàn|Mặt trận)\b")
CONGRESS_WORDS = re.compile(r"đại hội|ban chấp hành|\bBCH\b|nhiệm kỳ tới", re.IGNORECASE)
TERM = re.compile(r"nhiệm kỳ\s*\(?\s*(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)", re.IGNORECASE)
# "lần thứ I", "lần thứ 1", "lần thứ XXVI": the congress's number.
ORDINAL = re.compile(r"lần thứ\s+(?P<n>[IVXLC]+|\d{1,2})\b")
# What a review covers.
TERM_REVIEW = re.compile(r"(?:tổng kết|giữa) nhiệm kỳ\s*\(?\s*(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)", re.IGNORECASE)
YEAR_REVIEW = re.compile(
    r"tổng kết (?:công tác |công tác công an |thực hiện nhiệm vụ |các mặt công tác )?năm(?: (?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE)
REVIEWED_YEAR = re.compile(r"^(?:Trong\s+)?[Nn]ăm (?P<year>(?:19|20)\d\d)\s*,")
HALF_YEAR = re.compile(r"\b(?:6|06|sáu) tháng đầu năm(?: (?P<year>(?:19|20)\d\d))?", re.IGNORECASE)
NINE_MONTHS = re.compile(r"\b(?:9|09|chín) tháng(?: đầu)? năm(?: (?P<year>(?:19|20)\d\d))?", re.IGNORECASE)
MIDTERM = re.compile(r"giữa nhiệm kỳ", re.IGNORECASE)
QUARTER = re.compile(r"\bquý (?P<q>I{1,3}|IV|[1-4]) năm (?P<year>(?:19|20)\d\d)", re.IGNORECASE)
SCAN_PARAGRAPHS = 3  # the event is named in the lead; later paragraphs quote other events
PATTERNS = (("dai-hoi", POLICE_CONGRESS), ("dai-hoi", CONGRESS), ("dai-hoi", HELD_CONGRESS),
            ("so-ket", INTERIM), ("tong-ket", FINAL), ("khac", OTHER_EVENT))
# "kết quả các mặt công tác công an năm 2024": the year a review covers (not "chương trình công tác năm 2025").
WORK_YEAR = re.compile(r"(?:công tác|các mặt công tác)(?: công an)? năm (?P<year>(?:19|20)\d\d)", re.IGNORECASE)
NEXT_YEAR_WORDS = re.compile(r"(?:triển khai|chương trình|kế hoạch|phương hướng|nhiệm vụ|phát động)[^,;.]{0,20}$", re.IGNORECASE)
QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def extract_event(body: str, header: Header) -> str:
    """dai-hoi, so-ket, tong-ket or khac, from the first event named."""
    return find_event(analyse(body, header)).value


def extract_term(body: str, header: Header) -> str | None:
    """The term as written with the event ("nhiệm kỳ 2020-2025"), or None."""
    text = analyse(body, header)
    reference = header.timestamp or header.date_line
    return find_term(text, find_event(text).value, int(reference[:4]) if reference else None).value


def extract_ordinal(body: str, header: Header) -> str | None:
    """The congress's number as written ("I", "1", "XXVI") when the event is a congress."""
    return find_ordinal(analyse(body, header))


def find_event(text: Text) -> Finding:
    """The kind of the first event named, or a congress reported later, else khac."""
    found = _first_event(text)
    if found and found[0] == "khac":
        return Finding("khac")
    if found:
        kind, sentence, position, end = found
        clause_end = re.search(r"[,;.]\s|$", sentence[end:])
        return Finding(kind, clip(sentence, position, end + clause_end.start(), limit=120), _EVENT_RULES[kind])
    if any(OTHER_CONGRESS.search(p) for p in text.lead(SCAN_PARAGRAPHS)):
        return Finding("khac")
    for _, sentence in text.sentences():
        if match := CONGRESS_REPORTED.search(sentence):
            return Finding("dai-hoi", clip(sentence, max(0, match.start() - 60), None),
                           "bài tường thuật đại hội (bầu Ban Chấp hành, phát biểu tại đại hội), dù câu mở đầu không gọi tên",
                           "loại sự kiện suy ra từ nội dung, câu mở đầu không nêu")
    return Finding("khac")


_EVENT_RULES = {
    "dai-hoi": "tên sự kiện trong câu mở đầu: đại hội Đảng bộ",
    "so-ket": "tên sự kiện trong câu mở đầu: sơ kết (giữa nhiệm kỳ, 6 hoặc 9 tháng)",
    "tong-ket": "tên sự kiện trong câu mở đầu: tổng kết năm hoặc nhiệm kỳ",
}


def find_term(text: Text, event: str, reference_year: int | None = None) -> Finding:
    """The term written with the event; for a congress, the newest it names next to its congress or committee
    (not one that ended by the time of the report: that is the term it reviews)."""
    if event == "khac":  # a ceremony or a visit belongs to no term of its own
        return Finding(None)
    found = _first_event(text)
    candidates = [m for m in TERM.finditer(found[1])] if found else []
    if event == "dai-hoi":
        if not candidates:
            candidates = [m for _, s in text.sentences() if CONGRESS_WORDS.search(s) for m in TERM.finditer(s)]
            candidates += [m for h in [text.header.headline or ""] for m in TERM.finditer(h)]
            if reference_year:
                candidates = [m for m in candidates if int(m.group("end")) > reference_year]
        candidates = [max(candidates, key=lambda m: m.group("start"))] if candidates else []
    elif found:
        candidates = [m for m in candidates if m.start() >= found[2]][:1]
        if not candidates and event == "so-ket" and "giữa nhiệm kỳ" in found[1].lower():
            # "Hội nghị sơ kết giữa nhiệm kỳ" in the headline, "…Nghị quyết Đại hội…, nhiệm kỳ 2020-2025" in the lead
            candidates = [m for _, s in text.sentences(1) if "nghị quyết" in s.lower() for m in TERM.finditer(s)][:1]
    for match in candidates:
        if 3 <= int(match.group("end")) - int(match.group("start")) <= 5:
            value = f"{match.group('start')}-{match.group('end')}"
            return Finding(value, clip(match.string, match.start(), match.end()), "nhiệm kỳ ghi cùng sự kiện")
    return Finding(None)


def find_ordinal(text: Text) -> str | None:
    """The congress's number as written, from the sentence naming it."""
    found = _first_event(text)
    if not found or found[0] != "dai-hoi":
        return None
    match = ORDINAL.search(found[1], found[2])
    return match.group("n") if match else None


def find_period(text: Text, event: str, term: str | None, reference_year: int | None,
                reference_month: int | None = None) -> Finding:
    """What the event reviews: a year, half-year, nine months, quarter or term; "H1"-style hints lack the year."""
    if event == "dai-hoi":
        return _congress_period(text, term, reference_year)
    if event not in ("so-ket", "tong-ket"):
        return Finding(None)
    texts = text.lead(SCAN_PARAGRAPHS + 1)
    for paragraph in texts:
        if match := TERM_REVIEW.search(paragraph):
            return Finding(f"{match.group('start')}-{match.group('end')}", clip(paragraph, match.start(), match.end()),
                           "nhiệm kỳ được tổng kết hoặc sơ kết giữa nhiệm kỳ")
    for paragraph in texts:
        if term and (match := MIDTERM.search(paragraph)):
            return Finding(term, clip(paragraph, match.start(), match.end()), "sơ kết giữa nhiệm kỳ: nhiệm kỳ của sự kiện")
    patterns = ((HALF_YEAR, "H1"), (NINE_MONTHS, "9M")) if event == "so-ket" else ((YEAR_REVIEW, ""),)
    for pattern, part in patterns:
        for paragraph in texts:
            if match := pattern.search(paragraph):
                year = match.group("year")
                code = f"{year}-{part}" if year and part else year or part or "Y"
                return Finding(code, clip(paragraph, match.start(), match.end()), "kỳ được tổng kết, sơ kết ghi trong bài")
    if event == "so-ket":
        for paragraph in texts:
            if match := QUARTER.search(paragraph):
                quarter = QUARTERS.get(match.group("q").upper(), match.group("q"))
                return Finding(f"{match.group('year')}-Q{quarter}", clip(paragraph, match.start(), match.end()),
                               "quý được sơ kết ghi trong bài")
        if reference_month and reference_month >= 11:  # a year-end interim review covers the year it names
            for paragraph in text.running[:6]:
                if match := REVIEWED_YEAR.match(paragraph):
                    return Finding(match.group("year"), clip(paragraph, 0, match.end()), "năm được sơ kết, nêu ở đầu đoạn")
    else:
        for paragraph in texts:
            for match in WORK_YEAR.finditer(paragraph):
                if not NEXT_YEAR_WORDS.search(paragraph[: match.start()]):
                    return Finding(match.group("year"), clip(paragraph, match.start(), match.end()), "năm được tổng kết ghi trong bài")
        for paragraph in text.running[:6]:
            if match := REVIEWED_YEAR.match(paragraph):
                return Finding(match.group("year"), clip(paragraph, 0, match.end()), "năm được tổng kết, nêu ở đầu đoạn")
    return Finding(None)


def _congress_period(text: Text, term: str | None, reference_year: int | None) -> Finding:
    """The term a congress reviews: the one that ends when its own begins (or, without its own, before the report)."""
    start = int(term[:4]) if term else None
    for paragraph in text.lead(SCAN_PARAGRAPHS) + list(text.running[SCAN_PARAGRAPHS:]):
        for match in TERM.finditer(paragraph):
            first, last = int(match.group("start")), int(match.group("end"))
            if (start is not None and last == start) or (start is None and reference_year and last <= reference_year):
                return Finding(f"{first}-{last}", clip(paragraph, match.start(), match.end()), "nhiệm kỳ vừa qua mà đại hội tổng kết")
    return Finding(None)


def _first_event(text: Text):
    """(kind, sentence, position, end) of the first event named in the lead, or None."""
    return text.memo("first_event", lambda: _scan_first_event(text))


def _scan_first_event(text: Text):
    for paragraph in text.lead(SCAN_PARAGRAPHS):
        for sentence in sentences(paragraph):
            hits = [(m.start(), m.end(), kind) for kind, pattern in PATTERNS for m in pattern.finditer(sentence)
                    if not (kind == "dai-hoi" and (OTHER_THAN_CONGRESS.search(sentence[: m.start()])
                                                   or PLANNED_AFTER.match(sentence, m.end())))]
            if hits:
                position, end, kind = min(hits)
                return kind, sentence, position, end
    return None
