"""Who leads the police Party committee after a congress, how large the committee is, how many delegates (issue 15).

Read from congress articles only, and only where the text says so:

- ``elected_secretary``: "Đại tá X, Giám đốc Công an tỉnh, được bầu giữ chức Bí thư Đảng ủy Công an tỉnh",
  "Đại hội tín nhiệm bầu đồng chí X giữ chức Bí thư Đảng ủy", "X tái đắc cử Bí thư Đảng ủy Công an tỉnh",
  "được chỉ định giữ chức Bí thư" (the 2025–2030 committees were appointed), "Tân Bí thư Đảng ủy Công an
  tỉnh – Đại tá X". Not a deputy ("Phó Bí thư"), not an acting one ("Quyền Bí thư", "phụ trách"), not the
  secretary of a district police ("Công an huyện") or of a provincial Party committee ("Bí thư Tỉnh ủy").
- ``committee_size``: "Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2025-2030 gồm 15 đồng chí", "bầu 20 đồng
  chí vào Ban Chấp hành Đảng bộ"; not the standing committee ("Ban Thường vụ"), not the delegation
  ("đoàn đại biểu gồm 9 đồng chí").
- ``delegates``: "198 đại biểu chính thức", "với sự tham dự của 250 đại biểu"; not the delegation elected to
  the congress above ("bầu 15 đại biểu đi dự Đại hội Đảng bộ tỉnh"), not alternates ("dự khuyết"), and only
  an exact number ("hơn 300 đại biểu" says how many only roughly: null).

An article whose congress is that of a district police or of a provincial Party organisation other than the
police gets none of them.
"""
from __future__ import annotations

import re

from ._text import Finding, Text, clip
from .numbers import WORDS, read_numeral, read_words
from .speakers import find_names

_NUMBER = rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}|{WORDS})"
# "Bí thư Đảng ủy" and what follows it up to the end of the post's name.
_POST = re.compile(r"(?<![\w])(?P<lead>(?:Phó|phó|Quyền|quyền|Tân|tân)\s+)?Bí thư\s+Đảng\s+[uủ][yỷ]"
                   r"(?P<after>(?:\s+Công an\s+(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|[^\W\d_]+))?)")
# Posts that are not the province's police: "Đảng ủy Công an huyện", "Đảng ủy Quân sự", "Đảng ủy Khối".
_OTHER_BODY = re.compile(r"^\s*(?:Công an\s+(?:huyện|quận|thị xã|xã|phường|cấp huyện|cấp xã)|Quân sự|Khối|Bộ đội|Biên phòng|"
                         r"xã|phường|thị trấn|các cơ quan|doanh nghiệp|Ủy ban)", re.IGNORECASE)
# Words right before the post that say the person was chosen for it.
_CHOSEN = re.compile(
    r"(?P<verb>(?:được|đã được)\s+(?:(?:Đại hội|đại hội|Ban Chấp hành|Ban chấp hành|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Thành ủy|"
    r"tiếp tục|tín nhiệm|tập trung|cao|100%|số phiếu)\s+){0,4}"
    r"(?:bầu lại|bầu|tái cử|chỉ định|tín nhiệm bầu)|tái đắc cử|tái cử|tiếp tục giữ|trúng cử|đắc cử)"
    r"(?:\s+(?:giữ\s+)?(?:chức vụ|chức|làm|là|vào chức|vào vị trí))?\s*$")
# "bầu đồng chí X giữ chức Bí thư", "chỉ định Đại tá X làm Bí thư": the name between the verb and the post.
_NAMED_BETWEEN = re.compile(r"(?:bầu|chỉ định|tín nhiệm)\s+(?:lại\s+)?(?P<gap>.{2,160}?)\s+(?:giữ\s+)?(?:chức vụ|chức|làm|vào chức)\s*$")
# "…giữ chức Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2025-2030 là Đại tá X": the name after the post.
_NAMED_AFTER = re.compile(r"[^.;:]{0,80}?\s(?:là|:|-|–)\s+(?:(?:đồng chí|ông|bà)\s+)?")
_SPACE_OR_DASH = re.compile(r"\s*(?:là|:|-|–)?\s*")
_ACTING = re.compile(r"\b(?:phụ trách|quyền)\b", re.IGNORECASE)

_COMMITTEE = re.compile(
    r"(?:Ban\s+[Cc]hấp\s+hành|BCH)(?:\s+Đảng\s+bộ)?(?P<body>[^.;:]{0,90}?)\s+(?:gồm|có)\s+(?:có\s+)?" + _NUMBER +
    r"\s+(?:đồng chí|ủy viên|uỷ viên|thành viên|người)")
_COMMITTEE_ELECTED = re.compile(
    r"(?:bầu|chỉ định)\s+(?:ra\s+)?" + _NUMBER + r"\s+đồng chí\s+(?:vào|tham gia)\s+(?:Ban\s+[Cc]hấp\s+hành|BCH)(?:\s+Đảng\s+bộ)?"
    r"(?P<body>[^.;:]{0,90})")
_NOT_POLICE_BODY = re.compile(r"^\s*(?:tỉnh|thành phố|TP)\b|Trung ương|\bTỉnh ủy|\bThành ủy|Đảng bộ\s+(?:tỉnh|thành phố)\b(?!\s+Công an)|\bhuyện\b|\bquận\b|"
                              r"\bthị xã\b|Quân sự|\bKhối\b", re.IGNORECASE)

_DELEGATES = re.compile(r"(?<![\w.,])" + _NUMBER + r"\s+đại biểu(?P<kind>\s+(?:chính thức|ưu tú|dự khuyết|là đảng viên))?")
_ROUGH = re.compile(r"(?:hơn|gần|trên|dưới|khoảng|xấp xỉ|chừng|ước|gần như|tới|hàng)\s*$", re.IGNORECASE)
_ELECTING = re.compile(r"\bbầu(?:\s+ra)?(?:\s+(?:đoàn|được))?\s*$", re.IGNORECASE)
_TO_UPPER = re.compile(r"^\s*(?:chính thức\s+)?(?:và\s+\S+\s+đại biểu dự khuyết\s+)?(?:đi\s+)?(?:dự|tham dự)\s+Đại hội", re.IGNORECASE)
_CONGRESS_WORDS = re.compile(r"đại hội|đại diện cho|đảng viên", re.IGNORECASE)

# The congress an article is about, by the first one its lead names.
_CONGRESS = re.compile(r"Đại hội\s+(?:đại biểu\s+)?Đảng bộ\s+(?P<body>Công an\s+\S+|\S+)|"
                       r"Đảng bộ\s+(?P<host>Công an\s+\S+|\S+)[^.]{0,60}?tổ chức\s+(?:thành công\s+)?Đại hội", re.IGNORECASE)
_DISTRICT = re.compile(r"^Công an\s+(?:huyện|quận|thị xã|xã|phường)$", re.IGNORECASE)


def _number(match: re.Match) -> int | None:
    text = match.group("n")
    value = read_numeral(text) if text[0].isdigit() else read_words(text)
    return int(value) if value is not None and float(value).is_integer() and value > 0 else None


def about_police_congress(text: Text) -> bool:
    """False when the first congress the lead names is a district police's or another Party organisation's."""
    for paragraph in text.lead(3):
        match = _CONGRESS.search(paragraph)
        if match:
            body = (match.group("body") or match.group("host")).rstrip(",.;:")
            if _DISTRICT.match(body):
                return False
            return body.lower().startswith("công an")
    return True


def find_elected_secretary(text: Text, event: str) -> Finding:
    """The person chosen as secretary of the police Party committee, with the words that say so."""
    if event != "dai-hoi" or not about_police_congress(text):
        return Finding(None)
    for sentence in _candidate_sentences(text):
        for post in _POST.finditer(sentence):
            lead = (post.group("lead") or "").strip().lower()
            if lead in ("phó", "quyền") or _OTHER_BODY.match(post.group("after")) or _OTHER_BODY.match(sentence[post.end():]):
                continue
            found = _chosen_name(sentence, post, lead == "tân")
            if found:
                name, how = found
                return Finding(name, clip(sentence, limit=240), f"“{how}” trước chức danh Bí thư Đảng ủy Công an")
    return Finding(None)


def _candidate_sentences(text: Text):
    if text.header.headline:
        yield text.header.headline
    for _, sentence in text.sentences():
        if "Bí thư" in sentence:
            yield sentence


def _chosen_name(sentence: str, post: re.Match, new: bool) -> tuple[str, str] | None:
    before = sentence[: post.start()]
    names = list(find_names(sentence))
    between = _NAMED_BETWEEN.search(before)
    if between:  # "bầu đồng chí X, Giám đốc Công an tỉnh giữ chức Bí thư…"
        inside = [n for n in names if between.start("gap") <= n[0] and n[1] <= between.end("gap")]
        if inside and not _ACTING.search(between.group("gap")):
            return inside[-1][2], between.group(0).split()[0] + " … giữ chức"
    chosen = _CHOSEN.search(before)
    if chosen:
        clause_start = max(before.rfind(";"), before.rfind(". "))
        named = [n for n in names if clause_start < n[0] and n[1] <= chosen.start()]
        if named:  # "X, Giám đốc Công an tỉnh, được bầu giữ chức Bí thư…"
            gap = before[named[-1][1]: chosen.start()]
            if len(gap) <= 160 and not _ACTING.search(gap) and " và " not in gap:
                return named[-1][2], chosen.group("verb").strip()
        after = _NAMED_AFTER.match(sentence, post.end())
        if after:  # "Đồng chí được bầu giữ chức Bí thư… là Đại tá X"
            following = [n for n in names if n[0] >= post.end() and n[0] - after.end() <= 20]
            if following:
                return following[0][2], chosen.group("verb").strip()
        return None
    if new:  # "Tân Bí thư Đảng ủy Công an tỉnh Nghệ An - Đại tá Võ Trọng Hải"
        after = _NAMED_AFTER.match(sentence, post.end()) or _SPACE_OR_DASH.match(sentence, post.end())
        following = [n for n in names if n[0] >= post.end() and n[0] - after.end() <= 20]
        if following:
            return following[0][2], "Tân Bí thư"
    return None


def find_committee_size(text: Text, event: str) -> Finding:
    """How many members the new Party committee (Ban Chấp hành) of the police has."""
    if event != "dai-hoi" or not about_police_congress(text):
        return Finding(None)
    for _, sentence in text.sentences():
        if "hấp hành" not in sentence and "BCH" not in sentence:
            continue
        for pattern in (_COMMITTEE, _COMMITTEE_ELECTED):
            for match in pattern.finditer(sentence):
                if _NOT_POLICE_BODY.search(match.group("body")):
                    continue
                value = _number(match)
                if value and value <= 99:
                    return Finding(value, clip(sentence, limit=240), "số ủy viên Ban Chấp hành Đảng bộ như bài viết ghi")
    return Finding(None)


def find_delegates(text: Text, event: str) -> Finding:
    """How many delegates attended the congress, when the text gives an exact number."""
    if event != "dai-hoi" or not about_police_congress(text):
        return Finding(None)
    plain = None
    for _, sentence in text.sentences():
        if "đại biểu" not in sentence:
            continue
        for match in _DELEGATES.finditer(sentence):
            kind = (match.group("kind") or "").strip()
            before, after = sentence[: match.start()], sentence[match.end():]
            if kind in ("dự khuyết", "là đảng viên") or _ROUGH.search(before) or _ELECTING.search(before) \
                    or _TO_UPPER.match(after) or not _CONGRESS_WORDS.search(sentence):
                continue
            value = _number(match)
            if not value or value > 5000:
                continue
            found = Finding(value, clip(sentence, limit=240), "số đại biểu dự đại hội như bài viết ghi")
            if kind == "chính thức":
                return found
            plain = plain or found
    return plain or Finding(None)
