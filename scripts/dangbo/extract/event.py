"""The kind of event, and the Party term it belongs to.

The kind is read from the first event named in the headline, then in the
first paragraphs: a Party congress ("Đại hội đại biểu Đảng bộ Công an…"), an
interim review ("sơ kết", "giữa nhiệm kỳ", "6 tháng"), an annual or
end-of-term review ("tổng kết", "hội nghị công an toàn tỉnh… năm"). The term is
the "nhiệm kỳ YYYY-YYYY" written in the sentence that names the event.
"""
from __future__ import annotations

import functools
import re

from ..read import Header
from ._text import sentences, text_paragraphs

# "Đại hội đại biểu Đảng bộ Công an thành phố lần thứ 1", "Đại hội Đảng bộ Công an tỉnh",
# but not "Nghị quyết Đại hội…", "chào mừng Đại hội…", "tiến tới Đại hội…".
CONGRESS = re.compile(
    r"(?<!Nghị quyết )(?<!nghị quyết )(?<!mừng )(?<!tới )(?<!bị cho )(?<!an toàn )(?<!phục vụ )(?<!bị )"
    r"\bđại hội (?:đại biểu |điểm )?(?:lần thứ [\wIVX]+ )?(?:của )?(?:đảng bộ(?! tỉnh| thành phố| TP)|chi bộ)",
    re.IGNORECASE,
)
# A congress of the province's Party organisation in the police ("Đại hội Đảng bộ Công an"),
# when the Đảng bộ is followed by a place: still a congress if the police are named.
POLICE_CONGRESS = re.compile(r"\bđại hội (?:đại biểu )?(?:lần thứ [\wIVX]+ )?đảng bộ công an", re.IGNORECASE)
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
# "tổng kết công tác năm 2022", "tổng kết nhiệm kỳ", "hội nghị công an toàn tỉnh … năm".
FINAL = re.compile(r"\btổng kết\b|hội nghị công an toàn (?:tỉnh|thành phố|TP)", re.IGNORECASE)
CONGRESS_IN_LEAD = re.compile(r"đại hội", re.IGNORECASE)
TERM = re.compile(r"nhiệm kỳ\s+(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)", re.IGNORECASE)
# "lần thứ I", "lần thứ 1", "lần thứ XXVI": the congress's number.
ORDINAL = re.compile(r"lần thứ\s+(?P<n>[IVXLC]+|\d{1,2})\b")
SCAN_PARAGRAPHS = 3  # the event is named in the lead; later paragraphs quote other events
PATTERNS = (("dai-hoi", POLICE_CONGRESS), ("dai-hoi", CONGRESS), ("dai-hoi", HELD_CONGRESS),
            ("so-ket", INTERIM), ("tong-ket", FINAL))


def extract_event(body: str, header: Header) -> str:
    """dai-hoi, so-ket, tong-ket or khac, from the first event named."""
    found = _first_event(body, header)
    return found[0] if found else "khac"


def extract_term(body: str, header: Header) -> str | None:
    """The term as written in the sentence naming the event ("nhiệm kỳ 2020-2025"), or None."""
    found = _first_event(body, header)
    if not found:
        return None
    kind, sentence, position = found
    match = TERM.search(sentence, position)
    if not match and kind == "dai-hoi":
        # "Đại hội … lần thứ XVI" in the headline, "…, nhiệm kỳ 2020-2025" in the lead
        lead = text_paragraphs(body)[:1]
        match = TERM.search(lead[0]) if lead and CONGRESS_IN_LEAD.search(lead[0]) else None
    if match and 3 <= int(match.group("end")) - int(match.group("start")) <= 5:
        return f"{match.group('start')}-{match.group('end')}"
    return None


def extract_ordinal(body: str, header: Header) -> str | None:
    """The congress's number as written ("I", "1", "XXVI") when the event is a congress."""
    found = _first_event(body, header)
    if not found or found[0] != "dai-hoi":
        return None
    match = ORDINAL.search(found[1], found[2])
    return match.group("n") if match else None


@functools.lru_cache(maxsize=4)  # the event, its term and its number come from the same sentence
def _first_event(body: str, header: Header):
    texts = ([header.headline] if header.headline else []) + list(text_paragraphs(body)[:SCAN_PARAGRAPHS])
    for text in texts:
        for sentence in sentences(text):
            hits = [(m.start(), kind) for kind, pattern in PATTERNS for m in pattern.finditer(sentence)]
            if hits:
                position, kind = min(hits)
                return kind, sentence, position
    return None
