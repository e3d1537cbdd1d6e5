"""Who spoke, directed or reported, with the role written at first mention; and who led.

A person is a run of capitalised syllables that starts with a family name ("Thiếu tướng Huỳnh
Việt Hòa", "Chủ tịch UBND TP Cần Thơ Trần Văn Lâu" → the place is peeled off). A person speaks in
a sentence when a speech verb follows the name before anyone else is named ("… Trần Văn Lâu ghi
nhận"), when the sentence opens with the speech ("Phát biểu tại lễ kỷ niệm, Bí thư X…"), when it
reports their words ("Theo Thiếu tướng X,", "chỉ đạo của … X"), when they come to direct ("Dự và
chỉ đạo có: X; Y; Z"), or when they are named with others who share one verb ("X, Thứ trưởng; ông
Y, Phó Chủ tịch UBND tỉnh dự và chỉ đạo", "Bí thư X và Thứ trưởng Y biểu dương"). Photo captions
are never read. The principal speaker is the first-named visiting leader who speaks (the province's
own police chief, who reports or chairs, is not one); without one, the person who directs, else the
one whose speech is reported at most length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Speaker
from ..normalize import normalize_name, normalize_tone, normalize_word
from ..read import Header
from ..vocab import ALL_PROVINCES, PROVINCE_ALIASES, RANKS, SURNAMES, TITLE_HEADS, NOT_NAME_WORDS
from ._text import Finding, Text, analyse, clip

# A word of a name, capitalised: "Trần", "Lâu", "Kđăm", "A" (Hầu A Lềnh).
WORD = re.compile(r"[^\W\d_]+")
# Places that precede a name inside a title ("…thành phố Cần Thơ Trần Văn Lâu").
PLACE_WORDS = tuple(sorted(
    {tuple(normalize_tone(p).split()) for p in ALL_PROVINCES}
    | {tuple(normalize_tone(a).split()) for v in PROVINCE_ALIASES.values() for a in v}
    | {("Việt", "Nam"), ("Trung", "ương"), ("Nam", "Bộ"), ("Tây", "Nguyên"), ("Sài", "Gòn")},
    key=len, reverse=True,
))
PLACES_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _place in PLACE_WORDS:
    PLACES_BY_FIRST_WORD.setdefault(_place[0], []).append(_place)
MAX_NAME_WORDS = 6
# Two or more capitalised words separated by single spaces: "Cần Thơ Trần Văn Lâu", "Hầu A Lềnh".
_UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha()}))
_LOWER = "".join(sorted({chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha()}))
_CAPITAL, _REST = f"[{re.escape(_UPPER)}]", f"[{re.escape(_LOWER)}]*(?![^\\W\\d_])"
_CAPITALISED = _CAPITAL + _REST
# Not after a letter; the capital is matched first and the letter before it looked at from there (a
# pattern opening with the look-behind was tried at every position: 2-4× slower, the same runs).
_FIRST_CAPITALISED = _CAPITAL + r"(?<![^\W\d_].)" + _REST
CAPITALISED_RUN = re.compile(rf"{_FIRST_CAPITALISED}(?: {_CAPITALISED})+")
# Verbs of speaking after the name: "… Trần Văn Lâu ghi nhận", "…, cho biết", "… ôn lại chặng đường".
SPEECH_VERBS = (
    "phát biểu|chỉ đạo|nhấn mạnh|yêu cầu|đề nghị|cho biết|ghi nhận|lưu ý|khẳng định|báo cáo|"
    "trình bày|tiếp thu|gợi mở|cho rằng|đánh giá|biểu dương|quán triệt|kết luận|nêu rõ|chia sẻ|"
    "thông tin|đề cập|nhận định|kêu gọi|phát động|giao nhiệm vụ|chủ trì|điều hành|nói|"
    "khai mạc|bế mạc|đề xuất|mong muốn|tin tưởng|thông qua báo cáo|chỉ rõ|chỉ ra|"
    "thẳng thắn|thay mặt|bày tỏ|ôn lại|phân tích|tán thành|hoan nghênh|trao đổi|"
    "gửi lời|chúc mừng và|động viên|căn dặn|định hướng"
)
SPEECH_AFTER = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# The sentence reports the person's words or directions, said before the name:
# "Theo Thiếu tướng X,", "Đây là chỉ đạo của … X", "ý kiến chỉ đạo của đồng chí X".
SPEECH_BEFORE = re.compile(
    r"(?:^|\s|,)(?:theo|(?:chỉ đạo|phát biểu|ý kiến|báo cáo|lời|yêu cầu|đề nghị|nhấn mạnh) của|(?:báo cáo|tham luận)[^,;:]{0,60} do)\s[^;:]*$",
    re.IGNORECASE,
)
# The sentence opens with the speech, its speaker follows: "Phát biểu tại lễ kỷ niệm, Bí thư Thành ủy X ôn lại…",
# "Dự và phát biểu chỉ đạo Đại hội, Thứ trưởng X…", "Chỉ đạo Đại hội, đồng chí X…", "Phát biểu kết luận, …".
SPEECH_OPENING = re.compile(
    r"^(?:(?:Đến |Về )?[Dd]ự và phát biểu(?: chỉ đạo)?|Phát biểu(?: chỉ đạo| kết luận| khai mạc| bế mạc| giao nhiệm vụ)?|"
    r"Chỉ đạo|Kết luận|Báo cáo|Tham luận)\b[^,;.]{0,80},\s"
)
# A list of the leaders who came to direct: "Dự và chỉ đạo hội nghị có các đồng chí: X, …; Y".
DIRECTING_LIST = re.compile(r"dự và (?:phát biểu )?chỉ đạo[^.;]*\bcó\b", re.IGNORECASE)
# What marks directing rather than reporting.
DIRECTING = re.compile(
    r"chỉ đạo|yêu cầu|đề nghị|nhấn mạnh|lưu ý|biểu dương|ghi nhận|gợi mở|quán triệt|kết luận|giao nhiệm vụ|căn dặn|định hướng",
    re.IGNORECASE,
)
# A visiting leader's title: the Ministry, the provincial Party committee or government.
VISITOR_ROLE = re.compile(
    r"Bộ trưởng|Thứ trưởng|Bí thư Tỉnh ủy|Bí thư Thành ủy|Bí thư Thường trực|Chủ tịch UBND|Chủ tịch Ủy ban|"
    r"Ủy viên Bộ Chính trị|Ủy viên Trung ương|Tổng Bí thư|Thủ tướng|Chủ tịch nước|Chủ tịch Quốc hội|"
    r"Bộ Công an|Chủ tịch HĐND|Trưởng ban|Phó Bí thư Tỉnh ủy|Phó Bí thư Thành ủy",
    re.IGNORECASE,
)
HOST_ROLE = re.compile(r"Giám đốc Công an|Giám đốc CA", re.IGNORECASE)
MINISTRY_ROLE = re.compile(r"Bộ trưởng|Thứ trưởng", re.IGNORECASE)
# A title begins with a rank or head word; "thiếu tướng" is written lower-case too.
TITLE_START = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(t) for t in sorted(RANKS + TITLE_HEADS, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)
# Where a title chain stops: a verb, a preposition, a clause mark.
ROLE_STOP = re.compile(
    r"\s(?:đã|đang|sẽ|tại|với|là|có|được|và|đến dự|về dự|dự(?! khuyết)|cho|khi|trong|thì|vừa|do|cùng)\s|[:;()“”\"]"
)
# A title or institution glued after a name without a comma: "… Nam Giám đốc Công an".
TITLE_AFTER_NAME = re.compile(TITLE_START.pattern + r"|(?:Công an|Đại hội|Đảng ủy|Ủy ban|Hội nghị|UBND)\b")
# ", Giám đốc…", " - Giám đốc…", "- Bí thư…" (a hyphen glued to the name).
ROLE_SEPARATOR = re.compile(r",|\s?[-–]\s")
# Where the next person's part of a list begins: "…; Thượng tướng Y", "… và Thứ trưởng Y".
NEXT_PERSON_SEPARATOR = re.compile(r"[,;]|\s[-–]\s|\s(?:và|cùng)\s")
# A title in brackets right after the name.
BRACKETED_ROLE = re.compile(r"\s*\(([^()]{3,120})\)")
# Words before a name that are not part of the role: "đồng chí", "ông", "bà".
ADDRESS = re.compile(r"(?:^|\s)(?:đồng chí|ông|bà|Đồng chí|Ông|Bà)\s*$")
SPEECH_WINDOW = 160
# What may stand between two people who share one verb: their titles and a connector.
CONNECTOR = re.compile(r"^(?:và|cùng|cùng với)?\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s*)?$", re.IGNORECASE)
NOT_A_ROLE_GAP = re.compile(r"\b(?:tặng|trao|tham dự|đến dự|về dự|dự(?! khuyết)|có|là|được|đã|cùng dự)\b|[.:]", re.IGNORECASE)
# An address and a given name alone, then a verb of speech: "Đồng chí Thắng nhấn mạnh", "ông Lâu đề nghị".
GIVEN_NAME_SPEAKS = re.compile(
    r"(?<!\w)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|Thứ trưởng|Bộ trưởng|Bí thư|Chủ tịch|Giám đốc|Đại tá|Thiếu tướng|Trung tướng|"
    rf"Thượng tướng|Đại tướng)\s+(?P<given>{_CAPITALISED})(?!\s+[{re.escape(_UPPER)}])(?:,)?\s+(?:cũng\s+|đã\s+)?"
    rf"(?P<verb>{SPEECH_VERBS})\b"
)
# A title as the subject of a speech verb, no name: "Bí thư Tỉnh ủy nhấn mạnh", "Thứ trưởng Bộ Công an
# đề nghị", "Chủ tịch UBND tỉnh cũng chỉ ra". The title is matched against the roles of people named before.
TITLE_SPEAKS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:đồng chí|Đồng chí)\s+)(?P<title>(?:Phó\s+)?(?:Tổng Bí thư|Bí thư|Chủ tịch|Bộ trưởng|Thứ trưởng|"
    r"Giám đốc|Trưởng ban|Chủ nhiệm|Tư lệnh|Cục trưởng)(?:\s+(?:Tỉnh ủy|Thành ủy|UBND|Ủy ban nhân dân|Bộ Công an|"
    r"Công an|HĐND|Thường trực)(?:\s+(?:tỉnh|thành phố|TP))?)?)\s+(?:cũng\s+|đã\s+)?"
    rf"(?P<verb>{SPEECH_VERBS})\b"
)


@dataclass
class _Person:
    name: str
    role: str
    order: int
    speeches: int = 0
    directs: bool = False
    mentions: int = 0
    quote: str | None = None  # where they first speak or direct


class _Cue:
    """What makes a mention speak: the words, where they stand, whether they direct."""

    def __init__(self, words: str, after: bool):
        self.words, self.after, self.directs = words, after, bool(DIRECTING.search(words))


def extract_speakers(body: str, header: Header) -> tuple[Speaker, ...]:
    """Every named official reported speaking, directing or reporting, in order of first mention."""
    return find_speakers(analyse(body, header))


def extract_speaker(body: str, header: Header) -> str | None:
    """The principal speaker: the first visiting leader who speaks, else the most reported."""
    return find_speaker(analyse(body, header)).value


def find_speakers(text: Text) -> tuple[Speaker, ...]:
    """The speakers of an analysed text."""
    return tuple(Speaker(p.name, p.role) for p in _speaking_people(text))


def find_speaker(text: Text) -> Finding:
    """The principal speaker and the words that make them speak or direct."""
    people = _speaking_people(text)
    leaders = [p for p in people if VISITOR_ROLE.search(normalize_tone(p.role)) and not _is_host(p.role)]
    if leaders:
        return Finding(leaders[0].name, leaders[0].quote, "lãnh đạo cấp trên đầu tiên được ghi nhận dự và chỉ đạo hoặc phát biểu")
    directing = [p for p in people if p.directs and not _is_host(p.role)]
    if directing:
        return Finding(directing[0].name, directing[0].quote, "người đầu tiên được ghi nhận chỉ đạo")
    if people:
        person = max(people, key=lambda p: (p.speeches, -p.order))
        return Finding(person.name, person.quote, "không có lãnh đạo cấp trên phát biểu: người được tường thuật phát biểu nhiều nhất")
    return Finding(None, None, "", "không ai được ghi nhận phát biểu")


def _is_host(role: str) -> bool:
    # The province's own police chief reports; the Ministry's leaders visit.
    return bool(HOST_ROLE.search(role)) and not MINISTRY_ROLE.search(role)


def _speaking_people(text: Text) -> list[_Person]:
    return text.memo("speaking_people", lambda: _find_speaking_people(text))


def _find_speaking_people(text: Text) -> list[_Person]:
    people: dict[str, _Person] = {}
    for _, sentence in text.sentences():
        mentions = list(find_names(sentence))
        _speech_by_given_name(sentence, people)
        if not mentions:
            _speech_by_title(sentence, people)
        cues = _cues(sentence, mentions)
        for index, (start, end, name) in enumerate(mentions):
            person = people.get(name)
            next_start = mentions[index + 1][0] if index + 1 < len(mentions) else len(sentence)
            role = _role_at(sentence, start, end, next_start, mentions[index - 1][1] if index else None)
            if person is None:
                person = people[name] = _Person(name, role, len(people))
            elif not person.role and role:
                person.role = role
            person.mentions += 1
            if cue := cues[index]:
                person.speeches += 1
                if person.quote is None or (cue.directs and not person.directs):
                    person.quote = clip(sentence, 0 if start < 100 else start)
                person.directs = person.directs or cue.directs
    return [p for p in sorted(people.values(), key=lambda p: p.order) if p.speeches]


def _cues(sentence: str, mentions: list) -> list[_Cue | None]:
    """The cue of each mention; people named together before one verb share it."""
    cues = []
    for index, (start, end, _) in enumerate(mentions):
        next_start = mentions[index + 1][0] if index + 1 < len(mentions) else len(sentence)
        cues.append(_speech_cue(sentence, start, end, next_start))
    if mentions and cues[0] is None and (opening := SPEECH_OPENING.match(sentence)) and mentions[0][0] <= opening.end() + 60:
        cues[0] = _Cue(opening.group(), after=False)
    for index in range(len(mentions) - 2, -1, -1):
        following = cues[index + 1]
        if cues[index] is None and following and following.after and _only_roles(sentence[mentions[index][1]: mentions[index + 1][0]]):
            cues[index] = following
    return cues


def _only_roles(gap: str) -> bool:
    """True when the words between two names are only the first one's titles and a connector."""
    if NOT_A_ROLE_GAP.search(gap):
        return False
    chunks = [c.strip() for c in re.split(r"[,;]|\s[-–]\s", gap)]
    for chunk in chunks[:-1]:
        if chunk and not TITLE_START.match(chunk):
            return False
    last = chunks[-1] if chunks else ""
    title = TITLE_START.search(last)
    return bool(CONNECTOR.match(last[: title.start()] if title else last) or TITLE_START.match(last))


def _speech_by_given_name(sentence: str, people: dict[str, _Person]) -> None:
    """"Đồng chí Thắng nhấn mạnh…": a given name after an address speaks for the one person it ends."""
    if not people:  # nobody named yet: nobody for a given name to stand for (most sentences of a report)
        return
    for match in GIVEN_NAME_SPEAKS.finditer(sentence):
        given = normalize_word(match.group("given"))
        holders = [p for p in people.values() if p.name.rsplit(" ", 1)[-1] == given]
        if len(holders) == 1:
            _speaks(holders[0], match.group("verb"), sentence)


def _speech_by_title(sentence: str, people: dict[str, _Person]) -> None:
    """"Phát biểu chỉ đạo, Bí thư Tỉnh ủy nhấn mạnh…": a title alone speaks for the one person named with it."""
    if not people:
        return
    match = TITLE_SPEAKS.search(sentence)
    if not match:
        return
    title = normalize_tone(match.group("title")).lower()
    holders = [p for p in people.values() if p.role and title in normalize_tone(p.role).lower()]
    if len(holders) == 1:
        _speaks(holders[0], match.group("verb"), sentence)


def _speaks(person: _Person, verb: str, sentence: str) -> None:
    person.speeches += 1
    directs = bool(DIRECTING.search(verb))
    if person.quote is None or (directs and not person.directs):
        person.quote = clip(sentence)
    person.directs = person.directs or directs


def _speech_cue(sentence: str, start: int, end: int, next_start: int) -> _Cue | None:
    """The words that make this mention speak, or None."""
    after = sentence[end: min(next_start, end + SPEECH_WINDOW)]
    after = after.split(";")[0]
    if match := SPEECH_AFTER.search(after):
        if not re.match(r"\s*(?:của|,\s*của)", after):
            return _Cue(match.group(0), after=True)
    before = sentence[:start]
    if match := SPEECH_BEFORE.search(before):
        return _Cue(match.group(0), after=False)
    if match := DIRECTING_LIST.search(before):
        return _Cue(match.group(0), after=False)
    return None


def find_names(sentence: str):
    """(start, end, name) for each person named in ``sentence``; name in the metadata convention."""
    for run in CAPITALISED_RUN.finditer(sentence):
        words = list(WORD.finditer(sentence, run.start(), run.end()))
        found = _name_in_run(words, sentence)
        if found:
            yield found


def _name_in_run(run: list[re.Match], sentence: str):
    texts = [normalize_word(w.group()) for w in run]
    start = 0
    while start < len(texts):
        place = next((p for p in PLACES_BY_FIRST_WORD.get(texts[start], ()) if tuple(texts[start:start + len(p)]) == p), None)
        if place:
            start += len(place)
            continue
        if texts[start] in SURNAMES and texts[start] not in NOT_NAME_WORDS - SURNAMES:
            break
        start += 1
    end = len(texts)
    while end > start and TITLE_AFTER_NAME.match(sentence, run[end - 1].start()):
        end -= 1  # "Lê Hồng Nam Giám đốc…": a title begins after the name
    words = texts[start:end]
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    return run[start].start(), run[end - 1].end(), normalize_name(" ".join(words))


def _role_at(sentence: str, start: int, end: int, next_start: int, previous_end: int | None = None) -> str:
    """The title written around a mention: before it ("Thượng tướng …") and after it (", Giám đốc …").

    What stands right before the next person's name is that person's title, not this one's: after
    another name, only the words since the last separator ("…, Bí thư Tỉnh ủy, Thượng tướng Y") are Y's.
    """
    parts = []
    preceding = sentence[:start]
    if previous_end is not None and (separators := list(NEXT_PERSON_SEPARATOR.finditer(sentence, previous_end, start))):
        preceding = sentence[separators[-1].end(): start]
    before = _title_before(preceding)
    if before:
        parts.append(before)
    # ", Giám đốc Công an tỉnh" or " - Giám đốc Công an tỉnh": the title follows the name
    bracket = BRACKETED_ROLE.match(sentence, end)
    if bracket and TITLE_START.match(bracket.group(1)):  # "Đại tá Lê Văn Tuyến (Giám đốc Công an tỉnh)"
        return ", ".join(p.strip(" .,") for p in parts + [bracket.group(1)] if p.strip(" .,"))
    following = sentence[end:next_start]
    if next_start < len(sentence) and (separators := list(NEXT_PERSON_SEPARATOR.finditer(following))):
        if TITLE_START.match(following[separators[-1].end():].strip()):  # "…; Thượng tướng <next name>"
            following = following[: separators[-1].start()]
    pieces = ROLE_SEPARATOR.split(following.split(";")[0])
    for chunk in pieces[1:] if not pieces[0].strip() else ():
        chunk = chunk.strip()
        if not TITLE_START.match(chunk):
            break
        cuts = [m.start() - 1 for m in (ROLE_STOP.search(" " + chunk + " "),) if m]
        cuts += [m.start() for m in (SPEECH_AFTER.search(chunk),) if m]
        if cuts:
            chunk = chunk[: max(min(cuts), 0)].strip()
            if chunk:
                parts.append(chunk)
            break
        parts.append(chunk)
    return ", ".join(p.strip(" .,") for p in parts if p.strip(" .,"))


def _title_before(text: str) -> str:
    """The rank or title chain that ends ``text`` (the words right before a name), or ""."""
    text = re.split(r"[:;(]|\b(?:của|có|theo|Theo|cùng|với|và)\s", text)[-1]
    text = ADDRESS.sub("", text.rstrip())
    title = TITLE_START.search(text)
    if title and not ROLE_STOP.search(text[title.start():] + " "):
        return text[title.start():].strip(" ,")
    return ""
